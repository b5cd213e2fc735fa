// A cheap test that a regex of the guard cannot match a text, so its ~100 big alternations are
// run only over shares that hold one of their words (Issue 10: running them was the largest part
// of the guard's CPU). For a regex like "(?:du|dere)\s+(?:bør|burde)", any match holds "du" or
// "dere" (or "bør" or "burde"): a set of literals one of which every match holds. A text holding
// none of them (in lower case) has no match, and the regex is not run over it.

/** At most this many literals in a set: more costs more to look for than running the regex. */
const MAX_LITERALS = 48;
const SPECIAL = '\\^$.|?*+()[]{}';

interface Parsed {
  /** Literals one of which every match holds, or null when none are known. */
  set: string[] | null;
  end: number;
}

/** Is `a` a better set to look for than `b`: longer shortest literal, then fewer literals. */
function better(a: string[], b: string[] | null): boolean {
  if (!b) return true;
  const la = Math.min(...a.map((x) => x.length));
  const lb = Math.min(...b.map((x) => x.length));
  return la > lb || (la === lb && a.length < b.length);
}

/** The end of a quantifier at `i` (i itself when there is none) and whether it allows zero. */
function quantifier(src: string, i: number): { end: number; optional: boolean } {
  const c = src[i];
  let end = i;
  let optional = false;
  if (c === '?' || c === '*') {
    end = i + 1;
    optional = true;
  } else if (c === '+') end = i + 1;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/u.exec(src.slice(i));
    if (!m) throw new Error('unknown quantifier');
    end = i + m[0].length;
    optional = Number(m[1]) === 0;
  }
  if (end > i && src[end] === '?') end++;
  return { end, optional };
}

/** The end of the escape at `i` (src[i] is the backslash). */
function escapeEnd(src: string, i: number): number {
  const c = src[i + 1];
  if ((c === 'p' || c === 'P') && src[i + 2] === '{') return src.indexOf('}', i) + 1;
  if (c === 'u' && src[i + 2] === '{') return src.indexOf('}', i) + 1;
  if (c === 'u') return i + 6;
  if (c === 'x') return i + 4;
  if (c === 'c') return i + 3;
  return i + 2;
}

/** An alternation from `i` to its closing parenthesis (or the end): the union of its alternatives' sets. */
function alternation(src: string, i: number): Parsed {
  const union = new Set<string>();
  let known = true;
  for (;;) {
    const seq = sequence(src, i);
    if (seq.set) for (const l of seq.set) union.add(l);
    else known = false;
    i = seq.end;
    if (src[i] !== '|') return { set: known && union.size <= MAX_LITERALS ? [...union] : null, end: i };
    i++;
  }
}

/** A sequence from `i` to "|", ")" or the end: the best set among its items that must match. */
function sequence(src: string, i: number): Parsed {
  let best: string[] | null = null;
  let run = '';
  const endRun = (): void => {
    if (run.length >= 2 && better([run], best)) best = [run];
    run = '';
  };
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const c = src[i]!;
    let set: string[] | null = null;
    let literal: string | null = null;
    let end: number;
    if (c === '(') {
      const look = /^\(\?(?:=|!|<=|<!)/u.test(src.slice(i, i + 4));
      let from = i + 1;
      if (src[from] === '?') {
        if (src[from + 1] === ':') from += 2;
        else if (src[from + 1] === '<' && src[from + 2] !== '=' && src[from + 2] !== '!') from = src.indexOf('>', from) + 1;
        else from += src[from + 1] === '<' ? 3 : 2;
      }
      const inner = alternation(src, from);
      if (src[inner.end] !== ')') throw new Error('unbalanced');
      end = inner.end + 1;
      // A lookaround matches nothing itself: what it needs may lie outside the match.
      set = look ? null : inner.set;
      if (look) {
        endRun();
        const q = quantifier(src, end);
        i = q.end;
        continue;
      }
    } else if (c === '[') {
      end = i + 1;
      if (src[end] === '^') end++;
      if (src[end] === ']') end++;
      while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
      end++;
    } else if (c === '\\') end = escapeEnd(src, i);
    else if (SPECIAL.includes(c)) {
      // ^ $ . and anything unexpected: no literal.
      end = i + 1;
    } else {
      end = i + 1;
      literal = c.toLowerCase();
    }
    const q = quantifier(src, end);
    if (literal !== null && !q.optional) {
      run += literal;
      // "ab+c" holds "ab", never "abc" for sure.
      if (q.end > end) endRun();
    } else {
      endRun();
      if (set && !q.optional && set.every((l) => l.length >= 2) && better(set, best)) best = set;
    }
    i = q.end;
  }
  endRun();
  return { set: best, end: i };
}

