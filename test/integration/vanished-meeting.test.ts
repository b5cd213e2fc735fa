// A meeting the store lost (Redis restarted empty, no persistence by design) is an interrupted
// meeting, not an ended one. Fresh operator trial: a share retried from the other process right
// after the restart was answered MEETING_ENDED ("This meeting has ended.") about 0.6 s before
// `bye('interrupted')` arrived — the periodic store check had not run yet. A command that finds
// its meeting missing under a seat now has the store checked at once, so the farewell comes
// first. Two real processes, one real redis-server (no persistence, a free port), killed and
// restarted empty on the same port; the periodic check slowed to 30 s so the race is certain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { spawnServer, untilHealthy, type ServerProcess } from '../helpers/process.js';
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

  /** A meeting with the chair on A and Bravo on B, Bravo's turn; then Redis killed and restarted empty. */
  async function lostMeeting(): Promise<{ chair: TestClient; speaker: TestClient }> {
    // Both processes back on the restarted Redis of the test before (the first test leaves it empty).
    await untilHealthy([a.url, b.url]);
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
    return { chair, speaker };
  }

  /** Sends `name` until an answer that is not "try again" or a farewell (the page waits a second; quicker here, to be first). */
  async function untilAnswered(c: TestClient, name: string, payload: object): Promise<string[]> {
    const answers: string[] = [];
    const until = Date.now() + 20_000;
    while (Date.now() < until && c.byes.length === 0) {
      const ack = (await c.emit(name, payload).catch(() => ({ ok: false, code: 'NO_ANSWER' }))) as { ok: boolean; code?: string };
      answers.push(ack.ok ? 'OK' : ack.code!);
      if (ack.ok || (ack.code !== 'STORE_UNAVAILABLE' && ack.code !== 'NO_ANSWER')) break;
      await sleep(200);
    }
    return answers;
  }

  /** The farewell came first, in words: interrupted, not ended; no answer said "ended" before it. */
  function toldInterruptedFirst(c: TestClient): void {
    expect(c.byes).toEqual(['interrupted']);
    const byeAt = c.received.findIndex((r) => r.name === 'bye');
    expect(byeAt).toBeGreaterThanOrEqual(0);
    const ended = c.received.findIndex((r) => JSON.stringify(r.payload).includes('MEETING_ENDED'));
    expect(ended === -1 || ended > byeAt).toBe(true);
  }

  it('a share retried on the other process after Redis came back empty: bye(interrupted) reaches the sender before any answer', { timeout: 60_000 }, async () => {
    const { chair, speaker } = await lostMeeting();
    const answers = await untilAnswered(speaker, 'share', { text: 'Er dere der ennå?', commandId: 'share-after-loss-1' });
    console.log(`share after the restart: answers ${answers.join(', ')}; farewells: ${speaker.byes.join(', ')}`);
    toldInterruptedFirst(speaker);
    // And the answer itself says interrupted (it used to be MEETING_ENDED after the farewell).
    expect(answers.at(-1)).toBe('MEETING_INTERRUPTED');
    // The chair on the other process hears it from its own process's periodic check (30 s here);
    // never "ended" meanwhile.
    expect(chair.byes).not.toContain('ended');
    chair.close();
    speaker.close();
  });

  it('a catchUp after Redis came back empty: bye(interrupted) first, never "ended"', { timeout: 60_000 }, async () => {
    const { chair, speaker } = await lostMeeting();
    const answers = await untilAnswered(speaker, 'catchUp', { afterSeq: 0 });
    console.log(`catchUp after the restart: answers ${answers.join(', ')}; farewells: ${speaker.byes.join(', ')}`);
    toldInterruptedFirst(speaker);
    expect(answers.at(-1)).toBe('MEETING_INTERRUPTED');
    chair.close();
    speaker.close();
  });
});
