import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeShare } from '../../shared/guard/index.js';
import { HINTS } from '../../shared/guard/hints.js';
import { hints } from './helpers.js';

describe('analyzeShare: the shape of a hint', () => {
  it('every hint has a kind, the matched text and a kind wording in both languages', () => {
    const all = hints('Du bør ringe Kari på 412 34 567.', ['Kari']);
    expect(all).toEqual([
      { kind: 'advice', match: 'Du bør', hint: HINTS.advice },
      { kind: 'crosstalk', match: 'Kari', hint: HINTS.crosstalkName },
      { kind: 'pii', match: '412 34 567', hint: HINTS.phone },
    ]);
  });

  it('hints come in the order their text appears in the draft', () => {
    const all = hints('kari@example.no. Takk, Ola. You should rest.', ['Ola'], 'en');
    expect(all.map((h) => h.kind)).toEqual(['pii', 'crosstalk', 'advice']);
  });

  it('every hint text is short and present in bokmål and English', () => {
    for (const h of Object.values(HINTS)) {
      expect(h.nb.length).toBeGreaterThan(10);
      expect(h.en.length).toBeGreaterThan(10);
      expect(h.nb.length).toBeLessThan(140);
      expect(h.en.length).toBeLessThan(140);
      expect(h.nb).not.toEqual(h.en);
    }
  });

  it('the advice hint invites a first-person share', () => {
    expect(HINTS.advice.nb).toContain('egen erfaring');
    expect(HINTS.advice.en).toContain('your own experience');
  });

  it('an empty or blank draft has no hints', () => {
    expect(hints('')).toEqual([]);
    expect(hints(' \n\t ')).toEqual([]);
  });
});

describe('analyzeShare: intense feelings are part of the work and never flagged', () => {
  it.each([
    'Jeg ønsket at han skulle dø.',
    'Jeg hater ham for det han har gjort mot oss. Jeg er så sint at jeg skjelver.',
    'Jeg har ikke lyst til å leve lenger noen dager. Det er sant, og jeg sier det høyt her.',
    'Jeg gråt i bilen i en time før jeg turte å gå inn.',
    'Faen, jeg er så lei av å være redd hele tiden.',
    'I wished he would die. I am so angry I could scream.',
    'Some days I do not want to be alive. I am saying it out loud here.',
    'I cried for an hour in the car before I dared to go in.',
  ])('%j gives no hint at all', (text) => {
    expect(analyzeShare(text, { otherNames: ['Kari', 'Ola', 'Håp'], lang: text.startsWith('I') || text.startsWith('Some') ? 'en' : 'nb' })).toEqual([]);
  });

  it('a first-person share in bokmål gives no hint', () => {
    const share = [
      'Hei, jeg heter Anna og er pårørende.',
      'Denne uka har vært tung. Sønnen min drakk igjen på lørdag, og jeg ble så redd.',
      'Da gjorde jeg slik som jeg har lært her: jeg ringte ikke rundt for å lete etter ham.',
      'Jeg gikk en tur og pustet. Jeg burde kanskje ha sagt ifra tidligere, men jeg prøver å være snill mot meg selv.',
      'Takk for at jeg fikk dele.',
    ].join('\n');
    expect(hints(share, ['Kari', 'Ola', 'Sol'])).toEqual([]);
  });

  it('a first-person share in English gives no hint', () => {
    const share = [
      'Hi, I am a relative.',
      'This week was hard. My son drank again on Saturday and I was so scared.',
      'I did what I have learned here: I did not call around looking for him.',
      'I went for a walk and breathed. I should have spoken up sooner, but I try to be kind to myself.',
      'Thanks for letting me share.',
    ].join('\n');
    expect(hints(share, ['Kari', 'Ola', 'Hope'], 'en')).toEqual([]);
  });
});

describe('analyzeShare: robustness (it runs on every keystroke, in the browser too)', () => {
  it('never throws, and every match is a stretch of the NFC draft', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
        fc.constantFrom('nb' as const, 'en' as const),
        (text, otherNames, lang) => {
          const t = text.normalize('NFC');
          for (const h of analyzeShare(text, { otherNames, lang })) {
            expect(['advice', 'crosstalk', 'pii']).toContain(h.kind);
            expect(t).toContain(h.match);
            expect(h.match.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 100, seed: 20261122 },
    );
  });

  it('drafts built from trigger words never throw and stay in the draft', () => {
    const piece = fc.constantFrom('du', 'bør', 'Du', 'you', 'should', 'Try', 'try', 'to', 'Kari', 'Nordmann', 'i', 'fra', 'Tromsø', '@', '>', '412', '34', '567', '+47', '.', '\n', ' ', 'kari@x.no', 'www.', 'Håp', 'I', 'Øystein');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom('nb' as const, 'en' as const), (parts, lang) => {
        const text = parts.join(' ');
        for (const h of analyzeShare(text, { otherNames: ['Kari', 'Håp', 'Øystein'], lang })) expect(text.normalize('NFC')).toContain(h.match);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it.each([
    ['a long run of letters', 'a'.repeat(20_000)],
    ['an e-mail-like run without a domain', `${'a.'.repeat(5_000)}@${'b.'.repeat(5_000)}`],
    ['digits and spaces', '1 2 '.repeat(5_000)],
    ['capitalised words', 'Aa '.repeat(7_000)],
    ['you-phrases', 'you '.repeat(5_000)],
    ['quoted lines', '>\n'.repeat(10_000)],
    ['a URL', `https://${'x'.repeat(20_000)}`],
  ])('analyses %s of 20 000 characters in well under a second', (_label, text) => {
    const started = performance.now();
    analyzeShare(text, { otherNames: ['Kari', 'Aa', 'you'], lang: 'nb' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
