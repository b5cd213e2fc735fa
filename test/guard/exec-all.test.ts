// execAll (shared/guard/patterns.ts) steps a regex with exec instead of String.prototype.matchAll,
// which builds a new RegExp at every call (Issue 10: CPU per delivery). It must give exactly what
// matchAll gives, groups included, and must move on after an empty match by a whole code point
// under `u` (a surrogate pair is one step), or a share with an astral letter would loop for ever.
import { describe, expect, it } from 'vitest';
import { execAll, phrase } from '../../shared/guard/patterns.js';

const asMatchAll = (text: string, re: RegExp): unknown[] => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const viaExecAll = (text: string, re: RegExp): unknown[] => execAll(text, re).map((m) => [m.index, ...m]);

const TEXTS = ['', 'a', 'x\u{1D400}bc', '\u{1D400}\u{1D401} \u{1D402}', 'du bør \u{1D400} du bør', 'xdu bør', '\uD800a\uDC00', 'Som Kari sa, som \u{1D400}ari sa'];

describe('execAll gives what matchAll gives', () => {
  it('for regexes that may match empty, with and without the u flag', () => {
    for (const re of [/(?:)/gu, /\p{L}*/gu, /(?=\p{L})/gu, /b*/g, /(?:)/g, /$/gmu]) {
      for (const text of TEXTS) expect(viaExecAll(text, re), `${re} ${JSON.stringify(text)}`).toEqual(asMatchAll(text, re));
    }
  });

  it('for a regex opening with START (run without it, the word boundary checked by hand), groups kept', () => {
    for (const re of [phrase('du (bør|må)'), phrase('[Ss]om (\\p{Lu}\\p{Ll}*) sa', 'gu'), phrase('\\p{L}*', 'gu')]) {
      for (const text of TEXTS) expect(viaExecAll(text, re), `${re} ${JSON.stringify(text)}`).toEqual(asMatchAll(text, re));
    }
  });

  it('leaves the regex ready for the next text (lastIndex back at 0)', () => {
    const re = /b/gu;
    expect(execAll('abcb', re).map((m) => m.index)).toEqual([1, 3]);
    expect(re.lastIndex).toBe(0);
    expect(execAll('b', re).map((m) => m.index)).toEqual([0]);
  });
});
