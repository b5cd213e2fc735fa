// Letters spaced out to get past the guard (a fresh tester, 2026-12-04: "spaced-out letters pass
// the guard"): the stretch is read again joined up, in its context, and the finding quotes it as
// written (shared/guard/spaced.ts, pii.ts findPii).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeShare } from '../../shared/guard/index.js';
import { HINTS } from '../../shared/guard/hints.js';
import { joinedReading, spacedRuns, useSpacedReading } from '../../shared/guard/spaced.js';

const pii = (text: string, lang: 'nb' | 'en' = 'nb') =>
  analyzeShare(text, { otherNames: ['Kari', 'Stille Fjord'], lang })
    .filter((h) => h.kind === 'pii')
    .map((h) => [h.hint, h.match]);

describe('spaced-out personal details are found, quoted as written', () => {
  // The server registers the reading at start (server/app.ts); the page leaves it out.
  beforeAll(() => useSpacedReading());
  afterAll(() => useSpacedReading(false));

  it('the rules alone, as the page runs them, do not read it', () => {
    useSpacedReading(false);
    expect(pii('skriv til o l a @ g m a i l . c o m nå')).toEqual([]);
    useSpacedReading();
  });

  it.each([
    ['skriv til o l a @ g m a i l . c o m nå', HINTS.email, 'o l a @ g m a i l . c o m', 'nb'],
    ['my email is j o h n . s m i t h @ g m a i l . c o m', HINTS.email, 'j o h n . s m i t h @ g m a i l . c o m', 'en'],
    ['finn meg på w w w . k a r i . n o', HINTS.url, 'w w w . k a r i . n o', 'nb'],
    ['kontakt meg: k a r i 8 4 på snap', HINTS.handle, 'k a r i 8 4', 'nb'],
    ['k a r i 8 4 på snap', HINTS.handle, 'k a r i 8 4', 'nb'],
    ['o l a . n o r d m a n n på facebook', HINTS.handle, 'o l a . n o r d m a n n', 'nb'],
    ['jeg heter O l a  N o r d m a n n og er pårørende', HINTS.ownFullName, 'O l a  N o r d m a n n', 'nb'],
    ['I am J o h n S m i t h and I am grateful', HINTS.ownFullName, 'J o h n S m i t h', 'en'],
    ['jeg bor i B e r g e n med mannen min', HINTS.place, 'i B e r g e n', 'nb'],
    ['mail meg på o-l-a-8-4-@-g-m-a-i-l-.-c-o-m', HINTS.email, 'o-l-a-8-4-@-g-m-a-i-l-.-c-o-m', 'nb'],
  ] as const)('%j', (text, hint, match, lang) => {
    expect(pii(text, lang)).toContainEqual([hint, match]);
  });

  it('finds nothing in words spaced for weight, initials or short runs', () => {
    for (const text of ['Jeg er s l i t e n i dag, og det er greit.', 'jeg var i a b c-kurs en gang', 'A. B. C. D. er bare bokstaver.', 'i e og så gikk det bra', 'I was s o tired.', 'Vi var på AA og NA i år.']) {
      expect(pii(text)).toEqual([]);
    }
  });

  it('a phone number spaced out is one finding, not two', () => {
    expect(pii('ring 9 1 2 3 4 5 6 7 i kveld')).toEqual([[HINTS.phone, '9 1 2 3 4 5 6 7']]);
  });
});

describe('the joined reading', () => {
  it('joins single separators, keeps a wider gap and a case step as a space, and maps back to the stretch as written', () => {
    const text = 'Hei, jeg heter O l a  N o r d m a n n, og mailen er o.l.a@x.no.';
    const runs = spacedRuns(text);
    expect(runs.map((r) => [r.match, r.joined])).toEqual([['O l a  N o r d m a n n', 'Ola Nordmann']]);
    const read = joinedReading(text, runs);
    expect(read.text).toBe('Hei, jeg heter Ola Nordmann, og mailen er o.l.a@x.no.');
    const at = read.text.indexOf('Ola Nordmann');
    expect(read.original(at, at + 'Ola Nordmann'.length)).toEqual({ start: text.indexOf('O l a'), end: text.indexOf(', og') });
    // A part of the joined stretch maps to its own characters; text outside any stretch to nothing.
    expect(read.original(at + 4, at + 8)).toEqual({ start: text.indexOf('N o r'), end: text.indexOf('d m a n n') + 1 });
    expect(read.original(0, 3)).toBeNull();
    // After the stretch, offsets shift back by what joining took out.
    const mail = read.text.indexOf('o.l.a@x.no');
    expect(read.original(mail, mail + 10)).toBeNull();
    expect(spacedRuns('I a m J o h n').map((r) => r.joined)).toEqual(['Iam John']);
    expect(spacedRuns('o-l-a-.-n-o').map((r) => r.joined)).toEqual(['ola.no']);
    expect(spacedRuns('en vanlig tekst uten slikt')).toEqual([]);
  });
});
