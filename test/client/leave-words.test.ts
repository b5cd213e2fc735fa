// The chair's leave question says what the server will do with the chair (Issue 15 re-trial).
// Each case is checked against the real core: the words are built from the chair's view, then
// the chair leaves and the state shows whether they were true.
import { describe, expect, it } from 'vitest';
import { dict, type Lang } from '../../client/i18n.js';
import { chairLeaveLines } from '../../client/meeting/leave-words.js';
import { buildView } from '../../shared/meeting/view.js';
import { gathered, nameOf, type Run } from '../core/helpers.js';

/** The chair a's leave question, then a leaves; returns the lines and the state after. */
function leaveAs(r: Run, lang: Lang): { lines: string[] | null; after: Run['state'] } {
  const lines = chairLeaveLines(buildView(r.state, 'a', r.now), dict(lang));
  r.ok({ type: 'leave', by: 'a' });
  return { lines, after: r.state };
}

describe("the chair's leave question", () => {
  for (const lang of ['nb', 'en'] as const satisfies readonly Lang[]) {
    const t = dict(lang);
    it(`(${lang}) names who takes the chair: the co-chair who offered first, else the one connected volunteer`, () => {
      const r = gathered({ volunteers: ['b', 'c'] });
      r.ok({ type: 'setCoChair', by: 'a', target: 'c' });
      const { lines, after } = leaveAs(r, lang);
      expect(lines).toEqual([t.leaveWill_to(nameOf('c')), t.leaveAsk]);
      expect(after.chairId).toBe('c');

      const one = gathered({ volunteers: ['b', 'c'] });
      one.ok({ type: 'disconnect', by: 'c' });
      const single = leaveAs(one, lang);
      expect(single.lines).toEqual([t.leaveWill_to(nameOf('b')), t.leaveAsk]);
      expect(single.after.chairId).toBe('b');
    });

    it(`(${lang}) with several volunteers names exactly the one who gets the chair: the first to join, whoever offered first`, () => {
      const r = gathered({ others: ['b', 'c', 'd'], volunteers: ['c', 'd'] });
      const { lines, after } = leaveAs(r, lang);
      expect(lines).toEqual([t.leaveWill_to(nameOf('c')), t.leaveAsk]);
      expect(after.chairId).toBe('c');

      // d offered first, b (who joined before d) later: b, by the join order the page never sees.
      const later = gathered({ others: ['b', 'd'], volunteers: ['d'] });
      later.ok({ type: 'volunteer', by: 'b', on: true });
      const joinOrder = leaveAs(later, lang);
      expect(joinOrder.lines).toEqual([t.leaveWill_to(nameOf('b')), t.leaveAsk]);
      expect(joinOrder.after.chairId).toBe('b');
    });

    it(`(${lang}) with nobody to take it: the room is asked, the script keeps the meeting, a pause is lifted`, () => {
      const r = gathered();
      r.ok({ type: 'start', by: 'a' });
      r.ok({ type: 'freeze', by: 'a', on: true });
      const { lines, after } = leaveAs(r, lang);
      expect(lines).toEqual([t.leaveWill_noneScript, t.leaveWill_unpause, t.leaveAsk]);
      expect(after.chairId).toBeNull();
      expect(after.chairVacant).toBe(true);
      expect(after.frozen).toBe(false);
      expect(after.phase).toBe('opening');

      const gathering = leaveAs(gathered(), lang);
      expect(gathering.lines).toEqual([t.leaveWill_noneGathering, t.leaveAsk]);
      expect(gathering.after.chairVacant).toBe(true);
    });

    it(`(${lang}) alone, the meeting ends; a member's leave asks nothing`, () => {
      const alone = leaveAs(gathered({ others: [] }), lang);
      expect(alone.lines).toEqual([t.leaveWill_last, t.leaveAsk]);
      expect(alone.after.phase).toBe('ended');
      const r = gathered();
      expect(chairLeaveLines(buildView(r.state, 'b', r.now), t)).toBeNull();
    });
  }
});
