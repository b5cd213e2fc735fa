// After a break in its own heartbeat (Redis or the process stalled), a process judges nobody dead
// until it has beaten on time for a whole dead-process limit (server/liveness.ts): every live
// process's beat was late too, and would otherwise be taken for death (fresh tester, Issue 9: a
// 25 s Redis stall declared a live process dead and its people lost their seats). A process that
// really stopped beating is still found once the checker is steady. Real redis-server.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Liveness, PROCS_KEY, seatsKey } from '../../server/liveness.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('liveness after a stall', () => {
  let redis: RedisHandle;
  let client: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    client.disconnect();
    await redis.stop();
  });

  it('judges nobody dead right after its own beats were interrupted; finds a truly silent process once steady', async () => {
    const dropped: string[] = [];
    const checker = new Liveness(client, 'checker', { ttlMs: 60_000, heartbeatMs: 200, deadAfterMs: 1000 }, async (m, pid) => {
      dropped.push(`${m} ${pid}`);
    });
    // Ticks are driven by hand here (start() would run them on a timer).
    const tick = (): Promise<void> => (checker as unknown as { tick(): Promise<void> }).tick();
    await tick();
    // Another process whose last beat looks old, with a seat.
    await client.zadd(PROCS_KEY, Date.now() - 5000, 'other');
    await client.sadd(seatsKey('other'), 'm1 p1 c1');
    // Our own beats stop for longer than two heartbeats (a stall), then resume.
    await pause(1200);
    await tick();
    expect(dropped).toEqual([]);
    expect(await client.zscore(PROCS_KEY, 'other')).not.toBeNull();
    // Steady again for the whole limit: the process that never beat is now found dead.
    const until = Date.now() + 1400;
    while (Date.now() < until) {
      await tick();
      await pause(150);
    }
    expect(dropped).toEqual(['m1 p1']);
    await checker.stop();
  });
});
