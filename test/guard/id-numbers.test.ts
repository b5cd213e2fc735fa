// Numbers that say exactly who someone is, and phone numbers spelt out in words, stop a share in
// every mode as contact details do: a fresh tester (2026-12-03) sent "Fødselsnummeret mitt er
// 01019012345." and "Nummeret mitt er ni en to tre fire fem seks sju." to the room with the guard
// in nudge, hold and off. Amounts, years and counts stay free.
import { describe, expect, it } from 'vitest';
import { analyzeShare } from '../../shared/guard/index.js';
import { HINTS } from '../../shared/guard/hints.js';
import { stopsShare } from '../../shared/guard/modes.js';

const hints = (text: string, lang: 'nb' | 'en' = 'nb') => analyzeShare(text, { otherNames: [], lang });

describe('identity, account and card numbers', () => {
  it.each([
    ['Fødselsnummeret mitt er 01019012345.', '01019012345'],
    ['Fødselsnummeret mitt er 010190 12345.', '010190 12345'],
    ['Kontonummeret er 1234.56.78903', '1234.56.78903'],
    // Once listed as "no phone number" (pii-written-forms.test.ts): it is none, but it is an account number.
    ['Kontonummer 1234 56 78901 (ikke telefon).', '1234 56 78901'],
    ['Kortet var 4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['My SSN is 123-45-6789.', '123-45-6789'],
    // After "number" (tester C, 2026-12-03: these were called phone numbers).
    ['My national ID number is 01019012345.', '01019012345'],
    ['My card number is 4111 1111 1111 1111.', '4111 1111 1111 1111'],
    ['Kontonummeret mitt er 1234.56.78903', '1234.56.78903'],
  ])('%s: found, and stopped in every mode', (text, match) => {
    const found = hints(text).filter((h) => h.hint === HINTS.idNumber);
    expect(found.map((h) => h.match)).toEqual([match]);
    for (const mode of ['off', 'nudge', 'hold'] as const) expect(stopsShare(found[0]!, mode)).toBe(true);
  });

  it.each(['Jeg skyldte 250 000 000 kroner', 'Det var 1.000.000.000 kroner', 'I was sober 2019 2020 2021', 'Edru i 10000 dager', 'Møtet er 03.12.2026 kl 19.30'])(
    '%s: nothing',
    (text) => expect(hints(text)).toEqual([]),
  );
});

describe('phone numbers spelt out in words', () => {
  it.each([
    ['Nummeret mitt er ni en to tre fire fem seks sju.', 'ni en to tre fire fem seks sju', 'nb'],
    ['My number is five five five one two three four five six seven.', 'five five five one two three four five six seven', 'en'],
  ] as const)('%s: a phone number, stopped in every mode', (text, match, lang) => {
    const found = hints(text, lang).filter((h) => h.hint === HINTS.phone);
    expect(found.map((h) => h.match)).toEqual([match]);
    expect(stopsShare(found[0]!, 'off')).toBe(true);
  });

  it('after a word that says phone, nine digits or more are still a phone number', () => {
    expect(hints('Ring meg på 22 33 44 55 6', 'nb').map((h) => h.hint)).toContain(HINTS.phone);
    expect(hints('Call me on 020 7946 0958', 'en').map((h) => h.hint)).toEqual([HINTS.phone]);
  });

  it('a few number words in a sentence are no number', () => {
    expect(hints('Jeg har en to tre ting å si, og fem av dem er gode.')).toEqual([]);
    expect(hints('One or two people, three at most, said five words.', 'en')).toEqual([]);
  });
});
