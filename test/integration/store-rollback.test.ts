// Redis can go back in time: after a failover (twice in a row, worse) the promoted replica may
// lack the latest writes, and the meeting state in the store is older than what the processes
// already delivered. That is data loss, and is treated like a Redis restarted empty: everyone
// in the meeting is told `bye('interrupted')` within the store check's period. On a real
// redis-server the meeting's state is written back to an older version behind the process's
// back (DUMP, then RESTORE ... REPLACE).
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { meetingKeys } from '../../server/store/redis-keys.js';
import { TestClient } from '../helpers/client.js';
import { spawnServer } from '../helpers/process.js';
import { startRedis } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('a store that went back in time', () => {
  it('tells everyone in the meeting it was interrupted, and nobody before that', { timeout: 120_000 }, async () => {
    const redis = await startRedis();
    const admin = new Redis(redis.url);
    const server = await spawnServer({ REDIS_URL: redis.url, RUNDE_STORE_CHECK_MS: '200', RUNDE_RATE_POINTS: '10000' });
    const clients: TestClient[] = [];
    try {
      const { meetingId, chairKey } = await createMeeting(server.url);
      const chair = await TestClient.connect(server.url);
      clients.push(chair);
      expect((await chair.join(meetingId, 'Leder', { chairKey })).ok).toBe(true);
      const other = await TestClient.connect(server.url);
      clients.push(other);
      expect((await other.join(meetingId, 'Bjørk')).ok).toBe(true);
      await chair.ok('start');

      // The version a lagging replica would have.
      const key = meetingKeys(meetingId).state;
      const old = await admin.dumpBuffer(key);
      const oldSeq = Number(await admin.hget(key, 'seq'));
      // The meeting goes on: several commits this process delivers.
      await chair.ok('setTurnMode', { mode: 'hands' });
      await chair.ok('advance');
      await other.ok('raiseHand');
      const newSeq = Number(await admin.hget(key, 'seq'));
      expect(newSeq).toBeGreaterThan(oldSeq);
      await sleep(1000);
      // Several checks ran: none took the moving meeting for rolled back.
      expect(clients.flatMap((c) => c.byes)).toEqual([]);

      // The failover: the store holds the older version now.
      const ttl = await admin.pttl(key);
      await admin.restore(key, ttl > 0 ? ttl : 0, old!, 'REPLACE');
      expect(Number(await admin.hget(key, 'seq'))).toBe(oldSeq);
      const t0 = Date.now();
      while (!clients.every((c) => c.byes.includes('interrupted')) && Date.now() - t0 < 5000) await sleep(20);
      expect(clients.map((c) => c.byes)).toEqual([['interrupted'], ['interrupted']]);
      expect(Date.now() - t0).toBeLessThan(2000);
      // The log line comes through the process's pipe, which may trail the sockets' byes.
      await server.logged((l) => l.includes('"event":"store_rolled_back"') && l.includes(`"behindBy":${newSeq - oldSeq}`), 'store_rolled_back with behindBy');
    } finally {
      clients.forEach((c) => c.close());
      admin.disconnect();
      await server.crash();
      await redis.stop();
    }
  });
});
