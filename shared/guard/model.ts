// A small text classifier beside the share guard's rules (issue 12): logistic regression over
// word uni/bigrams, the first words of a sentence and character 3–5-grams, trained from the
// labelled corpus by scripts/guard-train.ts (weights in server/guard-model.json). It only adds:
// a share is flagged when the rules flag it OR the model gives one of its sentences a probability
// of at least the stored threshold. Pure and deterministic (no I/O, no clock, no randomness).
//
// The page does not load it (its weights would break the first-load budget): the server
// registers it at start with useGuardModel, and the meeting core asks modelFinding.

import { mayHoldPhrase, phraseOf } from './literals.js';
import { perRoom } from './room.js';
import { blanked, roomWordSpans } from './room-words.js';
import { narratedToYou } from './narrated.js';
import { addressesSomeone, followsNewcomerWelcome, namesMember, roomWithYouSpans, toNewcomers, weLanguage } from './unaddressed.js';

/** Trained weights: a bias, a weight per feature, and the probability from which a sentence is flagged. */
export interface GuardModel {
  version: 1;
  /** Probability (0..1) at or above which a sentence is flagged; chosen by scripts/guard-model-eval.ts. */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

/** A model finding: the sentence the model is about (as written) and its probability. */
export interface ModelFinding {
  match: string;
  p: number;
}

/** Sentences longer than this (UTF-16 units) are scored in pieces of this size. */
const MAX_SENTENCE = 400;
const NAME = '¤';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The room's names as the model reads them, made once per list of names (room.ts perRoom):
 * `whole`, whole words in any case (namesRegex), made when first asked for (only a share that
 * may hold a name, or is not NFC, needs it), and
 * `phrases`, each name as literals.ts mayHoldPhrase looks for it: a text that may hold none has
 * none of the names anywhere. No regex of all the names is run on
 * every share: each speaker's list of the others is a list of its own, so one was compiled at
 * every turn of every meeting (Issue 10).
 */
const roomNames = perRoom((otherNames): { whole: () => RegExp | null; phrases: string[] } => {
  const trimmed = otherNames.map((n) => n.normalize('NFC').trim()).filter((n) => n.length > 1);
  if (trimmed.length === 0) return { whole: () => null, phrases: [] };
  let whole: RegExp | undefined;
  return {
    whole: () => (whole ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${trimmed.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu')),
    phrases: trimmed.map(phraseOf),
  };
});

/** One regex for the names in the room, whole words, any case; cached per list. */
const namesRegex = (otherNames: string[]): RegExp | null => roomNames(otherNames).whole();

/** Whether a name of the room may occur anywhere in `text`, in any case (see roomNames). */
const nameMayOccur = (otherNames: string[], text: string): boolean => roomNames(otherNames).phrases.some((p) => mayHoldPhrase(text, p));

/**
 * The features of one sentence: lower-cased NFC, curly apostrophes straightened, every name of
 * someone in the room replaced by one token (so crosstalk learnt on "Kari" carries to any name).
 */
export function modelFeatures(sentence: string, otherNames: string[]): string[] {
  let t = sentence.normalize('NFC').replace(/[\u2019\u2018`´]/gu, "'");
  const re = namesRegex(otherNames);
  if (re) t = t.replace(re, NAME);
  t = t.toLowerCase();
  const words = t.match(/[\p{L}\p{N}¤']+/gu) ?? [];
  const out = new Set<string>();
  if (/\?\s*$/u.test(t)) out.add('?');
  if (words[0]) out.add(`s:${words[0]}`);
  if (words[1]) out.add(`s:${words[0]} ${words[1]}`);
  for (let i = 0; i < words.length; i++) {
    out.add(`w:${words[i]}`);
    if (i + 1 < words.length) out.add(`b:${words[i]} ${words[i + 1]}`);
  }
  const joined = ` ${words.join(' ')} `;
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= joined.length; i++) out.add(`c:${joined.slice(i, i + n)}`);
  return [...out];
}

/**
 * A model as it is scored. Each feature family has its own table keyed by the bare feature (no
 * "w:"/"c:" prefix), so a sentence is scored as its features are met, without building a string
 * per feature: the character n-grams (~85 % of the weights and of a sentence's features) sit in
 * open-addressing tables of UTF-16 units (NgramTable) and are looked up by their place in the
 * sentence. The weights are unboxed in Float64Arrays, outside the JS heap (Issue 10: idle heap;
 * a lookup in an object of ~30,000 keys costs several times more than this). The sum is the same
 * as modelFeatures' in the same order, term by term (test/guard/model-scoring-equivalence.test.ts).
 */
interface Scoring {
  threshold: number;
  bias: number;
  /** The weight of "?" (a sentence ending in a question mark), 0 if the model has none. */
  question: number | undefined;
  /** "s:" of the first word, and of the first two ("a b") by the first word, then the second. */
  starts: Map<string, number>;
  startPairs: Map<string, Map<string, number>>;
  /** "w:" (words) by bare key, and "b:" (word pairs, "a b") by the first word, then the second. */
  words: Map<string, number>;
  pairs: Map<string, Map<string, number>>;
  /** "c:" n-grams of 3, 4 and 5 UTF-16 units, at [n - 3]. */
  grams: NgramTable[];
}

/** Character n-grams of one length `n` and their weights: open addressing, linear probing. */
interface NgramTable {
  n: number;
  /** Slot count - 1 (a power of two minus one). */
  mask: number;
  /** The n units of the gram in slot s at [s * n, s * n + n); a slot is empty when its weight is NaN. */
  units: Uint16Array;
  weights: Float64Array;
}

const MIN_GRAM = 3;
const MAX_GRAM = 5;

/** A hash of the `n` UTF-16 units of `s` from `at` (the same for the tables and the scan). */
function gramHash(s: string, at: number, n: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < n; k++) h = Math.imul(h ^ s.charCodeAt(at + k), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

function ngramTable(n: number, entries: [string, number][]): NgramTable {
  let size = 16;
  while (size < entries.length * 2) size *= 2;
  const t: NgramTable = { n, mask: size - 1, units: new Uint16Array(size * n), weights: new Float64Array(size).fill(NaN) };
  for (const [gram, w] of entries) {
    let slot = gramHash(gram, 0, n) & t.mask;
    while (!Number.isNaN(t.weights[slot]!)) slot = (slot + 1) & t.mask;
    for (let k = 0; k < n; k++) t.units[slot * n + k] = gram.charCodeAt(k);
    t.weights[slot] = w;
  }
  return t;
}

const scorings = new WeakMap<GuardModel, Scoring>();

function scoringOf(model: GuardModel): Scoring {
  let s = scorings.get(model);
  if (!s) {
    const starts = new Map<string, number>();
    const startPairs = new Map<string, Map<string, number>>();
    const words = new Map<string, number>();
    const pairs = new Map<string, Map<string, number>>();
    // Words hold no space (they are runs of letters, digits, ¤ and '), so "a b" splits one way.
    const setPair = (to: Map<string, Map<string, number>>, key: string, w: number): void => {
      const at = key.indexOf(' ');
      const first = key.slice(0, at);
      let inner = to.get(first);
      if (!inner) to.set(first, (inner = new Map()));
      inner.set(key.slice(at + 1), w);
    };
    const grams: [string, number][][] = [[], [], []];
    let question: number | undefined;
    for (const [k, w] of Object.entries(model.weights)) {
      const bare = k.slice(2);
      if (k === '?') question = w;
      else if (k.startsWith('s:')) {
        if (bare.includes(' ')) setPair(startPairs, bare, w);
        else starts.set(bare, w);
      }
      else if (k.startsWith('w:')) words.set(bare, w);
      else if (k.startsWith('b:')) setPair(pairs, bare, w);
      // A gram of another length can never be one of a sentence's features.
      else if (k.startsWith('c:') && bare.length >= MIN_GRAM && bare.length <= MAX_GRAM) grams[bare.length - MIN_GRAM]!.push([bare, w]);
    }
    s = { threshold: model.threshold, bias: model.bias, question, starts, startPairs, words, pairs, grams: grams.map((g, i) => ngramTable(i + MIN_GRAM, g)) };
    scorings.set(model, s);
  }
  return s;
}

// Scratch for the n-grams met in one sentence: slot -> the gram's offset in the text scanned,
// valid when its stamp is the current one (so nothing is cleared between sentences).
let seenAt = new Int32Array(1024);
let seenStamp = new Uint32Array(1024);
let stamp = 0;
// Scratch for the text the n-grams are read from: its UTF-16 units, and at [n - 3][i] the hash
// (gramHash) of the n units from i, all three lengths made in one pass (FNV-1a goes on from the
// 3-gram's state to the 4-gram's and the 5-gram's), read without a string access per unit.
let codes = new Uint16Array(512);
let hashes = [new Uint32Array(512), new Uint32Array(512), new Uint32Array(512)];

/** Clears the scratch of the last sentence scanned: its units, and hashes as good as its words (guard index.ts forgetGuardMemory). */
export function forgetModelText(): void {
  codes.fill(0);
  for (const h of hashes) h.fill(0);
}

/** Fills `codes` and `hashes` for `s`, growing them when `s` is longer than they are. */
function scanGrams(s: string): void {
  const len = s.length;
  if (codes.length < len) {
    let size = codes.length;
    while (size < len) size *= 2;
    codes = new Uint16Array(size);
    hashes = [new Uint32Array(size), new Uint32Array(size), new Uint32Array(size)];
  }
  for (let i = 0; i < len; i++) codes[i] = s.charCodeAt(i);
  const [h3, h4, h5] = hashes as [Uint32Array, Uint32Array, Uint32Array];
  for (let i = 0; i + MIN_GRAM <= len; i++) {
    let h = 0x811c9dc5;
    h = Math.imul(h ^ codes[i]!, 0x01000193);
    h = Math.imul(h ^ codes[i + 1]!, 0x01000193);
    h = Math.imul(h ^ codes[i + 2]!, 0x01000193);
    h3[i] = (h ^ (h >>> 15)) >>> 0;
    if (i + 4 > len) continue;
    h = Math.imul(h ^ codes[i + 3]!, 0x01000193);
    h4[i] = (h ^ (h >>> 15)) >>> 0;
    if (i + 5 > len) continue;
    h = Math.imul(h ^ codes[i + 4]!, 0x01000193);
    h5[i] = (h ^ (h >>> 15)) >>> 0;
  }
}

/** Whether the n units of `codes` from `a` and from `b` are the same. */
function sameCodes(a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (codes[a + k] !== codes[b + k]) return false;
  return true;
}

/** The weight of the gram of `codes` from `at` (hash `h`), or undefined if the model has none. */
function codesWeight(t: NgramTable, at: number, h: number): number | undefined {
  const n = t.n;
  const units = t.units;
  for (let slot = h & t.mask; ; slot = (slot + 1) & t.mask) {
    const w = t.weights[slot]!;
    if (Number.isNaN(w)) return undefined;
    let same = true;
    const from = slot * n;
    for (let k = 0; k < n; k++) {
      if (codes[at + k] !== units[from + k]) {
        same = false;
        break;
      }
    }
    if (same) return w;
  }
}

/**
 * The text modelFeatures reads: NFC, straight apostrophes, names (`names`: namesRegex) as one
 * token, lower case. `named`: whether the share this sentence is from (NFC, straight apostrophes)
 * holds any of the names anywhere (nameMayOccur); when not, a sentence that is part of it as
 * it is (already NFC) holds none either, and the replace is skipped.
 */
function modelText(sentence: string, names: RegExp | null, named = true): string {
  const nfc = sentence.normalize('NFC');
  let t = nfc.replace(/[\u2019\u2018`´]/gu, "'");
  if (names && (named || nfc !== sentence)) t = t.replace(names, NAME);
  return t.toLowerCase();
}

// Which code units are word characters, per class: WORD ([\p{L}\p{N}], what find counts) and
// TOKEN ([\p{L}\p{N}¤'], what the features are made of). Filled on first sight of each code
// unit from the regexes themselves, so the scan below splits exactly as `match` did; a surrogate
// pair (an astral letter or digit) is tested as one code point each time (rare). Hand-scanning
// replaced two Unicode-property `match` calls per sentence that were the model's largest part
// in the server (Issue 10: CPU per delivery).
const WORD = 1;
const TOKEN = 2;
const WORD_RE = /^[\p{L}\p{N}]$/u;
const TOKEN_RE = /^[\p{L}\p{N}¤']$/u;
const UNIT_CLASS = new Int8Array(0x10000).fill(-1);

function unitClass(u: number): number {
  let c = UNIT_CLASS[u]!;
  if (c < 0) {
    const ch = String.fromCharCode(u);
    // A lone surrogate matches neither class (a `u` regex reads it as a code point of its own).
    c = (WORD_RE.test(ch) ? WORD : 0) | (TOKEN_RE.test(ch) ? TOKEN : 0);
    UNIT_CLASS[u] = c;
  }
  return c;
}

/**
 * The runs of characters of class `cls` (WORD or TOKEN) in `s`, as `s.match(/[…]+/gu)` gives
 * them (an empty array for none), or only their count when `count` is set (then `out` is left empty).
 */
function runsOf(s: string, cls: number, out: string[] | null): number {
  let n = 0;
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const u = s.charCodeAt(i);
    let width = 1;
    let yes: boolean;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
      const v = s.charCodeAt(i + 1);
      if (v >= 0xdc00 && v <= 0xdfff) {
        width = 2;
        yes = (cls === WORD ? WORD_RE : TOKEN_RE).test(s.slice(i, i + 2));
      } else yes = (unitClass(u) & cls) !== 0;
    } else yes = (unitClass(u) & cls) !== 0;
    if (yes) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      n++;
      out?.push(s.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    n++;
    out?.push(s.slice(start));
  }
  return n;
}

/**
 * The model's probability for one sentence: the logistic of bias + (the sum of the weights of
 * modelFeatures(sentence)) / sqrt(their count), summed in modelFeatures' order (each feature
 * where it first occurs), so the result is bit for bit the same.
 */
function probability(m: Scoring, sentence: string, names: RegExp | null, named = true): number {
  const t = modelText(sentence, names, named);
  const words: string[] = [];
  runsOf(t, TOKEN, words);
  // Each feature counts once; an unknown one adds nothing (z + 0 is z: the sum is never -0).
  let z = 0;
  let count = 0;
  let w: number | undefined;
  if (/\?\s*$/u.test(t)) {
    count++;
    if ((w = m.question) !== undefined) z += w;
  }
  if (words[0]) {
    count++;
    if ((w = m.starts.get(words[0])) !== undefined) z += w;
  }
  if (words[1]) {
    count++;
    if ((w = m.startPairs.get(words[0]!)?.get(words[1])) !== undefined) z += w;
  }
  // Words and pairs, each the first time it occurs, in modelFeatures' order (w:a, b:a b, w:b, …);
  // a pair is known by its words' numbers, and its weight found by its two words (no "a b"
  // string is built per pair).
  const ids = new Map<string, number>();
  const idOf = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let id = ids.get(words[i]!);
    if (id === undefined) ids.set(words[i]!, (id = ids.size));
    idOf[i] = id;
  }
  const pairsSeen = new Set<number>();
  let known = 0;
  for (let i = 0; i < words.length; i++) {
    // A word's number is new exactly where it first occurs.
    if (idOf[i] === known) {
      known++;
      count++;
      if ((w = m.words.get(words[i]!)) !== undefined) z += w;
    }
    if (i + 1 < words.length) {
      const key = idOf[i]! * words.length + idOf[i + 1]!;
      if (!pairsSeen.has(key)) {
        pairsSeen.add(key);
        count++;
        if ((w = m.pairs.get(words[i]!)?.get(words[i + 1]!)) !== undefined) z += w;
      }
    }
  }
  const joined = ` ${words.join(' ')} `;
  let size = 16;
  while (size < joined.length * 2) size *= 2;
  if (seenAt.length < size) {
    seenAt = new Int32Array(size);
    seenStamp = new Uint32Array(size);
    stamp = 0;
  }
  const mask = size - 1;
  scanGrams(joined);
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
    const table = m.grams[n - MIN_GRAM]!;
    const hs = hashes[n - MIN_GRAM]!;
    if (++stamp === 0xffffffff) {
      seenStamp.fill(0);
      stamp = 1;
    }
    for (let i = 0; i + n <= joined.length; i++) {
      const h = hs[i]!;
      let slot = h & mask;
      let fresh = true;
      for (; seenStamp[slot] === stamp; slot = (slot + 1) & mask) {
        if (sameCodes(i, seenAt[slot]!, n)) {
          fresh = false;
          break;
        }
      }
      if (!fresh) continue;
      seenStamp[slot] = stamp;
      seenAt[slot] = i;
      count++;
      if ((w = codesWeight(table, i, h)) !== undefined) z += w;
    }
  }
  const scale = 1 / Math.sqrt(Math.max(1, count));
  return 1 / (1 + Math.exp(-(m.bias + z * scale)));
}

/** The model's probability (0..1) that one sentence is advice or crosstalk. */
export function sentenceProbability(model: GuardModel, sentence: string, otherNames: string[]): number {
  return probability(scoringOf(model), sentence, namesRegex(otherNames));
}

// A constant, not inline: a build that lowers \p{…} literals (esbuild for the page's targets, tsx) makes an inline one a new RegExp per call (Issue 10).
const A_LETTER = /\p{L}/u;

/** Where the sentences of a text are: split after . ! ? … or at a line break; long ones in pieces. */
function sentenceSpans(t: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n.!?\u2026]*(?:[.!?\u2026]+|\n|$)/gu;
  for (let m = re.exec(t); m && m[0]; m = re.exec(t)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead, end = m.index + m[0].trimEnd().length;
    if (!A_LETTER.test(t.slice(start, end))) continue;
    for (let i = start; i < end; i += MAX_SENTENCE) out.push([i, Math.min(end, i + MAX_SENTENCE)]);
  }
  return out;
}

