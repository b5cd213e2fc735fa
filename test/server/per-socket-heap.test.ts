// Heap per connection (Issue 10, third pass): what a joined connection or a running meeting
// keeps alive beyond what it needs. Each case fails on the code before the change it guards:
// a clock timer that captured the whole state it was armed from (an old copy of the meeting kept
// beside the current one), the commit's JSON kept with the current state on Redis (a second copy
// of every meeting), and a closure per socket for the buffer cap (two listeners and their
// context per connection). No timing and no heap figure is asserted: reachability and identity.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { nextDue } from '../../shared/meeting/decide.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import { Broadcaster, type Io } from '../../server/broadcast.js';
import { Clock } from '../../server/clock.js';
import { loadConfig } from '../../server/config.js';
import { Ids } from '../../server/ids.js';
import { Meetings } from '../../server/meetings.js';
import { attachRealtime } from '../../server/realtime.js';
import { MemoryStore } from '../../server/store/memory.js';
import { clonePlain } from '../../shared/meeting/clone.js';
import { inRound } from '../core/helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Whether the object `make` returns is still alive after full collections, `make`'s own references gone. */
async function collected(make: () => WeakRef<object>): Promise<boolean> {
  const ref = make();
  for (let i = 0; i < 5 && ref.deref(); i++) {
    await new Promise((r) => setImmediate(r));
    gc();
  }
  return ref.deref() === undefined;
}

describe('what a meeting keeps alive', () => {
  it('an armed clock timer does not keep the state it was armed from', async () => {
    const store = new MemoryStore({ ttlMs: 60_000, logCap: 100 });
    const due = nextDue(inRound().state);
    expect(due).not.toBeNull();
    // The clock's "now" a minute before the deadline: the timer stays armed throughout.
    const clock = new Clock(new Meetings(store), () => undefined, () => due! - 60_000);
    try {
      const gone = await collected(() => {
        // A copy, so nothing but the clock could still hold it.
        const state = clonePlain(inRound().state) as MeetingState;
        clock.schedule(state);
        return new WeakRef(state);
      });
      expect(gone).toBe(true);
    } finally {
      clock.stop();
      await store.close();
    }
  });
});

describe('what a connection holds at the edge', () => {
  const http = createServer();
  const io: Io = new Server(http);
  const store = new MemoryStore({ ttlMs: 60_000, logCap: 100 });
  const clients: ClientSocket[] = [];
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await new Promise<void>((r) => io.close(() => r()));
    await store.close();
  });

  it('the buffer cap listens with the same two functions on every connection', async () => {
    const meetings = new Meetings(store);
    const broadcaster = new Broadcaster(io, false, store);
    const clock = new Clock(meetings, (out) => broadcaster.publish(out, Date.now()));
    attachRealtime({ io, meetings, ids: new Ids('per-socket-heap-secret-0123456789'), clock, broadcaster, config: loadConfig({}), now: Date.now, processId: 'p1' });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    for (let i = 0; i < 3; i++) {
      const c = connect(url, { transports: ['websocket'], forceNew: true });
      clients.push(c);
      await new Promise<void>((r) => c.once('connect', () => r()));
    }
    const conns = [...io.of('/').sockets.values()].map((s) => s.conn);
    expect(conns).toHaveLength(3);
    for (const ev of ['packetCreate', 'flush']) {
      const lists = conns.map((c) => c.listeners(ev));
      for (const l of lists) expect(l, ev).toHaveLength(1);
      expect(new Set(lists.map((l) => l[0])).size, ev).toBe(1);
    }
    // Still the cap and the gate: a known event is answered through them.
    await expect(clients[0]!.timeout(5000).emitWithAck('holdings' as never, {} as never)).resolves.toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
  });
});
