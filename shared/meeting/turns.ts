// Turn order: who speaks now and who speaks next. Exactly one speaker at a time; the turn moves
// on when the speaker finishes, passes, runs out of time, is skipped, muted or gone.
import { rotateChair } from './chair.js';
import type { MeetingEvent, ShareEndReason } from './events.js';
import { flushNotes } from './notes.js';
import { markShared, oweHand } from './round-plan.js';
import { effectiveMode } from './turn-mode.js';
import type { MeetingState, Participant, RoundStatus, Speaker } from './state.js';
import { graceEnd } from './seat-grace.js';
import { inLineOrder } from './line-order.js';

export { effectiveMode } from './turn-mode.js';

export const inRound = (s: MeetingState): boolean => s.phase === 'round' || s.phase === 'open';

const STATUS_AFTER: Record<ShareEndReason, RoundStatus> = {
  finished: 'shared',
  // They sent part of a share and the clock ended the turn: shared, and cut short.
  timeout: 'sharedTimedOut',
  // Their time ran out before they sent anything: their turn, but no share, and not a pass.
  timeoutEmpty: 'timedOut',
  passed: 'passed',
  skipped: 'skipped',
  muted: 'skipped',
  gone: 'missed',
  left: 'missed',
  removed: 'missed',
  // Sent to the waiting room, their place in the circle is kept: owed a late turn if let in.
  waiting: 'missed',
};

export function startTurn(s: MeetingState, id: string, now: number, events: MeetingEvent[]): void {
  const p = s.participants.find((x) => x.id === id);
  if (!p) return;
  const length = turnLength(s, id);
  const deadline = now + length;
  // A new turn in open sharing: an earlier turn's clock-out no longer stands for a drop to date.
  const open = s.phase === 'open' ? s.openTurns?.find((e) => e.id === id) : undefined;
  if (open) {
    delete open.clockOutAt;
    delete open.startedAt;
  }
  // A turn given while the meeting is frozen starts with its clock paused at its whole length.
  // `turn`: the seq this command's state will have (decide sets it after apply): the turn's identity.
  s.speaker = { id, turn: s.seq + 1, startedAt: now, deadline, warned: false, extended: false, ackedBy: [], frozenRemaining: s.frozen ? length : null, heldSince: null };
  // A late turn goes on with what the turn a drop took had posted: time running out in it is not
  // "nothing shared" (a fresh tester, 2026-12-05: her first part stood in everyone's transcript).
  if (s.roundOrder.find((e) => e.id === id)?.posted) s.speaker.posted = true;
  events.push({ type: 'turn', id, name: p.name, deadline });
}

/**
 * The least share time a late turn starts with (ms): a minute, about 25–40 typed words on a phone
 * (../shared/domain.md "Text is slow"), enough to finish a sentence cut off by the drop even when
 * the drop came in the turn's last seconds. Never more than the meeting's share time.
 */
export const LATE_TURN_MIN_MS = 60_000;

/**
 * How long a turn starting now for `id` runs (ms): the meeting's share time, or, for a late turn
 * owed after a drop took the turn, the time that turn had left (at least LATE_TURN_MIN_MS or the
 * share time, whichever is less). Uses the owed time up: a later turn of theirs is a whole one.
 * A fresh tester (2026-12-04): dropped with 3:34 of 4:00 left, the late turn gave 4:00 again.
 */
function turnLength(s: MeetingState, id: string): number {
  const full = s.settings.shareMs;
  // In open sharing the owed time is kept per person (openTurns), not in the round's order.
  const entry = s.phase === 'open' ? s.openTurns?.find((e) => e.id === id) : s.roundOrder.find((e) => e.id === id);
  if (entry?.owedMs === undefined) return full;
  const owed = entry.owedMs;
  delete entry.owedMs;
  return Math.max(owed, Math.min(LATE_TURN_MIN_MS, full));
}

/** Stops the share clock (freeze, or a held turn); a clock already stopped keeps its time left. */
export function pauseClock(s: MeetingState, now: number): void {
  const sp = s.speaker;
  if (sp && sp.frozenRemaining === null) sp.frozenRemaining = Math.max(0, sp.deadline - now);
}

