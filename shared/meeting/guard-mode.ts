// The share guard in the meeting core (issue 12): every share passes the same pure analysis the
// page runs while typing (shared/guard), in the meeting's mode. Never a silent rewrite, never a
// block on feelings: the guard only ever asks the speaker to look again.
//   off   — only contact details (phone, e-mail, link, @handle) are stopped for a look.
//   nudge — (default) a flagged share is refused with GUARD_HINT until the speaker rephrases it
//           or sends it again with `confirm`; the chair sees only a count of flagged shares.
//   hold  — a flagged share is held: nobody sees it until the speaker rephrases it (a new share
//           replaces it) or releases it (releaseHeld); the held text goes when the turn ends.
// Source: domain.md "The rules the server enforces" and "What online meetings teach" (pre-send
// prompts change about a fifth of flagged posts; the guard informs and the chair decides).
import type { ErrorCode } from '../errors.js';
import { analyzeShare, type GuardHint } from '../guard/index.js';
import { HINTS } from '../guard/hints.js';
import { modelFinding } from '../guard/model.js';
import { isSlogan } from '../guard/slogans.js';
import { spokenToRoom } from '../guard/openers.js';
import { blanked, roomWordSpans } from '../guard/room-words.js';
import { isContactHint, stopsKeeperText, stopsShare } from '../guard/modes.js';
import { contactOffers } from '../guard/contact.js';
import { mayName } from './discretion.js';
import type { MeetingEvent } from './events.js';
import { recordShare } from './reports.js';
import type { MeetingState, Participant } from './state.js';

import { DEFAULT_GUARD_MODE, type GuardMode } from './guard-mode-names.js';

export { DEFAULT_GUARD_MODE, GUARD_MODES, type GuardMode } from './guard-mode-names.js';

/** What a client learns about a finding: its kind and the words it is about (never a rewrite). */
export interface GuardFinding {
  kind: GuardHint['kind'];
  match: string;
}

/** The guard's part of a meeting view. */
export interface GuardView {
  mode: GuardMode;
  /** Shares that went out after a hint (nudge) or were held (hold): the chair's alone, else null. */
  count: number | null;
  /** Your held share, if you have one (hold mode). */
  held: { text: string; findings: GuardFinding[] } | null;
}

export const guardModeOf = (s: MeetingState): GuardMode => s.guardMode ?? DEFAULT_GUARD_MODE;

/**
 * What the guard reads `me`'s words against: the pseudonyms of the others `me` may see
 * (`otherNames`: naming one is crosstalk; discretion.ts mayName) and the meeting's language, with
 * `me`'s own pseudonym, which is no full name to stop (GuardContext.ownName). In a discreet
 * meeting a member sees nobody else's name, so the guard reads their words against none: its
 * findings (crosstalk for a name present, a full name for one absent) would otherwise tell them
 * who is there, one guessed name at a time (a fresh tester probed "Like Kari said…" that way).
 * The page reads against the same names, those of its view.
 */
function guardContext(s: MeetingState, me: Pick<Participant, 'id'>): { otherNames: string[]; context: Parameters<typeof analyzeShare>[1] } {
  const otherNames: string[] = [];
  let ownName: string | undefined;
  for (const p of s.participants) {
    if (p.id === me.id) ownName = p.name;
    else if (mayName(s, me.id, p.id)) otherNames.push(p.name);
  }
  return { otherNames, context: { otherNames, lang: s.language, ...(ownName ? { ownName } : {}) } };
}

/**
 * The findings that stop `text` from `me` for a look in this meeting's mode: the rules'
 * (shared/guard), and when they find no advice or crosstalk, the model's if one is registered
 * (the server's, shared/guard/model.ts): one `advice` finding whose match is the sentence it is
 * sure of, with the next one (the whole stretch, since no single words carry it).
 */