/** The sentences of a share (NFC, as written). */
export function sentencesOf(text: string): string[] {
  const t = text.normalize('NFC');
  return sentenceSpans(t).map(([a, b]) => t.slice(a, b));
}

/**
 * A sentence sure enough on its own is still let through when the model, reading it with the
 * sentence after it, no longer leans towards flagging (below this probability): a question
 * answered by oneself ("Have I tried everything? Probably not.") or a generic "you" owned in the
 * next breath ("You get used to walking on eggshells. I did, for twenty years.") is sharing.
 */
export const NEXT_SENTENCE_VETO = 0.5;

/**
 * Fewer words than this and the model says nothing: it learnt from whole sentences, and on a
 * fragment ("first share", "hemmelig før du kom", a pseudonym) it has too little to go on (such
 * fragments in the project's tests scored 0.90–0.97). Short orders and replies ("Gå fra ham.", "Takk, Kari") are the rules' part.
 */
export const MIN_WORDS = 5;

/**
 * A sentence that is a welcome ("A special welcome to the newcomer.", "En særlig velkommen til
 * den som er ny her i kveld."): every format's opening says it, and members repeat it; the model,
 * which learnt it from shares answering a newcomer, was sure of both (0.98), and a fresh tester's
 * welcome was flagged (2026-12-06). Not judged by the model; advice after it in the same sentence
 * ("Welcome, you should get a sponsor") is the rules' part, as any order is.
 */
