// A fresh tester (2026-12-06) on a phone that lost its network: the page noticed only at
// socket.io's ping timeout, 18-21 s later; the speaker's share clock ran on and then jumped back,
// and the share box's hold line came with 9 of the 20 s left. The page now acts on the browser's
// own `offline` event at once, and on `online` reconnects at once, not after socket.io's back-off.
// The page's real Connection and the real socket.io client, through a relay whose line is lost as
// a phone loses it (bytes held, nothing closed, new connections refused), to a real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol.js';
import type { ConnHandlers, ConnStatus } from '../../client/connection.js';
import { cutLine, type Line } from '../helpers/cut-line.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { createMeeting, startTestServer } from '../helpers/server.js';
import type { RunningServer } from '../../server/app.js';

const w = useDomGlobals(['window', 'document', 'navigator', 'sessionStorage', 'localStorage']);

let server: RunningServer;
let line: Line;
let online = true;

beforeAll(async () => {
  server = await startTestServer();
  line = await cutLine(server.url);
  // The page's own address is the relay's (Connection connects to its origin).
  Object.defineProperty(globalThis, 'location', { value: new URL(`${line.url}/m/x`), configurable: true, writable: true });
  // The browser's own word on the network, as `offline` and `online` change it.
  Object.defineProperty(w.navigator as object, 'onLine', { get: () => online, configurable: true });
});

afterAll(async () => {
  await line?.close();
  await server?.close();
});

/** Sets the network as the browser does: navigator.onLine, then its event. */
function network(on: boolean): void {
  online = on;
  (w.window as Window).dispatchEvent(new (w.Event as typeof Event)(on ? 'online' : 'offline'));
}

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function handlers(statuses: ConnStatus[], ready: () => void): ConnHandlers {
  return {
    status: (s) => statuses.push(s),
    ready,
    view: () => undefined,
    door: () => undefined,
    event: () => undefined,
    bye: () => undefined,
    replaced: () => undefined,
    failed: (code) => {
      throw new Error(`failed: ${code}`);
    },
  };
}

describe("the browser's offline and online events", () => {
  it('offline: the connection is down at once, not at the ping timeout; online: back at once, not after the back-off', { timeout: 30_000 }, async () => {
    const { Connection } = await import('../../client/connection.js');
    const { meetingId } = await createMeeting(server.url);
    const statuses: ConnStatus[] = [];
    let readies = 0;
    const conn = new Connection(meetingId, handlers(statuses, () => void readies++), { v: PROTOCOL_VERSION, meetingId, name: 'Stille Fjord', role: 'participant', volunteer: false, pledge: true });
    conn.start();
    await until('joined', () => readies === 1 && conn.isReady, 5_000);
    expect(conn.deviceOffline).toBe(false);
    // The network goes: the link falls silent, nothing closes it.
    line.lose();
    network(false);
    // At once (HEARTBEAT: socket.io would notice after 10 + 10 s of silence).
    await until('the drop noticed', () => statuses.at(-1) === 'reconnecting', 500);
    expect(conn.isReady).toBe(false);
    expect(conn.deviceOffline).toBe(true);
    // A command is refused at once, not sent into a dead link.
    expect((await conn.send('raiseHand', {})).ok).toBe(false);
    // socket.io's attempts fail meanwhile, and its back-off grows: wait for a failed attempt
    // after which the next one is a second or more away (attempt n waits 250 ms * 2^n, ±50 %).
    const manager = (conn as unknown as { socket: Socket }).socket.io;
    await new Promise<void>((resolve) => {
      const failed = (): void => {
        const attempts = (manager as unknown as { backoff: { attempts: number } }).backoff.attempts;
        if (attempts < 4) return;
        manager.off('reconnect_error', failed);
        resolve();
      };
      manager.on('reconnect_error', failed);
    });
    // The network is back: connected again at once, the seat resumed (a second ready).
    line.flow();
    line.mend();
    const backAt = Date.now();
    network(true);
    await until('back', () => statuses.at(-1) === 'connected' && readies === 2, 900);
    expect(Date.now() - backAt).toBeLessThan(900);
    expect(conn.deviceOffline).toBe(false);
    conn.close();
  });

  it('offline with no live socket (never started) does nothing', async () => {
    const { Connection } = await import('../../client/connection.js');
    const statuses: ConnStatus[] = [];
    const conn = new Connection('nowhere', handlers(statuses, () => undefined), null);
    network(false);
    network(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(statuses).toEqual([]);
    conn.close();
  });
});
