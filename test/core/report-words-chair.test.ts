// A chair judges a share on their list from its words, whenever they came in (a fresh tester,
// 2026-12-06: back through the chair link after their seat was given up, the chair's list showed
// "a share from before you came in this time (its words are not shown again here)" with "Remove
// for everyone"; it held a phone number). The chair's view carries the share's author and words
// (reports.ts reportsView); nobody else's view ever does, and a latecomer still gets no earlier
// share otherwise.
import { describe, expect, it } from 'vitest';
import { buildView, type MeetingView } from '../../shared/meeting/view.js';
import { gathered, inRound, nameOf, T0, type Run } from './helpers.js';

const PHONE = 'Ring Kari på 912 34 567, hun vet hva du bør gjøre.';
const QUIET = 'Jeg har hatt en tung uke, men jeg kom.';

/** b shares `text` after the guard's hint (guardHint) in a round chaired by a; returns its seq. */
function flagged(r: Run, text = PHONE): number {
  r.ok({ type: 'finishShare', by: 'a' });
  expect(r.speaker).toBe('b');
  r.ok({ type: 'share', by: 'b', text, confirm: true });
  return r.state.seq;
}

const words = (v: MeetingView): string => JSON.stringify(v);

describe("the chair's list carries the words of each share on it", () => {
  it('a chair back through the chair link (a new seat, after the share) reads the flagged share; nobody else gets its words from the view', () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['c'] });
    const seq = flagged(r);
    r.ok({ type: 'report', by: 'c', share: seq, reason: 'personal' });
    // The chair's seat is given up; they come back with the chair link, as a new seat.
    r.ok({ type: 'leave', by: 'a' });
    r.join('a2', { chairKey: true });
    expect(r.chair).toBe('a2');
    expect(r.state.participants.find((p) => p.id === 'a2')!.joinedSeq).toBeGreaterThan(seq);
    const mine = { name: nameOf('b'), text: PHONE };
    expect(buildView(r.state, 'a2', r.now).reports).toEqual([
      { share: seq, reason: 'guardHint', count: 1, kinds: expect.any(Array), ...mine },
      { share: seq, reason: 'personal', count: 1, ...mine },
    ]);
    // Not for anyone else: the author, the reporter, a latecomer.
    r.join('d');
    for (const id of ['b', 'c', 'd']) {
      const v = buildView(r.state, id, r.now);
      expect(v.reports, id).toBeNull();
    }
    expect(words(buildView(r.state, 'd', r.now))).not.toContain('912 34 567');
    expect(words(buildView(r.state, 'c', r.now))).not.toContain('912 34 567');
  });

  it('a chair handed the role who came in after the share reads it; the chair before them gets the list no more', () => {
    const r = inRound({ others: ['b', 'c'] });
    const seq = flagged(r, QUIET);
    r.ok({ type: 'report', by: 'c', share: seq, reason: 'crisis' });
    r.join('d', { volunteer: true });
    r.ok({ type: 'handChair', by: 'a', target: 'd' });
    expect(r.chair).toBe('d');
    expect(buildView(r.state, 'd', r.now).reports).toEqual([{ share: seq, reason: 'crisis', count: 1, name: nameOf('b'), text: QUIET }]);
    expect(buildView(r.state, 'a', r.now).reports).toBeNull();
    expect(words(buildView(r.state, 'a', r.now))).not.toContain(QUIET);
  });

  it('carries only the shares on the list: not one nobody reported or marked, one left as it is, one hidden (whose words the state drops), nor the chair\'s own', () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['c'] });
    r.ok({ type: 'share', by: 'a', text: 'Mine egne ord i dag.', confirm: true });
    const own = r.state.seq;
    r.ok({ type: 'report', by: 'c', share: own, reason: 'advice' });
    const seq = flagged(r);
    r.ok({ type: 'finishShare', by: 'b' });
    r.ok({ type: 'share', by: 'c', text: QUIET });
    const left = r.state.seq;
    r.ok({ type: 'report', by: 'b', share: left, reason: 'advice' });
    r.ok({ type: 'leaveShare', by: 'a', share: left });
    const chair = words(buildView(r.state, 'a', r.now));
    expect(chair).toContain('912 34 567');
    expect(chair).not.toContain(QUIET);
    expect(chair).not.toContain('Mine egne ord');
    r.ok({ type: 'hideShare', by: 'a', share: seq });
    expect(buildView(r.state, 'a', r.now).reports).toEqual([]);
    expect(JSON.stringify(r.state)).not.toContain('912 34 567');
    // Another chair after them sees the chair's own reported share, with its words.
    r.ok({ type: 'handChair', by: 'a', target: 'c' });
    expect(buildView(r.state, 'c', r.now).reports).toEqual([{ share: own, reason: 'advice', count: 1, name: nameOf('a'), text: 'Mine egne ord i dag.' }]);
  });

  it("a weekly group's meeting emptied by its people keeps no share: the next chair is asked to judge none", () => {
    const GROUP = { slug: 'tirsdag', start: T0, end: T0 + 90 * 60_000 };
    const r = gathered({ group: GROUP, others: ['b', 'c'] });
    r.ok({ type: 'start', by: 'a' });
    r.ok({ type: 'advance', by: 'a' });
    const seq = flagged(r);
    r.ok({ type: 'report', by: 'c', share: seq, reason: 'personal' });
    for (const id of ['b', 'c', 'a']) r.ok({ type: 'leave', by: id });
    expect(r.state.participants).toEqual([]);
    expect(JSON.stringify(r.state)).not.toContain('912 34 567');
    r.join('e', { volunteer: true });
    expect(r.chair).toBe('e');
    expect(buildView(r.state, 'e', r.now).reports).toEqual([]);
  });
});
