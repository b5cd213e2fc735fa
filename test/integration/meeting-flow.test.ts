// A whole meeting over real sockets: six people from gathering to the end, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

const NAMES = ['Stille Fjord', 'Morgenlys', 'Varde', 'Lyng', 'Bris', 'Furu'];

for (const storeKind of ['memory', 'redis'] as const) {
  describe(`a six-person meeting on the ${storeKind} store`, () => {
    let redis: RedisHandle | undefined;
    let server: RunningServer;
    beforeAll(async () => {
      if (storeKind === 'redis') redis = await startRedis();
      server = await startTestServer(redis ? { redisUrl: redis.url } : {});
    });
    afterAll(async () => {
      await server?.close();
      await redis?.stop();
    });

    it('runs from gathering through the round and open sharing to the end, then holds nothing', async () => {
      const { meetingId, chairKey } = await createMeeting(server.url);
      const people: TestClient[] = [];
      for (const [i, name] of NAMES.entries()) {
        const c = await TestClient.connect(server.url);
        const ack = await c.join(meetingId, name, i === 0 ? { chairKey } : { volunteer: i === 1 });
        expect(ack.ok).toBe(true);
        people.push(c);
      }
      const [chair] = people as [TestClient, ...TestClient[]];
      expect(chair.view.you.isChair).toBe(true);
      await chair.ok('setTopic', { text: 'Håp' });
      await chair.ok('start');
      await chair.ok('postReading', { readingId: 'welcome' });
      await chair.ok('advance'); // -> round, first in join order speaks
      for (const [i, p] of people.entries()) {
        await p.waitFor((c) => c.latest.speaker?.id === c.you, `turn of person ${i}`);
        if (i === 2) {
          await p.ok('pass');
        } else {
          await p.ok('share', { text: `Jeg deler nummer ${i}.` });
          await p.ok('finishShare');
        }
      }
      await chair.waitFor((c) => c.events.some((e) => e.event.type === 'roundComplete'), 'round complete');
      await chair.ok('advance'); // -> open sharing by raised hands
      const raiser = people[4]!;
      await raiser.ok('raiseHand');
      await raiser.waitFor((c) => c.latest.speaker?.id === c.you, 'hand turn');
      await raiser.ok('share', { text: 'En ting til.' });
      await raiser.ok('finishShare');
      await chair.ok('advance'); // -> closing
      await chair.ok('advance'); // -> ended
      for (const p of people) {
        await p.waitFor((c) => c.byes.includes('ended'), 'ended farewell');
        expect(p.shares()).toEqual(['Jeg deler nummer 0.', 'Jeg deler nummer 1.', 'Jeg deler nummer 3.', 'Jeg deler nummer 4.', 'Jeg deler nummer 5.', 'En ting til.']);
      }
      expect(await server.store.load(meetingId)).toBeNull();
      const res = await fetch(`${server.url}/api/meetings/${meetingId}`);
      expect(res.status).toBe(410);
      expect(((await res.json()) as { code: string }).code).toBe('MEETING_ENDED');
      const late = await TestClient.connect(server.url);
      const ack = await late.join(meetingId, 'Sen');
      expect(ack.ok ? 'joined' : ack.code).toBe('MEETING_ENDED');
      late.close();
      people.forEach((p) => p.close());
    });
  });
}
