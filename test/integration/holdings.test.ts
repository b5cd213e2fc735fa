// "What does the server hold about me?": the `holdings` request answers from the store itself,
// on both stores: every record of the meeting with its key and remaining lifetime, and what it
// holds about the asker. On Redis the answer is checked against the keys and PTTLs Redis reports.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { meetingKeys } from '../../server/store/redis-keys.js';
import type { Holding, Holdings } from '../../shared/privacy/holdings.js';
import { TestClient } from '../helpers/client.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';
import { startTestServer } from '../helpers/server.js';

const TTL = 60_000;

async function ask(c: TestClient): Promise<Holdings> {
  const ack = (await c.emit('holdings', {})) as { ok: boolean; holdings: Holdings; code?: string };
  if (!ack.ok) throw new Error(`holdings refused: ${ack.code}`);
  return ack.holdings;
}

const item = (h: Holdings, id: Holding['item']): Holding => {
  const found = h.items.find((i) => i.item === id);
  if (!found) throw new Error(`no ${id} in ${JSON.stringify(h)}`);
  return found;
};

/** A listed meeting with a chair and Solveig, who has shared once; returns Solveig's answer. */
async function meetingWithShare(url: string): Promise<{ meetingId: string; chair: TestClient; solveig: TestClient; h: Holdings }> {
  const { meetingId, chairKey } = await createMeeting(url, { listed: true, access: 'closed', joinCode: 'kode1234' });
  const chair = await TestClient.connect(url);
  expect((await chair.join(meetingId, 'Vertinne', { chairKey })).ok).toBe(true);
  const solveig = await TestClient.connect(url);
  expect((await solveig.join(meetingId, 'Solveig', { joinCode: 'kode1234' })).ok).toBe(true);
  await chair.ok('start');
  await chair.ok('advance');
  await chair.ok('finishShare');
  await solveig.waitFor((c) => c.latest.speaker?.id === c.you, "Solveig's turn");
  await solveig.ok('share', { text: 'Tolv tegn her' });
  return { meetingId, chair, solveig, h: await ask(solveig) };
}

function checkAnswer(h: Holdings, store: 'redis' | 'memory'): void {
  expect(h.store).toBe(store);
  const state = item(h, 'state');
  expect(state.facts).toMatchObject({ pseudonym: 'Solveig', role: 'participant', connected: true, speaking: true, title: 'Torsdagsmøtet', people: 2 });
  // The state keeps the words too, for the chair's list of reports (2026-12-06): it says so.
  expect(state.facts).toMatchObject({ yourShares: 1, yourShareChars: 'Tolv tegn her'.length });
  const log = item(h, 'log');
  expect(log.facts).toMatchObject({ yourShares: 1, yourShareChars: 'Tolv tegn her'.length });
  expect(Number(log.facts.aboutYou)).toBeGreaterThanOrEqual(3); // joined, turn, share
  expect(Number(log.facts.entries)).toBeGreaterThan(Number(log.facts.aboutYou));
  expect(item(h, 'tokens').facts).toEqual({ entries: 2, yours: 1 });
  expect(item(h, 'secrets').facts).toEqual({ chairKeyHash: true, joinCodeHash: true, joinCode: true });
  for (const i of h.items) {
    expect(i.ttlMs, i.item).not.toBeNull();
    expect(i.ttlMs!, i.item).toBeGreaterThan(TTL - 15_000);
    expect(i.ttlMs!, i.item).toBeLessThanOrEqual(TTL);
  }
  // Nothing in the answer is a secret: no token, no chair key, no other person's name.
  expect(JSON.stringify(h)).not.toContain('Vertinne');
}

/**
 * A closed meeting with a topic, in its round, and Tove at its door (no join code): her answer,
 * then again after two shares and a turn change. A fresh tester at such a door read the topic of
 * a closed relatives' meeting and watched its log's count rise with every share.
 */
