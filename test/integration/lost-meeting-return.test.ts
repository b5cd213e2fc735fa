// Whoever was away when the store lost their meeting (Redis restarted empty; no persistence by
// design) is told, on coming back, that the meeting was interrupted and how to start again —
// never "This meeting has ended.". Fresh operator trial: a seat in its grace period (phone
// asleep) resumed after the restart and got MEETING_ENDED; the link's door page (GET
// /api/meetings/:id) said 410 MEETING_ENDED. One real process, one real redis-server (no
// persistence, a free port), killed and restarted empty on the same port.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { spawnServer, untilHealthy, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a person of a meeting the store lost who comes back later hears "interrupted"', () => {
  let redis: RedisHandle;
  let a: ServerProcess;
  beforeAll(async () => {
    redis = await startRedis();
    a = await spawnServer({ REDIS_URL: redis.url, RUNDE_REDIS_COMMAND_TIMEOUT_MS: '1000', RUNDE_RATE_POINTS: '10000', RUNDE_STORE_CHECK_MS: '300' });
  }, 300_000);
  afterAll(async () => {
    await a?.stop();
    await redis?.stop();
  });

  async function restartRedisEmpty(): Promise<void> {
    const port = redis.port;
    await redis.crash();
    redis = await startRedis({ port });
  }

  // Each test creates its meeting on the Redis the test before restarted: wait until it is back.
  beforeEach(() => untilHealthy([a.url]));

  const door = async (id: string): Promise<{ status: number; code?: string }> => {
    const res = await fetch(`${a.url}/api/meetings/${id}`);
    return { status: res.status, code: ((await res.json()) as { code?: string }).code };
  };

  /** Asks until the answer is not "try again" (Redis is coming back). */
  async function settled<T extends { ok: boolean; code?: string }>(ask: () => Promise<T>): Promise<T> {
    const until = Date.now() + 15_000;
    for (;;) {
      const ack = await ask();
      if (ack.ok || (ack.code !== 'STORE_UNAVAILABLE' && ack.code !== 'BUSY') || Date.now() > until) return ack;
      await sleep(200);
    }
  }

  it('a seat dropped before the restart, a second socket holding the meeting: resume, join and the door say MEETING_INTERRUPTED', { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    expect((await chair.join(meetingId, 'Alfa', { chairKey })).ok).toBe(true);
    const away = await TestClient.connect(a.url);
    expect((await away.join(meetingId, 'Bravo')).ok).toBe(true);
    const token = away.token;
    away.drop();
    await restartRedisEmpty();
    // The connected chair hears it from the periodic check.
    await chair.waitFor((c) => c.byes.includes('interrupted'), 'the chair told interrupted', 15_000);
    const back = await TestClient.connect(a.url);
    const resumed = await settled(() => back.resume(meetingId, token, 0));
    expect(resumed.ok).toBe(false);
    expect(!resumed.ok && resumed.code).toBe('MEETING_INTERRUPTED');
    expect(!resumed.ok && resumed.message).toMatch(/interrupted.*create a new meeting from the front page/);
    const newcomer = await TestClient.connect(a.url);
    const joined = await settled(() => newcomer.join(meetingId, 'Charlie'));
    expect(!joined.ok && joined.code).toBe('MEETING_INTERRUPTED');
    expect(await door(meetingId)).toEqual({ status: 410, code: 'MEETING_INTERRUPTED' });
    for (const c of [chair, back, newcomer]) c.close();
  });

  it('nobody connected at the restart (every seat in its grace period): resume and the door still say MEETING_INTERRUPTED', { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    expect((await chair.join(meetingId, 'Alfa', { chairKey })).ok).toBe(true);
    const token = chair.token;
    chair.drop();
    await sleep(300);
    await restartRedisEmpty();
    await sleep(1500);
    const back = await TestClient.connect(a.url);
    const resumed = await settled(() => back.resume(meetingId, token, 0));
    expect(!resumed.ok && resumed.code).toBe('MEETING_INTERRUPTED');
    expect(await door(meetingId)).toEqual({ status: 410, code: 'MEETING_INTERRUPTED' });
    back.close();
  });

  it('a meeting that ended says MEETING_ENDED and an id never issued MEETING_NOT_FOUND, as before', { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    expect((await chair.join(meetingId, 'Alfa', { chairKey })).ok).toBe(true);
    await chair.ok('end');
    await chair.waitFor((c) => c.byes.includes('ended'), 'the chair told ended', 10_000);
    const until = Date.now() + 10_000;
    while ((await door(meetingId)).status !== 410 && Date.now() < until) await sleep(100);
    expect(await door(meetingId)).toEqual({ status: 410, code: 'MEETING_ENDED' });
    const newcomer = await TestClient.connect(a.url);
    const joined = await newcomer.join(meetingId, 'Bravo');
    expect(!joined.ok && joined.code).toBe('MEETING_ENDED');
    expect(await door('not-a-meeting-id')).toEqual({ status: 404, code: 'MEETING_NOT_FOUND' });
    newcomer.close();
  });
});
