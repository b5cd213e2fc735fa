// Issue 7 §2 where processes matter: a speaker on process A drops and resumes on process B within
// the speaker grace and simply continues; the held turn's end is run by whichever process's
// clock fires, once (compare-and-set), and the room on both processes sees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

describe('the speaker grace across two processes on one Redis', () => {
  let redis: RedisHandle;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, RUNDE_SPEAKER_GRACE_MS: '8000', RUNDE_GRACE_MS: '60000' };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 300_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('a speaker who drops on one process and resumes on the other within the grace continues the turn; later the held turn ends once', { timeout: 120_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    expect((await chair.join(meetingId, 'Alfa', { chairKey })).ok).toBe(true);
    const speaker = await TestClient.connect(a.url);
    expect((await speaker.join(meetingId, 'Bravo')).ok).toBe(true);
    const other = await TestClient.connect(b.url);
    expect((await other.join(meetingId, 'Charlie')).ok).toBe(true);
    await chair.ok('start');
    await chair.ok('advance');
    await chair.waitFor((c) => c.latest.speaker?.id === c.you, 'the chair’s turn', 10_000);
    await chair.ok('finishShare');
    await speaker.waitFor((c) => c.latest.speaker?.id === c.you, 'Bravo’s turn', 10_000);

    const { token } = speaker;
    speaker.drop();
    await other.waitFor((c) => c.events.some((e) => e.event.type === 'turnHeld'), 'turnHeld on the other process', 10_000);
    const back = await TestClient.connect(b.url);
    expect((await back.resume(meetingId, token, 0)).ok).toBe(true);
    expect(back.view.speaker).toMatchObject({ id: back.you, heldUntil: null });
    await back.ok('share', { text: 'Fortsatt meg.' });
    await chair.waitFor((c) => c.shares().includes('Fortsatt meg.'), 'the share on process A', 10_000);

    // Dropped again and not back: the held turn ends once, by whichever clock fires first.
    back.drop();
    await other.waitFor((c) => c.latest.speaker?.id === c.you, 'the turn moves on after the grace', 15_000);
    const ended = other.events.filter((e) => e.event.type === 'shareEnded' && e.event.id === back.you);
    expect(ended).toHaveLength(1);
    expect(ended[0]!.event).toMatchObject({ reason: 'gone' });
    for (const c of [chair, other]) c.close();
  });
});
