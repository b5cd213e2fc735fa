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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { inRound, joinCmd, newMeeting, Run } from '../core/helpers.js';
import type { Role } from '../../shared/meeting/state.js';
import { findFormat } from '../../shared/meeting/formats.js';
import { createMeeting } from '../../shared/meeting/state.js';
import { PROTOCOL_VERSION } from '../../shared/protocol.js';
import { sha256 } from '../../server/ids.js';
import { leanEngineDrain } from '../../server/engine-drain.js';
import { heapGraph } from '../helpers/heap-graph.js';

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

describe('what a seat holds', () => {
  it("every seat's role is one shared string, not the copy its join command came with", async () => {
    const run = new Run(newMeeting());
    // Role strings made at run time, as a parsed join payload's are: equal, but not the literal.
    const role = (): Role => ['partic', 'ipant'].join('') as Role;
    run.ok(joinCmd('a', { role: role() }));
    run.ok(joinCmd('b', { role: role() }));
    run.ok({ type: 'setRole', by: 'b', role: ['list', 'ener'].join('') as Role });
    run.ok({ type: 'setRole', by: 'b', role: role() });
    // Named by a unique property, so the snapshot finds exactly these two seats.
    const probe = { perSocketHeapRoleProbe: run.state.participants };
    (globalThis as Record<string, unknown>).perSocketHeapRoleProbe = probe;
    try {
      const graph = await heapGraph();
      const [holder] = graph.objects('Object', 'perSocketHeapRoleProbe');
      const seats = holder!.edge('perSocketHeapRoleProbe')!;
      const roles = ['0', '1'].map((i) => seats.edge(i));
      const strings = roles.map((p) => p!.edge('role')!);
      expect(strings.map((r) => r.name)).toEqual(['participant', 'participant']);
      expect(strings[0]!.index).toBe(strings[1]!.index);
    } finally {
      delete (globalThis as Record<string, unknown>).perSocketHeapRoleProbe;
    }
  }, 60_000);
});

