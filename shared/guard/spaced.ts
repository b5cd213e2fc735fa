// Letters spaced out to get past a check: "o l a @ g m a i l . c o m", "O l a  N o r d m a n n",
// "k-a-r-i-8-4". The classic way to pass contact details in a room that looks for them (a fresh
// tester, 2026-12-04: spaced-out letters passed the guard). The text is read again with such
// stretches joined up, in their context, and what the personal details checks find there that
// takes in a stretch is a finding about the same characters as written (pii.ts findPii). The
// server registers it at start (useSpacedReading); the page leaves it out, for its first-load
// budget, and shows what the server's GUARD_HINT finds.
import type { Found } from './patterns.js';
import { useRereading } from './pii.js';

/**
 * A stretch of four or more single letters, digits, "@" or "." each set apart by one space, dot,
 * dash or underscore, or by two or three spaces (the gap between words). A single character is
 * one not touching another letter or digit, so words of two letters or more never start one.
 */
const SPACED = /(?<![\p{L}\p{M}\p{N}@])[\p{L}\p{N}@](?:(?: {1,3}|[._-])[\p{L}\p{N}@.](?![\p{L}\p{M}\p{N}])){3,}/gu;
const SMALL = /\p{Ll}/u;
const CAPITAL = /\p{Lu}/u;

/** One spaced-out stretch: where it starts (UTF-16 units), as written, and read without its separators. */
export interface SpacedRun {
  index: number;
  match: string;
  /**
   * The stretch joined up: every single separator taken out; a gap of two or three spaces, and a
   * capital after a small letter, start a new word ("O l a  N o r d m a n n" → "Ola Nordmann",
   * "i B e r g e n" → "i Bergen"); a "." set apart is kept ("g m a i l . c o m" → "gmail.com").
   */
  joined: string;
  /** For each UTF-16 unit of `joined`, its offset in the text (a word's space: the gap's first). */
  from: number[];
}

/** The spaced-out stretches of `text`, in order. Empty for most texts, at the cost of one scan. */
export function spacedRuns(text: string): SpacedRun[] {
  const out: SpacedRun[] = [];
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(text); m !== null; m = SPACED.exec(text)) {
    const run = m[0];
    let joined = '';
    const from: number[] = [];
    // The run alternates one character and one separator (a gap of spaces counts as one), so it
    // is walked in that rhythm: a "." is a character where it stands between separators.
    let i = 0;
    for (;;) {
      const cp = run.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const prev = joined.at(-1);
      if (prev !== undefined && prev !== ' ' && CAPITAL.test(ch) && SMALL.test(prev)) {
        joined += ' ';
        from.push(m.index + i);
      }
      for (let k = 0; k < ch.length; k++) from.push(m.index + i + k);
      joined += ch;
      i += ch.length;
      if (i >= run.length) break;
      let spaces = 0;
      while (run[i + spaces] === ' ') spaces++;
      if (spaces >= 2) {
        joined += ' ';
        from.push(m.index + i);
      }
      i += Math.max(spaces, 1);
    }
    out.push({ index: m.index, match: run, joined, from });
  }
  return out;
}

/** `text` with its spaced-out stretches joined up, and the way back to `text`'s own offsets. */
export interface JoinedReading {
  text: string;
  /**
   * The stretch of the original text that [start, end) of the joined reading stands for, from
   * the first character's offset to just past the last one's; null when it takes in nothing of a
   * spaced-out stretch (the checks on the text as written saw it already).
   */
  original(start: number, end: number): { start: number; end: number } | null;
}

/** The joined reading of `text` for its runs (spacedRuns, in order). */
export function joinedReading(text: string, runs: readonly SpacedRun[]): JoinedReading {
  let out = '';
  const from: number[] = [];
  const inRun: boolean[] = [];
  let last = 0;
  const plain = (to: number): void => {
    for (let i = last; i < to; i++) {
      from.push(i);
      inRun.push(false);
    }
    out += text.slice(last, to);
  };
  for (const r of runs) {
    plain(r.index);
    out += r.joined;
    for (const f of r.from) {
      from.push(f);
      inRun.push(true);
    }
    last = r.index + r.match.length;
  }
  plain(text.length);
  return {
    text: out,
    original(start, end) {
      if (end <= start || !inRun.slice(start, end).includes(true)) return null;
      // Each unit of a surrogate pair has its own offset, so the last unit's is the pair's last.
      return { start: from[start]!, end: from[end - 1]! + 1 };
    },
  };
}

/**
 * The personal details in `text`'s joined reading that take in a spaced-out stretch, added to
 * `kept` (what was found as written) where they overlap none of it, each quoting the characters
 * as written. `find` runs the checks on a reading.
 */
export function readSpacedOut(text: string, find: (reading: string) => Found[], kept: Found[]): Found[] {
  const runs = spacedRuns(text);
  if (runs.length === 0) return kept;
  const read = joinedReading(text, runs);
  const out = [...kept];
  for (const f of find(read.text)) {
    const at = read.original(f.index, f.index + f.match.length);
    if (!at || out.some((k) => at.start < k.index + k.match.length && k.index < at.end)) continue;
    out.push({ kind: f.kind, index: at.start, match: text.slice(at.start, at.end), hint: f.hint });
  }
  return out;
}

/** Makes every personal details check read spaced-out letters joined up as well (false: no longer). Called once at the server's start. */
export function useSpacedReading(on = true): void {
  useRereading(on ? readSpacedOut : null);
}
