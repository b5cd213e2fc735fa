// Issue 7 §3: seats on a killed process. After SIGKILL of one of two processes on one Redis, the
// survivor notices within seconds (liveness.ts) and starts the grace period of the dead one's
// seats: they show as away, and a chair there fails over once the grace runs out.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

describe('a process killed outright', () => {
  let redis: RedisHandle;
  let doomed: ServerProcess;
  let survivor: ServerProcess;
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, RUNDE_GRACE_MS: '3000' };
    [doomed, survivor] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 200_000);
  afterAll(async () => {
    await Promise.all([doomed?.crash(), survivor?.stop()]);
    await redis?.stop();
  });

  it('has its seats noticed as away within seconds, and its chair fails over after the grace', async () => {
    const { meetingId, chairKey } = await createMeeting(survivor.url);
    const chair = await TestClient.connect(doomed.url);
    expect((await chair.join(meetingId, 'Leder', { chairKey })).ok).toBe(true);
    const gone = await TestClient.connect(doomed.url);
    expect((await gone.join(meetingId, 'Borte')).ok).toBe(true);
    const vara = await TestClient.connect(survivor.url);
    expect((await vara.join(meetingId, 'Vara', { volunteer: true })).ok).toBe(true);
    await vara.waitFor((c) => c.latest.participants.length === 3, 'all three seated');

    await doomed.crash();
    const away = (c: TestClient, id: string): boolean => c.latest.participants.some((p) => p.id === id && !p.connected);
    const crashedAt = Date.now();
    await vara.waitFor((c) => away(c, chair.you) && away(c, gone.you), 'the dead process’s seats shown away', 20_000);
    const noticedMs = Date.now() - crashedAt;
    // The grace period, then the chair passes to the volunteer who is still here.
    await vara.waitFor((c) => c.latest.chairId === vara.you, 'chair failover', 15_000);
    expect(noticedMs).toBeLessThan(20_000);
    // Nothing of the dead process is left in its registry.
    const inspect = new Redis(redis.url);
    try {
      const keys = await inspect.keys('runde:proc:*');
      for (const k of keys) expect(await inspect.pttl(k)).toBeGreaterThan(0);
      expect(await inspect.pttl('runde:procs')).toBeGreaterThan(0);
    } finally {
      inspect.disconnect();
    }
    vara.close();
  }, 120_000);
});
