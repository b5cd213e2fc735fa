// SIGTERM while Redis is down: the process still stops cleanly, exit code 0, no stack trace.
import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { spawnServer } from '../helpers/process.js';
import { startRedis } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

describe('a process stopped while Redis is down', () => {
  it('exits 0 within 10 s without a stack trace, with participants connected', async () => {
    const redis = await startRedis();
    const server = await spawnServer({ REDIS_URL: redis.url });
    try {
      const { meetingId, chairKey } = await createMeeting(server.url);
      const chair = await TestClient.connect(server.url);
      expect((await chair.join(meetingId, 'Leder', { chairKey })).ok).toBe(true);
      const other = await TestClient.connect(server.url);
      expect((await other.join(meetingId, 'Bjørk')).ok).toBe(true);
      await redis.crash();
      // A command while Redis is gone, then the stop.
      const ack = await chair.emit('volunteer', { on: true });
      expect(ack).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
      const t0 = Date.now();
      process.kill(server.pid, 'SIGTERM');
      const exit = await server.exited;
      expect(exit).toEqual({ code: 0, signal: null });
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect(chair.byes).toContain('restarting');
      expect(server.output.filter((l) => /^\s+at /u.test(l) || /Error:/u.test(l))).toEqual([]);
      expect(server.output.some((l) => l.includes('"event":"stopped"'))).toBe(true);
    } finally {
      await server.crash();
      await redis.stop();
    }
  }, 120_000);
});
