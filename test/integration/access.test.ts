// Closed meetings, the waiting room and removal, over real sockets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

describe('who gets in', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('seats a closed meeting’s guest with the join code, and sends one without it to the waiting room until admitted', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url, { access: 'closed', joinCode: 'fjord-42' });
    const chair = await TestClient.connect(server.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const member = await TestClient.connect(server.url);
    const m = await member.join(meetingId, 'Medlem', { joinCode: 'fjord-42' });
    expect(m.ok && 'view' in m && !m.view.you.waiting).toBe(true);
    const guest = await TestClient.connect(server.url);
    const g = await guest.join(meetingId, 'Gjest', { joinCode: 'feil-kode' });
    expect(g.ok && 'door' in g).toBe(true);
    expect(await guest.emit('share', { text: 'hei' })).toMatchObject({ ok: false, code: 'IN_WAITING_ROOM' });
    await chair.waitFor((c) => c.latest.waiting.some((w) => w.id === guest.you), 'chair sees the waiting room');
    expect(member.latest.waiting).toEqual([]);
    // Nothing said in the meeting reaches the waiting room.
    await chair.ok('chairNote', { text: 'bare for dem inne' });
    await chair.ok('start');
    await chair.ok('advance');
    await chair.ok('share', { text: 'delt før opptak' });
    await member.waitFor((c) => c.shares().includes('delt før opptak'), 'member hears the share');
    expect(guest.events.filter((e) => e.event.type === 'share' || e.event.type === 'note')).toEqual([]);
    // The guidelines are accepted at the door before anyone can let them in (Issue 15).
    expect(await chair.emit('admit', { target: guest.you })).toMatchObject({ ok: false, code: 'GUIDELINES_NOT_ACCEPTED' });
    await guest.ok('acceptGuidelines');
    await chair.waitFor((c) => c.latest.waiting.some((w) => w.id === guest.you && w.accepted), 'the chair sees the guidelines accepted');
    await chair.ok('admit', { target: guest.you });
    await guest.waitFor((c) => !c.atDoor && c.latest.participants.some((p) => p.id === c.you), 'admitted');
    await chair.ok('share', { text: 'etter opptak' });
    await guest.waitFor((c) => c.shares().includes('etter opptak'), 'admitted guest hears what follows');
    expect(guest.shares()).toEqual(['etter opptak']);
    // Sent back to the waiting room, they hear nothing more.
    await chair.ok('sendToWaiting', { target: guest.you });
    await guest.waitFor((c) => c.atDoor, 'back in the waiting room');
    await chair.ok('share', { text: 'etter retur' });
    await member.waitFor((c) => c.shares().includes('etter retur'), 'member hears it');
    await new Promise((r) => setTimeout(r, 100));
    expect(guest.shares()).toEqual(['etter opptak']);
    [chair, member, guest].forEach((c) => c.close());
  });

  it('removes a participant for good: farewell, disconnection, and no way back with the old token', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url);
    const chair = await TestClient.connect(server.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const rude = await TestClient.connect(server.url);
    await rude.join(meetingId, 'Bråk');
    await chair.ok('remove', { target: rude.you });
    await rude.waitFor((c) => c.byes.includes('removed') && !c.socket.connected, 'removed and disconnected');
    const back = await TestClient.connect(server.url);
    expect(await back.resume(meetingId, rude.token, 0)).toMatchObject({ ok: false, code: 'REMOVED' });
    expect(chair.latest.participants.map((p) => p.name)).toEqual(['Leder']);
    [chair, back].forEach((c) => c.close());
  });
});

describe('closing a socket on purpose', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('gives up the seat at once, unlike a dropped connection which keeps it for the grace period', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url);
    const chair = await TestClient.connect(server.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const leaving = await TestClient.connect(server.url);
    await leaving.join(meetingId, 'Går');
    const dropping = await TestClient.connect(server.url);
    await dropping.join(meetingId, 'Faller');
    // A goodbye frame and the close in one read: socket.io drops the late `leave`; the close counts.
    (leaving.socket as unknown as { emit(e: string, p: unknown): void }).emit('leave', {});
    leaving.close();
    dropping.drop();
    await chair.waitFor((c) => c.latest.participants.length === 2 && c.latest.participants.some((p) => p.id === dropping.you && !p.connected), 'one gone, one away');
    expect(chair.latest.participants.map((p) => p.name)).toEqual(['Leder', 'Faller']);
    chair.close();
  });
});