/** Restarts the share clock from the time left, unless the meeting is still frozen or the turn still held. */
export function resumeClock(s: MeetingState, now: number): void {
  const sp = s.speaker;
  if (!sp || sp.frozenRemaining === null || s.frozen || sp.heldSince !== null) return;
  sp.deadline = now + sp.frozenRemaining;
  sp.frozenRemaining = null;
}

/**
 * The speaker's connection dropped: on a weak phone link that is every share, so the turn is held
 * for the speaker grace with the clock stopped (Issue 7: "a blip must never cost a turn"). With
 * no speaker grace the turn moves on at once, as when the grace runs out.
 */
export function holdTurn(s: MeetingState, now: number, events: MeetingEvent[]): void {
  const sp = s.speaker;
  if (!sp || sp.heldSince !== null) return;
  if (turnHoldMs(s) <= 0) return dropTurn(s, now, events);
  sp.heldSince = now;
  pauseClock(s, now);
  const name = s.participants.find((p) => p.id === sp.id)?.name ?? '';
  if (s.frozen) {
    // A drop during a pause: the hold waits, whole, for the chair's resume (pauseHold). `until`
    // says when it would end were the meeting resumed at once; `paused` that it does not run yet.
    sp.holdLeft = turnHoldMs(s);
    events.push({ type: 'turnHeld', id: sp.id, name, until: now + sp.holdLeft, paused: true });
    return;
  }
  events.push({ type: 'turnHeld', id: sp.id, name, until: now + turnHoldMs(s) });
}

/**
 * When the hold of a dropped speaker's turn ends (server ms): the clock gives the turn up then
 * (decide.ts tick). Null when no turn is held, or while the hold is stopped by a pause (it then
 * has `holdLeftMs` left and ends at no fixed time).
 */
export function holdEnd(s: Pick<MeetingState, 'speaker' | 'settings'>): number | null {
  const sp = s.speaker;
  if (!sp || sp.heldSince === null || sp.holdLeft !== undefined) return null;
  return sp.holdEndsAt ?? sp.heldSince + turnHoldMs(s);
}

/** The hold's time left (ms) while the meeting is paused and the turn held (stopped, not counting down); else null. */
export function holdLeftMs(s: Pick<MeetingState, 'speaker'>): number | null {
  const sp = s.speaker;
  return sp && sp.heldSince !== null && sp.holdLeft !== undefined ? sp.holdLeft : null;
}

/**
 * The meeting is paused (freeze on): a running hold stops with the time it has left, as the share
 * clock does (pauseClock). A chair who pauses to wait for a dropped speaker must not see them lose
 * the turn during the pause (a fresh tester, Chromium: "The turn moved on from Quiet Harbour"
 * while the meeting was still paused). The seat's own grace period stops too (seat-grace.ts),
 * except the chair's.
 */
export function pauseHold(s: MeetingState, now: number): void {
  const end = holdEnd(s);
  const sp = s.speaker;
  if (end === null || !sp) return;
  sp.holdLeft = Math.max(0, end - now);
  delete sp.holdEndsAt;
}

/**
 * The pause is lifted (freeze off, or the meeting unfrozen as its chair is gone): a stopped hold
 * runs again with the time it had left (the whole hold, for a drop during the pause), but never
 * past the end of the seat's grace period (a turn does not wait for a seat already given up,
 * turnHoldMs; the seat's grace must have been resumed first: seat-grace.ts resumeGraces). The
 * room hears when it now ends: a fresh `turnHeld`.
 */
export function resumeHold(s: MeetingState, now: number, events: MeetingEvent[]): void {
  const sp = s.speaker;
  if (!sp || sp.heldSince === null || sp.holdLeft === undefined) return;
  const p = s.participants.find((x) => x.id === sp.id);
  // The seat's own end, its grace resumed first (seat-grace.ts resumeGraces).
  const seatEnds = (p ? graceEnd(s, p) : null) ?? Infinity;
  sp.holdEndsAt = Math.min(now + sp.holdLeft, seatEnds);
  delete sp.holdLeft;
  events.push({ type: 'turnHeld', id: sp.id, name: p?.name ?? '', until: sp.holdEndsAt, resumed: true });
}

