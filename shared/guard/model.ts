// A small text classifier beside the share guard's rules (issue 12): logistic regression over
// word uni/bigrams, the first words of a sentence and character 3–5-grams, trained from the
// labelled corpus by scripts/guard-train.ts (weights in server/guard-model.json). It only adds:
// a share is flagged when the rules flag it OR the model gives one of its sentences a probability
// of at least the stored threshold. Pure and deterministic (no I/O, no clock, no randomness).
//
// The page does not load it (its weights would break the first-load budget): the server
// registers it at start with useGuardModel, and the meeting core asks modelFinding.

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
const namePatterns = new Map<string, RegExp | null>();

/** One regex for the names in the room, whole words, any case; cached per list. */
function namesRegex(otherNames: string[]): RegExp | null {
  const key = otherNames.join('\u0000');
  let re = namePatterns.get(key);
  if (re === undefined) {
    const names = otherNames.map((n) => n.normalize('NFC').trim()).filter((n) => n.length > 1);
    re = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
    if (namePatterns.size > 500) namePatterns.clear();
    namePatterns.set(key, re);
  }
  return re;
}

/**
 * The features of one sentence: lower-cased NFC, curly apostrophes straightened, every name of
 * someone in the room replaced by one token (so crosstalk learnt on "Kari" carries to any name).
 */
export function modelFeatures(sentence: string, otherNames: string[]): string[] {
  let t = sentence.normalize('NFC').replace(/[’‘`´]/gu, "'");
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
 * A model as it is scored: each feature's index into one Float64Array of weights. A lookup in an
 * object of ~20,000 keys costs several times more than in a Map, and a Map of numbers keeps each
 * weight as its own boxed number; this holds the weights unboxed, outside the JS heap, and lets
 * the parsed model object go (Issue 10: idle heap). Sums are the same, term by term.
 */
interface Scoring {
  threshold: number;
  bias: number;
  index: Map<string, number>;
  weights: Float64Array;
}

const scorings = new WeakMap<GuardModel, Scoring>();

function scoringOf(model: GuardModel): Scoring {
  let s = scorings.get(model);
  if (!s) {
    const keys = Object.keys(model.weights);
    const weights = new Float64Array(keys.length);
    const index = new Map<string, number>();
    keys.forEach((k, i) => {
      index.set(k, i);
      weights[i] = model.weights[k]!;
    });
    scorings.set(model, (s = { threshold: model.threshold, bias: model.bias, index, weights }));
  }
  return s;
}

function probability(m: Scoring, sentence: string, otherNames: string[]): number {
  const f = modelFeatures(sentence, otherNames);
  const scale = 1 / Math.sqrt(Math.max(1, f.length));
  let z = 0;
  for (const k of f) {
    const i = m.index.get(k);
    z += i === undefined ? 0 : m.weights[i]!;
  }
  return 1 / (1 + Math.exp(-(m.bias + z * scale)));
}

/** The model's probability (0..1) that one sentence is advice or crosstalk. */
export function sentenceProbability(model: GuardModel, sentence: string, otherNames: string[]): number {
  return probability(scoringOf(model), sentence, otherNames);
}

/** Where the sentences of a text are: split after . ! ? … or at a line break; long ones in pieces. */
function sentenceSpans(t: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n.!?…]*(?:[.!?…]+|\n|$)/gu;
  for (let m = re.exec(t); m && m[0]; m = re.exec(t)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead, end = m.index + m[0].trimEnd().length;
    if (!/\p{L}/u.test(t.slice(start, end))) continue;
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
 * The sentence of `text` the model is most sure of (as written, NFC), if at or above its
 * threshold and not let through by the sentence after it; else null.
 */
export function findByModel(model: GuardModel, text: string, otherNames: string[]): ModelFinding | null {
  return find(scoringOf(model), text, otherNames);
}

function find(m: Scoring, text: string, otherNames: string[]): ModelFinding | null {
  const t = text.normalize('NFC');
  const spans = sentenceSpans(t);
  let best: ModelFinding | null = null;
  spans.forEach(([a, b], i) => {
    const sentence = t.slice(a, b);
    if ((sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS) return;
    const p = probability(m, sentence, otherNames);
    if (p < m.threshold || (best && p <= best.p)) return;
    const next = spans[i + 1];
    if (next && probability(m, t.slice(a, next[1]), otherNames) < NEXT_SENTENCE_VETO) return;
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
