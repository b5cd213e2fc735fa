// Telling the chair, quietly, and the chair hiding a share (issue 12), over real sockets on a real
// Redis: a report reaches the chair alone without the reporter's id anywhere in what the chair is
// sent; a hidden share is gone for everyone, including from what a resume replays later; nothing
// of it outlives the meeting (every key is deleted when it ends).
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { inRound } from '../helpers/meeting.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { serverLogs, startTestServer } from '../helpers/server.js';

describe('reports and hidden shares over real sockets, on Redis', () => {
  let redis: RedisHandle;
  let server: RunningServer;
  let inspect: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    inspect = new Redis(redis.url);
    server = await startTestServer({ redisUrl: redis.url, rate: { points: 1000, windowMs: 10_000 } });
  });
  afterAll(async () => {
    await server?.close();
    inspect?.disconnect();
    await redis?.stop();
  });

  /** The seq of the LoggedEvent that carried `text` to `c`. */
  const seqOf = (c: TestClient, text: string): number => {
    const l = c.events.find((e) => e.event.type === 'share' && e.event.text === text);
    if (!l) throw new Error(`no share "${text}"`);
    return l.seq;
  };

  it('a report reaches the chair with the reason and the share, never who sent it; it is rate-limited', async () => {
    const { people } = await inRound(server.url, ['Leder', 'Deler', 'Lytter']);
    const [chair, other, third] = people as [TestClient, TestClient, TestClient];
    await chair.ok('share', { text: 'Jeg har hatt en tung uke.' });
    await chair.ok('finishShare');
    await other.waitFor((c) => c.latest.speaker?.id === c.you, 'second turn');
    await other.ok('share', { text: 'Det som hjalp meg var å gå turer.' });
    await third.waitFor((c) => c.shares().length === 2, 'two shares');
    const seq = seqOf(third, 'Det som hjalp meg var å gå turer.');

    await chair.waitFor((c) => c.latest.seq >= third.latest.seq, 'chair in step');
    const before = chair.latest;
    await third.ok('report', { share: seq, reason: 'advice' });
    await chair.waitFor((c) => (c.latest.reports ?? []).length === 1, 'the chair sees the report');
    expect(chair.latest.reports).toEqual([{ share: seq, reason: 'advice', count: 1, name: 'Deler', text: 'Det som hjalp meg var å gå turer.' }]);
    const reported = chair.events.find((e) => e.event.type === 'reported');
    expect(reported?.event).toEqual({ type: 'reported', share: seq, reason: 'advice', to: chair.you });
    // The report changes nothing else the chair sees: no hint of who, not even an order of rows.
    const strip = (v: typeof before) => ({ ...v, seq: 0, reports: null, speaker: v.speaker && { ...v.speaker, remainingMs: 0 }, script: v.script && { ...v.script, remainingMs: 0, driftMs: 0 } });
    expect(strip(chair.latest)).toEqual(strip(before));
    expect(JSON.stringify(chair.latest.reports)).not.toContain(third.you);
    // Nobody else hears of it.
    // Their views did not change: they are told the report's seq alone (the `seq` notice).
    await other.waitFor((c) => c.lastSeq() >= chair.latest.seq, 'in step');
    await third.waitFor((c) => c.lastSeq() >= chair.latest.seq, 'in step');
    expect(other.notices).toContain(chair.latest.seq);
    expect(third.notices).toContain(chair.latest.seq);
    expect(other.latest.reports).toBeNull();
    expect(third.latest.reports).toBeNull();
    expect(other.events.some((e) => e.event.type === 'reported')).toBe(false);
    expect(third.events.some((e) => e.event.type === 'reported')).toBe(false);

    // Typed refusals that change nothing.
    const seqBefore = chair.latest.seq;
    expect(await third.emit('report', { share: seq, reason: 'crisis' })).toMatchObject({ ok: false, code: 'ALREADY_DONE' });
    expect(await other.emit('report', { share: seq, reason: 'advice' })).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    expect(await third.emit('report', { share: 99_999, reason: 'advice' })).toMatchObject({ ok: false, code: 'UNKNOWN_SHARE' });
    expect(await third.emit('report', { share: seq, reason: 'rude' })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    expect(await third.emit('report', { share: '1', reason: 'advice' })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    const state = await server.store.load(chair.meetingId);
    expect(state?.seq).toBe(seqBefore);
    // Reports never reach a log line with words or ids.
    expect(serverLogs.join('\n')).not.toContain(third.you);
    people.forEach((p) => p.close());
  });

  it('a chair back through the chair link after their seat was given up reads a flagged share from before; nobody else is sent its words again', async () => {
    // A fresh tester (2026-12-06): the list said "a share from before you came in this time (its
    // words are not shown again here)" beside "Remove for everyone"; the share held a phone number.
    const { meetingId, chairKey, people } = await inRound(server.url, ['Leder', 'Deler', 'Lytter'], (i) => ({ volunteer: i === 2 }));
    const [chair, other, third] = people as [TestClient, TestClient, TestClient];
    await chair.ok('finishShare');
    await other.waitFor((c) => c.latest.speaker?.id === c.you, 'second turn');
    const words = 'Ring Kari på 912 34 567, hun vet hva du bør gjøre.';
    await other.ok('share', { text: words, confirm: true });
    await third.waitFor((c) => c.shares().length === 1, 'the share');
    const seq = seqOf(third, words);
    await third.ok('report', { share: seq, reason: 'personal' });
    // The chair leaves (the seat is given up) and comes back with the chair link: a new seat.
    await chair.ok('leave');
    await third.waitFor((c) => c.latest.chairId === c.you, 'the volunteer holds the chair');
    const back = await TestClient.connect(server.url);
    expect((await back.join(meetingId, 'Leder', { chairKey })).ok).toBe(true);
    await back.waitFor((c) => c.latest.chairId === c.you, 'the chair is back');
    expect(back.shares()).toEqual([]);
    await back.waitFor((c) => (c.latest.reports ?? []).length === 2, 'the list');
    expect(back.latest.reports).toEqual([
      { share: seq, reason: 'guardHint', count: 1, kinds: expect.any(Array), name: 'Deler', text: words },
      { share: seq, reason: 'personal', count: 1, name: 'Deler', text: words },
    ]);
    // Through Redis and back: what a process that loads the meeting builds is the same.
    const loaded = await server.store.load(meetingId);
    expect(loaded?.shares?.find((x) => x.seq === seq)).toMatchObject({ name: 'Deler', text: words });
    // Someone who comes now gets none of it, in any frame; nor does the volunteer, chair no more.
    const late = await TestClient.connect(server.url);
    expect((await late.join(meetingId, 'Sen')).ok).toBe(true);
    await back.ok('setTopic', { text: 'Aksept' });
    await late.waitFor((c) => c.latest.topic === 'Aksept', 'in step');
    await third.waitFor((c) => c.latest.topic === 'Aksept', 'in step');
    expect(late.latest.reports).toBeNull();
    expect(third.latest.reports).toBeNull();
    expect(JSON.stringify(late.received)).not.toContain('912 34 567');
    const returned = third.received.findIndex((f) => JSON.stringify(f).includes('"returned"'));
    expect(returned).toBeGreaterThanOrEqual(0);
    const sinceBack = third.received.slice(returned + 1);
    expect(JSON.stringify(sinceBack)).not.toContain('912 34 567');
    for (const c of [other, third, back, late]) c.close();
  });

  it('a hidden share disappears for everyone, also from what a resume replays; its author is told', async () => {
    const { meetingId, people } = await inRound(server.url, ['Leder', 'Deler', 'Lytter']);
    const [chair, other, third] = people as [TestClient, TestClient, TestClient];
    await chair.ok('finishShare');
    await other.waitFor((c) => c.latest.speaker?.id === c.you, 'second turn');
    await other.ok('share', { text: 'Hold deg unna ham, hør på meg.', confirm: true });
    await other.ok('share', { text: 'Jeg er glad jeg kom i dag.' });
    await third.waitFor((c) => c.shares().length === 2, 'two shares');
    const seq = seqOf(third, 'Hold deg unna ham, hør på meg.');
    // Sent after the guard's hint: on the chair's list already, as the guard's mark.
    await chair.waitFor((c) => (c.latest.reports ?? []).some((r) => r.share === seq && r.reason === 'guardHint'), "the guard's mark");
    await third.ok('report', { share: seq, reason: 'advice' });
    await chair.waitFor((c) => (c.latest.reports ?? []).some((r) => r.share === seq && r.reason === 'advice'), 'report');

    // Only the chair may hide it.
    expect(await third.emit('hideShare', { share: seq })).toMatchObject({ ok: false, code: 'NOT_CHAIR' });
    // The listener's connection drops before the hide: it will resume afterwards.
    const lastSeen = third.lastSeq();
    const token = third.token;
    third.drop();
    await chair.ok('hideShare', { share: seq });
    expect(await chair.emit('hideShare', { share: seq })).toMatchObject({ ok: false, code: 'ALREADY_DONE' });
    for (const c of [chair, other]) {
      await c.waitFor((x) => x.events.some((e) => e.event.type === 'shareHidden'), 'shareHidden');
      expect(c.events.find((e) => e.event.type === 'shareHidden')?.event).toEqual({ type: 'shareHidden', share: seq, id: other.you });
    }
    await chair.waitFor((c) => (c.latest.reports ?? []).length === 0, 'the report is closed');

    // Resume from before the share: the replay has the marker in its place, never its words.
    const back = await TestClient.connect(server.url);
    const ack = await back.resume(meetingId, token, Math.min(lastSeen, seq - 1));
    expect(ack.ok).toBe(true);
    const missed = (ack as { missed: { seq: number; event: { type: string } }[] }).missed;
    expect(JSON.stringify(missed)).not.toContain('Hold deg unna');
    expect(missed.find((l) => l.seq === seq)?.event).toEqual({ type: 'shareHidden', share: seq, id: other.you });
    expect(JSON.stringify(missed)).toContain('Jeg er glad jeg kom i dag.');
    // A seq-gap repair (catchUp) from before the share: the same.
    const caught = await other.emit('catchUp', { afterSeq: seq - 1 });
    expect(caught.ok).toBe(true);
    const repaired = (caught as unknown as { missed: { seq: number; event: { type: string } }[] }).missed;
    expect(JSON.stringify(repaired)).not.toContain('Hold deg unna');
    expect(repaired.find((l) => l.seq === seq)?.event).toEqual({ type: 'shareHidden', share: seq, id: other.you });

    // A newcomer never got it, and cannot report it.
    const late = await TestClient.connect(server.url);
    expect((await late.join(meetingId, 'Sen')).ok).toBe(true);
    expect(await late.emit('report', { share: seq, reason: 'advice' })).toMatchObject({ ok: false, code: 'UNKNOWN_SHARE' });

    // The meeting ends: no key of it is left in Redis, reports and hidden shares included.
    await chair.ok('end');
    await chair.waitFor((c) => c.byes.includes('ended'), 'ended');
    await expect.poll(() => inspect.keys(`*${meetingId}*`), { timeout: 5000 }).toEqual([]);
    for (const c of [chair, other, back, late]) c.close();
  });
});