/**
 * How long a dropped speaker's turn is held (ms): the speaker grace, but never longer than the
 * seat itself is kept (the grace period). A turn cannot wait for a seat already given up, and
 * the room and the speaker must not be told it is held past then (a fresh tester, 2026-12-02,
 * with a 3 s grace period and the 20 s speaker grace: "held for 19 s", then "left").
 */
export function turnHoldMs(s: Pick<MeetingState, 'settings'>): number {
  return Math.min(s.settings.speakerGraceMs, s.settings.graceMs);
}

/** The held speaker is back within the grace: they simply continue, with the time they had left. */
export function resumeHeldTurn(s: MeetingState, now: number, events: MeetingEvent[]): void {
  const sp = s.speaker;
  if (!sp || sp.heldSince === null) return;
  sp.heldSince = null;
  // Back during a pause, or after one: no hold is left to stop or to run out.
  delete sp.holdLeft;
  delete sp.holdEndsAt;
  resumeClock(s, now);
  const name = s.participants.find((p) => p.id === sp.id)?.name ?? '';
  events.push({ type: 'turnResumed', id: sp.id, name, deadline: sp.deadline });
}

/**
 * A held turn is given up (the grace ran out, or the chair skipped it): it ends as `gone` and the
 * speaker is owed a late turn — `missed` in a circle round, the front of the queue with hands.
 */
export function dropTurn(s: MeetingState, now: number, events: MeetingEvent[]): void {
  const sp = s.speaker;
  if (!sp) return;
  // The clock stopped when the turn was held (or runs still, with no speaker grace).
  const left = sp.frozenRemaining ?? Math.max(0, sp.deadline - now);
  endTurn(s, 'gone', events);
  owe(s, sp.id, left);
  oweLateHand(s, sp.id, events);
  advanceTurn(s, now, events);
}

/**
 * With raised hands (a round by hands, open sharing), a turn a dropped connection took is owed as
 * the hand first in the queue, after late turns lost earlier (round-plan.ts oweHand): the
 * hands' counterpart of a circle round's `missed`. Nothing in other modes.
 */
export function oweLateHand(s: MeetingState, id: string, events: MeetingEvent[]): void {
  if (inRound(s) && effectiveMode(s) === 'hands' && oweHand(s, id)) events.push({ type: 'hands', queue: [...s.hands] });
}

/**
 * Records the share time (ms) a late turn of `id` is owed (turnLength): on the round's entry in
 * the round still going, and in open sharing on the person's `openTurns` entry (their late turn
 * is the hand round-plan.ts oweHand puts first).
 */
export function owe(s: MeetingState, id: string, ms: number): void {
  if (s.phase === 'open') {
    openTurn(s, id).owedMs = ms;
    return;
  }
  const entry = s.roundOrder.find((e) => e.id === id);
  if (entry && s.phase === 'round' && entry.status === 'missed') entry.owedMs = ms;
}

/** `id`'s entry in open sharing's `openTurns`, made if they have none. */
export function openTurn(s: MeetingState, id: string): NonNullable<MeetingState['openTurns']>[number] {
  const turns = (s.openTurns ??= []);
  let entry = turns.find((e) => e.id === id);
  if (!entry) turns.push((entry = { id }));
  return entry;
}

/**
 * On the ended turn's record (the round's order entry, or open sharing's openTurns entry): for a
 * turn the clock ended, its start and clock-out (ms), so a drop dated before the clock-out
 * (decide.ts owedAfterLateDrop) owes the time from the drop, or from the start, to the clock-out;
 * nothing for a turn ended otherwise. The turn's owed time is used up either way.
 */
function keepClockOut(rec: { startedAt?: number; clockOutAt?: number; owedMs?: number }, sp: Speaker, reason: ShareEndReason, endedAt: number | undefined): void {
  delete rec.owedMs;
  if (reason === 'timeout' || reason === 'timeoutEmpty') {
    rec.startedAt = sp.startedAt;
    rec.clockOutAt = Math.min(endedAt ?? sp.deadline, sp.deadline);
  } else {
    delete rec.startedAt;
    delete rec.clockOutAt;
  }
}

/**
 * Ends the current turn. With nothing posted a `timeout` ends as `timeoutEmpty` and a `finished`
 * (Done) as `passed`: no share reached the room, so no "has shared" mark (a held share dropped
 * with "Finish without it" included). `endedAt` (ms): when a time-out happened, if before the
 * turn's deadline (the script moved on); kept on the round's entry (decide.ts owedAfterLateDrop).
 */
