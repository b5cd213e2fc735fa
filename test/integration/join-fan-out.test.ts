// Found by a fresh tester (Issue 10, lean fan-out): every `join` sent every seated person a whole
// view (~6 KB at 30 people); 28 people arriving at a meeting's start cost an early member 56
// frames and ~107 KB, and a throttled phone (2,000 B/s) fell behind the heartbeat and was
// dropped. Now the `joined` event carries the newcomer's entry (`seat`, `at`, `upNext`) and the
// member patches it into the view it holds: one small frame per arrival, no view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { expectEverySeq, expectInSeqOrder } from '../helpers/delivery.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

const NAMES = ['Astrid', 'Bendik', 'Cornelia', 'Dyveke', 'Embla', 'Fridtjof', 'Gudrun', 'Hallvard', 'Ingeborg', 'Jostein', 'Kristoffer', 'Liv', 'Magnhild', 'Njål', 'Oddny', 'Peder', 'Ragnfrid', 'Sigurd', 'Torunn', 'Ulrik', 'Vigdis', 'Wenche', 'Yngvar', 'Åse', 'Ørjan', 'Æsa', 'Brynjulf', 'Solveig'];
const bytesOf = (c: TestClient, from: number): number => c.received.slice(from).reduce((n, r) => n + JSON.stringify(r.payload).length, 0);

describe('28 people arriving: an early member gets one small event each, no views (memory store)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ settings: { maxParticipants: 40 } });
  });
  afterAll(async () => server.close());

  it('the member’s patched view lists all 30 in the order the chair’s fresh view does', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url);
    const chair = await TestClient.connect(server.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const member = await TestClient.connect(server.url);
    await member.join(meetingId, 'Tidlig');
    const mark = { views: member.views.length, received: member.received.length, seq: member.lastSeq() };
    const chairMark = { views: chair.views.length, received: chair.received.length };
    const late: TestClient[] = [];
    for (let i = 0; i < 28; i++) {
      const c = await TestClient.connect(server.url);
      const joined = await c.join(meetingId, NAMES[i]!);
      expect(joined.ok, NAMES[i]).toBe(true);
      late.push(c);
    }
    const last = mark.seq + 28;
    await member.waitFor((c) => c.lastSeq() >= last, `seq ${last}`);
    await chair.waitFor((c) => c.lastSeq() >= last, `seq ${last}`);
    await new Promise((r) => setTimeout(r, 200));
    const frames = member.received.length - mark.received;
    const bytes = bytesOf(member, mark.received);
    console.log(`28 joins: an early member received ${frames} frames, ${bytes} bytes, ${member.views.length - mark.views} views`);
    expect(member.views.length - mark.views).toBe(0);
    expect(frames).toBe(28);
    // ~250 bytes per arrival instead of a 2-7 KB view.
    expect(bytes).toBeLessThan(28 * 400);
    // The chair patches theirs too, with their own entry of each newcomer (keeper-patch.ts): a
    // fresh tester (2026-12-05) counted a whole view per arrival, ~9 KB each at 40.
    const chairBytes = bytesOf(chair, chairMark.received);
    console.log(`28 joins: the chair received ${chair.received.length - chairMark.received} frames, ${chairBytes} bytes, ${chair.views.length - chairMark.views} views`);
    expect(chair.views.length - chairMark.views).toBe(0);
    expect(chairBytes).toBeLessThan(28 * 1000);
    const mine = member.latest;
    const fresh = chair.latest;
    expect(mine.present).toBe(30);
    expect(mine.participants.map((p) => p.id)).toEqual(fresh.participants.map((p) => p.id));
    expect(mine.participants.map((p) => ({ ...p, shared: null, firstTime: null }))).toEqual(fresh.participants.map((p) => ({ ...p, shared: null, firstTime: null })));
    expect(mine.upNext).toEqual(fresh.upNext);
    expectInSeqOrder(member, 'member');
    expectEverySeq(member, 'member');
    [chair, member, ...late].forEach((c) => c.close());
  }, 60_000);
});

// The same for a closed meeting's door (Al-Anon-style groups let each newcomer in): every
// admission sent every seated person a whole view, as joins did.
describe('12 people let in from the door: an early member gets small events, no views (memory store)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ settings: { maxParticipants: 40 } });
  });
  afterAll(async () => server.close());

  it('the member’s patched view lists everyone as the chair’s fresh view does', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url, { access: 'closed', joinCode: 'fjord-42' });
    const chair = await TestClient.connect(server.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const member = await TestClient.connect(server.url);
    await member.join(meetingId, 'Tidlig', { joinCode: 'fjord-42' });
    const guests: TestClient[] = [];
    for (let i = 0; i < 12; i++) {
      const g = await TestClient.connect(server.url);
      const r = await g.join(meetingId, NAMES[i]!);
      expect(r.ok && 'door' in r, NAMES[i]).toBe(true);
      await g.ok('acceptGuidelines');
      guests.push(g);
    }
    await chair.waitFor((c) => c.latest.waiting.filter((w) => w.accepted).length === 12, 'twelve at the door');
    const mark = { views: member.views.length, received: member.received.length };
    for (const g of guests) await chair.ok('admit', { target: g.you });
    const last = chair.lastSeq();
    await member.waitFor((c) => c.lastSeq() >= last, `seq ${last}`);
    await new Promise((r) => setTimeout(r, 200));
    const views = member.views.length - mark.views;
    const frames = member.received.length - mark.received;
    const bytes = bytesOf(member, mark.received);
    console.log(`12 admissions: an early member received ${frames} frames, ${bytes} bytes, ${views} views`);
    expect(views).toBe(0);
    expect(bytes).toBeLessThan(12 * 600);
    const mine = member.latest;
    const fresh = chair.latest;
    expect(mine.present).toBe(14);
    expect(mine.participants.map((p) => ({ ...p, shared: null, firstTime: null }))).toEqual(fresh.participants.map((p) => ({ ...p, shared: null, firstTime: null })));
    expect(mine.upNext).toEqual(fresh.upNext);
    expectInSeqOrder(member, 'member');
    expectEverySeq(member, 'member');
    [chair, member, ...guests].forEach((c) => c.close());
  }, 60_000);
});
