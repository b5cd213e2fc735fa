// Who loses a late turn is named. A fresh tester (2026-12-06) read the chair's early-end question
// as stiff: "If you go on now, that person will not get it" / «får vedkommende ikke turen sin»,
// though the name was said just before. The early-end question (chair-steps.ts cutOffLines) and
// the chair bar's words while a turn waits for someone away say the name (or names) instead.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { cutOffLines, type CutOff } from '../../client/meeting/chair-steps.js';

const none: CutOff = { speaker: null, waiting: 0, hands: [], lateHands: [], byHands: false, unturned: 0, late: [], self: false };
const count = (text: string, word: string): number => text.split(word).length - 1;

describe('a late turn that would be lost names whose it is', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    const and = lang === 'nb' ? 'og' : 'and';

    it(`(${lang}) the early-end question, one or two people, a circle's or a raised hand's late turn`, () => {
      for (const names of [['Anne'], ['Anne', 'Bjørn']]) {
        for (const c of [{ ...none, late: names }, { ...none, lateHands: names, byHands: true }]) {
          const text = cutOffLines(c, t, lang).join(' ');
          expect(text).not.toMatch(/vedkommende|that person/);
          // Once as the fact, once as who will not get the turn.
          expect(count(text, names.join(` ${and} `)), text).toBe(2);
        }
      }
    });

    it(`(${lang}) the chair bar's words while the chair gives the turns and someone is away`, () => {
      for (const several of [false, true]) {
        const names = several ? `Anne ${and} Bjørn` : 'Anne';
        for (const text of [t.chairSays_picksWaitsAway(names, several, 'Go on'), t.chairSays_picksSelfAway('Take your own turn', names, several)]) {
          expect(text).not.toMatch(/vedkommende|that person/);
          expect(count(text, names), text).toBe(2);
        }
      }
    });
  }
});
