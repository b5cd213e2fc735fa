// Full names written without capitals ("per hansen", "JOHN SMITH": people type on phones in lower
// case, or shout) and a full name that opens a sentence ("Anne-Lise Berg på jobben så meg"): two
// capitalised words are not enough to tell a name there, so a known given name and a surname that
// looks like one are (a fresh tester, 2026-12-03: these went to the room in every mode).
// The name lists are words.ts's, the same the pseudonym check reads (there was a shorter copy
// here, which knew neither "Ola" nor "Nordmann": a fresh tester, 2026-12-05, sent "Kari
// Nordmann, I think you are brave." and no one was told).

import { EVERYDAY_GIVEN_NAMES, GIVEN_NAMES, isFullNamePair } from './words.js';

const WORD = /[\p{L}][\p{L}\p{M}'\u2019-]*/gu;

// A cheap first test of a word as a given name, by the first two and the last code unit of its
// first part (up to a hyphen), upper and lower case alike (& 31), and that part's length: a slot
// per such key that some name of the lists has. Most words of a share are no given name and are
// told so here, without a lower-cased copy and a split per word (Issue 10: givenAndSurname ran
// the whole test on every word of every share, most of findPii's cost after the contact checks).
const MAYBE_GIVEN = new Uint8Array(1 << 16);
const keyOf = (c0: number, c1: number, last: number, len: number): number => (((c0 & 31) << 11) | ((c1 & 31) << 6) | ((last & 31) << 1)) ^ Math.min(len, 31);
for (const name of [...GIVEN_NAMES, ...EVERYDAY_GIVEN_NAMES]) MAYBE_GIVEN[keyOf(name.charCodeAt(0), name.charCodeAt(1), name.charCodeAt(name.length - 1), name.length)] = 1;

/**
 * False only when the word of `text` at [start, end) is surely no given name of the list
 * (words.ts isGivenName, EVERYDAY_GIVEN_NAMES): a code unit outside Latin-1 among the three read, whose upper and
 * lower case & 31 may not fold together, leaves it to the whole test.
 */
function mayBeGivenName(text: string, start: number, end: number): boolean {
  let len = 0;
  while (start + len < end && text.charCodeAt(start + len) !== 0x2d) len++;
  if (len < 2) return false;
  const c0 = text.charCodeAt(start);
  const c1 = text.charCodeAt(start + 1);
  const last = text.charCodeAt(start + len - 1);
  if (c0 > 0xff || c1 > 0xff || last > 0xff) return true;
  return MAYBE_GIVEN[keyOf(c0, c1, last, len)] === 1;
}

// Which code units may start a word (1: a letter) and go on with one (2: a letter, a mark, an
// apostrophe or a hyphen), as WORD reads them; filled on first sight of each from the regexes
// themselves. A text with a surrogate (an astral letter, an emoji) is read with WORD instead.
const START_UNIT = /^\p{L}$/u;
const INNER_UNIT = /^[\p{L}\p{M}'\u2019-]$/u;
const UNIT_CLASS = new Int8Array(0x10000).fill(-1);
const SURROGATE = /[\uD800-\uDFFF]/;

function unitClass(u: number): number {
  let c = UNIT_CLASS[u]!;
  if (c < 0) {
    const ch = String.fromCharCode(u);
    c = (START_UNIT.test(ch) ? 1 : 0) | (INNER_UNIT.test(ch) ? 2 : 0);
    UNIT_CLASS[u] = c;
  }
  return c;
}

/**
 * Every "given name + surname" pair in `text` whatever its case ("per hansen", "JOHN SMITH",
 * "Anne-Lise Berg"): index (UTF-16 units into `text`) and the pair as written. Its words are
 * read by code unit, not with an exec (and its array) per word: with the whole given-name test on
 * every word, that was most of findPii's cost on a plain share (Issue 10).
 */
export function givenAndSurname(text: string): { index: number; match: string }[] {
  const out: { index: number; match: string }[] = [];
  let aStart = -1;
  let aEnd = -1;
  // The word at [start, end) after the one at [aStart, aEnd): one space between, then the cheap
  // test, then the whole one.
  const next = (start: number, end: number): void => {
    if (aStart >= 0 && start === aEnd + 1 && text.charCodeAt(aEnd) === 0x20 && mayBeGivenName(text, aStart, aEnd) && isFullNamePair(text.slice(aStart, aEnd), text.slice(start, end))) {
      out.push({ index: aStart, match: text.slice(aStart, end) });
    }
    aStart = start;
    aEnd = end;
  };
  if (SURROGATE.test(text)) {
    // exec, not matchAll: matchAll builds a new RegExp per call (Issue 10, no-regexp-per-share.test.ts).
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) next(m.index, m.index + m[0].length);
    return out;
  }
  for (let i = 0; i < text.length; ) {
    if ((unitClass(text.charCodeAt(i)) & 1) === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && (unitClass(text.charCodeAt(j)) & 2) !== 0) j++;
    next(i, j);
    i = j;
  }
  return out;
}
