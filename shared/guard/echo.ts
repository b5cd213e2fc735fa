// Another's words said again: a share that repeats a stretch of someone else's share in this
// meeting, word for word, quotes it, with or without quotation marks or a name — crosstalk
// (domain.md, "No crosstalk": nobody replies to, quotes or corrects another's share). Fresh
// testers (2026-12-04, 2026-12-05) quoted a member's sentence back in «…» and in plain words,
// and no rule saw it: the rules read the draft alone. This one reads it against the others'
// shares the writer has seen. Only the page has those (the meeting's state keeps no share's
// words), so it is the page's check: a hint while writing and one more press to send.
//
// A stretch counts from ECHO_MIN_WORDS words in a row, or from ECHO_QUOTED_WORDS inside quotation
// marks: shorter ones are everyday phrases two people say alike ("Jeg er glad for å være her i
// kveld", eight words, and "Jeg er takknemlig for å være her i dag sammen med dere", twelve: two
// testers, 2026-12-05, were told they repeated another's share).
// Words said together by the whole room (the Serenity Prayer, the meeting's readings, the topic,
// the chair's notes) are nobody's share to quote.
import { HINTS } from './hints.js';
import type { Found } from './patterns.js';

/** Fewest words in a row, the same as in another's share, that count as repeating it. */
export const ECHO_MIN_WORDS = 15;

/** Fewest such words inside quotation marks in the draft («…», “…”, „…“, "…"): a quote says so itself. */
export const ECHO_QUOTED_WORDS = 6;

/** Spans of the draft inside double quotation marks of any of the usual kinds (escaped: one-byte bundle). */
const QUOTED = /\u00ab[^\u00bb]*\u00bb|\u201c[^\u201d]*\u201d|\u201e[^\u201c\u201d]*[\u201c\u201d]|"[^"]*"/gu;

/** What a draft is read against: the others' shares (their words), and words common to the room. */
export interface EchoSources {
  /** The words of shares by others in this meeting that the writer has seen (never their own). */
  shares: readonly string[];
  /** Texts the whole room says or hears (the readings as shown): a stretch from them is no quote. */
  common?: readonly string[];
}

/**
 * The Serenity Prayer as meetings say it, in both languages: said by many in their shares, it
 * repeats nobody, and it is one of the room's own words (room-words.ts). The fellowships' common
 * wording (Reinhold Niebuhr's prayer; bokmål as said in Norwegian meetings).
 */
export const SERENITY_PRAYER: readonly string[] = [
  'God grant me the serenity to accept the things I cannot change, courage to change the things I can, and wisdom to know the difference.',
  'Gud, gi meg sinnsro til å godta de ting jeg ikke kan forandre, mot til å forandre de ting jeg kan, og forstand til å se forskjellen.',
  'Gud, gi meg sinnsro til å akseptere de ting jeg ikke kan forandre, mot til å forandre de ting jeg kan, og visdom til å se forskjellen.',
];

/** A word: letters and digits, with apostrophes inside ("don't", "Kari's"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu;

/** A word of a text: its key (lower case, straight apostrophes) and where it stands. */
export interface Word {
  key: string;
  start: number;
  end: number;
}

// Escaped: a curly apostrophe in a regex literal would double the server bundle's heap (bundle-one-byte.test).
const CURLY = /\u2019/gu;

/** The words of `t` (NFC), in order (WORD). */
export function wordsOf(t: string): Word[] {
  const out: Word[] = [];
  // exec on the one pattern: matchAll would copy it for every text.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(t); m; m = WORD.exec(t)) out.push({ key: m[0].toLowerCase().replace(CURLY, "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Every run of ECHO_QUOTED_WORDS words of `t`, as keys (longer stretches are chains of them). */
function runsOf(t: string, into: Set<string>): void {
  const w = wordsOf(t.normalize('NFC'));
  for (let i = 0; i + ECHO_QUOTED_WORDS <= w.length; i++) into.add(runKey(w, i));
}

function runKey(w: Word[], i: number): string {
  let key = w[i]!.key;
  for (let j = i + 1; j < i + ECHO_QUOTED_WORDS; j++) key += ` ${w[j]!.key}`;
  return key;
}

/** The [start, end) index spans of `t` inside quotation marks. */
function quotedSpans(t: string): [number, number][] {
  const out: [number, number][] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(t); m; m = QUOTED.exec(t)) out.push([m.index, m.index + m[0].length]);
  return out;
}

interface Index {
  shares: Set<string>;
  common: Set<string>;
}

/** One index per sources object: the page hands the same one until a share arrives (per keystroke otherwise). */
const indexes = new WeakMap<EchoSources, Index>();
let alwaysCommon: Set<string> | null = null;

function indexOf(sources: EchoSources): Index {
  let index = indexes.get(sources);
  if (!index) {
    const shares = new Set<string>();
    for (const s of sources.shares) runsOf(s, shares);
    const common = new Set<string>();
    for (const c of sources.common ?? []) runsOf(c, common);
    index = { shares, common };
    indexes.set(sources, index);
  }
  return index;
}

/**
 * The stretches of `t` (NFC) that repeat words in a row of `sources.shares`, in any case and
 * punctuation: ECHO_MIN_WORDS or more, or ECHO_QUOTED_WORDS or more beginning inside quotation
 * marks; one finding (kind `crosstalk`, HINTS.echo) per stretch, from its first word to its last
 * as written. Runs found in `sources.common` or the Serenity Prayer are left out. [] when there
 * are no sources. Linear in the length of `t` once the sources are indexed.
 */
export function findEchoes(t: string, sources: EchoSources): Found[] {
  if (sources.shares.length === 0) return [];
  const index = indexOf(sources);
  if (index.shares.size === 0) return [];
  if (!alwaysCommon) {
    alwaysCommon = new Set<string>();
    for (const c of SERENITY_PRAYER) runsOf(c, alwaysCommon);
  }
  const w = wordsOf(t);
  const echoed = new Uint8Array(w.length);
  for (let i = 0; i + ECHO_QUOTED_WORDS <= w.length; i++) {
    const key = runKey(w, i);
    if (!index.shares.has(key) || index.common.has(key) || alwaysCommon.has(key)) continue;
    echoed.fill(1, i, i + ECHO_QUOTED_WORDS);
  }
  const quotes = quotedSpans(t);
  const quoted = (at: number): boolean => quotes.some(([a, b]) => at > a && at < b);
  const found: Found[] = [];
  for (let i = 0; i < w.length; i++) {
    if (!echoed[i]) continue;
    let j = i;
    while (j + 1 < w.length && echoed[j + 1]) j++;
    const words = j - i + 1;
    if (words >= ECHO_MIN_WORDS || quoted(w[i]!.start)) found.push({ kind: 'crosstalk', index: w[i]!.start, match: t.slice(w[i]!.start, w[j]!.end), hint: HINTS.echo });
    i = j;
  }
  return found;
}
