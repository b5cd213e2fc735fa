// Discreet attendance end to end: every frame each socket receives (events, views, join and
// resume acknowledgements with their replay) is recorded, and no hidden pseudonym or id reaches
// anyone but the chair, the co-chair and the person themselves. Runs on the memory store, and on
// a spawned redis-server with two server processes sharing it (outcomes cross Redis).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import type { JoinResult } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

/** Events that name the person whose turn it is: there another's name may show, by design. */
const TURN_EVENTS = new Set<MeetingEvent['type']>(['turn', 'share', 'shareEnded', 'timeWarning', 'extended']);

interface Frame {
  kind: string;
  body: unknown;
}

/** A client that keeps every frame it receives, and every join/resume acknowledgement. */
class Recorder {
  readonly frames: Frame[] = [];
  constructor(readonly c: TestClient) {
    c.socket.onAny((kind: string, body: unknown) => this.frames.push({ kind, body }));
  }
  static async join(url: string, meetingId: string, name: string, o: Parameters<TestClient['join']>[2] = {}): Promise<Recorder> {
    const r = new Recorder(await TestClient.connect(url));
    const ack = await r.c.join(meetingId, name, o);
    expect(ack.ok, `${name} joins`).toBe(true);
    r.frames.push({ kind: 'join-ack', body: ack });
    return r;
  }
  async resumeOn(url: string): Promise<Recorder> {
    const next = new Recorder(await TestClient.connect(url));
    const ack = await next.c.resume(this.c.meetingId, this.c.token, 0);
    expect(ack.ok, 'resume').toBe(true);
    next.frames.push({ kind: 'resume-ack', body: ack });
    next.frames.unshift(...this.frames);
    return next;
  }
}

/**
 * Where `secret` (a name or id of `subject`) shows in what `viewer` received, outside the two
 * places it may: an event of a turn that is `subject`'s, or a view in which `subject` speaks.
 */
function leaksOf(r: Recorder, subjectId: string, secrets: string[]): string[] {
  const out: string[] = [];
  const check = (where: string, value: unknown, allowed: boolean) => {
    const text = JSON.stringify(value);
    for (const s of secrets) if (!allowed && text.includes(s)) out.push(`${where}: ${text.slice(0, 200)}`);
  };
  const checkEvent = (where: string, l: { event: MeetingEvent }) =>
    check(where, l, TURN_EVENTS.has(l.event.type) && 'id' in l.event && l.event.id === subjectId);
  const checkView = (where: string, v: { speaker: { id: string } | null }) => check(where, v, v.speaker?.id === subjectId);
  for (const f of r.frames) {
    if (f.kind === 'event') checkEvent('event', f.body as { event: MeetingEvent });
    else if (f.kind === 'view') checkView('view', f.body as { speaker: { id: string } | null });
    else if (f.kind === 'join-ack' || f.kind === 'resume-ack') {
      const ack = f.body as JoinResult & { ok: boolean };
      // Someone let in sees a view; someone at the door a door view, which names nobody.
      if ('view' in ack) checkView(`${f.kind}.view`, ack.view);
      else check(`${f.kind}.door`, ack, false);
      for (const l of ack.missed) checkEvent(`${f.kind}.missed`, l);
    } else check(f.kind, f.body, false);
  }
  return out;
}

async function discreetMeeting(urls: [string, string]): Promise<void> {
  const [u1, u2] = urls;
  const { meetingId, chairKey } = await createMeeting(u1, { discreet: true });
  const chair = await Recorder.join(u1, meetingId, 'Kveldsleder', { chairKey });
  const co = await Recorder.join(u2, meetingId, 'Dorvakta', { volunteer: true });
  const sharer = await Recorder.join(u1, meetingId, 'Delemann');
  let hidden = await Recorder.join(u2, meetingId, 'Skjultperson');
  let listener = await Recorder.join(u1, meetingId, 'Lyttefugl', { role: 'listener' });
  await chair.c.ok('setCoChair', { target: co.c.you });
  await chair.c.ok('setTurnMode', { mode: 'hands' });
  await chair.c.ok('start');
  await chair.c.ok('advance');
  await sharer.c.ok('raiseHand');
  await sharer.c.waitFor((c) => c.latest.speaker?.id === c.you, 'the sharer speaks');
  await hidden.c.ok('raiseHand');
  await hidden.c.ok('lowerHand');
  await sharer.c.ok('share', { text: 'Det har vært en tung uke' });
  await sharer.c.ok('finishShare');
  await listener.c.ok('volunteer', { on: true });
  await listener.c.ok('setRole', { role: 'participant' });
  await listener.c.ok('setRole', { role: 'listener' });
  await chair.c.ok('mute', { target: hidden.c.you, on: true });
  await chair.c.ok('mute', { target: hidden.c.you, on: false });
  // A dropped connection is a `connection` event; the resume replays the log from the start.
  hidden.c.drop();
  await co.c.waitFor((c) => c.events.some((e) => e.event.type === 'connection' && !e.event.connected), 'the drop');
  hidden = await hidden.resumeOn(u1);
  listener.c.drop();
  await co.c.waitFor((c) => c.events.filter((e) => e.event.type === 'connection' && !e.event.connected).length === 2, 'the second drop');
  listener = await listener.resumeOn(u2);
  const late = await Recorder.join(u2, meetingId, 'Seinkomer');
  await hidden.c.ok('leave');
  await co.c.waitFor((c) => c.events.some((e) => e.event.type === 'left'), 'the leave');
  await chair.c.ok('setTopic', { text: 'Tillit' });
  for (const r of [sharer, listener, late]) await r.c.waitFor((c) => c.latest.topic === 'Tillit', 'the last view');

  const people = { chair, co, sharer, hidden, listener, late };
  const secrets = (r: Recorder, name: string) => [name, r.c.you];
  const all: [string, Recorder, string][] = [
    ['chair', chair, 'Kveldsleder'], ['co', co, 'Dorvakta'], ['sharer', sharer, 'Delemann'],
    ['hidden', hidden, 'Skjultperson'], ['listener', listener, 'Lyttefugl'], ['late', late, 'Seinkomer'],
  ];
  let checked = 0;
  for (const viewer of [sharer, hidden, listener, late]) {
    expect(viewer.frames.length, 'frames were recorded').toBeGreaterThan(3);
    for (const [who, subject, name] of all) {
      if (subject === viewer) continue;
      expect(leaksOf(viewer, subject.c.you, secrets(subject, name)), `${who} leaked to ${viewer.c.you}`).toEqual([]);
      checked++;
    }
  }
  expect(checked).toBe(20);
  // The filter is not a blanket: the sharer's name reached the others with the share, each
  // person heard of themselves, and the keepers heard of everyone.
  const text = (r: Recorder) => JSON.stringify(r.frames);
  expect(text(listener)).toContain('Delemann');
  expect(text(late)).toContain('Seinkomer');
  expect(late.c.latest.present).toBe(5);
  for (const keeper of [chair, co]) for (const [, , name] of all) expect(text(keeper), name).toContain(name);
  expect(text(co)).toContain(hidden.c.you);
  for (const r of Object.values(people)) r.c.close();
}

