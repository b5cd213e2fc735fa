// The room's own words: the texts the chair posts or the door shows (every format's welcome,
// readings, guidelines, moment of silence and closing words, the greeter's set welcomes, the
// door's pledge, the contributions note) and the Serenity Prayer. Members repeat them in their
// own shares, word for word ("Like we read: you can always pass.", "Jeg vil bare si at det som
// ble sagt her, blir her."), as they do in any meeting; a fresh tester (2026-12-05) was told such a
// share was crosstalk. Where a rule misread a sentence of them, the rule is fixed (the
// confidentiality formula in earlier.ts, bokmål's "Trenger du hjelp, finner du…" in questions.ts,
// thanks for "sharing and listening", the guidelines' "we do not comment on what others share",
// the closing's "take with you what helped" in slogans.ts). But some of them are addressed to the
// listener, as a welcome and the room's rules are: "En særlig velkommen til deg som er ny her",
// "Du trenger ikke si noe før du vil", "Takk for at du kom", "Remember: what was said here stays
// here", "Read the guidelines while you wait", "you can always pass". Said by the room they are
// nobody's advice or reply, and repeated they still are; no rule could tell them from the same
// words said to one member without knowing them. So a rule's finding that lies inside such a
// repeat is dropped, and the server's model judges a sentence without them (model.ts). A group's
// own readings (the operator's group file) are not known here: only its meeting has them.
//
// Only a whole unit counts: a sentence of those texts, or the end of one from a comma or colon on
// ("you can always pass" of "One person shares at a time, and you can always pass."), and for the
// model also its beginning (unitsByFirstWord), of
// ROOM_WORDS_MIN words or more, repeated in any case and punctuation and ending a clause in the
// share. "Du trenger ikke si noe til ham" or "Trenger du hjelp nå, ring legen" repeat no unit and
// stay advice. The units are indexed once by their first word; a share is read against them only
// when a rule has found something in it, in one pass over its words.
import { CONFIDENTIALITY, CONTRIBUTIONS_NOTE, CONTRIBUTIONS_NO_LINK, FORMATS, type Text } from '../meeting/formats.js';
import { SERENITY_PRAYER, wordsOf, type Word } from './echo.js';
import type { Found } from './patterns.js';

/** Fewest words in a unit of the room's words: shorter ones ("Husk.", "Welcome!") are anyone's. */
export const ROOM_WORDS_MIN = 4;

/**
 * Every text the room reads or shows as its own, in both languages: each format's readings (the
 * door's guidelines are the guidelines reading), its greeter's welcomes to the room and the
 * waiting room, the door's pledge, the contributions note, and the Serenity Prayer. A group's own
 * readings from the operator's group file are not here: only the meeting knows them.
 */
export function roomTexts(): string[] {
  const out = new Set<string>();
  const add = (t: Text): void => {
    out.add(t.nb);
    out.add(t.en);
  };
  for (const f of FORMATS) {
    for (const r of f.readings) add(r.text);
    add(f.greetings.room);
    add(f.greetings.waiting);
  }
  add(CONFIDENTIALITY);
  add(CONTRIBUTIONS_NOTE);
  add(CONTRIBUTIONS_NO_LINK);
  for (const p of SERENITY_PRAYER) out.add(p);
  for (const p of SAYINGS) out.add(p);
  return [...out].map((t) => t.normalize('NFC'));
}

/**
 * The anonymity formula as members say it, besides the readings' wording: the page's own end
 * says "Det som ble sagt her, blir her", and a fresh tester (2026-12-05) had "Det som blir sagt
 * her, blir her." taken for advice.
 */
const SAYINGS = [
  'Det som blir sagt her, blir her.',
  'Det som ble sagt her, blir her.',
  'Det som sies her, blir her.',
  'What is said here stays here.',
  'What was said here stays here.',
  'What you hear here stays here.',
];

/** English contractions read as their two words ("don't" as "do not"), so either form repeats the room's words. */
const NOT = new Map([["can't", 'can'], ["won't", 'will'], ["shan't", 'shall']]);
const SUFFIX: [string, string][] = [["'re", 'are'], ["'ve", 'have'], ["'ll", 'will'], ["'m", 'am']];

/**
 * The words of `t` (echo.ts wordsOf), each contraction as its two words, both at the place of the
 * contraction: a fresh tester's "We don't give advice." was taken for advice while "We do not
 * give advice." was not.
 */
function roomWordsOf(t: string): Word[] {
  const out: Word[] = [];
  for (const w of wordsOf(t)) {
    const k = w.key;
    const two = (a: string, b: string): void => void out.push({ ...w, key: a }, { ...w, key: b });
    if (k === 'cannot') two('can', 'not');
    else if (NOT.has(k)) two(NOT.get(k)!, 'not');
    else if (k.endsWith("n't") && k.length > 3) two(k.slice(0, -3), 'not');
    else {
      const suffix = SUFFIX.find(([end]) => k.endsWith(end) && k.length > end.length);
      if (suffix) two(k.slice(0, -suffix[0].length), suffix[1]);
      else out.push(w);
    }
  }
  return out;
}

