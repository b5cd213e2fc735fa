// The practice room over real sockets (Issue 15): the server seats its simulated members through
// the same protocol and core; nobody else can join (MEETING_NOT_FOUND), it is never listed, the
// members share and pass when their turn comes, and the meeting ends when its person leaves.
// The tests of a block run at once (describe.concurrent, each with the test's own `expect`): each
// has its own meeting, and most of their time is the practice members' human pace
// (server/practice.ts), not work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { INTERRUPTER_NAME, LATE_NAME, PRACTICE_NAMES } from '../../server/practice.js';
import { TestClient } from '../helpers/client.js';
import { startRedis } from '../helpers/redis-server.js';
import { startTestServer } from '../helpers/server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  for (const c of clients) c.close();
  await server?.close();
});

async function client(): Promise<TestClient> {
  const c = await TestClient.connect(server.url);
  clients.push(c);
  return c;
}

describe.concurrent('the practice room', () => {
  it('seats the practice members, lets nobody else in, runs a round with them, and ends when its person leaves', { timeout: 60_000 }, async ({ expect }) => {
    const res = await fetch(`${server.url}/api/practice`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ language: 'en' }) });
    expect(res.status).toBe(201);
    const { meetingId, chairKey } = (await res.json()) as { meetingId: string; chairKey: string };
    const me = await client();
    expect((await me.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
    await me.waitFor((c) => PRACTICE_NAMES.en.every((n) => c.latest.participants.some((p) => p.name === n)), 'the practice members', 10_000);
    // Never listed, and closed to anyone without its key.
    const list = (await (await fetch(`${server.url}/api/meetings`)).json()) as { meetings: { meetingId: string }[] };
    expect(list.meetings.some((m) => m.meetingId === meetingId)).toBe(false);
    const stranger = await client();
    // To anyone else it is like a meeting that has ended: nothing says it exists.
    expect(await stranger.join(meetingId, 'Nysgjerrig')).toMatchObject({ ok: false, code: 'MEETING_ENDED' });
    expect(await stranger.join(meetingId, 'Nysgjerrig', { joinCode: 'gjetting' })).toMatchObject({ ok: false });
    // A round: the members share (two) and pass (one) when their turn comes.
    await me.ok('start');
    await me.ok('advance');
    // The members were seated first: two share and one passes, then it is my turn.
    await me.waitFor((c) => c.latest.speaker?.id === c.you, 'my turn', 30_000);
    expect(me.shares()).toHaveLength(2);
    await me.ok('pass');
    await me.waitFor((c) => !c.latest.roundActive, 'the round complete', 40_000);
    // The second member dropped after their share, as on a weak line, and took the seat back.
    const second = me.latest.participants.find((p) => p.name === PRACTICE_NAMES.en[1])!.id;
    const conn = (on: boolean) => me.events.some((e) => e.event.type === 'connection' && e.event.id === second && e.event.connected === on);
    await me.waitFor(() => conn(false) && conn(true), 'the drop and the return', 15_000);
    // Sent to the waiting room, a member accepts the guidelines there; the chair lets them back in.
    await me.ok('sendToWaiting', { target: second });
    await me.waitFor((c) => c.latest.waiting.some((w) => w.id === second && w.accepted), 'the guidelines accepted at the door');
    await me.ok('admit', { target: second });
    await me.waitFor((c) => c.latest.participants.some((p) => p.id === second), 'back in');
    // The chair handed on to a practice member comes straight back.
    const anna = me.latest.participants.find((p) => p.name === PRACTICE_NAMES.en[0])!.id;
    await me.ok('handChair', { target: anna });
    await me.waitFor((c) => c.latest.chairId === anna, 'Anna chairs');
    await me.waitFor((c) => c.latest.chairId === c.you, 'the chair handed back', 15_000);
    expect(me.events.some((e) => e.event.type === 'shareEnded' && e.event.reason === 'passed' && e.event.name === PRACTICE_NAMES.en[2])).toBe(true);
    // Its person leaves: the meeting ends, and a new join finds nothing.
    await me.ok('leave');
    const late = await client();
    await expect.poll(async () => ((await late.join(meetingId, 'Rolig Elv', { chairKey })) as { code?: string }).code, { timeout: 5000 }).toMatch(/MEETING_(ENDED|NOT_FOUND)/);
  });

  it('with an advice-giver chosen, the third member gives advice, sent anyway after the guard\'s hint, for the chair to handle', { timeout: 60_000 }, async ({ expect }) => {
    const res = await fetch(`${server.url}/api/practice`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ language: 'en', adviceGiver: true }) });
    const { meetingId, chairKey } = (await res.json()) as { meetingId: string; chairKey: string };
    const me = await client();
    expect((await me.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
    await me.waitFor((c) => c.latest.participants.length === 4, 'the practice members', 10_000);
    await me.ok('start');
    // The chair locks the door: the member who comes late knocks, accepts the guidelines, waits.
    await me.ok('lock', { on: true });
    await me.ok('advance');
    await me.waitFor((c) => c.shares().some((t) => t.startsWith('You should just leave him')), 'the advice', 30_000);
    // It went out after the guard's hint: the chair's count says so.
    await me.waitFor((c) => (c.latest.guard.count ?? 0) >= 1, 'the guard count');
    await me.waitFor((c) => c.latest.waiting.some((w) => w.name === LATE_NAME.en && w.accepted), 'the late member knocking', 20_000);
    await me.ok('admit', { target: me.latest.waiting.find((w) => w.name === LATE_NAME.en)!.id });
    await me.waitFor((c) => c.latest.participants.some((p) => p.name === LATE_NAME.en), 'let in');
    await me.ok('leave');
  });

  it('with an interrupter chosen, a fifth member interrupts (never out of turn: the core refuses it) and the chair mutes, freezes, sends to the waiting room and removes them; the others stay', { timeout: 120_000 }, async ({ expect }) => {
    const res = await fetch(`${server.url}/api/practice`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ language: 'en', interrupter: true }) });
    const { meetingId, chairKey } = (await res.json()) as { meetingId: string; chairKey: string };
    const me = await client();
    expect((await me.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
    await me.waitFor((c) => [...PRACTICE_NAMES.en, INTERRUPTER_NAME.en].every((n) => c.latest.participants.some((p) => p.name === n)), 'the practice members', 10_000);
    const eric = me.latest.participants.find((p) => p.name === INTERRUPTER_NAME.en)!.id;
    const chunks = () => me.events.filter((e) => e.event.type === 'share' && e.event.id === eric).length;
    await me.ok('start');
    await me.ok('advance');
    // On his turn he posts chunk after chunk and does not finish.
    await me.waitFor((c) => c.latest.speaker?.id === eric, "Eric's turn", 60_000);
    await me.waitFor(() => chunks() >= 2, 'two chunks from Eric', 20_000);
    expect(me.latest.speaker?.id).toBe(eric);
    // Frozen, he posts nothing (FROZEN); he is still the speaker when the chair thaws the room.
    await me.ok('freeze', { on: true });
    const before = chunks();
    await new Promise((r) => setTimeout(r, 7000));
    expect(chunks()).toBe(before);
    await me.ok('freeze', { on: false });
    await me.waitFor(() => chunks() > before, 'Eric again after the freeze', 15_000);
    // Muted, his turn ends and nothing of his reaches the room.
    await me.ok('mute', { target: eric, on: true });
    await me.waitFor((c) => c.events.some((e) => e.event.type === 'shareEnded' && e.event.id === eric), 'his turn ended');
    // Every share of his came on his own turn: out of turn, the core refused it.
    let speaker: string | null = null;
    for (const { event } of me.events) {
      if (event.type === 'turn' || event.type === 'turnResumed') speaker = event.id;
      if (event.type === 'shareEnded') speaker = null;
      if (event.type === 'share') expect(event.id).toBe(speaker);
    }
    await me.ok('mute', { target: eric, on: false });
    // To the waiting room: he accepts the guidelines there, and the chair lets him back in.
    await me.ok('sendToWaiting', { target: eric });
    await me.waitFor((c) => c.latest.waiting.some((w) => w.id === eric && w.accepted), 'Eric at the door, guidelines accepted', 15_000);
    await me.ok('admit', { target: eric });
    await me.waitFor((c) => c.latest.participants.some((p) => p.id === eric), 'Eric back in');
    // Removed, he is gone alone: the others stay, and Anna still hands a chair back.
    await me.ok('remove', { target: eric });
    await me.waitFor((c) => !c.latest.participants.some((p) => p.id === eric), 'Eric removed');
    const anna = me.latest.participants.find((p) => p.name === PRACTICE_NAMES.en[0])!.id;
    await me.ok('handChair', { target: anna });
    await me.waitFor((c) => c.latest.chairId === anna, 'Anna chairs');
    await me.waitFor((c) => c.latest.chairId === c.you, 'the chair handed back after the removal', 15_000);
    expect(me.latest.participants.filter((p) => PRACTICE_NAMES.en.includes(p.name)).every((p) => p.connected)).toBe(true);
    await me.ok('leave');
  });
});

