// A `leave` whose commit is still on its way to Redis when its socket closes: the close and the
// committed leave each let go of the socket's hold on the meeting's ordered delivery. Twice let go
// of one hold took another socket's hold with it, and this process stopped delivering that
// meeting to the sockets still in it (found in review of Issue 10's command path).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

describe('a socket that closes while its leave is being committed', () => {
  let redis: RedisHandle;
  let server: RunningServer;
  beforeAll(async () => {
    redis = await startRedis();
    server = await startTestServer({ redisUrl: redis.url });
  });
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
  });

  it('leaves the others in the meeting hearing everything', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url);
    const chair = await TestClient.connect(server.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const stay = await TestClient.connect(server.url);
    await stay.join(meetingId, 'Blir', { role: 'listener' });
    for (let i = 0; i < 9; i++) {
      const leaving = await TestClient.connect(server.url);
      await leaving.join(meetingId, `Går ${i}`, { role: 'listener' });
      // The leave goes out; the close follows in a later read, while the commit is under way.
      (leaving.socket as unknown as { emit(e: string, p: unknown): void }).emit('leave', {});
      await new Promise((r) => setTimeout(r, i % 3));
      leaving.close();
      await chair.waitFor((c) => !c.latest.participants.some((p) => p.name === `Går ${i}`), `Går ${i} gone`);
    }
    await chair.ok('setTopic', { text: 'Aksept' });
    await stay.waitFor((c) => c.events.some((e) => e.event.type === 'topic'), 'the topic reaches the one who stayed');
    expect(stay.latest.topic).toBe('Aksept');
    chair.close();
    stay.close();
  }, 30_000);
});
