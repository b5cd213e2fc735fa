// A TCP relay in front of a test server whose line can be cut (every connection dropped, new ones
// refused) and mended, or stalled (bytes held in both directions, the connections left open, as a
// weak mobile link stalls) and let flow again. Loopback only, for tests.
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface Line {
  /** The relay's http://127.0.0.1:<port>, to use instead of the server's url. */
  url: string;
  cut(): void;
  mend(): void;
  /**
   * Holds every byte in both directions from now on; nothing is closed. `toClient`: only what the
   * server sends is held, so what the page sends still arrives (a command applied, its answer lost).
   */
  stall(only?: 'toClient'): void;
  /** Sends what was held, in order, and relays as before. */
  flow(): void;
  /**
   * The network gone as a phone loses it: every byte held in both directions (stall), nothing
   * closed, and new connections refused until `mend()`.
   */
  lose(): void;
  /**
   * Stops listening, as a stopped process's port does: every connection dropped, new ones
   * refused by the system (not accepted and closed, as `cut` does), until `start()`.
   */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface LineOptions {
  /** The first WebSocket upgrade through the line is dropped, as a proxy that drops upgrades does. */
  dropFirstUpgrade?: boolean;
}

export async function cutLine(targetUrl: string, o: LineOptions = {}): Promise<Line> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  const held: (() => void)[] = [];
  let down = false;
  let stalled: false | 'both' | 'toClient' = false;
  let upgradeDropped = !o.dropFirstUpgrade;
  const onConnection = (near: Socket): void => {
    if (down) return void near.destroy();
    const far = connect(Number(target.port), target.hostname);
    sockets.add(near).add(far);
    const forward = (from: Socket, to: Socket): void => {
      from.on('data', (chunk: Buffer) => {
        if (!upgradeDropped && from === near && /upgrade: websocket/i.test(chunk.toString('latin1'))) {
          upgradeDropped = true;
          near.destroy();
          far.destroy();
          return;
        }
        if (stalled === 'both' || (stalled === 'toClient' && from === far)) held.push(() => to.write(chunk));
        else to.write(chunk);
      });
    };
    forward(near, far);
    forward(far, near);
    const drop = () => {
      near.destroy();
      far.destroy();
      sockets.delete(near);
      sockets.delete(far);
    };
    near.on('error', drop).on('close', drop);
    far.on('error', drop).on('close', drop);
  };
  let relay: Server = createServer(onConnection);
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
  const port = (relay.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        relay.close(() => r());
      }),
    start: async () => {
      relay = createServer(onConnection);
      await new Promise<void>((r) => relay.listen(port, '127.0.0.1', r));
    },
    cut() {
      down = true;
      held.length = 0;
      for (const s of sockets) s.destroy();
    },
    mend() {
      down = false;
    },
    stall(only) {
      stalled = only ?? 'both';
    },
    lose() {
      stalled = 'both';
      down = true;
    },
    flow() {
      stalled = false;
      for (const send of held.splice(0)) send();
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        if (!relay.listening) return r();
        relay.close(() => r());
      }),
  };
}
