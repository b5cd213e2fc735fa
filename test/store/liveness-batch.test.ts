// The seats a process's sockets hold are listed in Redis for the survivors (server/liveness.ts).
// A reconnect storm seats hundreds of sockets at once; the changes made together go to Redis as
// one MULTI, not one per socket (Issue 10: 1,972 of a 986-seat storm's Redis
// commands were these). Checked here: the set holds exactly the seats held, 300 changes made
// together cost one transaction, and a seat is listed before the code that took it goes on (a
// join's answer comes after: a process killed right after answering still has the seat listed).
// Real redis-server.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Liveness, seatsKey } from '../../server/liveness.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));
const calls = (info: string, cmd: string): number => Number(new RegExp(`^cmdstat_${cmd}:calls=(\\d+)`, 'm').exec(info)?.[1] ?? 0);

describe('liveness: the seats held, listed in batches', () => {
  let redis: RedisHandle;
  let client: Redis;
  let admin: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
    admin = new Redis(redis.url);
  });
  afterAll(async () => {
    client.disconnect();
    admin.disconnect();
    await redis.stop();
  });

  it('300 seats taken and let go together are one MULTI; the set holds exactly the seats still held', async () => {
    const live = new Liveness(client, 'batcher', { ttlMs: 60_000 }, async () => undefined);
    await admin.config('RESETSTAT');
    for (let i = 0; i < 200; i++) live.add('m1', `p${i}`, `c${i}`);
    // Let go in the same turn: never listed, or listed and unlisted in one go.
    for (let i = 0; i < 100; i++) live.remove('m1', `p${i}`, `c${i}`);
    await turn();
    await client.ping();
    const first = await admin.info('commandstats');
    expect(calls(first, 'exec')).toBe(1);
    expect(calls(first, 'sadd')).toBe(1);
    expect(calls(first, 'srem')).toBe(1);
    const listed = await admin.smembers(seatsKey('batcher'));
    expect(listed.sort()).toEqual(Array.from({ length: 100 }, (_, i) => `m1 p${i + 100} c${i + 100}`).sort());
    expect(await admin.pttl(seatsKey('batcher'))).toBeGreaterThan(50_000);

    // A later turn: one let go, one taken again under a new connection.
    live.remove('m1', 'p150', 'c150');
    live.add('m1', 'p150', 'c150b');
    await turn();
    await client.ping();
    expect(calls(await admin.info('commandstats'), 'exec')).toBe(2);
    const after = await admin.smembers(seatsKey('batcher'));
    expect(after).toContain('m1 p150 c150b');
    expect(after).not.toContain('m1 p150 c150');
    expect(after).toHaveLength(100);
    await live.stop();
    expect(await admin.exists(seatsKey('batcher'))).toBe(0);
  });

  it('a seat is on its way to Redis before the code that took it goes on (before a join is answered)', async () => {
    const live = new Liveness(client, 'prompt', { ttlMs: 60_000 }, async () => undefined);
    live.add('m2', 'p1', 'c1');
    // One hop, as an async join handler's `return` takes before its answer is sent: the MULTI
    // was written first, so a read on the same connection sees the seat.
    await Promise.resolve();
    expect(await client.smembers(seatsKey('prompt'))).toEqual(['m2 p1 c1']);
    await live.stop();
  });
});
