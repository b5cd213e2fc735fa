// A discreet meeting's room events (Issue 10): an event the discretion rule hands to everyone
// unchanged (a share, a turn) is emitted once to the room — encoded once by socket.io, not once
// per recipient — while an event about one person still reaches only the keepers and that
// person, and every socket gets the events in the order they were logged. Real parts: a
// socket.io server and socket.io clients over WebSocket; the adapter's broadcast is counted.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../server/broadcast.js';
import { emitRoomEvents } from '../../server/room-events.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import type { LoggedEvent } from '../../shared/meeting/view.js';

const ROOM = 'm:discreet-emit';
const PIDS = ['chair', 'a', 'b', 'c'];

describe('discreet room events', () => {
  const http = createServer();
  const io: Io = new Server(http);
  const clients: ClientSocket[] = [];
  const got = new Map<string, LoggedEvent[]>();
  let broadcasts: unknown[] = [];

  beforeAll(async () => {
    io.use((socket, next) => {
      socket.data.pid = (socket.handshake.auth as { pid: string }).pid;
      void socket.join(ROOM);
      next();
    });
    const adapter = io.of('/').adapter;
    const broadcast = adapter.broadcast.bind(adapter);
    adapter.broadcast = (packet, opts) => {
      broadcasts.push((packet as { data: unknown[] }).data[1]);
      broadcast(packet, opts);
    };
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    for (const pid of PIDS) {
      const c = connect(url, { transports: ['websocket'], auth: { pid } });
      got.set(pid, []);
      c.on('event', (l: LoggedEvent) => got.get(pid)!.push(l));
      clients.push(c);
      await new Promise<void>((r) => c.once('connect', () => r()));
    }
    await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await new Promise<void>((r) => io.close(() => r()));
  });

  it('a share is emitted once to the room; an event about a person reaches only the keepers and them', async () => {
    broadcasts = [];
    const state = { discreet: true, chairId: 'chair', coChairId: null, speaker: { id: 'a' } } as unknown as MeetingState;
    const logged: LoggedEvent[] = [
      { seq: 7, at: 1, event: { type: 'connection', id: 'b', connected: false } },
      { seq: 7, at: 1, event: { type: 'share', id: 'a', name: 'Delemann', text: 'En tung uke' } },
      { seq: 7, at: 1, event: { type: 'connection', id: 'c', connected: true } },
    ] as LoggedEvent[];
    emitRoomEvents(io, ROOM, state, logged);
    await new Promise((r) => setTimeout(r, 200));
    // One encode for the share, none per recipient.
    expect(broadcasts).toEqual([logged[1]]);
    const types = (pid: string) => got.get(pid)!.map((l) => `${l.event.type}:${'id' in l.event ? l.event.id : ''}`);
    expect(types('chair')).toEqual(['connection:b', 'share:a', 'connection:c']);
    expect(types('a')).toEqual(['share:a']);
    expect(types('b')).toEqual(['connection:b', 'share:a']);
    expect(types('c')).toEqual(['share:a', 'connection:c']);
  });
});