const WELCOME = /^[\s"'\u00AB\u201C(]*(?:(?:a|an|en|et)\s+)?(?:(?:very|special|warm|big|hearty|heartfelt|særlig|spesiell|varm|stor|hjertelig|ekstra)\s+)?(?:welcome|velkommen)\s+(?:to|til)(?![\p{L}])/iu;

/**
 * The sentence of `text` the model is most sure of (as written, NFC), if at or above its
 * threshold and not let through by the sentence after it; else null.
 */
export function findByModel(model: GuardModel, text: string, otherNames: string[]): ModelFinding | null {
  return find(scoringOf(model), text, otherNames);
}

function find(m: Scoring, text: string, otherNames: string[]): ModelFinding | null {
  const t = text.normalize('NFC');
  const spans = sentenceSpans(t);
  // Most shares name nobody in the room: one look over the whole text for any name, anywhere and
  // in any case, spares every sentence its replace (modelText is told there is none to find) and
  // the room its pattern of names.
  const named = nameMayOccur(otherNames, t.replace(/[\u2019\u2018`´]/gu, "'"));
  const names = named ? namesRegex(otherNames) : null;
  let best: ModelFinding | null = null;
  spans.forEach(([a, b], i) => {
    const sentence = t.slice(a, b);
    if (runsOf(sentence, WORD, null) < MIN_WORDS) return;
    if (WELCOME.test(sentence)) return;
    let p = probability(m, sentence, names, named);
    if (p < m.threshold || (best && p <= best.p)) return;
    // Said to nobody in particular (unaddressed.ts): a welcome to whoever is new and the welcoming
    // words right after it ("Welcome to our newcomer. You are in the right place."), "we"
    // language, a plain statement. Asked only of a sentence over the threshold.
    const nameIn = named && names !== null && namesMember(sentence.replace(/[\u2019\u2018`\u00B4]/gu, "'"), names);
    if (toNewcomers(sentence) || followsNewcomerWelcome(t, a, sentence) || (!nameIn && (weLanguage(sentence) || narratedToYou(sentence))) || !addressesSomeone(sentence, nameIn)) return;
    // The room's own words repeated ("Like we read: we speak about ourselves, in the first
    // person") are nobody's advice (room-words.ts), yet the model, which learnt from shares, was
    // sure of most of them (0.97-1.00); nor is the room named "you" in thanks for being or sharing
    // with it ("It means a lot to share this with you", unaddressed.ts roomWithYouSpans). The
    // sentence is judged on what is left without them, as a fragment is not judged at all. Asked
    // only of a sentence already over the threshold.
    const own = [...roomWordSpans(sentence, undefined, true), ...roomWithYouSpans(sentence)];
    if (own.length > 0) {
      const rest = blanked(sentence, own);
      if (runsOf(rest, WORD, null) < MIN_WORDS) return;
      p = probability(m, rest, names, named);
      if (p < m.threshold || (best && p <= best.p)) return;
    }
    const next = spans[i + 1];
    if (next && probability(m, t.slice(a, next[1]), names, named) < NEXT_SENTENCE_VETO) return;
    best = { match: sentence, p };
  });
  return best;
}

let active: Scoring | null = null;

/**
 * Registers the model the meeting core consults (the server does at start); null turns it off.
 * Only its scoring form is kept, not `model` itself.
 */
export function useGuardModel(model: GuardModel | null): void {
  active = model ? scoringOf(model) : null;
}

/** The registered model's finding for a share, or null when none is registered or it is not sure. */
export function modelFinding(text: string, otherNames: string[]): ModelFinding | null {
  return active ? find(active, text, otherNames) : null;
}
