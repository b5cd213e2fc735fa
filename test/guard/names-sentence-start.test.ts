// A full name whose given name is also an everyday word ("Grace Kelly", "Hope Hansen") or not in
// the lists at all ("Gudrun Hansen") went to the room unmarked when it opened a sentence (a fresh
// tester, 2026-12-06: "Grace Kelly films always make me cry"). A surname that is one for sure
// (words.ts isSurname) after it is evidence enough; ordinary sentences stay unmarked.
import { describe, expect, it } from 'vitest';
import { findPii } from '../../shared/guard/pii.js';
import { isFullNamePair, opensFullName } from '../../shared/guard/words.js';

const names = (text: string, lang: 'nb' | 'en'): string[] => findPii(text, lang, ['Stille Fjord']).map((f) => f.match);

describe('a full name opening a sentence', () => {
  it.each([
    ['Grace Kelly films always make me cry.', 'en', 'Grace Kelly'],
    ['I watched a film. Grace Kelly films always make me cry.', 'en', 'Grace Kelly'],
    ['Hope Hansen ringte meg i går.', 'nb', 'Hope Hansen'],
    ['Joy Smith is my neighbour.', 'en', 'Joy Smith'],
    ['Faith Evans called me.', 'en', 'Faith Evans'],
    ['Gudrun Hansen sa at jeg var flink.', 'nb', 'Gudrun Hansen'],
    ['Solfrid Nilsen ringte meg.', 'nb', 'Solfrid Nilsen'],
    ['Mildred Johnson lives next door.', 'en', 'Mildred Johnson'],
    ['Brynhild Johansen er naboen min.', 'nb', 'Brynhild Johansen'],
    ['Siv Hansen sa at jeg var flink.', 'nb', 'Siv Hansen'],
    ['Kari Nordmann, I think you are brave.', 'en', 'Kari Nordmann'],
  ] as const)('%j is marked', (text, lang, name) => {
    expect(names(text, lang)).toEqual([name]);
  });

  it.each([
    'Hope Springs eternal, as they say.',
    'Will Power got me nowhere.',
    'Tired Mum here.',
    'Grå Måke her.',
    'Joy Division was my band.',
    'Faith Hill sang it.',
    'Fru Hansen var læreren min.',
    'Doktor Hansen sa det.',
    'Takk Hansen.',
    'Then Johnson said no.',
    'Yesterday Johnson called.',
    'Sorry Johnson.',
    'Agent Smith again.',
    'Life Lesson learnt.',
    'Ring Hansen i morgen.',
    'Call Johnson tomorrow.',
    'Hva Hansen sa var rart.',
    'Malt Whisky was my drink.',
    'May Day is coming.',
    'jeg har håp og glede hver dag',
    'hope smith',
  ])('%j is not', (text) => {
    expect(names(text, /[æøå]| sa | er /u.test(text) ? 'nb' : 'en')).toEqual([]);
  });

  it('an everyday given name is a given name only capitalised and before a surname for sure', () => {
    expect(isFullNamePair('Grace', 'Kelly')).toBe(true);
    expect(isFullNamePair('Hope', 'Hansen')).toBe(true);
    expect(isFullNamePair('hope', 'hansen')).toBe(false);
    expect(isFullNamePair('Faith', 'Hill')).toBe(false);
    expect(isFullNamePair('Kari', 'Anne')).toBe(false);
    expect(opensFullName('Gudrun', 'Hansen')).toBe(true);
    expect(opensFullName('Gudrun', 'Berg')).toBe(false);
    expect(opensFullName('Tired', 'Mum')).toBe(false);
  });
});