// Escaped: a dash or an ellipsis in a regex literal would double the server bundle's heap (bundle-one-byte.test).
const SENTENCE = /[^.!?\u2026\n]+/gu;
const CLAUSE_MARK = /[,:;\u2013\u2014]/gu;
/** A conjunction that opens a sentence's last clause: "…, og du kan alltid stå over" is repeated without it. */
const CONJUNCTIONS = new Set(['og', 'and', 'men', 'but', 'eller', 'or']);
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** The units (word keys) of the room's texts, by their first word, without and with beginnings; made on first use. */
const units: [Map<string, string[][]> | null, Map<string, string[][]> | null] = [null, null];

/**
 * The units by their first word. `beginnings`: also each sentence's beginning up to a comma,
 * colon or conjunction ("We do not give advice" of "We do not give advice or comment on what
 * others share."), for the model only: members shorten the room's sentences so, and the model,
 * which learnt from shares, was sure of them (a fresh tester, 2026-12-05). The rules keep their
 * findings there: "Thank you for sharing." (of "…sharing and listening") or "Du trenger ikke si
 * noe." said after someone's share is a reply, which a rule can tell and the model cannot.
 */
function unitsByFirstWord(beginnings = false): Map<string, string[][]> {
  const made = units[beginnings ? 1 : 0];
  if (made) return made;
  const seen = new Set<string>();
  const byFirst = new Map<string, string[][]>();
  const add = (keys: string[]): void => {
    if (keys.length < ROOM_WORDS_MIN) return;
    const joined = keys.join(' ');
    if (seen.has(joined)) return;
    seen.add(joined);
    const list = byFirst.get(keys[0]!);
    if (list) list.push(keys);
    else byFirst.set(keys[0]!, [keys]);
  };
  for (const text of roomTexts()) {
    for (const sentence of text.match(SENTENCE) ?? []) {
      const all = roomWordsOf(sentence).map((w) => w.key);
      add(all);
      for (const mark of sentence.matchAll(CLAUSE_MARK)) {
        const rest = roomWordsOf(sentence.slice(mark.index + 1)).map((w) => w.key);
        add(rest);
        if (CONJUNCTIONS.has(rest[0] ?? '')) add(rest.slice(1));
        if (beginnings) add(roomWordsOf(sentence.slice(0, mark.index)).map((w) => w.key));
      }
      if (beginnings) all.forEach((k, i) => i > 0 && CONJUNCTIONS.has(k) && add(all.slice(0, i)));
    }
  }
  units[beginnings ? 1 : 0] = byFirst;
  return byFirst;
}

/** Whether a clause of `t` ends at `at`: nothing but spaces, then the end or a character that is no letter or digit. */
function endsClause(t: string, at: number): boolean {
  let i = at;
  while (i < t.length && (t[i] === ' ' || t[i] === '\t' || t[i] === '\u00a0')) i++;
  return i === t.length || !LETTER.test(t[i]!);
}

/**
 * The [start, end) spans of `t` (NFC) that repeat a unit of the room's words (a sentence of its
 * texts, or a sentence's end from a comma or colon on, of ROOM_WORDS_MIN words or more) word for
 * word, in any case and punctuation, each ending a clause of `t`. Linear in the words of `t`
 * (each word is looked up once; only units that begin with it are compared).
 */
export function roomWordSpans(t: string, words: readonly Word[] = roomWordsOf(t), beginnings = false): [number, number][] {
  const out: [number, number][] = [];
  if (words.length < ROOM_WORDS_MIN) return out;
  const byFirst = unitsByFirstWord(beginnings);
  for (let i = 0; i < words.length; i++) {
    const candidates = byFirst.get(words[i]!.key);
    if (!candidates) continue;
    for (const unit of candidates) {
      if (i + unit.length > words.length) continue;
      let k = 1;
      while (k < unit.length && words[i + k]!.key === unit[k]) k++;
      if (k < unit.length) continue;
      const end = words[i + unit.length - 1]!.end;
      if (endsClause(t, end)) out.push([words[i]!.start, end]);
    }
  }
  return out;
}

/**
 * A test whether a finding in `t` (NFC) lies wholly inside the room's own words (roomWordSpans).
 * The share is read against them on the first question only, so a share with no finding pays
 * nothing for it.
 */
export function roomWordsIn(t: string): (f: Found) => boolean {
  let spans: [number, number][] | null = null;
  return (f) => {
    spans ??= roomWordSpans(t);
    const end = f.index + f.match.length;
    return spans.some(([a, b]) => a <= f.index && end <= b);
  };
}

/** `s` with each of `spans` ([start, end) indexes into it) replaced by one space. */
export function blanked(s: string, spans: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (b <= at) continue;
    out += `${s.slice(at, Math.max(at, a))} `;
    at = b;
  }
  return out + s.slice(at);
}
