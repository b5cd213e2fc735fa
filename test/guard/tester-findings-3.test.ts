// A fresh tester's third round of findings (2026-12-06), through the server's check (the rules and
// the registered model, shared/meeting/guard-mode.ts shareFindings): words said to nobody in
// particular were refused, replies to one member went out, and "Me too." passed where "Jeg også."
// was stopped. Each kind is checked in both languages, with the true findings beside it kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { useGuardModel } from '../../shared/guard/model.js';
import { serverCheck } from './server-check.js';

const check = (text: string, lang: 'nb' | 'en', others: string[] = []) => serverCheck(text, lang, others);

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

  describe('a reply to one member is crosstalk', () => {
    it.each([
      // One word of a two-word pseudonym, then a reply without a "you" first
      ['Spruce, I know how you feel.', 'en', ['Quiet Spruce'], 'Spruce'],
      ['Quiet, hang in there.', 'en', ['Quiet Spruce'], 'Quiet'],
      ['Spruce I know exactly how you feel.', 'en', ['Quiet Spruce'], 'Spruce'],
      ['Quiet, stay strong.', 'en', ['Quiet Spruce'], 'Quiet'],
      ['Fjord, jeg vet hvordan du har det.', 'nb', ['Stille Fjord'], 'Fjord'],
      ['Stille, hold ut.', 'nb', ['Stille Fjord'], 'Stille'],
      ['Fjord, stå på.', 'nb', ['Stille Fjord'], 'Fjord'],
      ['Fjord, jeg også.', 'nb', ['Stille Fjord'], 'Fjord'],
    ] as const)('%s', (text, lang, others, match) => {
      expect(check(text, lang, [...others])).toContainEqual({ kind: 'crosstalk', match });
    });

    it.each([
      // The same words as something else: lower case, mid-sentence, no reply after the word
      ['Quiet, please.', 'en', ['Quiet Spruce']],
      ['quiet, hang in there.', 'en', ['Quiet Spruce']],
      ['Spruce trees grow slowly, I know how it feels.', 'en', ['Quiet Spruce']],
      ['Stille, rolig og trygt var det der.', 'nb', ['Stille Fjord']],
    ] as const)('%s: no finding', (text, lang, others) => {
      expect(check(text, lang, [...others])).toEqual([]);
    });

    it('standing by one listener, in both languages', () => {
      for (const [text, lang] of [
        ["I'm with you.", 'en'],
        ['I am with you all the way.', 'en'],
        ['Jeg er med deg.', 'nb'],
        ['Jeg står med deg hele veien.', 'nb'],
        ['Jeg er med deg i dette.', 'nb'],
      ] as const) {
        expect(check(text, lang).map((f) => f.kind), text).toEqual(['crosstalk']);
      }
    });

    it('knowing the listener\'s feeling, said to them, in both languages; not the generic "you" or a quote', () => {
      for (const [text, lang, match] of [
        ['I know how you feel.', 'en', 'I know how you feel'],
        ['I know exactly how you feel, I was there too.', 'en', 'I know exactly how you feel'],
        ['I know what you mean.', 'en', 'I know what you mean'],
        ['Jeg vet hvordan du har det.', 'nb', 'Jeg vet hvordan du har det'],
        ['Jeg skjønner godt hva du mener.', 'nb', 'Jeg skjønner godt hva du mener'],
      ] as const) {
        expect(check(text, lang), text).toEqual([{ kind: 'crosstalk', match }]);
      }
      for (const [text, lang] of [
        ['I know how you feel when your kid lies.', 'en'],
        ['When your kid lies, I know how you feel.', 'en'],
        ['My sponsor said: I know how you feel.', 'en'],
        ['Når barnet ditt lyver, vet jeg hvordan du har det.', 'nb'],
      ] as const) {
        expect(check(text, lang), text).toEqual([]);
      }
    });

    it('the room, or the generic "you" of a condition, is nobody stood by', () => {
      for (const [text, lang] of [
        ['I am grateful to be here with you.', 'en'],
        ['When you love an addict, the fear is always with you.', 'en'],
        ['Jeg er så glad for å være her med dere.', 'nb'],
        ['Når du er pårørende, er uroen alltid med deg.', 'nb'],
        ['Når du elsker en som drikker, er frykten alltid med deg.', 'nb'],
      ] as const) {
        expect(check(text, lang), text).toEqual([]);
      }
    });
  });

  describe('agreeing with the share before, the same in both languages', () => {
    it.each([
      ['Me too.', 'en', 'Me too'],
      ['Same here.', 'en', 'Same here'],
      ['Same.', 'en', 'Same'],
      ['Yeah, me too.', 'en', 'Yeah, me too'],
      ['So do I!', 'en', 'So do I'],
      ['Me neither.', 'en', 'Me neither'],
      ['Same here, I grew up with it.', 'en', 'Same here'],
      ['Jeg også.', 'nb', 'Jeg også'],
      ['Samme her.', 'nb', 'Samme her'],
      ['Samme.', 'nb', 'Samme'],
      ['Ja, jeg også.', 'nb', 'Ja, jeg også'],
      ['Meg også!', 'nb', 'Meg også'],
      ['Samme her, jeg vokste opp med det.', 'nb', 'Samme her'],
    ] as const)('%s', (text, lang, match) => {
      expect(check(text, lang)).toEqual([{ kind: 'crosstalk', match }]);
    });

    it('after a dash, with what came before it', () => {
      expect(check('Hun som nevnte høytidene – samme her.', 'nb').map((f) => f.kind)).toContain('crosstalk');
      expect(check('Whoever mentioned Christmas – me too.', 'en')).toContainEqual({ kind: 'crosstalk', match: 'me too' });
    });

    it.each([
      ['He hit me too.', 'en'],
      ['Min mann drakk, og jeg også.', 'nb'],
      ['It was the same here in the north.', 'en'],
      ['Det var samme her i bygda.', 'nb'],
      ['I identify with what was shared tonight.', 'en'],
      ['Jeg kjenner meg igjen i det som ble delt i kveld.', 'nb'],
    ] as const)('%s: the speaker\'s own story or the evening, no finding', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
  });
});
