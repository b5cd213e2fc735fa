// Each process keeps the state it last committed (Issue 10: hot state, one Redis round trip per
// command). Two Meetings services over one real redis-server stand for two processes: a command
// refused on one's stale copy is decided again on the stored state, and a command on a hot
// meeting reads nothing from Redis.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FORMATS } from '../../shared/meeting/formats.js';
import { createMeeting } from '../../shared/meeting/state.js';
import { Meetings } from '../../server/meetings.js';
import { RedisStore } from '../../server/store/redis.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

const join = (id: string, name: string) => () => ({ type: 'join' as const, id, name, role: 'participant' as const, volunteer: false, pledge: true, chairKey: false, joinCode: false });

describe('hot meeting state per process', () => {
  let redis: RedisHandle;
  let storeA: RedisStore;
  let storeB: RedisStore;

  beforeAll(async () => {
    redis = await startRedis();
    storeA = new RedisStore(redis.url, { ttlMs: 60_000, logCap: 100 });
    storeB = new RedisStore(redis.url, { ttlMs: 60_000, logCap: 100 });
  });
  afterAll(async () => {
    await Promise.all([storeA.close(), storeB.close()]);
    await redis.stop();
  });

  const newMeeting = async (id: string): Promise<void> => {
    const state = createMeeting({ id, title: 'Hot', language: 'nb', formatId: FORMATS[0]!.id, access: 'open', listed: false, settings: DEFAULT_SETTINGS, turnMode: 'circle', startsAt: null }, Date.now());
    expect(await storeA.create(state, { chairKeyHash: 'x', joinCodeHash: null, joinCode: null })).toBe(true);
  };

  it('a command refused on a stale copy is decided again on what the other process committed', async () => {
    await newMeeting('hotstale1');
    const a = new Meetings(storeA);
    const b = new Meetings(storeB);
    expect((await a.run('hotstale1', join('pa', 'Anna'))).ok).toBe(true);
    // Process B seats Bo; A's copy (from its own commit) does not know Bo.
    expect((await b.run('hotstale1', join('pb', 'Bo'))).ok).toBe(true);
    const out = await a.run('hotstale1', () => ({ type: 'setRole', by: 'pb', role: 'listener' }));
    expect(out.ok).toBe(true);
    const stored = await storeA.load('hotstale1');
    expect(stored?.participants.find((p) => p.id === 'pb')?.role).toBe('listener');
    // And a command accepted on a stale copy fails the compare-and-set and is decided again.
    expect((await b.run('hotstale1', () => ({ type: 'setRole', by: 'pa', role: 'listener' }))).ok).toBe(true);
    const again = await a.run('hotstale1', () => ({ type: 'setRole', by: 'pb', role: 'participant' }));
    expect(again.ok).toBe(true);
    const last = await storeA.load('hotstale1');
    expect(last?.participants.map((p) => p.role)).toEqual(['listener', 'participant']);
    expect(last?.seq).toBe(again.ok ? again.state.seq : -1);
  });

  it('a command on a meeting this process committed last reads nothing from Redis: the commit only', async () => {
    // The store's own connection, with every command it sends recorded (real Redis answers).
    const client = new Redis(redis.url);
    const store = new RedisStore(client, { ttlMs: 60_000, logCap: 100 });
    const sent: string[] = [];
    const send = client.sendCommand.bind(client);
    client.sendCommand = ((cmd: { name: string }, ...rest: unknown[]) => {
      sent.push(cmd.name);
      return (send as (...a: unknown[]) => unknown)(cmd, ...rest);
    }) as typeof client.sendCommand;
    const state = createMeeting({ id: 'hotread1', title: 'Hot', language: 'nb', formatId: FORMATS[0]!.id, access: 'open', listed: false, settings: DEFAULT_SETTINGS, turnMode: 'circle', startsAt: null }, Date.now());
    expect(await store.create(state, { chairKeyHash: 'x', joinCodeHash: null, joinCode: null })).toBe(true);
    const a = new Meetings(store);
    expect((await a.run('hotread1', join('pa', 'Anna'))).ok).toBe(true);
    sent.length = 0;
    for (const role of ['listener', 'participant', 'listener'] as const) expect((await a.run('hotread1', () => ({ type: 'setRole', by: 'pa', role }))).ok).toBe(true);
    // Per command: the commit script alone, which also writes the directory hint; no read.
    expect(sent.filter((n) => n !== 'evalsha' && n !== 'eval')).toEqual([]);
    expect(sent.filter((n) => n === 'evalsha' || n === 'eval')).toHaveLength(3);
    // A command the core refuses on that copy is checked against the store's seq alone, never a
    // read and parse of the whole meeting (a reconnect storm refuses many on current copies).
    sent.length = 0;
    const refused = await a.run('hotread1', () => ({ type: 'setRole', by: 'pa', role: 'listener' }));
    expect(refused.ok).toBe(false);
    expect(sent).toEqual(['hget']);
    // A command guarded by a connection that no longer holds the seat (a socket's drop, committed
    // after its seat resumed on a new one, as in a reconnect storm): refused by the commit script
    // alone, and the copy stays hot, so the meeting's next command reads nothing either (before,
    // each such refusal cost a holder read and the next command a read of the whole meeting).
    await store.swapHolder('hotread1', 'pa', 'proc/new');
    sent.length = 0;
    const old = await a.run('hotread1', () => ({ type: 'disconnect', by: 'pa' }), { pid: 'pa', conn: 'proc/old' });
    expect(old).toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
    expect(sent).toEqual(['evalsha']);
    sent.length = 0;
    expect((await a.run('hotread1', () => ({ type: 'setRole', by: 'pa', role: 'participant' }))).ok).toBe(true);
    expect(sent).toEqual(['evalsha']);
    await client.quit();
  });
});
