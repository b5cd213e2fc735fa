// Full names written without capitals ("per hansen", "JOHN SMITH": people type on phones in lower
// case, or shout) and a full name that opens a sentence ("Anne-Lise Berg på jobben så meg"): two
// capitalised words are not enough to tell a name there, so a known given name and a surname that
// looks like one are (a fresh tester, 2026-12-03: these went to the room in every mode).
// The name lists are words.ts's, the same the pseudonym check reads (there was a shorter copy
// here, which knew neither "Ola" nor "Nordmann": a fresh tester, 2026-12-05, sent "Kari
// Nordmann, I think you are brave." and no one was told).

import { isFullNamePair } from './words.js';

const WORD = /[\p{L}][\p{L}\p{M}'\u2019-]*/gu;

/**
 * Every "given name + surname" pair in `text` whatever its case ("per hansen", "JOHN SMITH",
 * "Anne-Lise Berg"): index and the pair as written.
 */
export function givenAndSurname(text: string): { index: number; match: string }[] {
  const out: { index: number; match: string }[] = [];
  // exec, not matchAll: matchAll builds a new RegExp per call (Issue 10, no-regexp-per-share.test.ts).
  const words: RegExpExecArray[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push(m);
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (text.slice(a.index + a[0].length, b.index) !== ' ') continue;
    if (!isFullNamePair(a[0], b[0])) continue;
    out.push({ index: a.index, match: text.slice(a.index, b.index + b[0].length) });
  }
  return out;
}
