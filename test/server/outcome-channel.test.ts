// Outcomes between processes (Issue 10): each process publishes on the outcome channel and hears
// every other process's messages, once each and in order, but never its own (dropped by the
// sender id in their first bytes, before anything is decoded). The wire text carries the state
// as its JSON, or the fields the commit changed (a patch on the state before), and reads back
// to the same outcome. Real parts: a spawned
// redis-server and ioredis connections.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Broadcaster, readWireOutcome, wireOutcome, type Accepted, type Io } from '../../server/broadcast.js';
import { rememberPatch } from '../../server/store/committed-patch.js';
import { MemoryStore } from '../../server/store/memory.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import { outcomeChannel } from '../../server/outcome-channel.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

describe('the outcome channel', () => {
  let redis: RedisHandle;
  const clients: Redis[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => {
    clients.forEach((c) => c.disconnect());
    await redis?.stop();
  });

  const process = async (heard: string[]) => {
    const pub = new Redis(redis.url);
    const sub = new Redis(redis.url);
    clients.push(pub, sub);
    const ch = outcomeChannel(pub, sub, (json) => heard.push(json), (err) => {
      throw err;
    });
    await new Promise((r) => setTimeout(r, 100));
    return ch;
  };

  it('reaches every other process, in order, and never the sender', async () => {
    const heardA: string[] = [];
    const heardB: string[] = [];
    const a = await process(heardA);
    const b = await process(heardB);
    a.publish('[1]');
    a.publish('["zwei", "ø"]');
    b.publish('[3]');
    await new Promise((r) => setTimeout(r, 200));
    expect(heardB).toEqual(['[1]', '["zwei", "ø"]']);
    expect(heardA).toEqual(['[3]']);
  });

  it('the wire text reads back to the outcome, its state spliced in as its JSON', () => {
    const state = { id: 'm1', seq: 4, participants: [{ id: 'a', name: 'Ada "A"' }] } as unknown as Accepted['state'];
    const out = { ok: true, state, events: [], logged: [], views: ['a'] } as unknown as Accepted;
    const wire = wireOutcome(out, 1234);
    expect(wire).toContain(JSON.stringify(state));
    expect(readWireOutcome(wire)).toEqual({ out, now: 1234 });
    for (const bad of ['', '{}', '[1,2]', '[{},"x",{}]', '[null,1,{}]', 'not json']) expect(readWireOutcome(bad), bad).toBeNull();
  });

  it('a patch reads back to the committed state on its base; malformed patches are refused', () => {
    const before = { id: 'm2', seq: 4, topic: null, participants: [{ id: 'a', name: 'Ada' }], shares: [{ seq: 2, id: 'a', hidden: false, reports: [] }], greeterId: 'a' } as unknown as MeetingState;
    const state = { ...before, seq: 5, topic: 'Aksept', shares: [...before.shares!, { seq: 5, id: 'a', hidden: false, reports: [] }], greeterId: undefined } as MeetingState;
    rememberPatch(state, { base: 4, baseTag: '', set: ['seq', '5', 'topic', '"Aksept"', 'shares', '2', 'shares:1', '{"seq":5,"id":"a","hidden":false,"reports":[]}'], del: ['greeterId'] });
    const out = { ok: true, state, events: [], logged: [], views: ['a'] } as unknown as Accepted;
    const wire = wireOutcome(out, 99);
    expect(wire).not.toContain('"participants"');
    const read = readWireOutcome(wire, (id, seq) => (id === 'm2' && seq === 4 ? before : undefined));
    expect(read).toEqual({ out, now: 99 });
    expect(read && 'out' in read && 'greeterId' in read.out.state).toBe(false);
    // Handed out once: the next publish of the same state sends it whole.
    expect(wireOutcome(out, 99)).toContain('"participants"');
    // Not the base here (another seq, or none): read the store.
    expect(readWireOutcome(wire, () => ({ ...before, seq: 3 }))).toEqual({ missing: 'm2', base: 4 });
    expect(readWireOutcome(wire)).toEqual({ missing: 'm2', base: 4 });
    for (const bad of ['[{},1,"m2",null]', '[{},1,5,{"base":4,"set":{},"del":[]}]', '[{},1,"m2",{"base":"4","set":{},"del":[]}]', '[{},1,"m2",{"base":4,"set":{},"del":[1]}]', '[{},1,"m2",{"base":4,"del":[]}]']) {
      expect(readWireOutcome(bad, () => before), bad).toBeNull();
    }
  });

  it('a process without the base reads the meeting from the store instead (its copy and clock follow it)', async () => {
    const store = new MemoryStore({ ttlMs: 60_000, logCap: 10 });
    const before = { id: 'm3', seq: 4, topic: null } as unknown as MeetingState;
    const stored = { ...before, seq: 5, topic: 'stored' } as MeetingState;
    await store.create(stored, { chairKeyHash: 'x', joinCodeHash: null, joinCode: null });
    const remote: MeetingState[] = [];
    const filled: MeetingState[] = [];
    const b = new Broadcaster({} as Io, false, store, (o) => remote.push(o.state), (s) => filled.push(s));
    let mine: MeetingState | undefined;
    b.link({ publish: () => undefined }, () => mine);
    try {
      const state = { ...before, seq: 5, topic: 'Aksept' } as MeetingState;
      rememberPatch(state, { base: 4, baseTag: '', set: ['seq', '5', 'topic', '"Aksept"'], del: [] });
      const wire = wireOutcome({ ok: true, state, events: [], logged: [], views: [] } as unknown as Accepted, 1);
      b.receive(wire);
      await new Promise((r) => setTimeout(r, 20));
      expect(remote).toEqual([]);
      expect(filled.map((s) => s.topic)).toEqual(['stored']);
      mine = before;
      b.receive(wire);
      expect(remote.map((s) => [s.seq, s.topic])).toEqual([[5, 'Aksept']]);
    } finally {
      b.stop();
      await store.close();
    }
  });
});
