// A share that went out after the guard's hint is on the chair's list of reports (`guardHint`),
// the chair alone, and the chair's view changes with it. A fresh tester (2026-12-05): advice and
// a phone number went out with one more press while the chair's bar said "you only need to step
// in if something goes wrong"; only a count deep in the tools knew.
import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/meeting/decide.js';
import { viewRecipients } from '../../shared/meeting/outbox.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, nameOf } from './helpers.js';

const FLAGGED = 'Du bør ringe 912 34 567 og gå fra ham.';

describe("the chair's list: shares that went out after the guard's hint", () => {
  it('nudge: sent as it is, the share is listed for the chair (count 1), for nobody else; a plain share is not', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'share', by: 'a', text: 'Takk for at jeg fikk være her.' });
    r.ok({ type: 'finishShare', by: 'a' });
    const speaker = r.speaker!;
    expect(decide(r.state, { type: 'share', by: speaker, text: FLAGGED }, r.now)).toMatchObject({ ok: false, code: 'GUARD_HINT' });
    r.ok({ type: 'share', by: speaker, text: FLAGGED, confirm: true });
    const seq = r.state.seq;
    // What the guard found is named, each kind once (a fresh tester, 2026-12-05: the mark did not say).
    expect(buildView(r.state, 'a', r.now).reports).toEqual([{ share: seq, reason: 'guardHint', count: 1, kinds: ['advice', 'pii'], name: nameOf(speaker), text: FLAGGED }]);
    for (const id of ['b', 'c']) expect(buildView(r.state, id, r.now).reports).toBeNull();
    // Hidden by the chair: off the list.
    r.ok({ type: 'hideShare', by: 'a', share: seq });
    expect(buildView(r.state, 'a', r.now).reports).toEqual([]);
  });

  it('hold: released as it is, the share is listed, and the release sends the chair a view', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'setGuardMode', by: 'a', mode: 'hold' });
    r.ok({ type: 'finishShare', by: 'a' });
    const speaker = r.speaker!;
    r.ok({ type: 'share', by: speaker, text: FLAGGED });
    expect(buildView(r.state, 'a', r.now).reports).toEqual([]);
    const before = r.state;
    const d = decide(r.state, { type: 'releaseHeld', by: speaker }, r.now);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(buildView(d.state, 'a', r.now).reports).toEqual([{ share: d.state.seq, reason: 'guardHint', count: 1, kinds: ['advice', 'pii'], name: nameOf(speaker), text: FLAGGED }]);
    expect(viewRecipients(before, d.state, d.events, r.now)).toContain('a');
  });

  // A fresh tester (2026-12-05): "Leave it" held on one page only; a reload brought the mark back.
  // The next: a member's report could not be dismissed, only the share removed, and the bar said
  // "reported" to the end of the meeting.
  it("leaveShare: the chair leaves the share as it is; the mark and the members' reports so far are off the list for any chair; a later report shows again", () => {
    const r = inRound({ others: ['b', 'c', 'd', 'e'], volunteers: ['c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    const speaker = r.speaker!;
    r.ok({ type: 'share', by: speaker, text: FLAGGED, confirm: true });
    const seq = r.state.seq;
    const [first, second] = ['b', 'c', 'd', 'e'].filter((id) => id !== speaker);
    r.ok({ type: 'report', by: first!, share: seq, reason: 'personal' });
    expect(decide(r.state, { type: 'leaveShare', by: first!, share: seq }, r.now)).toMatchObject({ ok: false, code: 'NOT_CHAIR' });
    expect(decide(r.state, { type: 'leaveShare', by: 'a', share: 99_999 }, r.now)).toMatchObject({ ok: false, code: 'UNKNOWN_SHARE' });
    const before = r.state;
    const d = decide(r.state, { type: 'leaveShare', by: 'a', share: seq }, r.now);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.events).toEqual([]);
    expect(viewRecipients(before, d.state, d.events, r.now)).toEqual(['a']);
    r.ok({ type: 'leaveShare', by: 'a', share: seq });
    expect(buildView(r.state, 'a', r.now).reports).toEqual([]);
    expect(decide(r.state, { type: 'leaveShare', by: 'a', share: seq }, r.now)).toMatchObject({ ok: false, code: 'ALREADY_DONE' });
    // The one who reported it cannot report it again; someone else can, and it is listed.
    r.no({ type: 'report', by: first!, share: seq, reason: 'personal' }, 'ALREADY_DONE');
    r.ok({ type: 'report', by: second!, share: seq, reason: 'advice' });
    expect(buildView(r.state, 'a', r.now).reports).toEqual([{ share: seq, reason: 'advice', count: 1, name: nameOf(speaker), text: FLAGGED }]);
    // A plain share never had anything on it.
    r.ok({ type: 'finishShare', by: speaker });
    const next = r.speaker!;
    r.ok({ type: 'share', by: next, text: 'Takk for at jeg fikk være her.' });
    expect(decide(r.state, { type: 'leaveShare', by: 'a', share: r.state.seq }, r.now)).toMatchObject({ ok: false, code: 'ALREADY_DONE' });
  });

  it("a chair never sees reports or the guard's mark on their own share; handed on, the next chair does", () => {
    const r = inRound({ others: ['b', 'c', 'd'], volunteers: ['b', 'c', 'd'] });
    r.ok({ type: 'finishShare', by: 'a' });
    const speaker = r.speaker!;
    r.ok({ type: 'share', by: speaker, text: FLAGGED, confirm: true });
    const seq = r.state.seq;
    const reporter = ['b', 'c', 'd'].find((id) => id !== speaker)!;
    r.ok({ type: 'report', by: reporter, share: seq, reason: 'advice' });
    expect(buildView(r.state, 'a', r.now).reports).toHaveLength(2);
    r.ok({ type: 'handChair', by: 'a', target: speaker });
    expect(buildView(r.state, speaker, r.now).reports).toEqual([]);
    const third = ['b', 'c', 'd'].find((id) => id !== speaker && id !== reporter)!;
    r.ok({ type: 'handChair', by: speaker, target: third });
    expect(buildView(r.state, third, r.now).reports).toHaveLength(2);
  });

  it('names only what the guard found: contact details alone read as such', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    const speaker = r.speaker!;
    const text = 'Jeg har det bedre nå. Skriv gjerne til meg på kari.nordmann@example.com.';
    expect(decide(r.state, { type: 'share', by: speaker, text }, r.now)).toMatchObject({ ok: false, code: 'GUARD_HINT' });
    r.ok({ type: 'share', by: speaker, text, confirm: true });
    expect(buildView(r.state, 'a', r.now).reports).toEqual([{ share: r.state.seq, reason: 'guardHint', count: 1, kinds: ['pii'], name: nameOf(speaker), text }]);
  });
});