export function shareFindings(s: MeetingState, me: Pick<Participant, 'id'>, text: string): GuardFinding[] {
  const { otherNames, context } = guardContext(s, me);
  const mode = guardModeOf(s);
  const hints = analyzeShare(text, context).filter((h) => stopsShare(h, mode));
  const findings: GuardFinding[] = hints.map((h) => ({ kind: h.kind, match: h.match }));
  if (stopsShare({ kind: 'advice', hint: HINTS.advice }, mode) && !findings.some((f) => f.kind !== 'pii')) {
    const m = modelFinding(text, otherNames);
    // A slogan is the fellowship's words, not advice, nor is a goodbye to the whole room ("Ta vare
    // på dere selv"): the model, trained on shares, may not know them.
    const said = m?.match.normalize('NFC');
    if (m && said !== undefined && !isSlogan(said, 0) && !spokenToRoom(said, 0, said) && !onlyContactOffer(text, hints, otherNames)) findings.push({ kind: 'advice', match: m.match });
  }
  return findings;
}

/**
 * Whether the model's finding in `text` is only an offer of contact whose details already stop
 * the share (`hints`; contact.ts contactOffers): "You can call me on 912 34 567 after the
 * meeting" is the phone number's finding, not advice as well (a fresh tester, 2026-12-06, got
 * both for one offer). The share is judged again without the clauses of its offers ("You can
 * always email me at anne.b@example.com if you want to talk": the whole share, as the model's
 * sentences split at the dots of an address); advice left in it stays ("Text me at 912 34 567,
 * then you must leave him tonight"). Asked only of a share with contact details that the model flags.
 */
function onlyContactOffer(text: string, hints: readonly GuardHint[], otherNames: string[]): boolean {
  const contacts = hints.filter((h) => isContactHint(h)).map((h) => h.match);
  if (contacts.length === 0) return false;
  const t = text.normalize('NFC');
  const { clauses } = contactOffers(t, contacts);
  return clauses.length > 0 && modelFinding(blanked(t, clauses), otherNames) === null;
}

/**
 * The findings that stop `text`, written by the chair `me` to the whole room (a `chairNote`, the
 * topic), for a look: its contact details in every guard mode, full names where they stop a share
 * (modes.ts stopsKeeperText). The room's pseudonyms are the room's (crosstalk to the guard, never
 * stopped here); the chair's own is no full name to stop.
 */
export function keeperTextFindings(s: MeetingState, me: Pick<Participant, 'id'>, text: string): GuardFinding[] {
  const { context } = guardContext(s, me);
  const mode = guardModeOf(s);
  return analyzeShare(text, context)
    .filter((h) => stopsKeeperText(h, mode))
    .map((h) => ({ kind: h.kind, match: h.match }));
}

/**
 * The check before a chair's note or topic goes to everyone: GUARD_HINT (with the findings told
 * to `hint`) while it holds what keeperTextFindings stops and is not `confirm`ed, else undefined. In hold mode
 * as in nudge: nobody's turn waits on the chair's words, so there is nothing to hold them for.
 */
export function guardKeeperText(s: MeetingState, me: Pick<Participant, 'id'>, text: string, confirm: boolean, hint: (findings: GuardFinding[]) => void): ErrorCode | undefined {
  if (confirm) return undefined;
  const findings = keeperTextFindings(s, me, text);
  if (findings.length === 0) return undefined;
  hint(findings);
  return 'GUARD_HINT';
}

/** Posts `text` as `me`'s share; `guarded`: what the guard found in it, sent anyway (null: nothing). */
const post = (s: MeetingState, me: Participant, text: string, ev: MeetingEvent[], guarded: GuardFinding[] | null = null): void => {
  s.held = null;
  recordShare(s, me, text, guarded && guarded.map((f) => f.kind));
  if (s.speaker?.id === me.id) s.speaker.posted = true;
  ev.push({ type: 'share', id: me.id, name: me.name, text });
};

/**
 * The page's own finding, as the share carries it (`echo`: the stretch of `text` that repeats
 * another member's share word for word, shared/guard/echo.ts), when it stops a share in this mode:
 * only the page holds the others' words, so it is taken as told, and only as a stretch of the
 * share itself (anything else is dropped: a client could as well not tell it, and the chair must
 * never be shown words the share does not hold).
 */
