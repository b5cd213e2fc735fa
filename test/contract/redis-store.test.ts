// The shared contract against a real redis-server, plus what only Redis can get wrong: keys
// left behind, keys without a TTL, and two clients (two processes) racing on one meeting.
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../server/store/redis.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { advance, meeting, newId, note, secretsFor, sleep, storeContract } from './store.contract.js';
import { keyList, meetingKeys } from '../../server/store/redis-keys.js';
import type { MeetingState } from '../../shared/meeting/state.js';

let server: RedisHandle;
beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  await server?.stop();
});

storeContract('RedisStore', (opts) => new RedisStore(server.url, opts));

async function scanAll(redis: Redis, pattern: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return [...new Set(keys)];
}

describe('RedisStore leaves nothing behind', () => {
  let redis: Redis;
  let store: RedisStore;
  beforeAll(() => {
    redis = new Redis(server.url);
  });
  afterAll(async () => {
    await redis.quit();
  });
  afterEach(async () => {
    await store?.close();
  });

  async function fullMeeting(id: string, s: RedisStore): Promise<void> {
    const s0 = meeting(id, true);
    await s.create(s0, { chairKeyHash: 'c', joinCodeHash: 'j', joinCode: 'j' });
    await s.commit(id, 0, advance(s0), [note(1), note(2)], undefined, undefined, { pid: 'p1', commandId: 'command-1' });
    await s.putToken(id, 'hash-1', 'p1');
  }

  it('keeps all keys of a meeting under one hash tag', async () => {
    store = new RedisStore(server.url, { ttlMs: 3_600_000, logCap: 10 });
    const id = newId();
    await fullMeeting(id, store);
    const keys = await scanAll(redis, `*${id}*`);
    expect(keys.sort()).toEqual([`runde:m:{${id}}:commands`, `runde:m:{${id}}:log`, `runde:m:{${id}}:secrets`, `runde:m:{${id}}:state`, `runde:m:{${id}}:tokens`]);
  });

  it('gives every key it writes a TTL, the directory included', async () => {
    store = new RedisStore(server.url, { ttlMs: 3_600_000, logCap: 10 });
    await fullMeeting(newId(), store);
    await fullMeeting(newId(), store);
    const keys = await scanAll(redis, '*');
    expect(keys).toContain('runde:directory');
    expect(keys.length).toBeGreaterThanOrEqual(11);
    for (const key of keys) {
      const pttl = await redis.pttl(key);
      expect({ key, hasTtl: pttl > 0 }).toEqual({ key, hasTtl: true });
    }
  });

  it('never shortens the directory TTL for a short-lived meeting', async () => {
    const long = new RedisStore(server.url, { ttlMs: 3_600_000, logCap: 10 });
    store = new RedisStore(server.url, { ttlMs: 500, logCap: 10 });
    try {
      const a = newId();
      await long.create(meeting(a, true), secretsFor(a));
      const b = newId();
      await store.create(meeting(b, true), secretsFor(b));
      expect(await redis.pttl('runde:directory')).toBeGreaterThan(3_000_000);
      await sleep(700);
      expect(await long.listed()).toContain(a);
      expect(await long.listed()).not.toContain(b);
    } finally {
      await long.close();
    }
  });

  it('after destroy, a full SCAN finds no key naming the meeting', async () => {
    store = new RedisStore(server.url, { ttlMs: 3_600_000, logCap: 10 });
    const id = newId();
    await fullMeeting(id, store);
    expect((await scanAll(redis, `*${id}*`)).length).toBe(5);
    await store.destroy(id);
    expect(await scanAll(redis, `*${id}*`)).toEqual([]);
    expect(await redis.zscore('runde:directory', id)).toBeNull();
  });

  it('after expiry, a full SCAN finds no key naming the meeting', async () => {
    store = new RedisStore(server.url, { ttlMs: 300, logCap: 10 });
    const id = newId();
    await fullMeeting(id, store);
    await sleep(700);
    expect(await scanAll(redis, `*${id}*`)).toEqual([]);
    await store.listed();
    expect(await redis.zscore('runde:directory', id)).toBeNull();
  });

  it('asks for the stored seqs of many meetings in one write (the rollback check, every second)', async () => {
    const client = new Redis(server.url);
    store = new RedisStore(client, { ttlMs: 3_600_000, logCap: 10 });
    try {
      const ids = [newId(), newId(), newId(), newId()];
      for (const id of ids) await store.create(meeting(id), secretsFor(id));
      const stream = (client as unknown as { stream: { write: (...a: unknown[]) => boolean } }).stream;
      const write = stream.write.bind(stream);
      let writes = 0;
      stream.write = (...a: unknown[]) => {
        writes++;
        return write(...a);
      };
      expect(await store.storedSeqs(ids)).toEqual([0, 0, 0, 0]);
      expect(writes).toBe(1);
    } finally {
      await client.quit();
    }
  });

  it('writes the directory only with a commit that succeeds', async () => {
    store = new RedisStore(server.url, { ttlMs: 3_600_000, logCap: 10 });
    const id = newId();
    const s0 = meeting(id, false);
    await store.create(s0, secretsFor(id));
    // A commit decided on a stale seq that would list the meeting: refused, and no entry either.
    expect(await store.commit(id, 7, { ...advance(s0), seq: 8, listed: true }, [])).toBe(false);
    expect(await redis.zscore('runde:directory', id)).toBeNull();
    expect(await store.listed()).not.toContain(id);
    expect(await store.commit(id, 0, { ...advance(s0), listed: true }, [])).toBe(true);
    expect(Number(await redis.zscore('runde:directory', id))).toBeGreaterThan(Date.now() + 3_000_000);
  });

  it('lets exactly one of two clients (two processes) win a race on the same seq', async () => {
    store = new RedisStore(server.url, { ttlMs: 3_600_000, logCap: 10 });
    const other = new RedisStore(server.url, { ttlMs: 3_600_000, logCap: 10 });
    try {
      const id = newId();
      const s0 = meeting(id);
      await store.create(s0, secretsFor(id));
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? store : other).commit(id, 0, { ...advance(s0), topic: `w${i}` }, [note(1, `w${i}`)])),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      expect((await other.load(id))?.topic).toBe(`w${winner}`);
      expect(await store.readLog(id, -1)).toEqual([note(1, `w${winner}`)]);
    } finally {
      await other.close();
    }
  });

  it('reads a resume\'s missed events without sending the whole log (a stream read from lastSeq)', async () => {
    // A long meeting's log holds up to RUNDE_LOG_CAP entries; a resume after a short drop
    // misses a few. Reading them must not cost the whole log: Redis counts the bytes it sends.
    store = new RedisStore(server.url, { ttlMs: 3_600_000, logCap: 2000 });
    const id = newId();
    let s = meeting(id);
    await store.create(s, secretsFor(id));
    for (let i = 0; i < 300; i++) {
      const next = advance(s);
      expect(await store.commit(id, s.seq, next, [note(next.seq, `share ${next.seq} `.padEnd(1000, 'x'))])).toBe(true);
      s = next;
    }
    const sent = async (): Promise<number> => Number(/total_net_output_bytes:(\d+)/.exec(await redis.info('stats'))![1]);
    const infoCost = -(await sent()) + (await sent());
    const before = await sent();
    const missed = await store.readLog(id, s.seq - 2);
    const cost = (await sent()) - before - infoCost;
    expect(missed.map((e) => e.seq)).toEqual([s.seq - 1, s.seq]);
    // Two entries of ~1 KB: far below the 300 KB of the whole log.
    expect(cost).toBeLessThan(10_000);
    expect((await store.readLog(id, -1)).length).toBe(300);
    expect((await store.readLog(id, 0.5)).map((e) => e.seq)[0]).toBe(1);
  });

  it('leaves a client it was given open on close', async () => {
    const client = new Redis(server.url);
    try {
      const s = new RedisStore(client, { ttlMs: 1000, logCap: 10 });
      await s.close();
      expect(await client.ping()).toBe('PONG');
    } finally {
      await client.quit();
    }
  });
});

