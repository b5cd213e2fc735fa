// Building blocks for the guard's regexes. \b only knows ASCII letters, so "du bør" would not end
// at a word boundary after "ø"; these lookarounds treat every Unicode letter as a word character.
import type { Text } from './hints.js';
import { compileRequirement, mayHold, requirement, type CompiledRequirement } from './literals.js';

export type GuardKind = 'advice' | 'crosstalk' | 'pii';

/** One finding, with where it starts so the results can be ordered and overlaps dropped. */
export interface Found {
  kind: GuardKind;
  index: number;
  match: string;
  hint: Text;
}

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
export const START = `(?<!${WORD_CHAR})`;
export const END = `(?!${WORD_CHAR})`;
export const APOS = `['’]`;

/** A capitalised word: "Kari", "Ålesund", "McDonald", "Anne-Lise"; not "AA" or "NAV". */
export const CAP_WORD = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:-\p{Lu}?\p{Ll}[\p{L}\p{M}]*)*`;

/**
 * A whole-word, case-insensitive regex from a pattern in which a space stands for any run of
 * whitespace, so "du  bør" and "du\nbør" match "du bør".
 */
export function phrase(source: string, flags = 'giu'): RegExp {
  return new RegExp(`${START}(?:${source.replaceAll(' ', String.raw`\s+`)})${END}`, flags);
}

/** Escapes the syntax characters only: under the `u` flag, escaping anything else is an error. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Up to `n` UTF-16 units of `text` right after a match of `match` at `index`. */
export function textAfter(text: string, index: number, match: string, n = 40): string {
  return text.slice(index + match.length, index + match.length + n);
}

// Up to three words between an imperative and the speaker ("vær tålmodige med meg", "try to be
// patient with me"), none of them the listener or a third person: "be patient with him and me",
// "vær snill med deg selv og meg" stay advice.
const TO_SPEAKER =
  /^\s*(?:(?!(?:deg|dere|du|din|ditt|dine|ham|han|henne|hun|dem|de|hans|hennes|deres|you|your|yours|yourself|him|her|them|his|their)(?![\p{L}\p{M}\p{N}_]))[\p{L}\p{M}]+\s+){0,3}?(?:(?:kontakt\s+med|out\s+to|back\s+to|med|mot|til|for|to|with|on)\s+)?(?:meg|oss|me|us)(?![\p{L}\p{M}\p{N}_])/iu;

/**
 * An imperative whose object is the speaker ("Ring meg", "Snakk med meg", "Talk to me", "Reach
 * out to us") offers contact, and one that asks the room for the speaker's own sake ("så vær
 * tålmodige med meg", "please be patient with me", "pray for me": a first-time chair flagged for
 * it, a fresh tester, 2026-12-03) is a request; neither tells the listener anything about their
 * own life, so it is not advice. A phone number or address in it is the personal-details hint's (pii.ts).
 */
export const toSpeaker = (text: string, index: number, match: string): boolean => TO_SPEAKER.test(textAfter(text, index, match, 48));

// A regex that opens with START is run without it, and the word boundary checked here: V8 cannot
// skip ahead to a likely first letter past a lookbehind, and the guard runs about a hundred such
// regexes over every share (4x faster; the matches are the same). Both that regex and the
// literals every match needs are kept per regex, in one lookup.
interface Compiled {
  /** `re` without its leading START, or null when it has none (or is not global). */
  fast: RegExp | null;
  /** What every match needs (literals.ts), or null when nothing is known. */
  req: CompiledRequirement | null;
}
const COMPILED = new WeakMap<RegExp, Compiled>();

function compiled(re: RegExp): Compiled {
  let c = COMPILED.get(re);
  if (c === undefined) {
    const req = re.unicode ? requirement(re.source) : null;
    c = {
      fast: re.global && re.source.startsWith(START) ? new RegExp(re.source.slice(START.length), re.flags) : null,
      req: req === null ? null : compileRequirement(req),
    };
    COMPILED.set(re, c);
  }
  return c;
}
const WORD_BEFORE = new RegExp(`${WORD_CHAR}$`, 'u');

/**
 * The UTF-16 offset just past the code point at `at`: two units for a surrogate pair. A `u`-flag
 * regex given a lastIndex inside a pair starts at the pair's first unit again, so stepping one
 * unit past a match on an astral letter ("x\u{1D400}bc") found the same match for ever and held
 * the event loop (found by test/integration/fuzz-sockets.test.ts).
 */
export function nextCodePoint(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/**
 * Whether the code point just before `at` (> 0) is a word character (WORD_CHAR). An ASCII one
 * (nearly always) is decided from its code: the only ASCII letters, marks and digits are A–Z,
 * a–z and 0–9. Any other goes to WORD_BEFORE, two units back so a surrogate pair is one letter.
 */
function wordCharBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  return WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

/** Whether `re` (a `u`-flag regex) may match in `text`: false only when `text` lacks literals every match holds (literals.ts). */
export function mayMatch(text: string, re: RegExp): boolean {
  const req = compiled(re).req;
  return req === null || mayHold(text, req);
}

/**
 * Every match of the global regex `re` in `text`, as matchAll gives them (groups included), with
 * none of matchAll's cost: String.prototype.matchAll constructs a new RegExp from `re` at every
 * call (the spec's SpeciesConstructor), and when V8's compilation cache has let go of the source
 * that recompiles it, hundreds of µs for a big alternation (Issue 10: CPU per delivery; perf showed
 * Runtime_RegExpInitializeAndCompile under matchAll). Here `re` itself (or its START-less twin)
 * is stepped with exec. An empty match moves on by a code point under `u` (by a unit without), as
 * matchAll does, so it cannot loop. False from `mayMatch` gives no matches without running it.
 */
export function execAll(text: string, re: RegExp): RegExpExecArray[] {
  return execCompiled(text, re, compiled(re));
}

function execCompiled(text: string, re: RegExp, c: Compiled): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (c.req !== null && !mayHold(text, c.req)) return out;
  const fast = c.fast;
  if (fast === null) {
    if (!re.global) throw new TypeError('execAll needs a global regex');
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      if (m[0].length === 0) re.lastIndex = re.unicode || re.flags.includes('v') ? nextCodePoint(text, re.lastIndex) : re.lastIndex + 1;
    }
    return out;
  }
  fast.lastIndex = 0;
  for (let m = fast.exec(text); m; m = fast.exec(text)) {
    const at = m.index;
    if (at > 0 && wordCharBefore(text, at)) {
      fast.lastIndex = nextCodePoint(text, at);
      continue;
    }
    out.push(m);
    fast.lastIndex = m[0].length > 0 ? at + m[0].length : nextCodePoint(text, at);
  }
  return out;
}

/**
 * Every match of the global regex `re` in `text`, as execAll finds them, with nothing of `re` kept
 * or compiled into the literal program: for patterns made of the room's names, which must not
 * outlive their meeting there (the caller checks their literals itself: literals.ts mayHoldPhrase).
 */
export function execUnkept(text: string, re: RegExp): RegExpExecArray[] {
  return execCompiled(text, re, UNKEPT);
}
const UNKEPT: Compiled = { fast: null, req: null };

/** Every match of the global regex `re` in `text`, as with matchAll: index (UTF-16 units) and text. */
export function matches(text: string, re: RegExp): { index: number; match: string }[] {
  return toMatches(execCompiled(text, re, compiled(re)));
}

function toMatches(found: RegExpExecArray[]): { index: number; match: string }[] {
  const out: { index: number; match: string }[] = [];
  for (const m of found) out.push({ index: m.index, match: m[0] });
  return out;
}

/**
 * A regex with everything matches() and findByRules need of it worked out once, kept by its user
 * (Issue 10: looking each regex up in the COMPILED WeakMap at every share was ~1 % of the server's
 * CPU): the COMPILED entry and, for a sentence-start rule, its sticky form.
 */
export interface PreparedRegex {
  re: RegExp;
  compiled: Compiled;
  /**
   * Sticky (no `g`) and without a leading START, when asked for: tried only at sentence starts,
   * where the code point before is never a word character (sentenceStarts), so START always holds.
   */
  sticky: RegExp | null;
}

export function prepareRegex(re: RegExp, sticky = false): PreparedRegex {
  const c = compiled(re);
  const source = re.source.startsWith(START) ? re.source.slice(START.length) : re.source;
  return { re, compiled: c, sticky: sticky ? new RegExp(source, `${re.flags.replace('g', '')}y`) : null };
}

/** matches() for a prepared regex: no lookup. */
export function preparedMatches(text: string, p: PreparedRegex): { index: number; match: string }[] {
  return toMatches(execCompiled(text, p.re, p.compiled));
}

/** execAll() for a prepared regex: no lookup. */
export function preparedExecAll(text: string, p: PreparedRegex): RegExpExecArray[] {
  return execCompiled(text, p.re, p.compiled);
}

/** Whether a prepared regex may match in `text` (mayMatch without the lookup). */
export function preparedMayMatch(text: string, p: PreparedRegex): boolean {
  return p.compiled.req === null || mayHold(text, p.compiled.req);
}

// Opening quotes, brackets, dashes and list bullets may stand between a sentence end and the
// sentence's first word.
const OPENERS = new Set(['«', '“', '"', '„', "'", '‘', '(', '[', '-', '–', '—', '*', '•']);
const SENTENCE_END = new Set(['.', '!', '?', '…', ':']);

/** Whether the word at `index` is the first of a sentence, a line or the text. */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0) {
    const c = text[i] as string;
    if (c === '\n' || SENTENCE_END.has(c)) return true;
    if (c === ' ' || c === '\t' || c === '\u00A0' || OPENERS.has(c)) {
      i--;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * Every offset at which isSentenceStart holds for a word: 0 and each position just past a sentence
 * end or line break, after any spaces, quotes, brackets, dashes or bullets. Linear in the text.
 */
export function sentenceStarts(text: string): number[] {
  const out: number[] = [];
  let boundary = true;
  for (let i = 0; i < text.length; i++) {
    const k = startClass(text.charCodeAt(i));
    if (k === BREAK) {
      boundary = true;
      continue;
    }
    if (k === SKIP) continue;
    if (boundary) out.push(i);
    boundary = false;
  }
  return out;
}

// sentenceStarts' classes of a code unit, by its code: a one-character string and two Set
// lookups per unit of every share were most of its cost (Issue 10). The same characters as
// isSentenceStart's: '\n' and SENTENCE_END break, a space, tab, no-break space or OPENERS is skipped.
const BREAK = 1;
const SKIP = 2;
function startClass(c: number): number {
  switch (c) {
    case 0x0a: // \n
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x2026: // …
    case 0x3a: // :
      return BREAK;
    case 0x20:
    case 0x09:
    case 0xa0:
    case 0xab: // «
    case 0x201c: // “
    case 0x22: // "
    case 0x201e: // „
    case 0x27: // '
    case 0x2018: // ‘
    case 0x28: // (
    case 0x5b: // [
    case 0x2d: // -
    case 0x2013: // –
    case 0x2014: // —
    case 0x2a: // *
    case 0x2022: // •
      return SKIP;
    default:
      return 0;
  }
}

const PREV_WORD = new RegExp(String.raw`([\p{L}\p{M}\p{N}_'\u2019]+)[^\p{L}\p{M}\p{N}_'\u2019]*$`, 'u');

/**
 * Up to `n` words before `index`, nearest first, lower-cased, within the same sentence. The scan
 * looks at a bounded window so the cost stays linear in the text.
 */
export function wordsBefore(text: string, index: number, n: number): string[] {
  const out: string[] = [];
  let end = index;
  while (out.length < n && end > 0) {
    const window = text.slice(Math.max(0, end - 64), end);
    const m = PREV_WORD.exec(window);
    if (!m || m.index === undefined) break;
    const between = window.slice(m.index + (m[1] as string).length);
    if (/[.!?\u2026:\n]/u.test(between)) break;
    out.push((m[1] as string).toLowerCase().replaceAll('’', "'"));
    end = end - window.length + m.index;
  }
  return out;
}

/**
 * Keeps the first of any overlapping findings (by position, then the longer one), so one stretch
 * of text earns at most one hint of a kind.
 */
export function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const kept: Found[] = [];
  let reach = -1;
  for (const f of sorted) {
    if (f.index < reach) continue;
    kept.push(f);
    reach = f.index + f.match.length;
  }
  return kept;
}