describe('what a connection holds at the edge', () => {
  const http = createServer();
  const io: Io = new Server(http);
  const store = new MemoryStore({ ttlMs: 60_000, logCap: 100 });
  const ids = new Ids('per-socket-heap-secret-0123456789');
  const clients: ClientSocket[] = [];
  let url = '';
  beforeAll(async () => {
    const meetings = new Meetings(store);
    const broadcaster = new Broadcaster(io, false, store);
    const clock = new Clock(meetings, (out) => broadcaster.publish(out, Date.now()));
    attachRealtime({ io, meetings, ids, clock, broadcaster, config: loadConfig({}), now: Date.now, processId: 'p1' });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await new Promise<void>((r) => io.close(() => r()));
    await store.close();
  });
  const connectOne = async (): Promise<ClientSocket> => {
    const c = connect(url, { transports: ['websocket'], forceNew: true });
    clients.push(c);
    await new Promise<void>((r) => c.once('connect', () => r()));
    return c;
  };
  /** A new meeting in the store, and its chair key. */
  const newMeeting = async (): Promise<{ id: string; chairKey: string }> => {
    const format = findFormat('standard')!;
    const id = ids.meetingId();
    const chairKey = 'chair-key-0123456789abcdef';
    const state = createMeeting({ id, title: 'Heap', language: 'en', formatId: format.id, access: 'open', listed: false, settings: format.settings, turnMode: format.turnMode, startsAt: null, discreet: false, guardMode: 'nudge' }, Date.now());
    await store.create(state, { chairKeyHash: sha256(chairKey), joinCodeHash: null, joinCode: null });
    return { id, chairKey };
  };
  const join = (c: ClientSocket, meetingId: string, name: string, chairKey?: string) =>
    c.timeout(5000).emitWithAck('join' as never, { v: PROTOCOL_VERSION, meetingId, name, role: 'participant', volunteer: false, pledge: true, ...(chairKey ? { chairKey } : {}) } as never) as Promise<{ ok: boolean }>;

  it('the buffer cap listens with one function for every connection, and keeps no object of its own', async () => {
    const before = io.of('/').sockets.size;
    for (let i = 0; i < 3; i++) await connectOne();
    const sockets = [...io.of('/').sockets.values()].slice(before);
    const conns = sockets.map((s) => s.conn);
    expect(conns).toHaveLength(3);
    const lists = conns.map((c) => c.listeners('packetCreate'));
    for (const l of lists) expect(l).toHaveLength(1);
    expect(new Set(lists.map((l) => l[0])).size).toBe(1);
    // No flush listener: an empty write buffer at packetCreate says what was counted went out.
    for (const c of conns) expect(c.listeners('flush')).toHaveLength(0);
    // What the cap keeps on a connection: its socket.io socket and a number, no record object.
    for (const [i, c] of conns.entries()) {
      const values = Object.getOwnPropertySymbols(c).map((k) => (c as unknown as Record<symbol, unknown>)[k]);
      expect(values.filter((v) => typeof v === 'object' && v !== sockets[i])).toEqual([]);
    }
    // Still the cap and the gate: a known event is answered through them.
    await expect(clients[0]!.timeout(5000).emitWithAck('holdings' as never, {} as never)).resolves.toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
  });

  it("a seat has no socket.io room of its own, and the meeting's room is named by the meeting id", async () => {
    const { id, chairKey } = await newMeeting();
    const people = [await connectOne(), await connectOne(), await connectOne()];
    for (const [i, c] of people.entries()) await expect(join(c, id, `Person ${i}`, i === 0 ? chairKey : undefined)).resolves.toMatchObject({ ok: true });
    const seated = [...io.of('/').sockets.values()].filter((s) => (s.data as { meetingId?: string }).meetingId === id);
    expect(seated).toHaveLength(3);
    const { rooms, sids } = io.of('/').adapter;
    // Each socket's own room (socket.io's) and the meeting's: nothing per seat.
    for (const s of seated) expect([...sids.get(s.id)!].sort()).toEqual([s.id, id].sort());
    expect([...rooms.get(id)!].sort()).toEqual(seated.map((s) => s.id).sort());
    expect([...rooms.keys()].filter((r) => r.includes(id))).toEqual([id]);
  });

  it("the seat holders of one process share the process's part of their connection id", async () => {
    const { id, chairKey } = await newMeeting();
    const people = [await connectOne(), await connectOne()];
    for (const [i, c] of people.entries()) await expect(join(c, id, `Holder ${i}`, i === 0 ? chairKey : undefined)).resolves.toMatchObject({ ok: true });
    const pids = [...io.of('/').sockets.values()].filter((s) => (s.data as { meetingId?: string }).meetingId === id).map((s) => (s.data as { pid: string }).pid);
    const holders = await Promise.all(pids.map((pid) => store.holder(id, pid)));
    (globalThis as Record<string, unknown>).perSocketHeapHolderProbe = { perSocketHeapHolderProbe: holders };
    try {
      const graph = await heapGraph();
      const list = graph.objects('Object', 'perSocketHeapHolderProbe')[0]!.edge('perSocketHeapHolderProbe')!;
      const firsts = ['0', '1'].map((i) => list.edge(i)!.edge('first'));
      expect(firsts[0]).toBeDefined();
      expect(firsts[0]!.index).toBe(firsts[1]!.index);
      // Read only now: reading a composed string's text may flatten it into one new string.
      expect(holders.every((h) => h?.startsWith('p1/'))).toBe(true);
    } finally {
      delete (globalThis as Record<string, unknown>).perSocketHeapHolderProbe;
    }
  }, 60_000);

  it("the middleware array of a socket holds one slot, not the 17 of a first push", async () => {
    await connectOne();
    const graph = await heapGraph();
    // socket.io's server sockets (the client's have no middleware array).
    const sockets = graph.objects('Socket', 'fns');
    expect(sockets.length).toBeGreaterThanOrEqual(io.of('/').sockets.size);
    for (const s of sockets) {
      const store = s.edge('fns')!.edge('elements');
      if (store) expect(store.selfSize).toBeLessThanOrEqual(32);
    }
  }, 60_000);

  it('an emptied sent-callback queue is a fresh array after a drain (V8 keeps a hot shift\'s slots)', async () => {
    const c = await connectOne();
    const socket = [...io.of('/').sockets.values()].at(-1)!;
    const conn = socket.conn as unknown as { sentCallbackFn: unknown[] };
    const queue = conn.sentCallbackFn;
    // An answered event: a flush pushes onto the queue, the transport's drain shifts it off.
    await c.timeout(5000).emitWithAck('holdings' as never, {} as never);
    await new Promise((r) => setTimeout(r, 50));
    expect(conn.sentCallbackFn).toEqual([]);
    expect(conn.sentCallbackFn).not.toBe(queue);
    // An Engine.IO of another shape is left alone.
    const other = {};
    expect(leanEngineDrain(other)).toBe(false);
    expect(other).toEqual({});
  });
});
