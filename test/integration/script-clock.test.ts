// The script keeps the meeting through the real server (Issue 15): the server's clock ticks the
// pure core, and with no chair present the meeting walks through every segment of its script at
// the planned times (shortened with settings.scriptScale), reading the format's texts itself,
// and ends by itself; with the chair present, only the silence ends by itself. On the memory
// store and on a real Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFormat } from '../../shared/meeting/formats.js';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import { TestClient } from '../helpers/client.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

type Running = Awaited<ReturnType<typeof startTestServer>>;

/** 35 planned minutes of round become 4.2 s; a welcome of 2 minutes 240 ms. */
const SETTINGS = { scriptScale: 0.002, shareMs: 2_000, warnMs: 500, graceMs: 60_000 };
/**
 * Ten times slower, for checks made *during* a segment: at 0.002 the silence lasts 120 ms, less
 * than a loaded CI machine may take between seeing it begin and a command's answer (seen once:
 * the chair's note accepted because the silence had already ended by itself). At 0.02: 1.2 s.
 */
const SLOWER = { ...SETTINGS, scriptScale: 0.02 };
const script = findFormat('standard')!.script;

let redis: RedisHandle;
const servers: { name: string; server: Running }[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  redis = await startRedis();
  servers.push({ name: 'memory', server: await startTestServer({ settings: SETTINGS }) });
  servers.push({ name: 'redis', server: await startTestServer({ settings: SETTINGS, redisUrl: redis.url }) });
  servers.push({ name: 'memory-slower', server: await startTestServer({ settings: SLOWER }) });
  servers.push({ name: 'redis-slower', server: await startTestServer({ settings: SLOWER, redisUrl: redis.url }) });
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all(servers.map((s) => s.server.close()));
  await redis?.stop();
});

async function client(url: string): Promise<TestClient> {
  const c = await TestClient.connect(url);
  clients.push(c);
  return c;
}

const segments = (c: TestClient) => c.events.map((e) => e.event).filter((e): e is Extract<MeetingEvent, { type: 'segment' }> => e.type === 'segment');

