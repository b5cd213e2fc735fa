// Issue 7 §2 over real sockets: a speaker whose connection drops keeps the floor for the speaker
// grace and continues on return; after it the turn moves on and they are owed a late turn, and
// the last speaker of a circle round who drops still gets it before the round completes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { inRound } from '../helpers/meeting.js';
import { startTestServer } from '../helpers/server.js';

const SPEAKER_GRACE_MS = 1_500;

const types = (c: TestClient): string[] => c.events.map((e) => e.event.type);

describe('the speaker grace over real sockets (memory store)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ settings: { speakerGraceMs: SPEAKER_GRACE_MS, graceMs: 30_000 } });
  });
  afterAll(async () => server.close());

  it('a speaker who drops keeps the turn, the room sees it held, and on resume they simply continue', async () => {
    const { meetingId, people } = await inRound(server.url, ['Alm', 'Bøk', 'Gran']);
    const [chair, speaker, other] = people as [TestClient, TestClient, TestClient];
    await chair.ok('finishShare');
    await speaker.waitFor((c) => c.latest.speaker?.id === c.you, 'Bøk’s turn');
    await speaker.ok('share', { text: 'Første del.' });
    const { token } = speaker;
    const lastSeq = speaker.lastSeq();
    speaker.drop();
    await other.waitFor((c) => types(c).includes('turnHeld'), 'turnHeld');
    const held = other.latest;
    expect(held.speaker).toMatchObject({ id: speaker.you, frozen: true });
    expect(held.speaker?.heldUntil).toBeGreaterThan(Date.now());
    expect(held.participants.find((p) => p.id === speaker.you)?.connected).toBe(false);

    const back = await TestClient.connect(server.url);
    const ack = await back.resume(meetingId, token, lastSeq);
    expect(ack.ok).toBe(true);
    expect(back.view.speaker).toMatchObject({ id: back.you, heldUntil: null, frozen: false });
    await back.ok('share', { text: 'Andre del.' });
    await other.waitFor((c) => c.shares().includes('Andre del.'), 'the second part');
    expect(types(other)).toContain('turnResumed');
    expect(other.events.some((e) => e.event.type === 'shareEnded' && e.event.id === back.you)).toBe(false);
    for (const c of [chair, back, other]) c.close();
  });

  it('after the speaker grace the turn moves on, and the speaker gets a late turn when back', async () => {
    const { meetingId, people } = await inRound(server.url, ['Hassel', 'Lind', 'Older']);
    const [chair, b, c] = people as [TestClient, TestClient, TestClient];
    await chair.ok('finishShare');
    await b.waitFor((x) => x.latest.speaker?.id === x.you, 'Lind’s turn');
    const { token } = b;
    b.drop();
    await c.waitFor((x) => x.latest.speaker?.id === x.you, 'the turn moves on after the grace', SPEAKER_GRACE_MS + 3000);
    const ended = c.events.find((e) => e.event.type === 'shareEnded' && e.event.id === b.you)?.event;
    expect(ended).toMatchObject({ reason: 'gone' });
    const back = await TestClient.connect(server.url);
    expect((await back.resume(meetingId, token, 0)).ok).toBe(true);
    await c.ok('finishShare');
    await back.waitFor((x) => x.latest.speaker?.id === x.you, 'the late turn');
    for (const x of [chair, back, c]) x.close();
  });

  it('the last speaker of a circle round who drops gets the late turn before the round completes', async () => {
    const { meetingId, people } = await inRound(server.url, ['Rogn', 'Selje', 'Vier']);
    const [chair, b, last] = people as [TestClient, TestClient, TestClient];
    await chair.ok('finishShare');
    await b.waitFor((x) => x.latest.speaker?.id === x.you, 'Selje’s turn');
    await b.ok('finishShare');
    await last.waitFor((x) => x.latest.speaker?.id === x.you, 'Vier’s turn');
    const { token } = last;
    last.drop();
    await chair.waitFor((x) => x.events.some((e) => e.event.type === 'shareEnded' && e.event.id === last.you), 'the held turn runs out', SPEAKER_GRACE_MS + 3000);
    expect(types(chair)).not.toContain('roundComplete');
    expect(chair.latest.roundActive).toBe(true);
    const back = await TestClient.connect(server.url);
    expect((await back.resume(meetingId, token, 0)).ok).toBe(true);
    await back.waitFor((x) => x.latest.speaker?.id === x.you, 'the late turn');
    await back.ok('share', { text: 'Sent, men med.' });
    await back.ok('finishShare');
    await chair.waitFor((x) => types(x).includes('roundComplete'), 'roundComplete');
    expect(chair.shares()).toContain('Sent, men med.');
    for (const x of [chair, b, back]) x.close();
  });
});
