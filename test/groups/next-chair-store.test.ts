// The store of handed-on chair keys: only a hash, under the group and occurrence, gone when that
// occurrence ends. The same behaviour in memory and on a real redis-server.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryNextChairStore, RedisNextChairStore, nextChairKey, type NextChairStore } from '../../server/groups/next-chair.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

let redisServer: RedisHandle;
let redis: Redis;
let clock = 1_000_000;
beforeAll(async () => {
  redisServer = await startRedis();
  redis = new Redis(redisServer.url);
});
afterAll(async () => {
  redis.disconnect();
  await redisServer.stop();
});

describe.each([
  ['memory', (): NextChairStore => new MemoryNextChairStore(() => clock)],
  ['redis', (): NextChairStore => new RedisNextChairStore(redis, () => clock)],
])('the handed-on chair keys (%s)', (_name, make) => {
  it('keeps a hash for one occurrence of one group, and deletes it', async () => {
    const store = make();
    await store.put('tirsdag', 5_000, 'h1', clock + 60_000);
    expect(await store.get('tirsdag', 5_000)).toBe('h1');
    expect(await store.get('tirsdag', 6_000)).toBeNull();
    expect(await store.get('onsdag', 5_000)).toBeNull();
    await store.delete('tirsdag', 5_000);
    expect(await store.get('tirsdag', 5_000)).toBeNull();
  });

  it('lets it expire when the occurrence ends', async () => {
    const store = make();
    await store.put('expiring', 7_000, 'h2', clock + 300);
    if (_name === 'redis') {
      const ttl = await redis.pttl(nextChairKey('expiring', 7_000));
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(300);
      const until = Date.now() + 5_000;
      while ((await store.get('expiring', 7_000)) !== null && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    } else {
      clock += 300;
    }
    expect(await store.get('expiring', 7_000)).toBeNull();
  });
});
