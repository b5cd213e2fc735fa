// A fresh tester's third round of findings (2026-12-06), through the server's check (the rules and
// the registered model, shared/meeting/guard-mode.ts shareFindings): words said to nobody in
// particular were refused, replies to one member went out, and "Me too." passed where "Jeg også."
// was stopped. Each kind is checked in both languages, with the true findings beside it kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { useGuardModel } from '../../shared/guard/model.js';
import { shareFindings } from '../../shared/meeting/guard-mode.js';
import type { MeetingState } from '../../shared/meeting/state.js';

/** A meeting of the speaker ("Stille Hegre", id a) and `others`, in `language`, in nudge mode. */
const meeting = (language: 'nb' | 'en', others: string[] = []) =>
  ({
    participants: [{ id: 'a', name: 'Stille Hegre' }, ...others.map((name, i) => ({ id: `o${i}`, name }))],
    language,
    guardMode: 'nudge',
  }) as unknown as MeetingState;

const check = (text: string, lang: 'nb' | 'en', others: string[] = []) => shareFindings(meeting(lang, others), { id: 'a' }, text);

describe('a fresh tester\'s third findings, with the server model registered', () => {
  beforeAll(() => useGuardModel(readGuardModel()));
  afterAll(() => useGuardModel(null));

  describe('said to nobody in particular: no finding', () => {
    it.each([
      // "We" language about the speaker and everyone
      ['Vi burde alle være snillere mot oss selv.', 'nb'],
      ['Vi bør være snille med oss selv.', 'nb'],
      ['La oss være snille med oss selv.', 'nb'],
      ['We should all be kinder to ourselves.', 'en'],
      ["Let's all be kinder to ourselves.", 'en'],
      // A welcome to whoever is new, as a condition
      ['Hvis du er ny, er du på rett sted.', 'nb'],
      ['Om du er ny her, er du på rett sted.', 'nb'],
      ['Er du ny, er du velkommen her.', 'nb'],
      ['Hvis du er ny, er du ikke alene.', 'nb'],
      ['Hvis du er ny, så kom tilbake.', 'nb'],
      ['If you are new, you are in the right place.', 'en'],
      ["If you're new here, you're not alone.", 'en'],
      ['If this is your first meeting, you are welcome here.', 'en'],
      ['If you are new, keep coming back.', 'en'],
      // Plain statements: a story about one's own family, a test line
      ['Tante Kari var den som fant ham.', 'nb'],
      ['Min tante Kari fant ham.', 'nb'],
      ['Onkel Per var den som kjørte ham til legen den natta.', 'nb'],
      ['Line one before the drop.', 'en'],
    ] as const)('%s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });

    it('a relative who shares a member\'s name is no crosstalk, at the start of a sentence or after "min"', () => {
      expect(check('Tante Kari var den som fant ham.', 'nb', ['Kari'])).toEqual([]);
      expect(check('Min tante Kari fant ham.', 'nb', ['Kari'])).toEqual([]);
    });
  });

  describe('the same words said to one person, or an order, are still found', () => {
    it.each([
      ['If you are new, get a sponsor.', 'en', [{ kind: 'advice', match: 'If you are new, get a sponsor.' }]],
      ['If you are new, you should get a sponsor.', 'en', [{ kind: 'advice', match: 'you should' }]],
      ['Hvis du er ny, så gå på nitti møter.', 'nb', [{ kind: 'advice', match: 'så gå' }]],
      ['You are in the right place.', 'en', [{ kind: 'crosstalk', match: 'You are in the right place' }]],
      ['Du er på rett sted.', 'nb', [{ kind: 'crosstalk', match: 'Du er på rett sted' }]],
      ['If he is new, you are not alone.', 'en', [{ kind: 'crosstalk', match: 'you are not alone' }]],
      ['We should all be kinder to ourselves, Ola.', 'en', [{ kind: 'crosstalk', match: 'Ola' }]],
    ] as const)('%s', (text, lang, expected) => {
      expect(check(text, lang, ['Ola'])).toEqual(expected);
    });
  });
});
