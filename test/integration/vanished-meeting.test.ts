// A meeting the store lost (Redis restarted empty, no persistence by design) is an interrupted
// meeting, not an ended one. Fresh operator trial: a share retried from the other process right
// after the restart was answered MEETING_ENDED ("This meeting has ended.") about 0.6 s before
// `bye('interrupted')` arrived — the periodic store check had not run yet. A command that finds
// its meeting missing under a seat now has the store checked at once, so the farewell comes
// first. Two real processes, one real redis-server (no persistence, a free port), killed and
// restarted empty on the same port; the periodic check slowed to 30 s so the race is certain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a command for a meeting the store lost is told "interrupted", never "ended"', () => {
  let redis: RedisHandle;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, RUNDE_REDIS_COMMAND_TIMEOUT_MS: '1000', RUNDE_RATE_POINTS: '10000', RUNDE_STORE_CHECK_MS: '30000' };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 300_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('a share retried on the other process after Redis came back empty: bye(interrupted) reaches the sender before any answer', { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    expect((await chair.join(meetingId, 'Alfa', { chairKey })).ok).toBe(true);
    const speaker = await TestClient.connect(b.url);
    expect((await speaker.join(meetingId, 'Bravo')).ok).toBe(true);
    await chair.ok('start');
    await chair.ok('advance');
    await chair.waitFor((c) => c.latest.speaker?.id === c.you, 'the chair’s turn', 10_000);
    await chair.ok('finishShare');
    await speaker.waitFor((c) => c.latest.speaker?.id === c.you, 'Bravo’s turn', 10_000);

    const port = redis.port;
    await redis.crash();
    redis = await startRedis({ port });
    // Retried with the same command id (the page waits a second; quicker here, to be first) until an answer that is not "try again".
    const answers: string[] = [];
    const until = Date.now() + 20_000;
    while (Date.now() < until && speaker.byes.length === 0) {
      const ack = (await speaker.emit('share', { text: 'Er dere der ennå?', commandId: 'share-after-loss-1' }).catch(() => ({ ok: false, code: 'NO_ANSWER' }))) as {
        ok: boolean;
        code?: string;
      };
      answers.push(ack.ok ? 'OK' : ack.code!);
      if (ack.ok || (ack.code !== 'STORE_UNAVAILABLE' && ack.code !== 'NO_ANSWER')) break;
      await sleep(200);
    }
    console.log(`answers after the restart: ${answers.join(', ')}; farewells: ${speaker.byes.join(', ')}`);
    // The farewell came first, in words: interrupted, not ended.
    expect(speaker.byes).toEqual(['interrupted']);
    const names = speaker.received.map((r) => r.name);
    const byeAt = names.indexOf('bye');
    expect(byeAt).toBeGreaterThanOrEqual(0);
    // Every acknowledgement recorded after the farewell (none of them may say "ended" before it).
    const ended = speaker.received.findIndex((r) => JSON.stringify(r.payload).includes('MEETING_ENDED'));
    expect(ended === -1 || ended > byeAt).toBe(true);
    // The chair on the other process hears it from its own process's periodic check (30 s here);
    // never "ended" meanwhile.
    expect(chair.byes).not.toContain('ended');
    chair.close();
    speaker.close();
  });
});
