// A round by raised hands, no hand up, nobody sharing. A fresh tester (2026-12-06): after everyone
// had shared, members still read «Rekk opp hånden hvis du vil dele.» alone while the chair bar
// said «alle som er her, har hatt sin tur». The round ends when the chair goes on; a member's view
// does not say whether everyone has had a turn (plan.toShare is the chair's), so the member's
// line says so in words true before and after: raise a hand to share, and the chair goes on once
// everyone who wants to has shared. Open sharing keeps its own line. Views from the real core.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { handsRound } from '../../client/meeting/chair-steps.js';
import { othersWordsNow } from '../../client/meeting/others-words.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';

describe("a member's line in a round by raised hands says the chair goes on when the round is done", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) before anyone has shared, after everyone has, and in open sharing`, () => {
      const r = inRound({ others: ['b', 'c', 'd'], listeners: ['d'], turnMode: 'hands' });
      expect(r.state.phase).toBe('round');
      const member = () => othersWordsNow(buildView(r.state, 'b', r.now), t);
      const listener = () => othersWordsNow(buildView(r.state, 'd', r.now), t);
      expect(member()).toBe(t.turnNone_handsRound);
      expect(listener()).toBe(t.turnNone_handsRoundOthers);
      for (const id of ['a', 'b', 'c']) {
        r.ok({ type: 'raiseHand', by: id });
        r.shareDone(id);
      }
      // The chair's bar: everyone here has had a turn.
      expect(handsRound(buildView(r.state, 'a', r.now))).toEqual({ kind: 'done' });
      for (const words of [member(), listener()]) {
        expect(words).not.toBe(t.turnNone_hands);
        expect(words).toMatch(lang === 'nb' ? /går møtelederen videre\.$/ : /the chair goes on\.$/);
      }
      // Open sharing: no round to be done; the line stays the hands' own.
      r.ok({ type: 'advance', by: 'a' });
      expect(r.state.phase).toBe('open');
      expect(member()).toBe(t.turnNone_hands);
      expect(listener()).toBe(t.turnNone_handsOthers);
    });
  }
});
