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

// A fresh tester (2026-12-03) sent "My sort code is 12-34-56 and account 12345678" to the room in
// every mode: eight digits from 1 are no Norwegian phone number, and "account" was no phone word.
describe('bank details: a sort code and an account number', () => {
  it.each([
    ['My sort code is 12-34-56 and account 12345678.', 'en', ['12-34-56', '12345678']],
    ['sort code: 12 34 56, 12345678', 'en', ['12 34 56', '12345678']],
    ['Sortkoden min er 123456.', 'nb', ['123456']],
    ['My account number is 12345678.', 'en', ['12345678']],
    ['Account no. 31926819, sort code 20-00-00', 'en', ['31926819', '20-00-00']],
    ['a/c 41234567', 'en', ['41234567']],
    ['Kontonummeret mitt er 1234 56 78901', 'nb', ['1234 56 78901']],
  ] as const)('%s (%s): %j, stopped in every mode', (text, lang, matches) => {
    const found = hints(text, lang).filter((h) => h.hint === HINTS.idNumber);
    expect(found.map((h) => h.match)).toEqual(matches);
    for (const mode of ['off', 'nudge', 'hold'] as const) expect(stopsShare(found[0]!, mode)).toBe(true);
  });

  it.each([
    ['My account of that night is 100% honest.', 'en'],
    ['I closed the account in 2019.', 'en'],
    ['I had to sort code reviews at work for 12 years.', 'en'],
    ['Jeg hadde 250 000 på konto.', 'nb'],
    ['Kontoen min var på 250 000 i minus.', 'nb'],
    ['Kontoen var 1500000 kroner i minus.', 'nb'],
  ] as const)('%s: nothing', (text, lang) => expect(hints(text, lang)).toEqual([]));
});

// The same tester spelt a British mobile number the British way: "oh" for zero, "double nine",
// "triple four", digits among the words.
describe('phone numbers spelt the British way', () => {
  it.each([
    ['My number is oh seven seven double nine one two three four five six.', 'oh seven seven double nine one two three four five six'],
    ['It is zero seven seven nine one two three four five six seven.', 'zero seven seven nine one two three four five six seven'],
    ['Call me on oh seven seven double nine triple four one two.', 'oh seven seven double nine triple four one two'],
    ['Text me on 07 double 9 triple 4 123.', '07 double 9 triple 4 123'],
    ['ring oh 7 7 0 0 9 0 0 1 2 3', 'oh 7 7 0 0 9 0 0 1 2 3'],
  ])('%s: a phone number %j, stopped in every mode', (text, match) => {
    const found = hints(text, 'en').filter((h) => h.hint === HINTS.phone);
    expect(found.map((h) => h.match)).toEqual([match]);
    for (const mode of ['off', 'nudge', 'hold'] as const) expect(stopsShare(found[0]!, mode)).toBe(true);
  });

  it.each([
    ['From 2010 to 2019 I drank every day.', 'en'],
    ['Oh, 2019 and 2020 were the worst years.', 'en'],
    ['I had a double, then three, four more.', 'en'],
    ['Double or nothing, two or three times a week.', 'en'],
    ['I went 7 days a week, 2 or 3 times a day, oh 5 or 6 hours.', 'en'],
    ['Jeg har vært edru i tolv år og ni måneder og fem dager.', 'nb'],
  ] as const)('%s: nothing', (text, lang) => expect(hints(text, lang)).toEqual([]));
});
