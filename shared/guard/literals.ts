// A cheap test that a regex of the guard cannot match a text, so its ~100 big alternations are
// run only over shares that hold the words they need (Issue 10: running them was the largest part
// of the guard's CPU). A regex's source is read into a requirement: the literals a match must
// hold, as an and/or tree. "(?:du|dere)\s+(?:bør|burde)" needs ("du" or "dere") and ("bør" or
// "burde"); a top-level alternation of phrases needs all the words of at least one of them. A text
// (in lower case) that does not meet the requirement has no match, and the regex is not run over
// it. Reading the whole tree, not one set of literals, matters for first-person text: nearly every
// share holds "det", "jeg" or "er", but few hold them together with "du" or "you".

/** Literals (lower case, two units or more) a match must hold: a literal, all of `and`, or one of `or`. */
export type Requirement = string | { and: Requirement[] } | { or: Requirement[] };

/** At most this many literals in one requirement: beyond, looking for them costs more than the regex. */
const MAX_LITERALS = 400;
const SPECIAL = '\\^$.|?*+()[]{}';

interface Parsed {
  /** What every match of the part holds, or null when nothing is known. */
  req: Requirement | null;
  end: number;
}

function leaves(r: Requirement): number {
  return typeof r === 'string' ? 1 : ('and' in r ? r.and : r.or).reduce((n, k) => n + leaves(k), 0);
}

/** All of `kids` (null: nothing known, dropped); nested "and"s flattened, repeats dropped. */
function all(kids: (Requirement | null)[]): Requirement | null {
  const out: Requirement[] = [];
  for (const k of kids) {
    if (k === null) continue;
    for (const x of typeof k !== 'string' && 'and' in k ? k.and : [k]) if (!out.some((y) => same(x, y))) out.push(x);
  }
  return out.length === 0 ? null : out.length === 1 ? out[0]! : { and: out };
}

/** One of `kids`: nothing is known when one of them is unknown; nested "or"s flattened, repeats dropped. */
function any(kids: (Requirement | null)[]): Requirement | null {
  const out: Requirement[] = [];
  for (const k of kids) {
    if (k === null) return null;
    for (const x of typeof k !== 'string' && 'or' in k ? k.or : [k]) if (!out.some((y) => same(x, y))) out.push(x);
  }
  return out.length === 1 ? out[0]! : { or: out };
}

const same = (a: Requirement, b: Requirement): boolean => JSON.stringify(a) === JSON.stringify(b);

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

/** An alternation from `i` to its closing parenthesis (or the end): one of its alternatives' requirements. */
function alternation(src: string, i: number): Parsed {
  const alternatives: (Requirement | null)[] = [];
  for (;;) {
    const seq = sequence(src, i);
    alternatives.push(seq.req);
    i = seq.end;
    if (src[i] !== '|') return { req: any(alternatives), end: i };
    i++;
  }
}

/** A sequence from `i` to "|", ")" or the end: all its runs of literal characters and the groups that must match. */
function sequence(src: string, i: number): Parsed {
  const parts: (Requirement | null)[] = [];
  let run = '';
  const endRun = (): void => {
    if (run.length >= 2) parts.push(run);
    run = '';
  };
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const c = src[i]!;
    let req: Requirement | null = null;
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
      req = look ? null : inner.req;
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
      // A code point: both units of a surrogate pair, so a quantifier after it applies to both.
      end = i + (c >= '\uD800' && c <= '\uDBFF' ? 2 : 1);
      literal = src.slice(i, end).toLowerCase();
    }
    const q = quantifier(src, end);
    if (literal !== null && !q.optional) {
      run += literal;
      // "ab+c" holds "ab", never "abc" for sure.
      if (q.end > end) endRun();
    } else {
      endRun();
      if (!q.optional) parts.push(req);
    }
    i = q.end;
  }
  endRun();
  return { req: all(parts), end: i };
}

/**
 * The literals (lower case) a match of a regex with source `source` must hold, as an and/or tree,
 * or null when nothing is known (a form this reader does not know, or too many literals to be
 * worth looking for).
 */
