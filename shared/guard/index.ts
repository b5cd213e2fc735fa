// The share guard: a soft nudge shown to the speaker while writing. It never blocks a share,
// never reaches anyone else and never moderates; intense feelings are part of the work and are
// not its business (domain.md, "No advice", "Protect third parties"). Pure text analysis, bundled
// into the browser as well: no I/O, no Node or DOM APIs.
//
// Both languages' patterns always run, since people mix them; `lang` only settles what is
// ambiguous between them (a lower-case "i" is a preposition in bokmål, a pronoun in English).
import { findAdvice } from './advice.js';
import { findCrosstalk } from './crosstalk.js';
import { findEchoes, type EchoSources } from './echo.js';
import { HINTS, type Text } from './hints.js';
import type { Found, GuardKind } from './patterns.js';
import { dropOverlaps } from './patterns.js';
import { findPii } from './pii.js';
import { contactOffers } from './contact.js';
import { isContactHint } from './modes.js';
import { findRecommendations } from './recommend.js';
import { isReported } from './reported.js';
import { roomWordsIn } from './room-words.js';
import { isSlogan } from './slogans.js';
import { spokenToRoom } from './openers.js';

export type { GuardKind } from './patterns.js';
export type { EchoSources } from './echo.js';

export interface GuardHint {
  kind: GuardKind;
  /** The stretch of the draft the hint is about, as written (NFC). */
  match: string;
  hint: Text;
}

export interface GuardContext {
  /** Pseudonyms of the others in the meeting; the caller leaves out the speaker's own. */
  otherNames: string[];
  lang: 'nb' | 'en';
  /**
   * The speaker's own pseudonym: saying it ("Jeg heter Grå Måke og er pårørende", as members
   * introduce themselves) is not a real name to warn of (a fresh tester, 2026-12-02, was told
   * "this looks like a full name" of their own pseudonym). Only the whole pseudonym, any case.
   */
  ownName?: string;
  /**
   * The others' shares the writer has seen, and the room's common words (echo.ts): given, a
   * stretch repeating another's share word for word is crosstalk. Only the page has them; the
   * server's check runs without.
   */
  earlier?: EchoSources;
}

