// A return after the drop counted (past the settle time) takes its seat in the reconnect's own
// commit: one script call on the meeting's keys, where it was two (the holder swapped, then the
// reconnect committed guarded by it). Issue 10, the reconnect storm past the settle time: a
// thousand returns were a thousand round trips more, each under a saturated event loop. Real
// redis-server; what the server sends is read off Redis's own MONITOR stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { pause, seat } from '../helpers/meeting.js';
import { monitorCommands, startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { startTestServer } from '../helpers/server.js';

const SETTLE_MS = 200;

describe('a resume past the settle time (Redis store)', () => {
  let redis: RedisHandle;
  let server: RunningServer;
  beforeAll(async () => {
    redis = await startRedis();
    server = await startTestServer({ redisUrl: redis.url, dropSettleMs: SETTLE_MS, settings: { graceMs: 30_000, speakerGraceMs: 20_000 } });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
  });

  it('takes the seat and marks it connected in one script call; the seat is held by the new socket', async () => {
    const { meetingId, people } = await seat(server.url, ['Alm', 'Bøk', 'Gran']);
    const [chair, away, other] = people as [TestClient, TestClient, TestClient];
    const { token } = away;
    const lastSeq = away.lastSeq();
    away.drop();
    await other.waitFor((c) => c.latest.participants.find((p) => p.id === away.you)?.connected === false, 'the drop counted', SETTLE_MS + 5000);
    await pause(100);

    const monitor = await monitorCommands(redis.url);
    // The server's own calls: `eval` or `evalsha` as ioredis sends them (a script's inner calls
    // are listed too, in the script's upper case).
    const scripts = (): string[][] => monitor.commands.filter((args) => (args[0] === 'evalsha' || args[0] === 'eval') && args.some((a) => a.includes(`{${meetingId}}`)));
    const back = await TestClient.connect(server.url);
    const ack = await back.resume(meetingId, token, lastSeq);
    expect(ack.ok).toBe(true);
    await other.waitFor((c) => c.latest.participants.find((p) => p.id === back.you)?.connected === true, 'the return seen');
    await pause(100);
    monitor.stop();
    // The reconnect's commit alone: no holder swap before it.
    expect(scripts()).toHaveLength(1);

    // The seat is the new socket's: its commands go through, one seat, however many tabs.
    await back.ok('volunteer', { on: true });
    await other.waitFor((c) => c.latest.participants.find((p) => p.id === back.you)?.volunteer === true, 'the returned seat acts');
    // A second tab resuming the same seat while it is connected takes it over (no commit: a swap).
    const second = await TestClient.connect(server.url);
    expect((await second.resume(meetingId, token, back.lastSeq())).ok).toBe(true);
    await second.ok('volunteer', { on: false });
    await other.waitFor((c) => c.latest.participants.find((p) => p.id === second.you)?.volunteer === false, 'the second tab acts');
    expect(other.latest.participants.filter((p) => p.id === back.you)).toHaveLength(1);
    for (const c of [chair, back, second, other]) c.close();
  });
});
