// Found by a fresh tester: a `resume` after a clean disconnect (the person left, or the page
// closed its socket on purpose) was answered SEAT_GIVEN_UP with `graceMs`: "your seat was given
// up because the connection was gone too long", untrue and frightening for someone who simply
// left. Every way a seat can end now has its own answer (docs/protocol.md, `resume`): left on
// purpose SEAT_LEFT, the grace time passed SEAT_GIVEN_UP with `graceMs`, removed or turned away
// by the chair REMOVED, the meeting over MEETING_ENDED — each with its message in the meeting's
// language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { ERROR_MESSAGES } from '../../shared/errors.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

const GRACE_MS = 600;
let server: RunningServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ settings: { graceMs: GRACE_MS } });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server.close();
});

async function seated(language: 'nb' | 'en' = 'nb'): Promise<{ meetingId: string; chair: TestClient; person: TestClient }> {
  const { meetingId, chairKey } = await createMeeting(server.url, { language });
  const chair = await TestClient.connect(server.url);
  clients.push(chair);
  await chair.join(meetingId, 'Leder', { chairKey });
  const person = await TestClient.connect(server.url);
  clients.push(person);
  const ack = await person.join(meetingId, 'Stille Fjord');
  if (!ack.ok) throw new Error(ack.code);
  return { meetingId, chair, person };
}

/** A fresh socket resumes `who`'s seat; returns the failed acknowledgement. */
async function resumeOf(meetingId: string, who: TestClient): Promise<Record<string, unknown>> {
  const c = await TestClient.connect(server.url);
  clients.push(c);
  const ack = (await c.resume(meetingId, who.token, 0)) as unknown as Record<string, unknown>;
  expect(ack.ok, JSON.stringify(ack)).toBe(false);
  return ack;
}

const goneFrom = (chair: TestClient, id: string) => chair.waitFor((c) => c.events.some((e) => e.event.type === 'left' && e.event.id === id), 'the seat to end', 10_000);

describe('a resume says how the seat ended', () => {
  it('left with `leave`: SEAT_LEFT, without graceMs, in both languages', async () => {
    for (const language of ['nb', 'en'] as const) {
      const { meetingId, chair, person } = await seated(language);
      await person.ok('leave');
      await goneFrom(chair, person.you);
      const ack = await resumeOf(meetingId, person);
      expect(ack).toEqual({ ok: false, code: 'SEAT_LEFT', message: ERROR_MESSAGES.SEAT_LEFT[language] });
    }
  });

  it('the page closed its socket on purpose (a clean disconnect counts as leaving): SEAT_LEFT', async () => {
    const { meetingId, chair, person } = await seated();
    person.close();
    await goneFrom(chair, person.you);
    const ack = await resumeOf(meetingId, person);
    expect(ack.code).toBe('SEAT_LEFT');
    expect(ack.graceMs).toBeUndefined();
  });

  it('left the waiting room: SEAT_LEFT', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url, { access: 'closed', joinCode: 'hemmelig' });
    const chair = await TestClient.connect(server.url);
    clients.push(chair);
    await chair.join(meetingId, 'Leder', { chairKey });
    const waiter = await TestClient.connect(server.url);
    clients.push(waiter);
    const ack = await waiter.join(meetingId, 'Ventende');
    expect(ack.ok && 'door' in ack).toBe(true);
    await waiter.ok('leave');
    await chair.waitFor((c) => c.latest.waiting.length === 0, 'the door empty');
    expect((await resumeOf(meetingId, waiter)).code).toBe('SEAT_LEFT');
  });

  it('the connection gone past the grace time: SEAT_GIVEN_UP with graceMs', async () => {
    const { meetingId, chair, person } = await seated();
    person.drop();
    await goneFrom(chair, person.you);
    const ack = await resumeOf(meetingId, person);
    expect(ack).toEqual({ ok: false, code: 'SEAT_GIVEN_UP', message: ERROR_MESSAGES.SEAT_GIVEN_UP.nb, graceMs: GRACE_MS });
  });

  it('removed by the chair: REMOVED', async () => {
    const { meetingId, chair, person } = await seated();
    await chair.ok('remove', { target: person.you });
    expect((await resumeOf(meetingId, person)).code).toBe('REMOVED');
  });

  it('the meeting ended: MEETING_ENDED', async () => {
    const { meetingId, chair, person } = await seated();
    await chair.ok('end');
    await person.waitFor((c) => c.byes.includes('ended'), 'the end');
    expect((await resumeOf(meetingId, person)).code).toBe('MEETING_ENDED');
  });
});