/**
 * Literals (lower case) one of which every match of a regex with source `source` holds, or null
 * when none are known (a form this reader does not know, or sets too large to be worth it).
 */
export function requiredLiterals(source: string): string[] | null {
  try {
    const all = alternation(source, 0);
    return all.end === source.length ? all.set : null;
  } catch {
    return null;
  }
}

// Characters whose case folding (what the `i` flag compares) meets a letter's while their
// toLowerCase does not: the long s (s), the Kelvin sign (k), the Ångström sign (å), capital ß.
const FOLD_ODD = /[\u017F\u212A\u212B\u1E9E]/u;

/**
 * The guard's shortcuts (the literal checks here, and the needed-character checks in pii.ts and
 * contact.ts) are on; switched off only by test/guard/guard-shortcuts-equivalence.test.ts, to
 * compare findings with and without.
 */
export const literalChecks = { on: true };

/** A literal as it is looked for: the hashes of its pairs of adjacent UTF-16 units (pairHash). */
export type CompiledLiterals = Uint16Array[];

const pairHash = (a: number, b: number): number => (Math.imul(a, 31) + b) & 0xffff;

/** `literals` (at least two units each) ready for mayHold. */
export function compileLiterals(literals: readonly string[]): CompiledLiterals {
  return literals.map((l) => {
    const out = new Uint16Array(l.length - 1);
    for (let i = 0; i + 1 < l.length; i++) out[i] = pairHash(l.charCodeAt(i), l.charCodeAt(i + 1));
    return out;
  });
}

// The pairs of adjacent units in the lower-cased last text, as a set of hashes: slot h holds the
// current stamp when some pair with hash h occurs (so nothing is cleared from one text to the next).
const pairs = new Uint32Array(1 << 16);
let textStamp = 0;
let lastText: string | undefined;
let lastUsable = false;

/**
 * False only when no match of a regex with these `literals` can be in `text`: when for each
 * literal some pair of adjacent letters of it occurs nowhere in the lower-cased text (a hash
 * collision can only make it say true). Under the `i` and `u` flags a letter of the text matches
 * a literal's letter when their case foldings are equal; for every character but the few in
 * FOLD_ODD, toLowerCase then maps both to the same, so "holds the literal in lower case" is
 * necessary for a match. A text with any of those few is always searched.
 */
export function mayHold(text: string, literals: CompiledLiterals): boolean {
  if (text !== lastText) {
    lastText = text;
    lastUsable = !FOLD_ODD.test(text);
    if (lastUsable) {
      const lower = text.toLowerCase();
      if (++textStamp === 0xffffffff) {
        pairs.fill(0);
        textStamp = 1;
      }
      for (let i = 0; i + 1 < lower.length; i++) pairs[pairHash(lower.charCodeAt(i), lower.charCodeAt(i + 1))] = textStamp;
    }
  }
  if (!lastUsable || !literalChecks.on) return true;
  outer: for (const hashes of literals) {
    for (let i = 0; i < hashes.length; i++) if (pairs[hashes[i]!] !== textStamp) continue outer;
    return true;
  }
  return false;
}
