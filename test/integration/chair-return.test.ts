// Issue 7 §2 and §3 over real sockets: the chair comes back with the chair key, every failed
// resume says why, a chair that falls free is offered to the room, and before the chair key is
// used nobody else gets the chair and the meeting does not end by emptying.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { inRound, seat } from '../helpers/meeting.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

// Long enough that a loaded machine reconnects well within it; the expiry tests wait it out.
const GRACE_MS = 3000;

describe('the chair and the seats at the edges (memory store)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ settings: { graceMs: GRACE_MS, speakerGraceMs: 500 } });
  });
  afterAll(async () => server.close());

  it('a chair who closed the tab comes back with the chair key to the held seat and the chair, under their own name', async () => {
    const { meetingId, chairKey, people } = await seat(server.url, ['Måke', 'Terne', 'Lom']);
    const [chair, b] = people as [TestClient, TestClient, TestClient];
    const seatId = chair.you;
    chair.drop();
    await b.waitFor((c) => c.latest.participants.find((p) => p.id === seatId)?.connected === false, 'the chair’s drop');
    const back = await TestClient.connect(server.url);
    const ack = await back.join(meetingId, 'Måke', { chairKey });
    expect(ack).toMatchObject({ ok: true, you: seatId });
    expect(back.view.you).toMatchObject({ id: seatId, isChair: true });
    await b.waitFor((c) => c.latest.participants.find((p) => p.id === seatId)?.connected === true, 'the chair is back');
    expect(b.latest.participants.filter((p) => p.name === 'Måke')).toHaveLength(1);
    await back.ok('start');
    for (const c of [back, ...people.slice(1)]) c.close();
  });

  it('after the seat was given up, the chair key gives the chair back in a new seat', async () => {
    const { meetingId, chairKey, people } = await seat(server.url, ['Ugle', 'Spurv', 'Kråke'], (i) => ({ volunteer: i === 1 }));
    const [chair, b] = people as [TestClient, TestClient, TestClient];
    const old = chair.you;
    chair.drop();
    await b.waitFor((c) => c.latest.chairId === c.you, 'failover to the volunteer', GRACE_MS + 3000);
    const back = await TestClient.connect(server.url);
    const ack = await back.join(meetingId, 'Ugle', { chairKey });
    expect(ack.ok).toBe(true);
    expect(back.you).not.toBe(old);
    expect(back.view.you.isChair).toBe(true);
    await b.waitFor((c) => c.events.some((e) => e.event.type === 'chair' && e.event.reason === 'returned'), 'chair returned');
    for (const c of [back, ...people.slice(1)]) c.close();
  });

  it('a resume after the seat was given up says so, with the grace period', async () => {
    const { meetingId, people } = await seat(server.url, ['Fink', 'Meis']);
    const [chair, b] = people as [TestClient, TestClient];
    const { token } = b;
    b.drop();
    await chair.waitFor((c) => c.events.some((e) => e.event.type === 'left' && e.event.reason === 'gone'), 'seat given up', GRACE_MS + 3000);
    const again = await TestClient.connect(server.url);
    expect(await again.resume(meetingId, token, 0)).toMatchObject({ ok: false, code: 'SEAT_GIVEN_UP', graceMs: GRACE_MS });
    for (const c of [chair, again]) c.close();
  });

  it('a chair that falls free with no volunteer connected is offered to everyone connected; the first to accept gets it', async () => {
    const { people } = await inRound(server.url, ['Ørn', 'Hauk', 'Falk']);
    const [chair, b, c] = people as [TestClient, TestClient, TestClient];
    chair.drop();
    await b.waitFor((x) => x.events.some((e) => e.event.type === 'chairVacant'), 'chairVacant', GRACE_MS + 3000);
    await c.waitFor((x) => x.latest.chairVacant, 'the view says the chair is vacant');
    const [first, second] = await Promise.all([b.emit('takeChair', {}), c.emit('takeChair', {})]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const loser = first.ok ? second : first;
    expect(loser).toMatchObject({ ok: false, code: 'CHAIR_TAKEN' });
    const winner = first.ok ? b : c;
    await winner.waitFor((x) => x.latest.you.isChair && !x.latest.chairVacant, 'the chair taken');
    expect(b.events.filter((e) => e.event.type === 'chairVacant')).toHaveLength(1);
    for (const x of [b, c]) x.close();
  });

  it('before the chair key is used, a stranger volunteer gets no chair and a join and leave do not end the meeting', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url, { listed: true });
    const stranger = await TestClient.connect(server.url);
    expect((await stranger.join(meetingId, 'Fremmed', { volunteer: true })).ok).toBe(true);
    expect(stranger.view.chairId).toBeNull();
    expect(await stranger.emit('end', {})).toMatchObject({ ok: false, code: 'NOT_CHAIR' });
    expect(await stranger.emit('lock', { on: true })).toMatchObject({ ok: false, code: 'NOT_CHAIR' });
    expect(await stranger.emit('takeChair', {})).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    await stranger.ok('leave');
    stranger.close();
    const creator = await TestClient.connect(server.url);
    const ack = await creator.join(meetingId, 'Vert', { chairKey });
    expect(ack.ok).toBe(true);
    expect(creator.view.you.isChair).toBe(true);
    creator.close();
  });
});