export function endTurn(s: MeetingState, given: ShareEndReason, events: MeetingEvent[], endedAt?: number): void {
  const sp = s.speaker;
  if (!sp) return;
  const reason: ShareEndReason = !sp.posted && given === 'timeout' ? 'timeoutEmpty' : !sp.posted && given === 'finished' ? 'passed' : given;
  s.speaker = null;
  // A share the guard held and its speaker never released is dropped with the turn.
  s.held = null;
  const entry = s.roundOrder.find((e) => e.id === sp.id);
  if (entry && s.phase === 'round') {
    entry.status = STATUS_AFTER[reason];
    keepClockOut(entry, sp, reason, endedAt);
    if (reason === 'gone' && sp.posted) entry.posted = true;
    else delete entry.posted;
  }
  if (s.phase === 'open') {
    // As the round's entry keeps it: when this turn's clock ran out, for a drop dated before it.
    keepClockOut(openTurn(s, sp.id), sp, reason, endedAt);
  }
  const name = s.participants.find((p) => p.id === sp.id)?.name ?? '';
  if (reason === 'finished' || reason === 'timeout') markShared(s, sp.id);
  events.push({ type: 'shareEnded', id: sp.id, name, reason });
  // The chair's notes that waited for this share go out now, before anyone else speaks.
  flushNotes(s, events);
}

export function startRound(s: MeetingState, now: number, events: MeetingEvent[]): void {
  s.roundNumber += 1;
  s.roundOrder = s.participants.filter((p) => p.role === 'participant').map((p, i) => ({ id: p.id, status: 'pending' as const, line: i }));
  s.hands = [];
  s.roundActive = true;
  advanceTurn(s, now, events);
}

/** Present, not muted, and sharing (not listening): may hold the turn now. */
export const mayTakeTurn = (s: MeetingState, id: string): boolean => seatMayTakeTurn(s.participants.find((x) => x.id === id));

/** mayTakeTurn for a seat already found (undefined: no such seat). */
export const seatMayTakeTurn = (p: Participant | undefined): boolean => !!p && p.connected && !p.muted && p.role === 'participant';

/** Someone owed a late turn who still holds their seat, with the connection down (in the seat grace). */
export const owedAndAway = (s: MeetingState, id: string): boolean => {
  const p = s.participants.find((x) => x.id === id);
  return !!p && !p.connected && !p.muted && p.role === 'participant';
};

/** Called whenever nobody holds the turn during a round: picks the next speaker, if any. */
export function advanceTurn(s: MeetingState, now: number, events: MeetingEvent[]): void {
  if (s.speaker || !inRound(s) || s.frozen) return;
  const mode = effectiveMode(s);
  if (mode === 'hands') {
    const next = s.hands.find((id) => mayTakeTurn(s, id));
    if (!next) return;
    s.hands = s.hands.filter((id) => id !== next);
    events.push({ type: 'hands', queue: [...s.hands] });
    startTurn(s, next, now, events);
    return;
  }
  if (mode !== 'circle' || !s.roundActive) return;
  // In line order (line-order.ts): the first who can take the turn gets it, a late turn whose
  // person is back as much as a place still pending, so that who is told "next" (on-deck.ts
  // upNext) is who gets it.
  for (const entry of inLineOrder(s.roundOrder)) {
    if (entry.status === 'missed' && mayTakeTurn(s, entry.id)) return startTurn(s, entry.id, now, events);
    if (entry.status !== 'pending') continue;
    if (mayTakeTurn(s, entry.id)) return startTurn(s, entry.id, now, events);
    // Disconnected people are passed over now and owed a late turn; muted ones are skipped.
    const p = s.participants.find((x) => x.id === entry.id);
    entry.status = p && !p.connected ? 'missed' : 'skipped';
  }
  // A late turn is owed to someone whose seat is still held: the round completes only after it,
  // or when their seat grace runs out (the chair can still move on with `advance`).
  if (s.roundOrder.some((e) => e.status === 'missed' && owedAndAway(s, e.id))) return;
  s.roundActive = false;
  events.push({ type: 'roundComplete', round: s.roundNumber });
  if (s.settings.rotateChairEachRound) rotateChair(s, events);
}