/** Whether `f` is a name-like finding that is just the speaker's own pseudonym (GuardContext.ownName). */
function isOwnName(f: Found, ownName: string | undefined): boolean {
  if (!ownName || (f.hint !== HINTS.fullName && f.hint !== HINTS.ownFullName && f.hint !== HINTS.place)) return false;
  return f.match.normalize('NFC').toLocaleLowerCase().replace(/\s+/gu, ' ') === ownName.normalize('NFC').toLocaleLowerCase().replace(/\s+/gu, ' ');
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Whether finding `f` lies wholly inside a pseudonym of the room (the speaker's own or another's)
 * as a whole word in `t`, any case: "Open Shore here", "Still Sea, alcoholic" name someone, they
 * order nobody (a fresh tester, 2026-12-05: the suggested pseudonym "Open …" read as the order
 * "Open"). Only asked of the rare advice finding, so a plain share costs nothing more.
 */
function insideName(t: string, f: Found, names: readonly string[]): boolean {
  const lower = t.toLowerCase();
  // A letter whose lower case is longer ("İ") would move the indexes: no match then.
  if (lower.length !== t.length) return false;
  const end = f.index + f.match.length;
  for (const raw of names) {
    const name = raw.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
    if (name.length < 2) continue;
    for (let at = lower.indexOf(name); at >= 0 && at <= f.index; at = lower.indexOf(name, at + 1)) {
      const after = at + name.length;
      if (end <= after && !LETTER.test(lower[at - 1] ?? '') && !LETTER.test(lower[after] ?? '')) return true;
    }
  }
  return false;
}

const SENTENCE_END = /[.!?\n]/u;
/** "your sponsor", "sønnen din", "din sønn": the listener's people (addressed.ts), as an advice's object. */
const POSSESSIVE = /^(?:your|ur|yer) |^(?:din|ditt|dine) | (?:din|ditt|dine|di)$/iu;

/** Whether `a` and `b` (indexes into `t`) stand in one sentence: no ".", "!", "?" or line break between them. */
function sameSentence(t: string, a: number, b: number): boolean {
  return !SENTENCE_END.test(t.slice(Math.min(a, b), Math.max(a, b)));
}

/**
 * `advice` without the findings inside an offer of contact whose details `pii` holds: "You can
 * always email me at anne@example.com" is the address's finding, not advice as well (a fresh
 * tester, 2026-12-06, got both for one offer; contact.ts contactOffers). Asked only when a share
 * has both advice and contact details, so a plain share costs nothing more.
 */
function withoutContactOffers(t: string, advice: Found[], pii: Found[]): Found[] {
  if (advice.length === 0) return advice;
  const contacts = pii.filter((f) => isContactHint(f)).map((f) => f.match);
  if (contacts.length === 0) return advice;
  const { offers } = contactOffers(t, contacts);
  return offers.length === 0 ? advice : advice.filter((f) => !offers.some(([a, b]) => a <= f.index && f.index + f.match.length <= b));
}

/** Hints for a draft share, in the order they appear; one per kind and wording. */
export function analyzeShare(text: string, ctx: GuardContext): GuardHint[] {
  const t = text.normalize('NFC');
  const names = ctx.ownName ? [ctx.ownName, ...ctx.otherNames] : ctx.otherNames;
  // The room's own words repeated ("Like we read: you can always pass") are nobody's advice or
  // reply (room-words.ts); asked last, and only of a finding, so a plain share costs nothing more.
  const roomWords = roomWordsIn(t);
  const pii = findPii(t, ctx.lang, ctx.otherNames);
  const advice = withoutContactOffers(
    t,
    dropOverlaps(
      [...findAdvice(t), ...findRecommendations(t)].filter((f) => !isReported(t, f.index, f.match) && !isSlogan(t, f.index) && !spokenToRoom(t, f.index, f.match) && !insideName(t, f, names) && !roomWords(f)),
    ),
    pii,
  );
  // "You should call your sponsor": "your sponsor" is the advice's object, not a second finding
  // of a reply to someone (a fresh tester, 2026-12-03, got both hints for one sentence). Naming
  // someone in the room stays crosstalk in any sentence ("Kari, you should…").
  const crosstalk = dropOverlaps(findCrosstalk(t, ctx.otherNames).filter((f) => !roomWords(f))).filter(
    (c) => c.hint !== HINTS.crosstalkReply || !POSSESSIVE.test(c.match) || !advice.some((a) => a.index < c.index && sameSentence(t, a.index, c.index)),
  );
  // A pseudonym in the room is crosstalk, not a third party's name: one hint is enough. A handle
  // is contact details whoever it names, so "@Kari" with Kari present gets both hints.
  const overlapsCrosstalk = (f: Found): boolean =>
    f.hint !== HINTS.handle &&
    crosstalk.some((c) => f.index < c.index + c.match.length && c.index < f.index + f.match.length);
  const found: Found[] = [
    ...advice,
    ...crosstalk,
    ...(ctx.earlier ? findEchoes(t, ctx.earlier) : []),
    ...pii.filter((f) => !overlapsCrosstalk(f) && !isOwnName(f, ctx.ownName)),
  ].sort((a, b) => a.index - b.index);
  const seen = new Set<string>();
  const hints: GuardHint[] = [];
  for (const f of found) {
    const key = `${f.kind}\u0000${f.match.toLowerCase().replace(/\s+/gu, ' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hints.push({ kind: f.kind, match: f.match, hint: f.hint });
  }
  return hints;
}

/** The text warmGuard runs: it trips every kind of finding (advice, crosstalk, pii) in both languages. */
export const GUARD_WARM_SAMPLE =
  'Takk Kari, som du sa: du burde ringe sponsoren din, har du prøvd å gå på flere møter? Ring meg på 912 34 567 eller skriv til ola@example.com. ' +
  "Thanks Ola, as you said: you should call your sponsor, have you tried meetings? My brother John Smith in Bergen, don't give up. > quoted";

/**
 * Runs the guard twice in each language over GUARD_WARM_SAMPLE, so its ~100 patterns are
 * compiled (V8 interprets a pattern on its first run and compiles it to machine code on the
 * next) before any meeting needs them. Done cold, inside the first share after a start, this
 * took 0.2–0.5 s of CPU and held every meeting's deliveries meanwhile (Issue 10); the compiled
 * patterns are about 2.5 MB of heap, which a server holds from its first share on either way.
 * Returns the ms spent.
 */
export function warmGuard(): number {
  const t0 = Date.now();
  for (let i = 0; i < 2; i++) for (const lang of ['nb', 'en'] as const) analyzeShare(GUARD_WARM_SAMPLE, { otherNames: ['Kari', 'Ola', 'Stille Fjord'], lang });
  return Date.now() - t0;
}
