// A tester on a weak phone link: the chair paused the meeting for a break, their connection
// dropped during it, and after the break their seat had been given up. Over real sockets: the
// server's clock (server/clock.ts, from the core's nextDue) must not give a seat up while the
// meeting is paused, and must give it up the grace period after the resume if the person is still
// away (docs/protocol.md, `freeze` and `resume`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

const GRACE_MS = 800;
let server: RunningServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ settings: { graceMs: GRACE_MS } });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server.close();
});

async function pausedWithOne(): Promise<{ meetingId: string; chair: TestClient; person: TestClient }> {
  const { meetingId, chairKey } = await createMeeting(server.url, { language: 'en' });
  const chair = await TestClient.connect(server.url);
  clients.push(chair);
  await chair.join(meetingId, 'Calm Chair', { chairKey });
  const person = await TestClient.connect(server.url);
  clients.push(person);
  const ack = await person.join(meetingId, 'Quiet Harbour');
  if (!ack.ok) throw new Error(ack.code);
  await chair.ok('freeze', { on: true });
  await person.waitFor((c) => c.latest.frozen, 'the pause');
  return { meetingId, chair, person };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const left = (chair: TestClient, id: string) => chair.events.some((e) => e.event.type === 'left' && e.event.id === id);
const away = (chair: TestClient, id: string) => chair.latest.participants.find((p) => p.id === id)?.connected === false;

describe("a dropped seat's grace period over real sockets while the meeting is paused", () => {
  it('the seat outlasts the grace period during the pause, and a resume then gets it back', async () => {
    const { meetingId, chair, person } = await pausedWithOne();
    person.drop();
    await chair.waitFor((c) => away(c, person.you), 'the drop');
    await sleep(4 * GRACE_MS);
    expect(left(chair, person.you)).toBe(false);
    // The views said so: the person's grace was paused, the chair's was not.
    expect(person.latest.gracePaused).toBe(true);
    expect(chair.latest.gracePaused).toBe(false);
    const back = await TestClient.connect(server.url);
    clients.push(back);
    const ack = await back.resume(meetingId, person.token, person.lastSeq());
    expect(ack.ok, JSON.stringify(ack)).toBe(true);
    await chair.waitFor((c) => !away(c, person.you), 'the return');
  });

  it('still away at the resume: the seat is given up the grace period after it, not before', async () => {
    const { chair, person } = await pausedWithOne();
    person.drop();
    await chair.waitFor((c) => away(c, person.you), 'the drop');
    await sleep(3 * GRACE_MS);
    expect(left(chair, person.you)).toBe(false);
    const resumedAt = Date.now();
    await chair.ok('freeze', { on: false });
    await chair.waitFor((c) => left(c, person.you), 'the seat to be given up after the resume', 5 * GRACE_MS);
    // The timer was set from the resume (less a little for the clocks' resolution).
    expect(Date.now() - resumedAt).toBeGreaterThanOrEqual(GRACE_MS - 50);
    const gone = chair.events.find((e) => e.event.type === 'left' && e.event.id === person.you)?.event;
    expect(gone).toMatchObject({ reason: 'gone' });
  });
});