describe.each(['memory', 'redis'])('the script on the %s store', (store) => {
  const url = () => servers.find((s) => s.name === store)!.server.url;
  const slowerUrl = () => servers.find((s) => s.name === `${store}-slower`)!.server.url;

  it('with no chair present, walks every segment at the planned times, reads the texts, and ends the meeting', { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(url());
    const chair = await client(url());
    const b = await client(url());
    const c = await client(url());
    expect((await chair.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
    expect((await b.join(meetingId, 'Stille Fjord')).ok).toBe(true);
    expect((await c.join(meetingId, 'Lys Morgen')).ok).toBe(true);
    await chair.ok('start');
    // The chair leaves and nobody offered to chair: the script keeps the meeting by itself.
    await chair.ok('leave');
    await b.waitFor((x) => x.latest.chairId === null, 'no chair');
    await b.waitFor((x) => segments(x).some((s) => s.kind === 'round'), 'the round', 20_000);
    // In the round, b and c share in turn: b writes, c lets the time run out.
    await b.waitFor((x) => x.latest.speaker?.id === x.you, "b's turn", 10_000);
    await b.ok('share', { text: 'Jeg deler litt' });
    await b.ok('finishShare');
    await b.waitFor((x) => x.byes.includes('ended'), 'the end', 40_000);
    const seen = segments(b);
    expect(seen.map((s) => s.kind)).toEqual(script.map((s) => s.kind));
    // After the chair left every step was the clock's, at (not before) its planned time.
    for (const [i, s] of seen.entries()) {
      if (i === 0) continue;
      expect(s.auto, s.kind).toBe(true);
      const prev = seen[i - 1]!;
      // A segment ends at its planned end, or later when a share's own time was still running.
      // (A round everyone has had their turn in moves on at once, before its planned end.)
      if (prev.kind !== 'round') expect(s.startedAt, s.kind).toBeGreaterThanOrEqual(prev.endsAt - 1);
      if (prev.kind !== 'round' && prev.kind !== 'open') expect(s.startedAt - prev.endsAt, s.kind).toBeLessThan(2_000);
    }
    const readings = b.events.map((e) => e.event).filter((e) => e.type === 'reading').map((e) => (e as { readingId: string }).readingId);
    // The chair left without posting the welcome: the script posted it at once, and the rest.
    expect(readings).toEqual(['welcome', 'purpose', 'guidelines', 'anonymity', 'silence', 'closing']);
    expect(b.shares()).toEqual(['Jeg deler litt']);
  });

  it('a chair who went on to the readings and dropped: the server posts the unread readings at once, before the silence', { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(url());
    const chair = await client(url());
    const b = await client(url());
    expect((await chair.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
    expect((await b.join(meetingId, 'Stille Fjord')).ok).toBe(true);
    await chair.ok('start');
    await chair.ok('postReading', { readingId: 'welcome' });
    await chair.ok('nextSegment');
    await chair.ok('postReading', { readingId: 'purpose' });
    // The chair leaves: no chair is present.
    chair.close();
    const read = (x: TestClient) => x.events.map((e) => e.event).filter((e) => e.type === 'reading').map((e) => (e as { readingId: string }).readingId);
    await b.waitFor((x) => read(x).includes('anonymity'), 'the unread readings', 10_000);
    expect(read(b).slice(0, 4)).toEqual(['welcome', 'purpose', 'guidelines', 'anonymity']);
  });

  it('with the chair present, the script waits for the chair, except the silence, which ends by itself', { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(slowerUrl());
    const chair = await client(slowerUrl());
    const b = await client(slowerUrl());
    expect((await chair.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
    expect((await b.join(meetingId, 'Stille Fjord')).ok).toBe(true);
    await chair.ok('start');
    await chair.ok('nextSegment');
    await chair.ok('nextSegment');
    await b.waitFor((x) => x.latest.script?.kind === 'silence', 'the silence');
    expect(b.latest.script?.silence).toBe(true);
    // Posting is closed: the chair's note is refused with SILENCE.
    const refused = await chair.emit('chairNote', { text: 'Hei' });
    expect(refused).toMatchObject({ ok: false, code: 'SILENCE' });
    await b.waitFor((x) => x.latest.script?.kind === 'topic', 'the silence ended by itself', 10_000);
    // The topic waits for the chair well past its planned end.
    const topic = b.latest.script!;
    await new Promise((r) => setTimeout(r, topic.endsAt - topic.startedAt + 1_500));
    expect(b.latest.script?.kind).toBe('topic');
    // A fresh view says the meeting has lost the time past the topic's planned end.
    await b.ok('volunteer', { on: true });
    await b.waitFor((x) => x.latest.participants.some((p) => p.id === x.you && p.volunteer), 'a fresh view');
    expect(b.latest.script).toMatchObject({ kind: 'topic', remainingMs: 0 });
    expect(b.latest.script!.driftMs - topic.driftMs).toBeGreaterThanOrEqual(1_500);
    await chair.ok('nextSegment');
    await b.waitFor((x) => x.latest.phase === 'round' && x.latest.script?.kind === 'round', 'the round');
  });
});

describe('a planned meeting nobody chairs', () => {
  it('starts by itself once the chair wait after its planned start is over, reads the welcome, and moves on', { timeout: 60_000 }, async () => {
    const server = await startTestServer({ settings: { ...SETTINGS, chairWaitMs: 1000 } });
    servers.push({ name: 'chair-wait', server });
    const { meetingId } = await createMeeting(server.url, { startsAt: Date.now() + 1000 });
    const b = await client(server.url);
    const c = await client(server.url);
    expect((await b.join(meetingId, 'Stille Fjord')).ok).toBe(true);
    expect((await c.join(meetingId, 'Lys Morgen')).ok).toBe(true);
    expect(b.latest.phase).toBe('gathering');
    await b.waitFor((x) => x.latest.phase !== 'gathering', 'the start by itself', 20_000);
    expect(b.latest.chairId).toBeNull();
    expect(segments(b)[0]).toMatchObject({ index: 0, kind: 'welcome', auto: true });
    expect(b.events.some((e) => e.event.type === 'reading' && script[0]!.readings.includes(e.event.readingId as never))).toBe(true);
    await b.waitFor((x) => segments(x).some((s) => s.kind === 'readings'), 'the next segment by itself', 20_000);
  });
});
