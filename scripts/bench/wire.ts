// The benchmark's thin load client: the socket.io v4 wire protocol (Engine.IO 4 over a plain
// WebSocket, default namespace) written directly on `ws`, so that thousands of clients cost the
// load process far less than the servers under test. It parses nothing it does not need: frames
// are strings, and a delivered share is found by a marker in the frame text.
//
// Frames (https://socket.io/docs/v4/socket-io-protocol/): Engine.IO "0{…}" open, "2" ping ->
// answer "3" pong, "4…" message; inside a message socket.io "0" connect, "2[…]" event,
// "2<id>[…]" event wanting an ack, "3<id>[…]" ack.
import WebSocket from 'ws';

export interface WireOptions {
  /** ws://host:port */
  url: string;
  /** Called for every socket.io event frame ("42…") this client receives, with its raw text. */
  onEvent?: (frame: string) => void;
  /** Called for every text frame this client receives (pings, acks and events), before anything else: probes only. */
  onFrame?: (frame: string) => void;
}

/** One socket.io client over a raw WebSocket. `bytesIn` counts every received frame's UTF-8 bytes. */
export class WireClient {
  bytesIn = 0;
  framesIn = 0;
  private ws!: WebSocket;
  private nextAck = 0;
  private readonly acks = new Map<number, (payload: unknown) => void>();
  private closedByUs = false;

  constructor(private readonly opts: WireOptions) {}

  /** Opens the WebSocket and the default namespace; resolves once socket.io says connected. */
  connect(timeoutMs = 10_000): Promise<void> {
    this.closedByUs = false;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${this.opts.url}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
      this.ws = ws;
      const timer = setTimeout(() => reject(new Error('connect timeout')), timeoutMs);
      ws.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (isBinary) return;
        const f = data.toString('utf8');
        this.bytesIn += data.length;
        this.framesIn += 1;
        this.opts.onFrame?.(f);
        const c = f.charCodeAt(0);
        if (c === 50 /* '2' ping */) return ws.send('3');
        if (c === 48 /* '0' open */) return ws.send('40');
        if (c !== 52 /* '4' message */) return;
        const k = f.charCodeAt(1);
        if (k === 48 /* '0' connect */) {
          clearTimeout(timer);
          return resolve();
        }
        if (k === 51 /* '3' ack */) return this.onAck(f);
        if (k === 50 /* '2' event */) this.opts.onEvent?.(f);
      });
      ws.on('close', () => clearTimeout(timer));
    });
  }

  private onAck(f: string): void {
    const open = f.indexOf('[');
    const id = Number(f.slice(2, open));
    const cb = this.acks.get(id);
    if (!cb) return;
    this.acks.delete(id);
    cb((JSON.parse(f.slice(open)) as unknown[])[0]);
  }

  /** Emits an event without an ack. */
  emit(name: string, payload: unknown): void {
    this.ws.send(`42${JSON.stringify([name, payload])}`);
  }

  /** Emits an event and resolves with the server's ack payload. */
  emitWithAck<T = unknown>(name: string, payload: unknown, timeoutMs = 15_000): Promise<T> {
    const id = this.nextAck++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.acks.delete(id);
        reject(new Error(`ack timeout: ${name}`));
      }, timeoutMs);
      this.acks.set(id, (p) => {
        clearTimeout(timer);
        resolve(p as T);
      });
      this.ws.send(`42${id}${JSON.stringify([name, payload])}`);
    });
  }

  /** Drops the transport as a network would (no socket.io disconnect packet). */
  drop(): void {
    this.closedByUs = true;
    this.ws.terminate();
  }

  /** Closes on purpose (a socket.io disconnect packet first). */
  close(): void {
    this.closedByUs = true;
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send('41');
    this.ws.close();
  }

  get open(): boolean {
    return !this.closedByUs && this.ws?.readyState === WebSocket.OPEN;
  }
}

/** The minimal Engine.IO framing for the raw `ws` relay: JSON text frames, nothing else. */
export class RawClient {
  bytesIn = 0;
  framesIn = 0;
  private ws!: WebSocket;
  private waiters: ((msg: string) => void)[] = [];

  constructor(private readonly opts: WireOptions) {}

  connect(timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.opts.url, { perMessageDeflate: false });
      this.ws = ws;
      const timer = setTimeout(() => reject(new Error('connect timeout')), timeoutMs);
      ws.on('open', () => {
        clearTimeout(timer);
        resolve();
      });
      ws.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      ws.on('message', (data: Buffer) => {
        this.bytesIn += data.length;
        this.framesIn += 1;
        const f = data.toString('utf8');
        if (f.startsWith('{"ok"')) return this.waiters.shift()?.(f);
        this.opts.onEvent?.(f);
      });
    });
  }

  /** Sends a JSON message and resolves with the relay's `{"ok":…}` reply. */
  request(msg: unknown): Promise<string> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.ws.send(JSON.stringify(msg));
    });
  }

  drop(): void {
    this.ws.terminate();
  }

  close(): void {
    this.ws.close();
  }

  get open(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }
}