async function doorAnswers(url: string): Promise<{ before: Holdings; after: Holdings; close: () => void }> {
  const { meetingId, chairKey } = await createMeeting(url, { access: 'closed', joinCode: 'kode1234' });
  const chair = await TestClient.connect(url);
  expect((await chair.join(meetingId, 'Vertinne', { chairKey })).ok).toBe(true);
  const solveig = await TestClient.connect(url);
  expect((await solveig.join(meetingId, 'Solveig', { joinCode: 'kode1234' })).ok).toBe(true);
  await chair.ok('setTopic', { text: 'Vold i hjemmet' });
  await chair.ok('start');
  await chair.ok('advance');
  const tove = await TestClient.connect(url);
  expect(await tove.join(meetingId, 'Tove')).toMatchObject({ ok: true });
  const before = await ask(tove);
  await chair.ok('share', { text: 'Tolv tegn her' });
  await chair.ok('share', { text: 'Litt til her' });
  await chair.ok('finishShare');
  await solveig.waitFor((c) => c.latest.speaker?.id === c.you, "Solveig's turn");
  await solveig.ok('share', { text: 'Tolv tegn her' });
  const after = await ask(tove);
  return { before, after, close: () => [chair, solveig, tove].forEach((c) => c.close()) };
}

/** At the door: her own facts and the title, nothing that tells the meeting's topic, size or pace. */
function checkDoor(before: Holdings, after: Holdings): void {
  expect(after).toEqual(before);
  const text = JSON.stringify(after);
  expect(text).not.toContain('Vold');
  expect(text).not.toContain('Solveig');
  expect(item(after, 'state').facts).toEqual({ pseudonym: 'Tove', role: 'participant', volunteer: false, connected: true, title: 'Torsdagsmøtet' });
  expect(item(after, 'log').facts).toEqual({ aboutYou: 0 });
  expect(item(after, 'tokens').facts).toEqual({ yours: 1 });
  for (const i of after.items) expect(i.ttlMs, i.item).toBe(TTL);
}

describe('holdings: what the server holds about me, from the store', () => {
  describe('memory store', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startTestServer({ meetingTtlMs: TTL });
    });
    afterAll(async () => server?.close());

    it('lists each record with its lifetime and what it holds about the asker', async () => {
      const { meetingId, chair, solveig, h } = await meetingWithShare(server.url);
      checkAnswer(h, 'memory');
      expect(h.items.map((i) => i.item).sort()).toEqual(['log', 'secrets', 'state', 'tokens']);
      expect(item(h, 'state').key).toBe(`MemoryStore.meetings[${meetingId}].state`);
      expect(JSON.stringify(h)).not.toContain(solveig.token);
      chair.close();
      solveig.close();
    });

    it('tells someone at the door nothing of the meeting, and nothing that moves with it', async () => {
      const { before, after, close } = await doorAnswers(server.url);
      checkDoor(before, after);
      close();
    });

    it('answers NOT_IN_MEETING before a join', async () => {
      const c = await TestClient.connect(server.url);
      expect(await c.emit('holdings', {})).toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
      expect(await c.emit('holdings', { extra: 1 })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
      c.close();
    });
  });

  describe('redis store', () => {
    let redis: RedisHandle;
    let server: RunningServer;
    let inspect: Redis;
    beforeAll(async () => {
      redis = await startRedis();
      server = await startTestServer({ redisUrl: redis.url, meetingTtlMs: TTL });
      inspect = new Redis(redis.url);
    }, 30_000);
    afterAll(async () => {
      inspect?.disconnect();
      await server?.close();
      await redis?.stop();
    });

    it('names every key Redis holds for the meeting, with the PTTL Redis reports', async () => {
      const { meetingId, chair, solveig, h } = await meetingWithShare(server.url);
      checkAnswer(h, 'redis');
      const k = meetingKeys(meetingId);
      expect(Object.fromEntries(h.items.map((i) => [i.item, i.key]))).toEqual({
        state: k.state, log: k.log, secrets: k.secrets, tokens: k.tokens, directory: 'runde:directory',
      });
      // Every key that names the meeting is in the answer: nothing is held that it leaves out.
      const named = (await inspect.keys(`*${meetingId}*`)).sort();
      expect(named).toEqual([k.log, k.secrets, k.state, k.tokens].sort());
      for (const i of h.items.filter((x) => x.item !== 'directory')) {
        const pttl = await inspect.pttl(i.key);
        expect(Math.abs(pttl - i.ttlMs!), i.item).toBeLessThan(5_000);
      }
      expect(await inspect.zscore('runde:directory', meetingId)).not.toBeNull();
      chair.close();
      solveig.close();
    });

    it('tells someone at the door nothing of the meeting, and nothing that moves with it', async () => {
      const { before, after, close } = await doorAnswers(server.url);
      checkDoor(before, after);
      close();
    });
  });
});
