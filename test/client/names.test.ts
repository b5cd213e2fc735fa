import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeFullName, suggestNames } from '../../client/names.js';
import { pseudonym } from '../../shared/protocol.js';

const seeded = (start: number) => {
  let seed = start;
  return (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
};

describe('pseudonym suggestions', () => {
  it('are distinct and always pass the server pseudonym rule, in both languages', () => {
    fc.assert(
      fc.property(fc.constantFrom('nb' as const, 'en' as const), fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), (lang, seq) => {
        let i = 0;
        const names = suggestNames(lang, 3, (n) => (seq[i++ % seq.length] ?? 0) % n);
        expect(new Set(names).size).toBe(3);
        for (const n of names) expect(pseudonym.safeParse(n).success).toBe(true);
      }),
    );
  });

  // A fresh tester (2026-12-05) was offered "Åpen Fjell", "Lun Fjell": "fjell" is neuter and the
  // adjectives are in their common-gender form. Every bokmål noun here is common gender (the
  // gender from Bokmålsordboka, written down here so a new noun has to be looked up).
  it('in bokmål, every noun is common gender, so the adjective agrees with it', () => {
    const gender: Record<string, 'common' | 'neuter'> = Object.fromEntries(
      ['Fjord', 'Bjørk', 'Elv', 'Bekk', 'Skog', 'Måne', 'Stjerne', 'Eng', 'Bølge', 'Lykt', 'Stein', 'Fugl', 'Vind', 'Kilde', 'Furu', 'Strand'].map((n) => [n, 'common' as const]),
    );
    gender.Fjell = 'neuter';
    const nouns = new Set(suggestNames('nb', 256, seeded(11)).map((n) => n.split(' ')[1]!));
    expect(nouns.size).toBe(16);
    for (const noun of nouns) expect(gender[noun], noun).toBe('common');
  });

  it('leave out the names in use in the meeting, whatever their case or spacing (a fresh tester, 2026-12-06)', () => {
    for (const lang of ['nb', 'en'] as const) {
      const all = suggestNames(lang, 256, seeded(3));
      const inUse = all.slice(0, 250).map((n, i) => (i % 2 ? n.toUpperCase() : n.replace(' ', '  ')));
      const left = all.slice(250);
      for (let run = 0; run < 20; run++) {
        const got = suggestNames(lang, 3, seeded(run + 1), inUse);
        expect(got.length).toBe(3);
        for (const n of got) expect(left).toContain(n);
      }
      expect(suggestNames(lang, 3, seeded(1), all)).toEqual([]);
    }
  });

  it('use the given random source', () => {
    expect(suggestNames('nb', 1, () => 0)).toEqual(['Stille Fjord']);
    expect(suggestNames('en', 1, () => 0)).toEqual(['Quiet Fjord']);
  });

  it('warn about what looks like a real first and last name, not about our word pairs', () => {
    expect(looksLikeFullName('Kari Nordmann')).toBe(true);
    expect(looksLikeFullName('Ola Per Hansen')).toBe(true);
    expect(looksLikeFullName('Stille Fjord')).toBe(false);
    expect(looksLikeFullName('Quiet River')).toBe(false);
    expect(looksLikeFullName('Kari')).toBe(false);
    expect(looksLikeFullName('glad i sola')).toBe(false);
    // Found by a tester: invented pseudonyms were warned of, a hyphenated real name was not.
    expect(looksLikeFullName('Grå Måke')).toBe(false);
    expect(looksLikeFullName('Tired Mum')).toBe(false);
    expect(looksLikeFullName('Anne-Lise Berg')).toBe(true);
  });

  it('never warn about a suggestion, in either language', () => {
    // Every pair of words: 256 distinct names of 16 × 16, drawn from a seeded source.
    let seed = 7;
    const random = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    for (const lang of ['nb', 'en'] as const) {
      const names = suggestNames(lang, 256, random);
      expect(names).toHaveLength(256);
      for (const name of names) expect(looksLikeFullName(name), name).toBe(false);
    }
  });
});