export function requirement(source: string): Requirement | null {
  try {
    const r = alternation(source, 0);
    return r.end === source.length && r.req !== null && leaves(r.req) <= MAX_LITERALS ? r.req : null;
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

const pairHash = (a: number, b: number): number => (Math.imul(a, 31) + b) & 0xffff;

/**
 * A requirement as it is checked: the offset of its root in `program`, one Int32Array for every
 * requirement (Issue 10). In the server a share's check ran 3–4x slower than in a hot loop, as
 * the ~2,000 nodes it visits as objects and arrays (and a typed array per literal) had left the
 * CPU's caches between shares; laid out flat, one regex's tree is a few cache lines.
 */
export type CompiledRequirement = number;

// A node at offset p: a literal is its number (>= 0, in `texts`), one unit long; "all" / "one
// of" is ALL / ANY, then the offset just past its last kid, then its kids.
const ALL = -1;
const ANY = -2;
let program = new Int32Array(1024);
let programEnd = 0;

// Every literal of every requirement, numbered once: its text, the hashes of its pairs of
// adjacent units (pairHash) at pairHashes[pairsFrom[n]..pairsFrom[n + 1]), and whether the
// current text holds it: memo[n] is textStamp * 2 + (1 if it does), for the current text only.
const numbers = new Map<string, number>();
const texts: string[] = [];
let pairHashes = new Uint16Array(4096);
let pairsFrom = new Int32Array(257);
let memo = new Uint32Array(256);

function grown<T extends Int32Array | Uint32Array | Uint16Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  let n = a.length * 2;
  while (n < size) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

function numberOf(literal: string): number {
  let n = numbers.get(literal);
  if (n === undefined) {
    n = texts.length;
    numbers.set(literal, n);
    texts.push(literal);
    let at = pairsFrom[n]!;
    pairHashes = grown(pairHashes, at + literal.length);
    for (let i = 0; i + 1 < literal.length; i++) pairHashes[at++] = pairHash(literal.charCodeAt(i), literal.charCodeAt(i + 1));
    pairsFrom = grown(pairsFrom, n + 2);
    pairsFrom[n + 1] = at;
    memo = grown(memo, n + 1);
  }
  return n;
}

/** Appends `req` to `program`: within an "and", single literals first, then the smaller parts. */
function emit(req: Requirement): void {
  program = grown(program, programEnd + 2);
  if (typeof req === 'string') {
    const n = numberOf(req);
    program[programEnd++] = n;
    return;
  }
  const at = programEnd;
  programEnd += 2;
  let kids: Requirement[];
  if ('or' in req) {
    program[at] = ANY;
    kids = req.or;
  } else {
    program[at] = ALL;
    kids = [...req.and].sort((a, b) => leaves(a) - leaves(b) || (typeof a === 'string' && typeof b === 'string' ? b.length - a.length : 0));
  }
  for (const k of kids) emit(k);
  program[at + 1] = programEnd;
}

/**
 * `req` ready for mayHold. Within an "and", single literals come first and then the smaller
 * parts, so a text that lacks one is ruled out after few checks (the order changes no result).
 */
/**
 * How much the literal program holds: its length (Int32 slots) and how many literals it has
 * numbered. Both only grow, for the life of the process, so nothing that varies per meeting may
 * be compiled into it (test/guard/room-names-turns.test.ts).
 */
export function literalProgramSize(): { slots: number; literals: number } {
  return { slots: programEnd, literals: texts.length };
}

export function compileRequirement(req: Requirement): CompiledRequirement {
  const at = programEnd;
  emit(req);
  return at;
}

// The pairs of adjacent units in the lower-cased last text, as a set of hashes: bit h is set when
// some pair with hash h occurs. A bit set of 8 KB (cleared per text) stays in the CPU's first-level
// cache, where a stamp per hash (256 KB) did not: these reads are most of the check's cost.
const pairs = new Int32Array(1 << 11);
let textStamp = 0;
let lastText: string | undefined;
let lastLower = '';
/** lastLower with every run of white space made one space, made when first asked for (mayHoldPhrase); null until then. */
let lastSpaced: string | null = null;
let lastUsable = false;

/** Whether the lower-cased last text holds literal number `n`: its pairs first (cheap), then the literal itself. */
function holds(n: number): boolean {
  const known = memo[n]!;
  if (known >>> 1 === textStamp) return (known & 1) === 1;
  let yes = true;
  for (let i = pairsFrom[n]!, end = pairsFrom[n + 1]!; i < end; i++) {
    const x = pairHashes[i]!;
    if ((pairs[x >>> 5]! & (1 << (x & 31))) === 0) {
      yes = false;
      break;
    }
  }
  if (yes) yes = lastLower.includes(texts[n]!);
  memo[n] = textStamp * 2 + (yes ? 1 : 0);
  return yes;
}

/** Whether the last text meets the node at `p` of `program` (an "and" or "one of"). */
function meets(p: number): boolean {
  const all = program[p] === ALL;
  const end = program[p + 1]!;
  for (let k = p + 2; k < end; ) {
    const x = program[k]!;
    let yes: boolean;
    if (x >= 0) {
      yes = holds(x);
      k++;
    } else {
      yes = meets(k);
      k = program[k + 1]!;
    }
    // A kid that fails an "and" or meets a "one of" settles it.
    if (yes !== all) return yes;
  }
  return all;
}

/**
 * False only when no match of a regex with this requirement can be in `text`: when the
 * lower-cased text does not hold the literals it needs. Under the `i` and `u` flags a letter of
 * the text matches a literal's letter when their case foldings are equal; for every character but
 * the few in FOLD_ODD, toLowerCase then maps both to the same, so "holds the literal in lower
 * case" is necessary for a match. A text with any of those few is always searched.
 */
export function mayHold(text: string, req: CompiledRequirement): boolean {
  see(text);
  if (!lastUsable || !literalChecks.on) return true;
  const x = program[req]!;
  return x >= 0 ? holds(x) : meets(req);
}

/** Makes `text` the last text: its lower case, its pairs, a new stamp for the memo. */
function see(text: string): void {
  if (text === lastText) return;
  lastText = text;
  lastSpaced = null;
  lastUsable = !FOLD_ODD.test(text);
  // Stamps stay below 2^31, so memo's textStamp * 2 + 1 fits in 32 bits.
  if (++textStamp === 0x7fffffff) {
    memo.fill(0);
    textStamp = 1;
  }
  if (lastUsable) {
    const lower = (lastLower = text.toLowerCase());
    pairs.fill(0);
    for (let i = 0; i + 1 < lower.length; i++) {
      const x = pairHash(lower.charCodeAt(i), lower.charCodeAt(i + 1));
      pairs[x >>> 5]! |= 1 << (x & 31);
    }
  }
}

/** Lets go of the last text and its lower case (guard index.ts forgetGuardMemory). */
export function forgetLastText(): void {
  lastText = undefined;
  lastLower = '';
  lastSpaced = null;
  lastUsable = false;
  pairs.fill(0);
}

/**
 * A name as mayHoldPhrase looks for it: lower case, each run of white space one space, trimmed.
 */
export function phraseOf(name: string): string {
  return name.toLowerCase().replace(WHITE_RUN, ' ').trim();
}
const WHITE_RUN = /\s+/gu;

/**
 * Whether `text` may hold `phrase` (phraseOf) under the `i` and `u` flags, its words apart by any
 * white space: false only when the text, lower-cased with each run of white space made one
 * space, lacks it (mayHold's reasoning). For the room's names, which are not put in the program:
 * a requirement compiled there stays for the life of the process, so each pseudonym would
 * outlive its meeting and the program would grow with every room (Issue 10). A name's words
 * alone would not do: "P 1" or "Jo B" has words that nearly every text holds.
 */
export function mayHoldPhrase(text: string, phrase: string): boolean {
  see(text);
  if (!lastUsable || !literalChecks.on) return true;
  lastSpaced ??= lastLower.replace(WHITE_RUN, ' ');
  return lastSpaced.includes(phrase);
}
