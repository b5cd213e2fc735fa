// Heap per connection (Issue 10): every socket shares one handler table. A socket gets no
// listener of its own per event (each would be a closure holding the socket's whole context,
// about 1.5 KB per connection with the ~20 handlers): inbound events go through the one
// middleware to the shared table, and the one `disconnect` listener is the same function for
// every socket. Real parts: a socket.io server with attachRealtime on the memory store, and
// socket.io clients over WebSocket.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Broadcaster, type Io } from '../../server/broadcast.js';
import { Clock } from '../../server/clock.js';
import { loadConfig } from '../../server/config.js';
import { Ids } from '../../server/ids.js';
import { Meetings } from '../../server/meetings.js';
import { attachRealtime } from '../../server/realtime.js';
import { MemoryStore } from '../../server/store/memory.js';

describe('one handler table for all sockets', () => {
  const http = createServer();
  const io: Io = new Server(http);
  const store = new MemoryStore({ ttlMs: 60_000, logCap: 100 });
  const clients: ClientSocket[] = [];
  let url = '';

  beforeAll(async () => {
    const meetings = new Meetings(store);
    const broadcaster = new Broadcaster(io, false, store);
    const clock = new Clock(meetings, (out) => broadcaster.publish(out, Date.now()));
    attachRealtime({ io, meetings, ids: new Ids('handler-table-secret-0123456789'), clock, broadcaster, config: loadConfig({}), now: Date.now, processId: 'p1' });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await new Promise<void>((r) => io.close(() => r()));
    await store.close();
  });

  it('gives a socket no listener of its own: the same one disconnect listener, no event listeners', async () => {
    for (let i = 0; i < 3; i++) {
      const c = connect(url, { transports: ['websocket'], forceNew: true });
      clients.push(c);
      await new Promise<void>((r) => c.once('connect', () => r()));
    }
    const sockets = [...io.of('/').sockets.values()];
    expect(sockets).toHaveLength(3);
    // socket.io's own 'error' no-op aside.
    for (const s of sockets) expect(s.eventNames().filter((n) => n !== 'error')).toEqual(['disconnect']);
    const listeners = sockets.map((s) => s.listeners('disconnect'));
    for (const l of listeners) expect(l).toHaveLength(1);
    expect(new Set(listeners.map((l) => l[0])).size).toBe(1);
    // Still answered through the shared table: an unknown name gets a typed error, a known one its handler's answer.
    await expect(clients[0]!.timeout(5000).emitWithAck('holdings' as never, {} as never)).resolves.toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
    await expect(clients[0]!.timeout(5000).emitWithAck('nope' as never, {} as never)).resolves.toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
  });
});
