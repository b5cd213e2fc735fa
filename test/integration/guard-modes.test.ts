// The share guard on the server (issue 12): every share, in the meeting's mode, whatever client
// sends it. nudge: a flagged share is refused with its findings until confirmed; the chair sees a
// count only. hold: it is held until the speaker rephrases or releases it. off: contact details
// only. Feelings and first-person experience always go straight out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { inRound } from '../helpers/meeting.js';
import { createMeeting, startTestServer } from '../helpers/server.js';
import { ERROR_MESSAGES } from '../../shared/errors.js';

describe('the share guard runs on the server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ rate: { points: 1000, windowMs: 10_000 } });
  });
  afterAll(async () => server.close());

  it('nudge (default): a flagged share needs a second, confirmed send; the chair sees a count, not the hint', async () => {
    const { people } = await inRound(server.url, ['Leder', 'Deler', 'Lytter']);
    const [chair, other, third] = people as [TestClient, TestClient, TestClient];
    expect(chair.latest.guard).toMatchObject({ mode: 'nudge', count: 0, held: null });
    expect(other.latest.guard.count).toBeNull();
    const refused = await chair.emit('share', { text: 'Du bør gå fra ham.' });
    expect(refused).toMatchObject({ ok: false, code: 'GUARD_HINT', findings: [{ kind: 'advice', match: 'Du bør' }] });
    // The member named, and the reply itself ("I know how you feel" said to her): two findings.
    expect(await chair.emit('share', { text: 'Deler, jeg vet hvordan du har det.' })).toMatchObject({ code: 'GUARD_HINT', findings: [{ kind: 'crosstalk', match: 'Deler' }, { kind: 'crosstalk', match: 'jeg vet hvordan du har det' }] });
    // First-person experience and strong feelings go straight out.
    await chair.ok('share', { text: 'Jeg burde ha bedt om hjelp før. Faen, jeg er så sint at jeg skjelver.' });
    await chair.ok('share', { text: 'Du bør gå fra ham.', confirm: true });
    await third.waitFor((c) => c.shares().length === 2, 'two shares');
    expect(third.shares()).toEqual(['Jeg burde ha bedt om hjelp før. Faen, jeg er så sint at jeg skjelver.', 'Du bør gå fra ham.']);
    await chair.waitFor((c) => c.latest.guard.count === 1, 'the chair sees one');
    expect(third.latest.guard.count).toBeNull();
    people.forEach((p) => p.close());
  });

  it('the model catches what the rules let through, naming the whole sentence; sharing and feelings go straight out', async () => {
    const { people } = await inRound(server.url, ['Leder', 'Deler', 'Lytter']);
    const [chair, , third] = people as [TestClient, TestClient, TestClient];
    // A recommendation with no "you" and no order in it: no rule fires, the server's model does.
    const advice = 'Det ville vært snillest å kaste ham ut.';
    expect(await chair.emit('share', { text: `Jeg har tenkt mye på det. ${advice}` })).toMatchObject({
      ok: false,
      code: 'GUARD_HINT',
      findings: [{ kind: 'advice', match: advice }],
    });
    const sharing = 'Faen, jeg er så lei av mine egne unnskyldninger. Det som hjalp meg var å ringe fadderen min hver morgen.';
    await chair.ok('share', { text: sharing });
    await chair.ok('setGuardMode', { mode: 'off' });
    await chair.waitFor((c) => c.latest.guard.mode === 'off', 'mode off');
    // With the guard off the model is not asked either.
    await chair.ok('share', { text: advice });
    await third.waitFor((c) => c.shares().length === 2, 'two shares');
    expect(third.shares()).toEqual([sharing, advice]);
    people.forEach((p) => p.close());
  });

  it('contact details always get the personal-details hint, even with the guard off', async () => {
    const { people } = await inRound(server.url, ['Leder', 'Deler']);
    const [chair, other] = people as [TestClient, TestClient];
    await chair.ok('setGuardMode', { mode: 'off' });
    await other.waitFor((c) => c.latest.guard.mode === 'off', 'mode off');
    await chair.ok('share', { text: 'Du bør gå fra ham.' });
    // Spaced out letter by letter too (a fresh tester, 2026-12-04): the server reads them joined up.
    for (const text of ['Ring meg på 412 34 567.', 'kari@example.no', 'Følg meg på @kari_84', 'Se www.example.no', 'skriv til k a r i @ e x a m p l e . n o', 'kontakt meg: k-a-r-i-8-4 på snap']) {
      const ack = await chair.emit('share', { text });
      expect(ack).toMatchObject({ ok: false, code: 'GUARD_HINT' });
      expect((ack as { findings: { kind: string }[] }).findings.length).toBeGreaterThan(0);
      // Contact details, said as such: a handle is not "a reply to someone" (fresh tester D1).
      expect((ack as { findings: { kind: string }[] }).findings.map((f) => f.kind)).toEqual(['pii']);
    }
    await other.waitFor((c) => c.shares().length === 1, 'one share');
    expect(other.shares()).toEqual(['Du bør gå fra ham.']);
    people.forEach((p) => p.close());
  });

  it('hold: a flagged share reaches nobody until its speaker rephrases or releases it; it goes with the turn', async () => {
    const { people } = await inRound(server.url, ['Leder', 'Deler']);
    const [chair, other] = people as [TestClient, TestClient];
    expect(await other.emit('setGuardMode', { mode: 'hold' })).toMatchObject({ ok: false, code: 'NOT_CHAIR' });
    await chair.ok('setGuardMode', { mode: 'hold' });
    await chair.ok('share', { text: 'You should leave him.', confirm: true });
    await chair.waitFor((c) => c.latest.guard.held?.text === 'You should leave him.', 'held');
    expect(chair.latest.guard.held?.findings).toEqual([{ kind: 'advice', match: 'You should' }]);
    expect(other.latest.guard.held).toBeNull();
    // Rephrased: the held one is replaced and the clean one goes out.
    await chair.ok('share', { text: 'What helped me was leaving.' });
    await chair.ok('share', { text: 'Just stop answering his calls.' });
    await chair.waitFor((c) => c.latest.guard.held !== null, 'held again');
    await chair.ok('releaseHeld');
    // A code that says what is wrong, not the clock's internal NOTHING_DUE (fresh tester D6).
    expect(await chair.emit('releaseHeld', {})).toMatchObject({ ok: false, code: 'NOTHING_HELD', message: 'Delingsvakten holder ikke tilbake noen deling fra deg nå.' });
    await chair.ok('share', { text: 'Never lend her money again.' });
    await chair.waitFor((c) => c.latest.guard.held !== null, 'held a third time');
    await chair.ok('finishShare');
    await chair.waitFor((c) => c.latest.speaker?.id !== c.you && c.latest.guard.held === null, 'dropped with the turn');
    await other.waitFor((c) => c.shares().length === 2, 'two shares');
    expect(other.shares()).toEqual(['What helped me was leaving.', 'Just stop answering his calls.']);
    expect(other.events.some((e) => e.event.type === 'held')).toBe(false);
    expect(chair.latest.guard.count).toBe(3);
    people.forEach((p) => p.close());
  });

  it('checks pseudonyms at the door for phone numbers and handles', async () => {
    const { meetingId, people } = await inRound(server.url, ['Leder', 'Deler']);
    const c = await TestClient.connect(server.url);
    // Over the socket too, contact details are named as such, never "the request is malformed" (fresh tester D4).
    for (const name of ['Kari 41234567', 'kari_84', '+4791234567', 'kari@example.com', '@kari', 'kari.no', 'Ola_Nordmann']) {
      expect({ name, ack: await c.join(meetingId, name) }).toMatchObject({ name, ack: { ok: false, code: 'NAME_CONTACT', message: ERROR_MESSAGES.NAME_CONTACT.nb } });
    }
    expect(await c.join(meetingId, 'Kari!')).toMatchObject({ ok: false, code: 'NAME_CHARACTERS' });
    // A keeper's or the service's title (a fresh tester, 2026-12-04): refused, and nothing seated.
    for (const name of ['Møteleder', 'Moderator', 'Chair', 'Administrator', 'Runde']) {
      expect({ name, ack: await c.join(meetingId, name) }).toMatchObject({ name, ack: { ok: false, code: 'NAME_ROLE' } });
    }
    // In the meeting's language, as the join's other refusals (the same tester: English at a bokmål meeting).
    for (const language of ['nb', 'en'] as const) {
      const other = await createMeeting(server.url, { language });
      for (const [name, code] of [['kari_84', 'NAME_CONTACT'], ['Kari!', 'NAME_CHARACTERS'], ['Møteleder', 'NAME_ROLE']] as const) {
        expect(await c.join(other.meetingId, name)).toEqual({ ok: false, code, message: ERROR_MESSAGES[code][language] });
      }
    }
    // A look-alike of someone present (Cyrillic е in "Leder") is taken (fresh tester D3).
    expect(await c.join(meetingId, 'L\u0435der')).toMatchObject({ ok: false, code: 'NAME_TAKEN' });
    expect((await c.join(meetingId, 'Kari')).ok).toBe(true);
    [...people, c].forEach((p) => p.close());
  });

  it('the mode is chosen at creation', async () => {
    const res = await fetch(`${server.url}/api/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Møte', formatId: 'standard', language: 'en', access: 'open', listed: false, guardMode: 'hold' }),
    });
    const { meetingId, chairKey } = (await res.json()) as { meetingId: string; chairKey: string };
    const c = await TestClient.connect(server.url);
    const ack = await c.join(meetingId, 'Calm Chair', { chairKey });
    expect(ack.ok).toBe(true);
    await c.waitFor((x) => x.views.length > 0, 'a view');
    expect(c.latest.guard.mode).toBe('hold');
    c.close();
    const bad = await fetch(`${server.url}/api/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Møte', formatId: 'standard', language: 'en', access: 'open', listed: false, guardMode: 'strict' }),
    });
    expect(bad.status).toBe(400);
  });
});
