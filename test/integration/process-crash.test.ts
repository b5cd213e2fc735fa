// Fault drill: a server process dies mid-meeting. Its participants resume on the surviving
// process with their seats, and the meeting's clock keeps running there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

describe('a server process crashes during a meeting', () => {
  let redis: RedisHandle;
  let doomed: ServerProcess;
  let survivor: ServerProcess;
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, RUNDE_SHARE_MS: '2500', RUNDE_WARN_MS: '500' };
    [doomed, survivor] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([doomed?.crash(), survivor?.stop()]);
    await redis?.stop();
  });

  it('lets its participants resume on the other process, and the turn clock still runs', async () => {
    const { meetingId, chairKey } = await createMeeting(survivor.url);
    const chair = await TestClient.connect(doomed.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const speaker = await TestClient.connect(doomed.url);
    await speaker.join(meetingId, 'Taler');
    const other = await TestClient.connect(survivor.url);
    await other.join(meetingId, 'Tilhører');
    await chair.ok('start');
    await chair.ok('advance'); // the doomed process arms the only timer
    await chair.ok('pass');
    await speaker.waitFor((c) => c.latest.speaker?.id === c.you, 'speaker’s turn');
    await speaker.ok('share', { text: 'før krasjet' });
    await other.waitFor((c) => c.shares().includes('før krasjet'), 'share before the crash');

    await doomed.crash();
    await speaker.waitFor((c) => !c.socket.connected, 'speaker cut off');

    const back = await TestClient.connect(survivor.url);
    const ack = await back.resume(meetingId, speaker.token, speaker.lastSeq());
    if (!ack.ok) throw new Error(ack.code);
    expect(ack.you).toBe(speaker.you);
    const chairBack = await TestClient.connect(survivor.url);
    expect((await chairBack.resume(meetingId, chair.token, chair.lastSeq())).ok).toBe(true);
    expect(chairBack.latest.you.isChair).toBe(true);

    // No command runs on the survivor after the crash but the resumes: only the timer it armed
    // on resume can end the speaker's turn at its deadline.
    await other.waitFor((c) => c.latest.speaker?.id === c.you, 'turn moved on by the survivor’s clock', 8000);
    await other.ok('share', { text: 'etter krasjet' });
    await back.waitFor((c) => c.shares().includes('etter krasjet'), 'share after the crash');
    expect(other.shares()).toEqual(['før krasjet', 'etter krasjet']);
    [back, chairBack, other].forEach((c) => c.close());
  });

  it('keeps the turn clock running when the process that set the timer dies and nobody resumes', async () => {
    const env = { REDIS_URL: redis.url, RUNDE_SHARE_MS: '2500', RUNDE_WARN_MS: '500' };
    const doomed2 = await spawnServer(env);
    try {
      const { meetingId, chairKey } = await createMeeting(survivor.url);
      const chair = await TestClient.connect(doomed2.url);
      await chair.join(meetingId, 'Leder', { chairKey, role: 'listener' });
      const speaker = await TestClient.connect(survivor.url);
      await speaker.join(meetingId, 'Taler');
      const next = await TestClient.connect(survivor.url);
      await next.join(meetingId, 'Neste');
      await chair.ok('start');
      await chair.ok('advance'); // only the doomed process commits the turn and sets its timer
      await speaker.waitFor((c) => c.latest.speaker?.id === c.you, 'speaker’s turn');
      await doomed2.crash();
      // The survivor heard the outcome and armed its own timer: the turn ends on time.
      await next.waitFor((c) => c.latest.speaker?.id === c.you, 'turn moved on without the dead process', 8000);
      expect(speaker.events.find((e) => e.event.type === 'shareEnded')?.event).toMatchObject({ id: speaker.you, reason: 'timeoutEmpty' });
      [speaker, next].forEach((c) => c.close());
    } finally {
      await doomed2.crash();
    }
  }, 120_000); // it spawns a third process, which takes long on a loaded machine
});
