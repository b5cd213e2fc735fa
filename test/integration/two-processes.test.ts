// Several server processes on one Redis serve one meeting: every participant sees the same shares
// in the same order whichever process they are connected to, and the end leaves no key behind.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

async function scanAll(redis: Redis, pattern: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    found.push(...keys);
  } while (cursor !== '0');
  return found;
}

describe('two server processes on one Redis', () => {
  let redis: RedisHandle;
  let a: ServerProcess;
  let b: ServerProcess;
  let inspect: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    // Short shares so the deadline drill below is quick; long enough for the shares test.
    const env = { REDIS_URL: redis.url, RUNDE_SHARE_MS: '4000', RUNDE_WARN_MS: '1500' };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    inspect = new Redis(redis.url);
  }, 60_000);
  afterAll(async () => {
    inspect?.disconnect();
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('gives everyone the same shares in the same order, and SCAN finds no key after the end', async () => {
    // Created on one process, joined on both: the meeting link works everywhere.
    const { meetingId, chairKey } = await createMeeting(b.url, { listed: true });
    const names = ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Ekko', 'Foxtrot'];
    const people: TestClient[] = [];
    for (const [i, name] of names.entries()) {
      const c = await TestClient.connect(i % 2 === 0 ? a.url : b.url);
      const ack = await c.join(meetingId, name, i === 0 ? { chairKey } : { volunteer: true });
      expect(ack.ok).toBe(true);
      people.push(c);
    }
    const chair = people[0]!;
    await chair.ok('start');
    await chair.ok('advance');
    const expected: string[] = [];
    for (const [i, p] of people.entries()) {
      await p.waitFor((c) => c.latest.speaker?.id === c.you, `turn ${i}`);
      for (const part of [1, 2]) {
        const text = `${names[i]} del ${part}`;
        await p.ok('share', { text });
        expected.push(text);
      }
      await p.ok('finishShare');
    }
    for (const p of people) await p.waitFor((c) => c.shares().length === expected.length, 'all shares');
    for (const p of people) expect(p.shares()).toEqual(expected);

    const live = await scanAll(inspect, `*${meetingId}*`);
    expect(live.length).toBeGreaterThan(0);
    for (const key of live) expect(await inspect.pttl(key)).toBeGreaterThan(0);

    await chair.ok('end');
    for (const p of people) await p.waitFor((c) => c.byes.includes('ended'), 'ended');
    expect(await scanAll(inspect, `*${meetingId}*`)).toEqual([]);
    expect(await inspect.zscore('runde:directory', meetingId)).toBeNull();
    // The processes' logs hold no pseudonym, no text, no address, no secret.
    const logs = [...a.output, ...b.output].join('\n');
    for (const secret of [...names, ...expected, chairKey, '127.0.0.1', ...people.map((p) => p.token)]) expect(logs).not.toContain(secret);
    people.forEach((p) => p.close());
  });

  it('keeps the chair when the chair’s process is not the one that notices others leave', async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const guest = await TestClient.connect(b.url);
    await guest.join(meetingId, 'Gjest', { volunteer: true });
    await guest.ok('leave');
    await chair.waitFor((c) => c.latest.participants.length === 1, 'guest gone');
    expect(chair.latest.chairId).toBe(chair.you);
    await chair.ok('leave');
    // The last one out ends the meeting: nothing is left.
    await new Promise((r) => setTimeout(r, 100));
    expect(await scanAll(inspect, `*${meetingId}*`)).toEqual([]);
    chair.close();
    guest.close();
  });

  it('advances a timed-out turn exactly once although both processes run a timer for it', async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    await chair.join(meetingId, 'Klokke', { chairKey, role: 'listener' });
    const speaker = await TestClient.connect(b.url);
    await speaker.join(meetingId, 'Taler');
    const next = await TestClient.connect(a.url);
    await next.join(meetingId, 'Neste');
    await chair.ok('start');
    await chair.ok('advance'); // process A commits the turn and arms its timer
    await speaker.waitFor((c) => c.latest.speaker?.id === c.you, 'speaker’s turn');
    await speaker.ok('share', { text: 'tiden går' }); // process B commits and arms its own timer
    await next.waitFor((c) => c.latest.speaker?.id === c.you, 'turn moved on by the clock', 8000);
    await new Promise((r) => setTimeout(r, 300));
    for (const c of [chair, speaker, next]) {
      const ended = c.events.filter((e) => e.event.type === 'shareEnded' && e.event.id === speaker.you);
      expect(ended.map((e) => e.event)).toMatchObject([{ type: 'shareEnded', id: speaker.you, name: 'Taler', reason: 'timeout' }]);
      expect(c.events.filter((e) => e.event.type === 'timeWarning')).toHaveLength(1);
      const seqs = c.events.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    }
    [chair, speaker, next].forEach((c) => c.close());
  });
});