describe('RedisStore keeps the state one field per key (Issue 10)', () => {
  let redis: Redis;
  let store: RedisStore;
  beforeAll(() => {
    redis = new Redis(server.url);
    store = new RedisStore(server.url, { ttlMs: 3_600_000, logCap: 10 });
  });
  afterAll(async () => {
    await store.close();
    await redis.quit();
  });

  const withShares = (id: string): MeetingState => ({ ...meeting(id), shares: [{ seq: 1, id: 'a', hidden: false, reports: [] }], greeterId: 'a' });

  it('stores one field per key and one per share; absent keys have no field and load back absent', async () => {
    const id = newId();
    const s0 = withShares(id);
    await store.create(s0, secretsFor(id));
    const { greeterId: _g, ...rest } = s0;
    const s1: MeetingState = { ...rest, seq: 1, endWarned: undefined, shares: [...s0.shares!, { seq: 1, id: 'b', hidden: false, reports: [] }] };
    expect(await store.commit(id, 0, s1, [], undefined, undefined, undefined, s0)).toBe(true);
    const hash = await redis.hgetall(meetingKeys(id).state);
    expect(hash.json).toBeUndefined();
    expect(hash.seq).toBe('1');
    expect(hash.shares).toBe('2');
    expect(JSON.parse(hash['shares:1']!)).toEqual({ seq: 1, id: 'b', hidden: false, reports: [] });
    expect(hash.greeterId).toBeUndefined();
    expect(hash.endWarned).toBeUndefined();
    const loaded = (await store.load(id))!;
    expect(loaded).toStrictEqual(JSON.parse(JSON.stringify(s1)));
    expect('greeterId' in loaded).toBe(false);
    expect('endWarned' in loaded).toBe(false);
  });

  it('gives every key a TTL after commits that wrote only some fields, the state hash refreshed', async () => {
    const id = newId();
    const s0 = withShares(id);
    await store.create(s0, secretsFor(id));
    await store.putToken(id, 'hash-1', 'a');
    const k = meetingKeys(id);
    await redis.pexpire(k.state, 5_000);
    const s1 = { ...s0, seq: 1, topic: 'x' };
    expect(await store.commit(id, 0, s1, [note(1)], undefined, undefined, { pid: 'a', commandId: 'c-1' }, s0)).toBe(true);
    for (const key of keyList(k)) expect({ key, ttl: (await redis.pttl(key)) > 3_000_000 }).toEqual({ key, ttl: true });
  });

  it('reads a meeting stored in the old layout (one json field), and its next commit rewrites it whole', async () => {
    const id = newId();
    const s0 = withShares(id);
    const k = meetingKeys(id);
    // The old create: `seq` and the whole state as `json`.
    await redis.hset(k.state, 'seq', '0', 'json', JSON.stringify(s0));
    await redis.pexpire(k.state, 60_000);
    expect(await store.load(id)).toEqual(s0);
    const s1: MeetingState = { ...s0, seq: 1, topic: 'after the deploy' };
    expect(await store.commit(id, 0, s1, [note(1)], undefined, undefined, undefined, s0)).toBe(true);
    const hash = await redis.hgetall(k.state);
    expect(hash.json).toBeUndefined();
    expect(hash.title).toBe(JSON.stringify(s0.title));
    expect(await store.load(id)).toEqual(s1);
    expect(await redis.pttl(k.state)).toBeGreaterThan(3_000_000);
    // A stale commit against the old layout changes nothing either.
    await redis.del(k.state);
    await redis.hset(k.state, 'seq', '1', 'json', JSON.stringify(s1));
    expect(await store.commit(id, 0, { ...s1, topic: 'stale' }, [], undefined, undefined, undefined, s0)).toBe(false);
    expect(await store.load(id)).toEqual(s1);
  });
});