/**
 * The chair quick-exits (leaves) and comes back with the chair link: the members were asked who
 * can take the chair; they must hear, without a name, that the chair is filled again, and their
 * view must stop asking (Issue 14; the `chair` event names the chair and never reaches them).
 */
async function chairBack(urls: [string, string]): Promise<void> {
  const [u1, u2] = urls;
  const { meetingId, chairKey } = await createMeeting(u1, { discreet: true });
  const chair = await Recorder.join(u1, meetingId, 'Kveldsleder', { chairKey });
  const member = await Recorder.join(u2, meetingId, 'Delemann');
  const other = await Recorder.join(u1, meetingId, 'Lyttefugl', { role: 'listener' });
  await chair.c.ok('start');
  await chair.c.ok('leave');
  chair.c.close();
  for (const r of [member, other]) await r.c.waitFor((c) => c.latest.chairVacant, 'the room asked to take the chair');
  const back = await Recorder.join(u2, meetingId, 'Kveldsleder', { chairKey });
  expect(back.c.latest.you.isChair).toBe(true);
  for (const r of [member, other]) {
    await r.c.waitFor((c) => c.events.some((e) => e.event.type === 'chairFilled'), 'a nameless notice that the chair is filled');
    await r.c.waitFor((c) => !c.latest.chairVacant, 'the vacancy over');
    const filled = r.c.events.find((e) => e.event.type === 'chairFilled')!.event;
    expect(filled).toEqual({ type: 'chairFilled', reason: 'returned' });
    // Still nameless: neither the chair's pseudonym nor either of their ids reached them.
    const text = JSON.stringify(r.frames);
    for (const secret of ['Kveldsleder', chair.c.you, back.c.you]) expect(text).not.toContain(secret);
  }
  // The chair sees the ordinary, named event.
  expect(back.c.events.some((e) => e.event.type === 'chairFilled')).toBe(false);
  for (const r of [back, member, other]) r.c.close();
}

describe('discreet attendance: the chair back after a quick exit is heard, nameless', () => {
  let server: RunningServer;
  let redis: RedisHandle;
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    redis = await startRedis();
    [server, a, b] = await Promise.all([startTestServer(), startTestServer({ redisUrl: redis.url }), startTestServer({ redisUrl: redis.url })]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([server?.close(), a?.close(), b?.close()]);
    await redis?.stop();
  });
  it('memory store', async () => {
    await chairBack([server.url, server.url]);
  });
  it('redis store, two processes', async () => {
    await chairBack([a.url, b.url]);
  });
});

describe('discreet attendance: no hidden pseudonym reaches another socket', () => {
  describe('memory store', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(async () => server?.close());
    it('in any event, view, acknowledgement or replay', async () => {
      await discreetMeeting([server.url, server.url]);
    });
  });

  describe('redis store, two processes', () => {
    let redis: RedisHandle;
    let a: RunningServer;
    let b: RunningServer;
    beforeAll(async () => {
      redis = await startRedis();
      [a, b] = await Promise.all([startTestServer({ redisUrl: redis.url }), startTestServer({ redisUrl: redis.url })]);
    }, 30_000);
    afterAll(async () => {
      await Promise.all([a?.close(), b?.close()]);
      await redis?.stop();
    });
    it('in any event, view, acknowledgement or replay', async () => {
      await discreetMeeting([a.url, b.url]);
    });
  });
});
