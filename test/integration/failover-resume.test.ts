// Dropped connections: the chair passes on when the chair stays away past the grace period, and
// a participant who comes back within it gets their seat and what they missed, nothing older.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { inRound, pause, seat } from '../helpers/meeting.js';
import { startTestServer } from '../helpers/server.js';

describe('dropped connections', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ settings: { graceMs: 400 } });
  });
  afterAll(async () => server.close());

  it('hands the chair to the next volunteer in join order when the chair’s connection drops', async () => {
    const { people } = await seat(server.url, ['Kaia', 'Nils', 'Oda', 'Per'], (i) => ({ volunteer: i === 2 || i === 3 }));
    const [chair, , oda, per] = people as [TestClient, TestClient, TestClient, TestClient];
    chair.drop();
    await per.waitFor((c) => c.latest.participants.some((p) => p.id === chair.you && !p.connected), 'chair shown as disconnected');
    expect(per.latest.chairId).toBe(chair.you); // still theirs during the grace period
    await per.waitFor((c) => c.latest.chairId === oda.you, 'failover to Oda', 3000);
    const ev = per.events.find((e) => e.event.type === 'chair' && e.event.reason === 'failover');
    expect(ev?.event).toMatchObject({ id: oda.you, name: 'Oda' });
    expect(oda.latest.you.isChair).toBe(true);
    people.slice(1).forEach((p) => p.close());
  });

  it('puts the co-chair first on failover', async () => {
    const { people } = await seat(server.url, ['Ada', 'Bo', 'Cy'], () => ({ volunteer: true }));
    const [chair, , cy] = people as [TestClient, TestClient, TestClient];
    await chair.ok('setCoChair', { target: cy.you });
    chair.drop();
    await cy.waitFor((c) => c.latest.chairId === cy.you, 'co-chair takes over', 3000);
    people.slice(1).forEach((p) => p.close());
  });

  it('restores a resumed seat with the missed shares and nothing said before', async () => {
    const { meetingId, people } = await inRound(server.url, ['Gro', 'Hå', 'Ine']);
    const [gro, ha, ine] = people as [TestClient, TestClient, TestClient];
    await gro.ok('share', { text: 'før' });
    await ine.waitFor((c) => c.shares().includes('før'), 'first share');
    const seen = ine.lastSeq();
    const token = ine.token;
    ine.drop();
    await gro.waitFor((c) => c.latest.participants.some((p) => p.id === ine.you && !p.connected), 'Ine away');
    await gro.ok('share', { text: 'mens du var borte' });
    await gro.ok('finishShare');
    await ha.waitFor((c) => c.latest.speaker?.id === c.you, 'Hå’s turn');
    await ha.ok('share', { text: 'også borte' });

    const back = await TestClient.connect(server.url);
    const ack = await back.resume(meetingId, token, seen);
    if (!ack.ok || 'door' in ack) throw new Error(`resume did not give the seat back: ${JSON.stringify(ack)}`);
    expect(ack.you).toBe(ine.you);
    const missed = ack.missed.flatMap((e) => (e.event.type === 'share' ? [e.event.text] : []));
    expect(missed).toEqual(['mens du var borte', 'også borte']);
    expect(ack.missed.every((e) => e.seq > seen)).toBe(true);
    expect(ack.view.participants.find((p) => p.id === ine.you)?.connected).toBe(true);
    // Still in the round, still owed a turn after Hå.
    await ha.ok('finishShare');
    await back.waitFor((c) => c.latest.speaker?.id === c.you, 'Ine’s turn after resuming');
    [gro, ha, back].forEach((p) => p.close());
  });

  it('never replays to a latecomer what was said before they first joined', async () => {
    const { meetingId, people } = await inRound(server.url, ['Jo', 'Kim']);
    const [jo] = people as [TestClient, TestClient];
    await jo.ok('share', { text: 'hemmelig før du kom' });
    const late = await TestClient.connect(server.url);
    expect((await late.join(meetingId, 'Sent')).ok).toBe(true);
    await jo.ok('share', { text: 'etter' });
    await late.waitFor((c) => c.shares().includes('etter'), 'share after joining');
    expect(late.shares()).toEqual(['etter']);
    const token = late.token;
    late.drop();
    await pause(50);
    const again = await TestClient.connect(server.url);
    const ack = await again.resume(meetingId, token, 0);
    if (!ack.ok) throw new Error(ack.code);
    const texts = ack.missed.flatMap((e) => (e.event.type === 'share' ? [e.event.text] : []));
    expect(texts).toEqual(['etter']);
    [...people, again].forEach((p) => p.close());
  });

  it('refuses a resume with a wrong token', async () => {
    const { meetingId, people } = await seat(server.url, ['Liv', 'Mo']);
    const c = await TestClient.connect(server.url);
    const ack = await c.resume(meetingId, 'x'.repeat(24), 0);
    expect(ack).toMatchObject({ ok: false, code: 'BAD_TOKEN' });
    [...people, c].forEach((p) => p.close());
  });
});