function echoFinding(s: MeetingState, text: string, echo: string | undefined): GuardFinding[] {
  if (!echo || !text.includes(echo) || !stopsShare({ kind: 'crosstalk', hint: HINTS.echo }, guardModeOf(s)) || roomsOwn(echo)) return [];
  return [{ kind: 'crosstalk', match: echo }];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Whether a told echo is the room's own words (its readings, guidelines, the Serenity Prayer:
 * room-words.ts) but for two words at most: said by everyone, they are nobody's share to repeat,
 * as the page's own check counts them (echo.ts). A client that tells the server otherwise is not
 * taken at its word (a fresh tester's raw client had the Serenity Prayer refused as crosstalk).
 */
function roomsOwn(echo: string): boolean {
  const t = echo.normalize('NFC');
  const spans = roomWordSpans(t);
  return spans.length > 0 && (blanked(t, spans).match(WORD)?.length ?? 0) <= 2;
}

/**
 * A share from the speaker (the turn is checked by the caller). `echo`: the page's finding that
 * it repeats another's share (echoFinding), weighed with the guard's own. On GUARD_HINT, `hint` is
 * told the findings, so the answer to the speaker needs no second run of the guard (Issue 10).
 */
export function guardShare(
  s: MeetingState,
  me: Participant,
  text: string,
  confirm: boolean,
  ev: MeetingEvent[],
  hint: (findings: GuardFinding[]) => void = () => undefined,
  echo?: string,
): ErrorCode | undefined {
  const told = echoFinding(s, text, echo);
  const findings = told.length ? [...shareFindings(s, me, text), ...told] : shareFindings(s, me, text);
  if (findings.length === 0) {
    post(s, me, text, ev);
    return undefined;
  }
  if (guardModeOf(s) === 'hold') {
    // One count per held share: a flagged share that replaces the speaker's held one (sent
    // again, with or without `confirm`) is the same share still waiting, not another.
    if (s.held?.id !== me.id) s.guardCount = (s.guardCount ?? 0) + 1;
    s.held = { id: me.id, text, ...(told.length ? { echo: told[0]!.match } : {}) };
    ev.push({ type: 'held', to: me.id });
    return undefined;
  }
  if (!confirm) {
    hint(findings);
    return 'GUARD_HINT';
  }
  s.guardCount = (s.guardCount ?? 0) + 1;
  post(s, me, text, ev, findings);
  return undefined;
}

/** What the guard found in a held share: its own findings, and the page's echo it was held with. */
const heldFindings = (s: MeetingState, id: string, held: NonNullable<MeetingState['held']>): GuardFinding[] => [
  ...shareFindings(s, { id }, held.text),
  ...echoFinding(s, held.text, held.echo),
];

/** The speaker sends their held share as it is. Errors: NOT_YOUR_TURN, NOTHING_HELD (nothing of theirs is held). */
export function releaseHeld(s: MeetingState, me: Participant, ev: MeetingEvent[]): ErrorCode | undefined {
  if (s.speaker?.id !== me.id) return 'NOT_YOUR_TURN';
  if (!s.held || s.held.id !== me.id) return 'NOTHING_HELD';
  post(s, me, s.held.text, ev, heldFindings(s, me.id, s.held));
  return undefined;
}

/** The chair changes the mode; a held share waits no longer in `off`/`nudge`: it stays the speaker's to release. */
export function setGuardMode(s: MeetingState, mode: GuardMode, ev: MeetingEvent[]): ErrorCode | undefined {
  if (guardModeOf(s) === mode) return 'ALREADY_DONE';
  s.guardMode = mode;
  ev.push({ type: 'guardMode', mode });
  return undefined;
}

export function guardView(s: MeetingState, youId: string, isChair: boolean): GuardView {
  const held = s.held && s.held.id === youId && s.speaker?.id === youId ? s.held : null;
  return {
    mode: guardModeOf(s),
    count: isChair ? (s.guardCount ?? 0) : null,
    held: held ? { text: held.text, findings: heldFindings(s, youId, held) } : null,
  };
}
