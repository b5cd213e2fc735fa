// A fresh tester's fourth round of findings (2026-12-06), through the server's check (the rules and
// the registered model, shared/meeting/guard-mode.ts shareFindings): the model called thanks to
// the whole room ("It means a lot to share this with you") and a line of a story ("Han ville ikke
// snakke med deg") advice, and the rules looked back for a generic "you"'s condition 8 words in
// some rules and 12 in others. Each kind is checked in both languages, with the true findings kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { sentenceProbability, useGuardModel, type GuardModel } from '../../shared/guard/model.js';
import { serverCheck } from './server-check.js';

const check = (text: string, lang: 'nb' | 'en', others: string[] = ['Kari', 'Per']) => serverCheck(text, lang, others);

describe("a fresh tester's fourth findings, with the server model registered", () => {
  let model: GuardModel;
  beforeAll(() => {
    model = readGuardModel();
    useGuardModel(model);
  });
  afterAll(() => useGuardModel(null));

  describe('the room named "you" in thanks for sharing, being or sitting with it: no finding', () => {
    it.each([
      ['It means a lot to share this with you.', 'en'],
      ['It is good to be sitting with you again.', 'en'],
      ['I am so grateful to be sharing this with you tonight.', 'en'],
      ['Det betyr mye å dele dette med deg.', 'nb'],
      ['Det betyr mye å dele dette med dere.', 'nb'],
      ['Det er godt å sitte her med deg igjen.', 'nb'],
    ] as const)('%s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
  });

  describe('a line of a story, a third person in the past with "you" as its object: no finding', () => {
    it.each([
      ['Han ville ikke snakke med deg.', 'nb'],
      ['Hun sa at hun ikke ville snakke med deg.', 'nb'],
      ['Faren min ville aldri høre på deg.', 'nb'],
      ['Da sa han at han hadde løyet for deg.', 'nb'],
      ['He would not talk to you.', 'en'],
      ['He said he would never forgive you.', 'en'],
      ['He would not stop calling you.', 'en'],
      ['My dad refused to talk to you.', 'en'],
    ] as const)('%s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
  });

  describe('the model still judges these (it was sure of them before the skips above)', () => {
    // Each is over the model's threshold, so the skips are what is tested, not the weights.
    it.each([
      // An order or a weighing of one with "with you", "med deg"
      ['Han burde snakke med deg.', 'nb'],
      ['Du bør dele dette med deg selv og fadderen din.', 'nb'],
      ['You should share this with your sponsor.', 'en'],
      // The listener as subject, a counterfactual, a feeling for the listener, an offer
      ['Hun sa at du er sterk.', 'nb'],
      ['Han ville forlatt deg uansett.', 'nb'],
      ['Hun elsket deg så høyt.', 'nb'],
      ['She said you were right to leave.', 'en'],
      ['She loved you so much.', 'en'],
      ['She would be lucky to have you.', 'en'],
      ['Han kunne hjelpe deg.', 'nb'],
      ['He would help you if you asked.', 'en'],
      // A relative clause pointing at a member
      ['Han som delte sist sa det samme til deg.', 'nb'],
    ] as const)('%s', (text, lang) => {
      expect(sentenceProbability(model, text, ['Kari', 'Per'])).toBeGreaterThanOrEqual(model.threshold);
      expect(check(text, lang).length).toBeGreaterThan(0);
    });
  });

  describe('the generic "you" of a condition: one bound back for every rule', () => {
    it.each([
      // "when", "når" 9 and 10 words before "your family", "familien din", "with you", "med deg"
      ['When you have loved an addict for many years, your family changes.', 'en'],
      ['Når du lever med en som drikker i årevis, forandres familien din.', 'nb'],
      ['When you love an addict, the fear is always with you.', 'en'],
      ['Når du elsker en som drikker, er frykten alltid med deg.', 'nb'],
    ] as const)('no finding: %s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
    it.each([
      // Further back the condition has given way to instructions: still the listener's.
      ['Når det blir vanskelig, så tar du en pause og ringer til fadderen din.', 'nb'],
      ['When it gets hard, you take a break and then you just ring up your sponsor.', 'en'],
    ] as const)('still found: %s', (text, lang) => {
      expect(check(text, lang).length).toBeGreaterThan(0);
    });
  });
});
