// A dropped connection's grace period, and the pause. A seat (or a place at the door) whose
// connection is down is kept for `settings.graceMs`; the clock gives it up after that
// (decide.ts tick). While the chair has paused the meeting (`frozen`, a break) that grace does not
// run: a member on a weak phone link whose connection drops during the break must find their seat
// after it (a tester came back from a break to a seat given up). The grace stops with the time it
// has left, as the share clock (`Speaker.frozenRemaining`) and a held turn (`Speaker.holdLeft`)
// do, and runs again from the resume. One exception: the chair's own grace runs on, because only
// the chair can lift the pause; a chair gone for good must still pass the chair on (or, with
// nobody to take it, unpause the meeting: membership.ts unseat), or the meeting would stand still.
import type { MeetingState, Participant, WaitingEntry } from './state.js';

/** A seat or a place at the door: both are kept for the grace period while their connection is down. */
type Away = Participant | WaitingEntry;

/** When the connection dropped (server ms), or null while it is up. */
const droppedAt = (a: Away): number | null => ('disconnectedAt' in a ? a.disconnectedAt : a.absentSince);

/**
 * Whether a pause keeps `id`'s grace from running: the meeting is paused and they do not hold the
 * chair. True for a connected person too (their grace would stop if they dropped now).
 */
export function pauseKeepsSeat(s: Pick<MeetingState, 'frozen' | 'chairId'>, id: string): boolean {
  return s.frozen && s.chairId !== id;
}

/**
 * When the seat or place `a` is given up (server ms): `graceMs` after its connection dropped, or,
 * after a pause lifted while it was away, the time it had left counted from the resume
 * (`graceEndsAt`). Null while the connection is up, and while a pause keeps it (`graceLeft`): it
 * then ends at no fixed time.
 */
export function graceEnd(s: Pick<MeetingState, 'settings'>, a: Away): number | null {
  const from = droppedAt(a);
  if (a.connected || from === null || a.graceLeft !== undefined) return null;
  return a.graceEndsAt ?? from + s.settings.graceMs;
}

/**
 * `a`'s connection has just dropped (its `connected`/drop time already set): during a pause the
 * whole grace period waits for the resume (as a held turn's whole hold does, turns.ts holdTurn),
 * unless `a` holds the chair.
 */
export function graceOnDrop(s: Pick<MeetingState, 'frozen' | 'chairId' | 'settings'>, a: Away): void {
  delete a.graceEndsAt;
  delete a.graceLeft;
  if (pauseKeepsSeat(s, a.id)) a.graceLeft = s.settings.graceMs;
}

/** `a`'s connection is back (or they left the seat): no grace is left to keep or to run out. */
export function graceOnReturn(a: Away): void {
  delete a.graceLeft;
  delete a.graceEndsAt;
}

/**
 * The meeting is paused (freeze on): every running grace but the chair's stops with the time it
 * has left (ms, never below 0). Call after `s.frozen` is set; again whenever the chair changes
 * during a pause (decide.ts), so that the rule follows the chair: a chair who gives the chair up
 * while their own connection is down (a command already on its way) is kept from then on like
 * everyone else, and a stopped grace of whoever now chairs runs from now.
 */
export function pauseGraces(s: MeetingState, now: number): void {
  for (const a of [...s.participants, ...s.waiting]) {
    if (!pauseKeepsSeat(s, a.id)) {
      if (!s.frozen || a.graceLeft === undefined) continue;
      a.graceEndsAt = now + a.graceLeft;
      delete a.graceLeft;
      continue;
    }
    const end = graceEnd(s, a);
    if (end === null) continue;
    a.graceLeft = Math.max(0, end - now);
    delete a.graceEndsAt;
  }
}

/**
 * The pause is lifted (freeze off, or unfrozen because its chair is gone): every stopped grace
 * runs again from `now` with the time it had left (the whole grace period for a drop during the
 * pause). Call before resuming a held turn (turns.ts resumeHold), whose end it bounds.
 */
export function resumeGraces(s: MeetingState, now: number): void {
  for (const a of [...s.participants, ...s.waiting]) {
    if (a.graceLeft === undefined) continue;
    a.graceEndsAt = now + a.graceLeft;
    delete a.graceLeft;
  }
}

/** A seat becomes a place at the door or the other way round (sent back, let in): its grace goes with it. */
export function carryGrace(from: Away, to: Away): void {
  graceOnReturn(to);
  if (from.connected) return;
  if (from.graceLeft !== undefined) to.graceLeft = from.graceLeft;
  if (from.graceEndsAt !== undefined) to.graceEndsAt = from.graceEndsAt;
}
