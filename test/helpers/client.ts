// A real socket.io client for tests: records every event, view and farewell it receives, and
// offers awaitable emits and waits. No mocks: it talks to a real server over a real socket.
import { patchView } from '../../shared/meeting/view-patch.js';
import { io, type Socket } from 'socket.io-client';
import type { DoorView } from '../../shared/meeting/door.js';
import type { LoggedEvent, MeetingView } from '../../shared/meeting/view.js';
import { PROTOCOL_VERSION, type Ack, type ClientToServerEvents, type JoinResult, type ServerToClientEvents } from '../../shared/protocol.js';

type AnyAck = Ack<Record<string, unknown>>;

export interface JoinOptions {
  role?: 'participant' | 'listener';
  volunteer?: boolean;
  chairKey?: string;
  joinCode?: string;
}

export class TestClient {
  readonly events: LoggedEvent[] = [];
  readonly views: MeetingView[] = [];
  readonly doors: DoorView[] = [];
  readonly byes: string[] = [];
  /** Everything the server sent this socket, in arrival order, acks included: leak tests read it. */
  readonly received: { name: string; payload: unknown }[] = [];
  /** Whether the last status the server gave (an ack, a view or a door view) was the door. */
  atDoor = false;
  /** Events received in join/resume/catch-up acknowledgements (`missed`), in order. */
  readonly replayed: LoggedEvent[] = [];
  /** Everything with a seq in the order it arrived: live events and views, and acknowledged ones. */
  readonly stream: { kind: 'event' | 'view' | 'missed' | 'seq'; seq: number }[] = [];
  /**
   * The seqs each join or resume acknowledgement covered: (`after`, `upTo`], its view's seq. The
   * acknowledgement stands for all of them (docs/protocol.md, `resume`: its `missed` leaves out
   * `connection` events, whose seqs may then come in no frame; client/seq.ts takes the view's seq).
   */
  readonly covered: { after: number; upTo: number }[] = [];
  /** The `seq` notices received (a command that changed nothing this socket sees), in order. */
  readonly notices: number[] = [];
  you = '';
  token = '';
  meetingId = '';

  private constructor(readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>) {
    socket.on('event', (e) => {
      this.events.push(e);
      this.stream.push({ kind: 'event', seq: e.seq });
    });
    socket.on('view', (v) => {
      this.views.push(v);
      this.stream.push({ kind: 'view', seq: v.seq });
      this.atDoor = false;
    });
    socket.on('door', (d) => {
      this.doors.push(d);
      this.atDoor = true;
    });
    socket.on('seq', (n) => {
      this.notices.push(n.seq);
      this.stream.push({ kind: 'seq', seq: n.seq });
    });
    socket.on('bye', (r) => this.byes.push(r));
    socket.onAny((name: string, ...args: unknown[]) => this.received.push({ name, payload: args }));
  }

