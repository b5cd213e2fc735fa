// What becomes of words kept in the draft box, in the words of the way turns go now. A fresh
// tester (2026-12-06) joined again in a round by raised hands and read "if you get another turn
// (in open sharing, raise your hand)", though she could raise her hand then and there; where the
// chair gives the turns there is no hand to raise at all. And the note on joining again ("what was
// said before, what you read yourself too, stays with those who were here") read awkwardly.
// Views from the real core, both languages.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { draftOutlook, keptWords } from '../../client/meeting/draft-words.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';

describe('the kept draft says how a turn comes, for the way turns go now', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    const openSharing = lang === 'nb' ? /åpen deling/ : /open sharing/;
    const hand = lang === 'nb' ? /hånden/ : /hand/;

    it(`(${lang}) by raised hands: raise your hand now; where the chair picks: the chair's turn to give; a circle done: open sharing later`, () => {
      const hands = inRound({ others: ['b', 'c'], turnMode: 'hands' });
      const b = buildView(hands.state, 'b', hands.now);
      expect(draftOutlook(b)).toBe('raiseHand');
      expect(keptWords(b, t)).toBe(t.draftKeptHand);
      expect(keptWords(b, t)).not.toMatch(openSharing);
      expect(keptWords(b, t)).toMatch(hand);

      const picks = inRound({ others: ['b', 'c'], turnMode: 'chairPicks' });
      const pb = buildView(picks.state, 'b', picks.now);
      expect(draftOutlook(pb)).toBe('chairPicks');
      expect(keptWords(pb, t)).toBe(t.draftKeptChairPicks);
      expect(keptWords(pb, t)).not.toMatch(openSharing);
      expect(keptWords(pb, t)).not.toMatch(hand);
    });

    it(`(${lang}) joining again says plainly that what came before is not shown again`, () => {
      expect(t.tYouJoinedAgain).not.toMatch(lang === 'nb' ? /blir hos dem som var her/ : /stays with those who were here/);
      expect(t.tYouJoinedAgain).toMatch(lang === 'nb' ? /vises ikke på nytt/ : /is not shown again/);
    });
  }
});