describe('the practice room: asking a greeter', () => {
  // The greeter is asked, not appointed (fresh user, Issue 15): practice members answer too.
  it('a practice member asked to be the greeter answers: the interrupter says no (the chair is told), another says yes', { timeout: 60_000 }, async () => {
    const res = await fetch(`${server.url}/api/practice`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ language: 'en', interrupter: true }) });
    const { meetingId, chairKey } = (await res.json()) as { meetingId: string; chairKey: string };
    const me = await client();
    expect((await me.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
    await me.waitFor((c) => [...PRACTICE_NAMES.en, INTERRUPTER_NAME.en].every((n) => c.latest.participants.some((p) => p.name === n)), 'the practice members', 10_000);
    const eric = me.latest.participants.find((p) => p.name === INTERRUPTER_NAME.en)!.id;
    const anna = me.latest.participants.find((p) => p.name === PRACTICE_NAMES.en[0])!.id;
    await me.ok('setGreeter', { target: eric });
    expect(me.latest.greeterAsk).toBe(eric);
    await me.waitFor((c) => c.events.some((e) => e.event.type === 'greeterDeclined' && e.event.id === eric), 'the no', 10_000);
    expect(me.latest.greeterId).toBeNull();
    await me.ok('setGreeter', { target: anna });
    await me.waitFor((c) => c.latest.greeterId === anna, 'the yes', 10_000);
    expect(me.latest.greeterAsk).toBeNull();
    await me.ok('leave');
  });
});

