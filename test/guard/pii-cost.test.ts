// Issue 10: findPii cost 20 µs warm in scripts/bench/guard-cold.ts, 5 some days before. Two parts
// did work on every word of a plain bokmål share: givenAndSurname (given-names.ts) ran the whole
// given-name test (a lower-cased copy of the word, split at hyphens) on each, and the "kari84 på
// snap" pattern (contact.ts HANDLE_ON_SERVICE) was tried at each, its gate finding the service
// "ig" inside "veldig" or "takknemlighet". A cheap test turns most words away first now, and the
// gate wants a service word whole; what they find is the same (guard-shortcuts-equivalence too).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { givenAndSurname } from '../../shared/guard/given-names.js';
import { findPii } from '../../shared/guard/pii.js';
import { isFullNamePair } from '../../shared/guard/words.js';

/** The check as it was: every pair of words one space apart, the whole test on each. */
function reference(text: string): { index: number; match: string }[] {
  const out: { index: number; match: string }[] = [];
  const words = [...text.matchAll(/[\p{L}][\p{L}\p{M}'\u2019-]*/gu)];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (text.slice(a.index + a[0].length, b.index) !== ' ') continue;
    if (isFullNamePair(a[0], b[0])) out.push({ index: a.index, match: text.slice(a.index, b.index + b[0].length) });
  }
  return out;
}

const SHARE = ' Jeg har hatt en lang uke, og det er godt å være her i kveld. I dag kjenner jeg på takknemlighet.'.repeat(3);

describe('the given-name check', () => {
  it('makes a lower-cased copy of few of the words of a share that names no one', () => {
    const words = SHARE.split(/\s+/u).filter(Boolean).length;
    const spy = vi.spyOn(String.prototype, 'toLowerCase');
    try {
      expect(givenAndSurname(SHARE)).toEqual([]);
      expect(spy.mock.calls.length).toBeLessThan(words / 4);
    } finally {
      spy.mockRestore();
    }
  });

  it('finds what the whole test on every word found', () => {
    const fixtures = ['guard-corpus.nb.tsv', 'guard-corpus.en.tsv', 'guard-heldback.tsv'].flatMap((f) =>
      readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8').split('\n'),
    );
    const made = [
      'per hansen', 'PER HANSEN', 'Per  Hansen', 'Anne-Lise Berg', 'ANNE-LISE BERG', 'Åse Dahl', 'ÅSE DAHL', 'øyvind olsen',
      'Øystein Moen', 'Paweł Kowalski', 'PAWEŁ KOWALSKI', 'Михаил Иванов', 'İvan Petrov', 'Kİm Hansen', 'Mia Holm', 'Grace Kelly',
      'Kari-Anne Nordmann', 'Kari’s Hansen', "O'Brien Smith", 'Mohammed Ali', 'Ola\u00A0Nordmann', 'Kari\u0301 Nordmann', '𝐊𝐚𝐫𝐢 Nordmann',
      'A-Hansen', 'X Hansen', 'Jan Olsen-Berg og per olsen', 'Per Hansen 😊 per hansen', '😊Kari Nordmann', 'İ per olsen'
    ];
    for (const text of [...fixtures, ...made]) expect(givenAndSurname(text), text).toEqual(reference(text));
  });
});

describe('the handle-on-a-service pattern', () => {
  it('is not tried on a share with no service word, though "ig" is inside its words', () => {
    const tried: string[] = [];
    const exec = RegExp.prototype.exec;
    const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, s: string) {
      tried.push(this.source);
      return exec.call(this, s);
    });
    try {
      expect(findPii(`${SHARE} Det var veldig fint.`, 'nb', ['Kari'])).toEqual([]);
    } finally {
      spy.mockRestore();
    }
    expect(tried.filter((s) => s.includes('\\s+(?:på|on|i|in|at)\\s+'))).toEqual([]);
    expect(findPii('Det var veldig fint, kari84 på face.', 'nb', [])).toMatchObject([{ match: 'kari84' }]);
  });
});