  static async connect(url: string, opts: { transports?: ('websocket' | 'polling')[]; headers?: Record<string, string> } = {}): Promise<TestClient> {
    const socket = io(url, {
      transports: opts.transports ?? ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(opts.headers ? { extraHeaders: opts.headers } : {}),
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return new TestClient(socket);
  }

  /** Emits any event (even ones the protocol does not know) and resolves with the ack. */
  emit(name: string, ...args: unknown[]): Promise<AnyAck> {
    return this.send(name, args);
  }

  /**
   * Emits and resolves with the ack; `onAck` runs in the ack's callback itself, so what it records
   * keeps its place among the events and views around it. (Code after an `await` runs only once
   * the whole batch of frames read with the ack was dispatched, live events after it included.)
   */
  private send(name: string, args: unknown[], onAck?: (ack: AnyAck) => void): Promise<AnyAck> {
    const s = this.socket as unknown as Socket;
    return new Promise<AnyAck>((resolve, reject) => {
      // 15 s: on a loaded 2-core CI machine (two test files, Chromium beside them) one ack once took
      // over 5 s (command-once-memory, 2026-12-01); alone the same test answers in milliseconds.
      s.timeout(15_000).emit(name, ...args, (err: Error | null, ack: AnyAck) => {
        if (err) return reject(err);
        onAck?.(ack);
        resolve(ack);
      });
    });
  }

  async join(meetingId: string, name: string, o: JoinOptions = {}): Promise<Ack<JoinResult>> {
    const payload = {
      v: PROTOCOL_VERSION,
      meetingId,
      name,
      role: o.role ?? 'participant',
      volunteer: o.volunteer ?? false,
      pledge: true,
      ...(o.chairKey ? { chairKey: o.chairKey } : {}),
      ...(o.joinCode ? { joinCode: o.joinCode } : {}),
    };
    return (await this.send('join', [payload], (a) => this.seated(meetingId, a as unknown as Ack<JoinResult>, -1))) as unknown as Ack<JoinResult>;
  }

  async resume(meetingId: string, token: string, lastSeq: number): Promise<Ack<JoinResult>> {
    const payload = { v: PROTOCOL_VERSION, meetingId, token, lastSeq };
    return (await this.send('resume', [payload], (a) => this.seated(meetingId, a as unknown as Ack<JoinResult>, lastSeq))) as unknown as Ack<JoinResult>;
  }

  /** Remembers the seat a join or resume gave (id, token, first view); `after`: the seq it asked from. */
  private seated(meetingId: string, ack: Ack<JoinResult>, after: number): Ack<JoinResult> {
    this.received.push({ name: 'ack', payload: ack });
    if (ack.ok) {
      this.you = ack.you;
      this.token = ack.token;
      this.meetingId = meetingId;
      if ('door' in ack) this.doors.push(ack.door);
      else {
        this.views.push(ack.view);
        // The acknowledgement's missed events come before its view (they are at or below its seq).
        this.replayed.push(...ack.missed);
        for (const e of ack.missed) this.stream.push({ kind: 'missed', seq: e.seq });
        this.stream.push({ kind: 'view', seq: ack.view.seq });
        this.covered.push({ after, upTo: ack.view.seq });
      }
      this.atDoor = 'door' in ack;
    }
    return ack;
  }

  /** Sends a command and fails the test if it is rejected. */
  async ok(name: string, payload: unknown = {}): Promise<void> {
    const ack = await this.emit(name, payload);
    if (!ack.ok) throw new Error(`${name} rejected: ${ack.code}`);
  }

  get view(): MeetingView {
    const v = this.views[this.views.length - 1];
    if (!v) throw new Error('no view yet');
    return v;
  }

  /** The latest view by seq (views may interleave with acks). */
  get latest(): MeetingView {
    const v = this.views.reduce((a, b) => (b.seq >= a.seq ? b : a));
    // Events after it that carry their own change (connection marks, seats taken, a turn change's
    // or a leave's `patch`), applied as a client does (view-patch.ts).
    return patchView(v, this.events.filter((e) => e.seq > v.seq).map((e) => e.event));
  }

  shares(): string[] {
    return this.events.flatMap((e) => (e.event.type === 'share' ? [e.event.text] : []));
  }

  /** The highest seq this socket has: an event's, a view's, a `seq` notice's or an acknowledgement's. */
  lastSeq(): number {
    return Math.max(0, ...this.stream.map((x) => x.seq), ...this.events.map((e) => e.seq), ...this.views.map((v) => v.seq));
  }

  async waitFor(pred: (c: TestClient) => boolean, what = 'condition', ms = 5000): Promise<void> {
    const until = Date.now() + ms;
    while (!pred(this)) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Closes the socket on purpose, as leaving does: the server treats it as leaving. */
  close(): void {
    this.socket.disconnect();
  }

  /** Cuts the connection as a network failure would: no goodbye, the seat is kept for the grace period. */
  drop(): void {
    this.socket.io.engine.close();
  }
}
