// The door card tells the chair key's holder, and only them, the pseudonym of the seat the key
// returns them to (GET /api/meetings/:id `chairSeat`), so the door can offer the way back in one
// press. A third fresh tester (2026-12-03) had to fill in the whole door again as a returning
// chair. Real server and sockets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

let server: RunningServer;
/** A seat's grace period of 1.5 s: a dropped seat is given up quickly. */
let quick: RunningServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  [server, quick] = await Promise.all([startTestServer(), startTestServer({ settings: { graceMs: 1_500 } })]);
});

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all([server?.close(), quick?.close()]);
});

async function card(meetingId: string, key?: string, url = server.url): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}/api/meetings/${meetingId}`, key === undefined ? {} : { headers: { 'x-chair-key': key } });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

describe("the door card's chairSeat", () => {
  it("is the kept seat's name for the chair key, nothing for anyone else, and the key's join returns to that seat", async () => {
    const { meetingId, chairKey } = await createMeeting(server.url, { language: 'en' });
    // Before the key seated anyone: no seat to return to.
    expect(await card(meetingId, chairKey)).not.toHaveProperty('chairSeat');
    const chair = await TestClient.connect(server.url);
    clients.push(chair);
    expect((await chair.join(meetingId, 'Quiet Pine', { chairKey })).ok).toBe(true);
    const member = await TestClient.connect(server.url);
    clients.push(member);
    expect((await member.join(meetingId, 'Calm Lake')).ok).toBe(true);
    expect(await card(meetingId, chairKey)).toMatchObject({ chairSeat: { name: 'Quiet Pine' } });
    expect(await card(meetingId, chairKey)).not.toHaveProperty('chairPassedOn');
    // No key, a wrong key, an over-long key: the name is never told.
    expect(await card(meetingId)).not.toHaveProperty('chairSeat');
    expect(await card(meetingId, 'not-the-key')).not.toHaveProperty('chairSeat');
    expect(await card(meetingId, 'x'.repeat(500))).not.toHaveProperty('chairSeat');
    // The connection is lost (a closed tab); the key's join returns to the same seat, as the chair.
    const id = chair.you;
    chair.drop();
    await member.waitFor((c) => c.events.some((e) => e.event.type === 'connection' && e.event.id === id && !e.event.connected), 'the chair gone', 15_000);
    expect(await card(meetingId, chairKey)).toMatchObject({ chairSeat: { name: 'Quiet Pine' } });
    const back = await TestClient.connect(server.url);
    clients.push(back);
    const returned = await back.join(meetingId, 'Quiet Pine', { chairKey });
    expect(returned).toMatchObject({ ok: true, kept: true });
    await back.waitFor((c) => !!c.latest, 'the view');
    expect(back.latest.you.id).toBe(id);
    expect(back.latest.you.isChair).toBe(true);
    expect(back.latest.participants.filter((p) => p.name === 'Quiet Pine')).toHaveLength(1);
  });

  // A fresh tester (2026-12-05): a chair back through the chair link in a fresh page after the
  // seat was given up was promised the old seat by the door.
  it('says chairSeatGone, to the chair key only, once the seat it seated is given up; the key then seats its holder anew, in the chair', async () => {
    const { meetingId, chairKey } = await createMeeting(quick.url, { language: 'en' });
    expect(await card(meetingId, chairKey, quick.url)).not.toHaveProperty('chairSeatGone');
    const chair = await TestClient.connect(quick.url);
    const member = await TestClient.connect(quick.url);
    clients.push(chair, member);
    expect((await chair.join(meetingId, 'Quiet Pine', { chairKey })).ok).toBe(true);
    expect((await member.join(meetingId, 'Calm Lake', { volunteer: true })).ok).toBe(true);
    expect(await card(meetingId, chairKey, quick.url)).not.toHaveProperty('chairSeatGone');
    const id = chair.you;
    chair.drop();
    await member.waitFor((c) => c.events.some((e) => e.event.type === 'left' && e.event.id === id), 'the seat given up', 15_000);
    const gone = await card(meetingId, chairKey, quick.url);
    expect(gone).toMatchObject({ chairSeatGone: true });
    expect(gone).not.toHaveProperty('chairSeat');
    expect(await card(meetingId, undefined, quick.url)).not.toHaveProperty('chairSeatGone');
    expect(await card(meetingId, 'not-the-key', quick.url)).not.toHaveProperty('chairSeatGone');
    const back = await TestClient.connect(quick.url);
    clients.push(back);
    const anew = await back.join(meetingId, 'Grey Heron', { chairKey });
    expect(anew.ok).toBe(true);
    expect(anew).not.toHaveProperty('kept');
    // Nor on an ordinary join.
    const plain = await TestClient.connect(quick.url);
    clients.push(plain);
    const ordinary = await plain.join(meetingId, 'Still Water');
    expect(ordinary.ok).toBe(true);
    expect(ordinary).not.toHaveProperty('kept');
    await back.waitFor((c) => !!c.latest?.you.isChair, 'the chair');
    expect(back.latest.you.id).not.toBe(id);
    expect(await card(meetingId, chairKey, quick.url)).toMatchObject({ chairSeat: { name: 'Grey Heron' } });
    expect(await card(meetingId, chairKey, quick.url)).not.toHaveProperty('chairSeatGone');
  });

  // A fresh tester (2026-12-05): the creator's link took the chair back from the member the chair
  // had been handed to; the door had said "you will chair".
  it('says chairPassedOn once the holder handed the chair on and the seat is given up; the key then gives a seat, not the chair', async () => {
    const { meetingId, chairKey } = await createMeeting(quick.url, { language: 'en' });
    const chair = await TestClient.connect(quick.url);
    const member = await TestClient.connect(quick.url);
    clients.push(chair, member);
    expect((await chair.join(meetingId, 'Quiet Pine', { chairKey })).ok).toBe(true);
    expect((await member.join(meetingId, 'Calm Lake', { volunteer: true })).ok).toBe(true);
    await chair.ok('handChair', { target: member.you });
    // The seat still kept: it comes back without the chair, and the door can say so.
    expect(await card(meetingId, chairKey, quick.url)).toMatchObject({ chairSeat: { name: 'Quiet Pine' }, chairPassedOn: true });
    const id = chair.you;
    chair.drop();
    await member.waitFor((c) => c.events.some((e) => e.event.type === 'left' && e.event.id === id), 'the seat given up', 15_000);
    expect(await card(meetingId, chairKey, quick.url)).toMatchObject({ chairSeatGone: true, chairPassedOn: true });
    expect(await card(meetingId, undefined, quick.url)).not.toHaveProperty('chairPassedOn');
    const back = await TestClient.connect(quick.url);
    clients.push(back);
    expect((await back.join(meetingId, 'Grey Heron', { chairKey })).ok).toBe(true);
    await back.waitFor((c) => !!c.latest, 'the view');
    expect(back.latest.you.isChair).toBe(false);
    expect(back.latest.chairId).toBe(member.you);
  });
});
