// A return asks the other processes after its seat's old connection (server/silence-query.ts)
// only when that connection is not in its own process. A second tab, or a reload faster than the
// close, finds the old connection here, open and answering: before, it asked every other process
// anyway and waited for their answers (up to 400 ms when one was slow) for nothing. Two real
// processes on a real Redis; the questions are counted on the adapter's request channel.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

/** The Redis adapter's request channel for the default namespace (its default key). */
const REQUEST_CHANNEL = 'socket.io-request#/#';

describe('who a return asks after the old connection', () => {
  let redis: RedisHandle;
  let a: ServerProcess;
  let b: ServerProcess;
  let listen: Redis;
  const questions: string[] = [];
  const clients: TestClient[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, RUNDE_GRACE_MS: '120000' };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    listen = new Redis(redis.url);
    listen.on('message', (_channel: string, message: string) => {
      try {
        const m = JSON.parse(message) as { type?: number; data?: unknown[] };
        // RequestType.SERVER_SIDE_EMIT (6) of the `silence` question: its meeting, seat and asker.
        if (m.type === 6 && Array.isArray(m.data) && m.data[0] === 'silence') questions.push(String(m.data[2]));
      } catch {
        // Not JSON: not a question of ours.
      }
    });
    await listen.subscribe(REQUEST_CHANNEL);
  }, 60_000);
  afterAll(async () => {
    for (const c of clients) c.close();
    listen?.disconnect();
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  /** Resumes `token`'s seat on a new connection to `url`; the questions asked meanwhile. */
  async function resumeOn(url: string, meetingId: string, token: string): Promise<{ client: TestClient; asked: string[] }> {
    const before = questions.length;
    const client = await TestClient.connect(url);
    clients.push(client);
    expect((await client.resume(meetingId, token, 0)).ok).toBe(true);
    // A question is published before the resume waits for its answers: it has reached Redis by
    // the acknowledgement, and this subscriber a moment later.
    await new Promise((r) => setTimeout(r, 300));
    return { client, asked: questions.slice(before) };
  }

  it('asks when the old connection is in another process, and not when it is open in its own', { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(a.url, { language: 'en' });
    const chair = await TestClient.connect(a.url);
    const first = await TestClient.connect(a.url);
    clients.push(chair, first);
    expect((await chair.join(meetingId, 'Calm Chair', { chairKey })).ok).toBe(true);
    expect((await first.join(meetingId, 'Quiet Lake')).ok).toBe(true);

    // The old connection on process a, the return on b: b cannot know, and asks (once).
    const onB = await resumeOn(b.url, meetingId, first.token);
    expect(onB.asked).toHaveLength(1);

    // The old connection (now the one on b) open on b, the return on b too: nobody is asked.
    const again = await resumeOn(b.url, meetingId, onB.client.token);
    expect(again.asked).toEqual([]);
    // The same seat, taken over by the newest connection each time.
    expect(onB.client.you).toBe(first.you);
    expect(again.client.you).toBe(first.you);
  });
});
