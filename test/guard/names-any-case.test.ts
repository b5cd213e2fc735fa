// Tester B (2026-12-03): full names not in Title Case went to the room in every mode ("per
// hansen", "JOHN SMITH"), and so did one opening a sentence ("Anne-Lise Berg på jobben…") or with
// an apostrophe ("Mary O'Brien"). A known given name with a surname is a full name in any case.
import { describe, expect, it } from 'vitest';
import { analyzeShare } from '../../shared/guard/index.js';
import { HINTS } from '../../shared/guard/hints.js';
import { stopsShare } from '../../shared/guard/modes.js';

const names = (text: string, lang: 'nb' | 'en') =>
  analyzeShare(text, { otherNames: ['Stille Fjord'], lang }).filter((h) => h.hint === HINTS.fullName || h.hint === HINTS.ownFullName);

describe('full names in any case', () => {
  it.each([
    ['jeg snakket med per hansen i går, og han forstod meg.', 'nb', 'per hansen'],
    ['JEG SNAKKET MED PER HANSEN I GÅR.', 'nb', 'PER HANSEN'],
    ['i talked to john smith yesterday, he knows my dad.', 'en', 'john smith'],
    ['I TALKED TO JOHN SMITH YESTERDAY.', 'en', 'JOHN SMITH'],
    ['Anne-Lise Berg på jobben så at jeg skalv.', 'nb', 'Anne-Lise Berg'],
    ["Mary O'Brien at work saw my hands shaking.", 'en', "Mary O'Brien"],
    ['naboen min kari solstad vet alt', 'nb', 'kari solstad'],
  ] as const)('%s: found, and stops the share in nudge and hold', (text, lang, match) => {
    const found = names(text, lang);
    expect(found.map((h) => h.match)).toEqual([match]);
    expect(stopsShare(found[0]!, 'nudge')).toBe(true);
    expect(stopsShare(found[0]!, 'hold')).toBe(true);
  });

  it.each([
    ['Det koster 100 kr per person.', 'nb'],
    ['Det koster 100 kr per time.', 'nb'],
    ['Jeg og mari gikk tur i går.', 'nb'],
    ['I had to learn that lesson the hard way.', 'en'],
    ['stille fjord sa noe fint', 'nb'],
  ] as const)('%s: no full name', (text, lang) => expect(names(text, lang)).toEqual([]));
});
