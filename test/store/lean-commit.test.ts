// Issue 10 "lean fan-out": on Redis an accepted share costs one round trip that carries what the
// share changed, not the whole state (which grows with the meeting: participants, shares, round
// order). The wire bytes of a share's commit are counted on the client's socket, in a 30-person
// meeting driven through the real core; the old store (the whole state's JSON per commit) sends
// more than the state's JSON and fails here. Also the field diff itself, step by step.
import type { Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meetings } from '../../server/meetings.js';
import { RedisStore } from '../../server/store/redis.js';
import { allFields, applyFields, changedFields, sameJson, stateFromFields } from '../../server/store/state-fields.js';
import { readWireOutcome, wireOutcome } from '../../server/broadcast.js';
import type { Command } from '../../shared/meeting/commands.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import { inRound, type Run } from '../core/helpers.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

const OTHERS = Array.from({ length: 29 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);
const TEXT = 'I am grateful to be here today, and I will keep it short, thank you all for listening to me.';

/** A 30-person meeting in its round (circle: `a` speaks first). */
const thirty = (): Run => inRound({ others: OTHERS, settings: { maxParticipants: 40 } });

describe('a share commit on Redis sends what changed, not the state', () => {
  let server: RedisHandle;
  let client: Redis;
  let store: RedisStore;
  beforeAll(async () => {
    server = await startRedis();
    client = new Redis(server.url);
    store = new RedisStore(client, { ttlMs: 60_000, logCap: 1000 });
  });
  afterAll(async () => {
    await store?.close();
    client?.disconnect();
    await server?.stop();
  });

  const written = (): number => (client as unknown as { stream: Socket }).stream.bytesWritten;

  it('a share in a 30-person meeting sends far fewer bytes than the state JSON, and does not grow with the shares', async () => {
    const run = thirty();
    expect(run.state.participants).toHaveLength(30);
    const id = run.state.id;
    expect(await store.create(run.state, { chairKeyHash: 'x', joinCodeHash: null, joinCode: null })).toBe(true);
    const meetings = new Meetings(store, () => run.now);
    const exec = async (cmd: Command): Promise<MeetingState> => {
      const out = await meetings.run(id, () => cmd);
      if (!out.ok) throw new Error(out.code);
      return out.state;
    };
    const perShare: { bytes: number; stateJson: number; shares: number }[] = [];
    const published: number[] = [];
    let prev = run.state;
    for (let turn = 0; turn < 12; turn++) {
      const speaker = (await store.load(id))!.speaker!.id;
      // Every byte this client writes while the share commits (the script call and the directory).
      const before = written();
      const after = await exec({ type: 'share', by: speaker, text: TEXT });
      // The first turn warms up (loads the state, the scripts); every later one is measured.
      if (turn > 0) perShare.push({ bytes: written() - before, stateJson: JSON.stringify(after).length, shares: after.shares!.length });
      // The publish to the other processes carries the same fields: a process holding the state
      // before patches it to the committed state; one without it is told to read the store.
      const wire = wireOutcome({ ok: true, state: after, events: [], logged: [], views: [] }, run.now);
      if (turn > 0) expect(wire.length, 'published bytes').toBeLessThan(JSON.stringify(after).length / 4);
      const read = readWireOutcome(wire, (mid, seq) => (mid === id && seq === prev.seq ? prev : undefined));
      expect(read && 'out' in read ? read.out.state : read).toEqual(after);
      expect(readWireOutcome(wire)).toEqual({ missing: id, base: prev.seq });
      if (turn > 0) published.push(wire.length);
      prev = after;
      prev = await exec({ type: 'finishShare', by: speaker });
    }
    expect((await store.load(id))!.shares).toHaveLength(12);
    console.log('share commits (bytes sent, state JSON, shares):', perShare.map((m) => `${m.bytes}/${m.stateJson}/${m.shares}`).join(' '));
    console.log('published per share (bytes):', published.join(' '));
    for (const m of perShare) expect(m.bytes, JSON.stringify(m)).toBeLessThan(m.stateJson / 4);
    // Appending a share sends that share, not the ones before it.
    expect(perShare.at(-1)!.bytes - perShare[0]!.bytes).toBeLessThan(100);
  });
});

describe('the field diff (state-fields.ts)', () => {
  /** Applies a diff to a stored hash, as the commit script does. */
  const apply = (hash: Map<string, string>, d: { set: string[]; del: string[] }): void => {
    for (let i = 0; i < d.set.length; i += 2) hash.set(d.set[i]!, d.set[i + 1]!);
    for (const f of d.del) hash.delete(f);
  };

  it('every step of a real meeting: the stored hash reads back to the committed state, strictly', () => {
    const run = thirty();
    const hash = new Map<string, string>();
    const full = allFields(run.state);
    for (let i = 0; i < full.length; i += 2) hash.set(full[i]!, full[i + 1]!);
    const check = (): void => expect(stateFromFields(Object.fromEntries(hash))).toStrictEqual(JSON.parse(JSON.stringify(run.state)));
    check();
    let prev = run.state;
    const step = (cmd: Parameters<Run['ok']>[0]): void => {
      run.ok(cmd);
      const d = changedFields(prev, run.state);
      // Only what changed: never the participants for a share, always the seq.
      expect(d.set).toContain('seq');
      apply(hash, d);
      check();
      // A receiver patching the previous state (broadcast.ts) gets the same state.
      const set: Record<string, unknown> = {};
      for (let i = 0; i < d.set.length; i += 2) set[d.set[i]!] = JSON.parse(d.set[i + 1]!);
      const patched = applyFields(JSON.parse(JSON.stringify(prev)) as MeetingState, set, d.del);
      expect(patched).toStrictEqual(JSON.parse(JSON.stringify(run.state)));
      prev = run.state;
    };
    for (let turn = 0; turn < 5; turn++) {
      const speaker = run.speaker!;
      step({ type: 'share', by: speaker, text: TEXT });
      step({ type: 'finishShare', by: speaker });
    }
    step({ type: 'hideShare', by: 'a', share: run.state.shares![1]!.seq });
    step({ type: 'pass', by: run.speaker! });
    step({ type: 'setTopic', by: 'a', text: 'Aksept' });
    step({ type: 'end', by: 'a' });
    expect(run.state.phase).toBe('ended');
  });

  it('a patch gives the committed state when shares shrink, change, vanish and return, and keys go', () => {
    const share = (seq: number, id: string, hidden = false) => ({ seq, id, hidden, reports: [] });
    const s0 = { ...thirty().state, shares: [share(1, 'a'), share(2, 'b'), share(3, 'c')], greeterId: 'b', endWarned: true };
    const { endWarned: _e, ...rest } = s0;
    const states: MeetingState[] = [
      s0,
      { ...rest, seq: s0.seq + 1, shares: [share(2, 'b', true)], greeterId: undefined },
      { ...rest, seq: s0.seq + 2, shares: undefined, greeterId: undefined },
      { ...rest, seq: s0.seq + 3, shares: [share(9, 'c')], topic: 'x' },
      { ...rest, seq: s0.seq + 4, shares: [share(9, 'c'), share(10, 'd')], topic: null },
    ];
    for (let i = 1; i < states.length; i++) {
      const d = changedFields(states[i - 1]!, states[i]!);
      const set: Record<string, unknown> = {};
      for (let j = 0; j < d.set.length; j += 2) set[d.set[j]!] = JSON.parse(d.set[j + 1]!);
      const base = JSON.parse(JSON.stringify(states[i - 1])) as MeetingState;
      const frozenBase = JSON.stringify(base);
      expect(applyFields(base, set, d.del), `step ${i}`).toStrictEqual(JSON.parse(JSON.stringify(states[i])));
      // The base is left as it was: it may still be someone's copy.
      expect(JSON.stringify(base)).toBe(frozenBase);
    }
    expect(() => applyFields(states[0]!, { shares: 5 }, [])).toThrow(/shares:3/);
  });

  it('a share changes a few fields; the participants are left alone', () => {
    const run = thirty();
    const before = run.state;
    run.ok({ type: 'share', by: run.speaker!, text: TEXT });
    const fields = changedFields(before, run.state).set.filter((_, i) => i % 2 === 0);
    expect(fields).not.toContain('participants');
    expect(fields).toContain('shares:0');
    expect(fields.length).toBeLessThan(8);
  });

  it('sameJson: equal exactly when the JSON is', () => {
    const cases: [unknown, unknown][] = [
      [{ a: 1, b: undefined }, { a: 1 }],
      [{ a: [1, { b: null }] }, { a: [1, { b: null }] }],
      [{ a: 1 }, { a: 1, b: 2 }],
      [{ a: 1, b: 2 }, { a: 1 }],
      [[1, 2], [1, 2, 3]],
      [[1], { 0: 1 }],
      [{ a: null }, { a: undefined }],
      [{ a: null }, {}],
      ['1', 1],
      [0, -0],
      [{ x: { y: { z: [true] } } }, { x: { y: { z: [false] } } }],
    ];
    for (const [a, b] of cases) {
      expect(sameJson(a, b), JSON.stringify([a, b])).toBe(JSON.stringify(a) === JSON.stringify(b));
      expect(sameJson(b, a), JSON.stringify([b, a])).toBe(JSON.stringify(a) === JSON.stringify(b));
    }
  });
});