describe.concurrent('the practice room on Redis', () => {
  it('is never listed nor reachable by others, and when its person leaves every key of the meeting is gone', { timeout: 60_000 }, async ({ expect }) => {
    const redis = await startRedis();
    const srv = await startTestServer({ redisUrl: redis.url });
    const inspect = new Redis(redis.url);
    const local: TestClient[] = [];
    try {
      const res = await fetch(`${srv.url}/api/practice`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ language: 'nb' }) });
      const { meetingId, chairKey } = (await res.json()) as { meetingId: string; chairKey: string };
      const me = await TestClient.connect(srv.url);
      local.push(me);
      expect((await me.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
      await me.waitFor((c) => PRACTICE_NAMES.nb.every((n) => c.latest.participants.some((p) => p.name === n)), 'the practice members', 10_000);
      const keys = () => inspect.keys(`runde:m:{${meetingId}}*`);
      expect((await keys()).length).toBeGreaterThan(0);
      const list = (await (await fetch(`${srv.url}/api/meetings`)).json()) as { meetings: { meetingId: string }[] };
      expect(list.meetings.some((m) => m.meetingId === meetingId)).toBe(false);
      // Its door card: only to its person (the chair key in X-Chair-Key), to anyone else ended.
      const door = (key?: string) => fetch(`${srv.url}/api/meetings/${meetingId}`, key ? { headers: { 'x-chair-key': key } } : {});
      expect((await door()).status).toBe(410);
      expect((await door('gjetting')).status).toBe(410);
      expect((await door(chairKey)).status).toBe(200);
      const stranger = await TestClient.connect(srv.url);
      local.push(stranger);
      expect(await stranger.join(meetingId, 'Nysgjerrig')).toMatchObject({ ok: false, code: 'MEETING_ENDED' });
      expect(await stranger.join(meetingId, 'Nysgjerrig', { volunteer: true })).toMatchObject({ ok: false });
      await me.ok('start');
      await me.ok('leave');
      await expect.poll(keys, { timeout: 10_000 }).toEqual([]);
      expect((await fetch(`${srv.url}/api/meetings/${meetingId}`)).status).toBe(410);
    } finally {
      for (const c of local) c.close();
      inspect.disconnect();
      await srv.close();
      await redis.stop();
    }
  });

  it('ends when its person is gone without a goodbye (the seat grace runs out): every key gone, its key opens nothing', { timeout: 60_000 }, async ({ expect }) => {
    const redis = await startRedis();
    const srv = await startTestServer({ redisUrl: redis.url, settings: { graceMs: 1500, speakerGraceMs: 1500 } });
    const inspect = new Redis(redis.url);
    const local: TestClient[] = [];
    try {
      const res = await fetch(`${srv.url}/api/practice`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ language: 'en' }) });
      const { meetingId, chairKey } = (await res.json()) as { meetingId: string; chairKey: string };
      const me = await TestClient.connect(srv.url);
      local.push(me);
      expect((await me.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
      await me.waitFor((c) => PRACTICE_NAMES.en.every((n) => c.latest.participants.some((p) => p.name === n)), 'the practice members', 10_000);
      const keys = () => inspect.keys(`runde:m:{${meetingId}}*`);
      expect((await keys()).length).toBeGreaterThan(0);
      await me.ok('start');
      me.drop();
      await expect.poll(keys, { timeout: 20_000 }).toEqual([]);
      expect((await fetch(`${srv.url}/api/meetings/${meetingId}`)).status).toBe(410);
      const again = await TestClient.connect(srv.url);
      local.push(again);
      expect(await again.join(meetingId, 'Rolig Elv', { chairKey })).toMatchObject({ ok: false });
    } finally {
      for (const c of local) c.close();
      inspect.disconnect();
      await srv.close();
      await redis.stop();
    }
  });
});
