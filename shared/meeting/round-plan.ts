// A round that fits the time. A text round is slow (25–40 words a minute on a phone), so the
// chair may set when sharing must end; the page then suggests a share length (time left ÷
// people still to share) the chair can apply, and a "last call" closes the hand queue a set
// time before the end. Optionally people who have not shared yet in this meeting go first in
// the hand queue; who has shared is a marker only the server and the chair use.
import type { ErrorCode } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { MeetingEvent } from './events.js';
import type { MeetingState } from './state.js';
import { effectiveMode } from './turn-mode.js';

/** When the hand queue closes (ms since the epoch), or null when no end of sharing is set. */
export function lastCallAt(s: MeetingState): number | null {
  const end = s.plan.sharingEndsAt;
  return end === null ? null : end - s.plan.lastCallMs;
}

/** Whether the last call has come: no new hands are taken. */
export function handsClosed(s: MeetingState, now: number): boolean {
  const at = lastCallAt(s);
  return at !== null && now >= at;
}

const hasShared = (s: MeetingState, id: string): boolean => s.sharedIds.includes(id);

/** Whether `id`'s raised hand is a late turn (`lateHands`: a dropped speaker's, first in the queue). */
const isLate = (s: MeetingState, id: string): boolean => s.lateHands?.includes(id) ?? false;

/**
 * Puts a raised hand in the queue: at the end, or (not-shared-first) before everyone who has
 * shared; never before a late turn's hand (oweHand), which stays first.
 */
export function queueHand(s: MeetingState, id: string): void {
  const at = s.hands.findIndex((h) => !isLate(s, h) && s.plan.notSharedFirst && !hasShared(s, id) && hasShared(s, h));
  if (at < 0) s.hands.push(id);
  else s.hands.splice(at, 0, id);
}

/**
 * A speaker whose turn a dropped connection took (turns.ts dropTurn, decide.ts
 * owedAfterLateDrop), in a round by hands or open sharing, gets their hand back at the front of
 * the queue, after the late turns lost before theirs (`lateHands`), and before every hand raised
 * the ordinary way, whether those were raised before the drop or after it, and whatever the hand
 * priority: their hand was the queue's first (it gave them the turn), and they were already
 * speaking; a blip must never cost a turn (domain.md "Weak links"). They take it when back
 * (turns.ts advanceTurn passes over a seat whose connection is down), unless the seat's grace
 * runs out first (the hand goes with the seat) or the chair lowers it. A fresh tester: back from a
 * drop, a member waited behind a newcomer's hand raised after the drop, with "people who have not
 * shared go first" on. No-op for someone no longer seated or whose hand is already up.
 */
export function oweHand(s: MeetingState, id: string): boolean {
  if (!s.participants.some((p) => p.id === id) || s.hands.includes(id)) return false;
  const late = (s.lateHands ?? []).filter((h) => s.hands.includes(h));
  s.hands.splice(late.length, 0, id);
  s.lateHands = [...late, id];
  return true;
}

/**
 * Keeps `lateHands` to hands still up (a late turn taken, a hand lowered, a seat gone), open
 * sharing's `openTurns` to seated people in open sharing, and owed time (open sharing's, and the
 * round's order's in a round by hands) only while the late hand is up: after every command.
 */
export function settleLateHands(s: MeetingState): void {
  settleOpenTurns(s);
  settleRoundOwed(s);
  const late = s.lateHands;
  if (late === undefined) return;
  if (late.every((id) => s.hands.includes(id))) return;
  const kept = late.filter((id) => s.hands.includes(id));
  if (kept.length > 0) s.lateHands = kept;
  else delete s.lateHands;
}

type RoundEntry = MeetingState['roundOrder'][number];
const entryWithoutOwed = ({ owedMs: _, ...rest }: RoundEntry): RoundEntry => rest;

/**
 * In a round by hands the owed time of a turn a drop took is the late hand's (oweHand): once that
 * hand is down (taken, lowered by the chair, or its seat gone), a hand raised later is an
 * ordinary, whole turn, as in open sharing (settleOpenTurns). A helper's finding: lowered, the
 * late hand's 90 s stayed in the round's order and cut a later hand to them. In a circle round the
 * owed time stays with the `missed` place, which has no hand.
 */
function settleRoundOwed(s: MeetingState): void {
  if (s.phase !== 'round' || effectiveMode(s) !== 'hands') return;
  const stale = (e: RoundEntry): boolean => e.owedMs !== undefined && !s.hands.includes(e.id);
  if (!s.roundOrder.some(stale)) return;
  // New entries, never a change in place: a share's decide shares this array with the state it came from (clone.ts).
  s.roundOrder = s.roundOrder.map((e) => (stale(e) ? entryWithoutOwed(e) : e));
}

type OpenTurn = NonNullable<MeetingState['openTurns']>[number];
const withoutOwed = ({ owedMs: _, ...rest }: OpenTurn): OpenTurn => rest;

function settleOpenTurns(s: MeetingState): void {
  const turns = s.openTurns;
  if (turns === undefined) return;
  if (s.phase !== 'open') {
    delete s.openTurns;
    return;
  }
  // New entries, never a change in place: a share's decide shares this array with the state it came from (clone.ts).
  const left = turns
    .filter((e) => s.participants.some((p) => p.id === e.id))
    .map((e) => (e.owedMs !== undefined && !s.hands.includes(e.id) ? withoutOwed(e) : e))
    .filter((e) => e.owedMs !== undefined || e.clockOutAt !== undefined);
  if (left.length === turns.length && left.every((e, i) => e === turns[i])) return;
  if (left.length > 0) s.openTurns = left;
  else delete s.openTurns;
}

/**
 * A stable reorder of the queue: late turns' hands first (oweHand), then those who have not
 * shared, each group in its own order.
 */
function prioritise(s: MeetingState): boolean {
  const late = s.hands.filter((id) => isLate(s, id));
  const rest = s.hands.filter((id) => !isLate(s, id));
  const next = [...late, ...rest.filter((id) => !hasShared(s, id)), ...rest.filter((id) => hasShared(s, id))];
  const changed = next.some((id, i) => s.hands[i] !== id);
  s.hands = next;
  return changed;
}

/** Records that someone shared (finished or ran out of time): for hand priority only. */
export function markShared(s: MeetingState, id: string): void {
  if (!s.sharedIds.includes(id)) s.sharedIds.push(id);
}

/** setShareLength: `ms` (LIMITS.shareMsMin..shareMsMax) applies from the next turn; the turn under way keeps its clock. */
export function setShareLength(s: MeetingState, ms: number, ev: MeetingEvent[]): ErrorCode | undefined {
  if (s.phase === 'closing') return 'WRONG_PHASE';
  if (!Number.isInteger(ms) || ms < LIMITS.shareMsMin || ms > LIMITS.shareMsMax) return 'INVALID_PAYLOAD';
  if (s.settings.shareMs === ms) return 'ALREADY_DONE';
  s.settings.shareMs = ms;
  ev.push({ type: 'shareLength', ms });
  return undefined;
}

/**
 * setPlan: sharing must end `endsInMs` from now (null clears it); the hand queue closes
 * `lastCallMs` before that. A new end re-arms the last call.
 */
export function setPlan(s: MeetingState, endsInMs: number | null, lastCallMs: number, now: number, ev: MeetingEvent[]): ErrorCode | undefined {
  if (s.phase === 'closing') return 'WRONG_PHASE';
  if (endsInMs !== null && (endsInMs <= 0 || endsInMs > LIMITS.planMsMax)) return 'INVALID_PAYLOAD';
  if (lastCallMs < 0 || lastCallMs > LIMITS.lastCallMsMax) return 'INVALID_PAYLOAD';
  const endsAt = endsInMs === null ? null : now + endsInMs;
  if (endsAt === s.plan.sharingEndsAt && lastCallMs === s.plan.lastCallMs) return 'ALREADY_DONE';
  s.plan.sharingEndsAt = endsAt;
  s.plan.lastCallMs = lastCallMs;
  s.plan.lastCallDone = false;
  ev.push({ type: 'plan', sharingEndsAt: endsAt, lastCallMs });
  // A last call already due is announced at once (and the queue closes with it).
  lastCallTick(s, now, ev);
  return undefined;
}

/** setHandPriority: people who have not shared yet go first in the hand queue (on) or not. */
export function setHandPriority(s: MeetingState, on: boolean, ev: MeetingEvent[]): ErrorCode | undefined {
  if (s.plan.notSharedFirst === on) return 'ALREADY_DONE';
  s.plan.notSharedFirst = on;
  ev.push({ type: 'handPriority', on });
  if (on && prioritise(s)) ev.push({ type: 'hands', queue: [...s.hands] });
  return undefined;
}

/** The clock's part: announces the last call once, when it comes. */
export function lastCallTick(s: MeetingState, now: number, ev: MeetingEvent[]): void {
  if (s.plan.lastCallDone || !handsClosed(s, now)) return;
  s.plan.lastCallDone = true;
  ev.push({ type: 'lastCall', sharingEndsAt: s.plan.sharingEndsAt ?? now });
}

/** When the clock next has the last call to announce, or null. */
export function lastCallDue(s: MeetingState): number | null {
  return s.plan.lastCallDone ? null : lastCallAt(s);
}

/**
 * The share length that fits the time left: `remainingMs` ÷ `stillToShare`, rounded down to a
 * quarter minute and kept within LIMITS.shareMsMin..shareMsMax; null when there is no end set
 * or nobody left to share. Pure arithmetic, shared so the page and the tests agree.
 */
export function suggestedShareMs(remainingMs: number | null, stillToShare: number): number | null {
  if (remainingMs === null || stillToShare <= 0) return null;
  const each = Math.floor(remainingMs / stillToShare / 15_000) * 15_000;
  return Math.min(LIMITS.shareMsMax, Math.max(LIMITS.shareMsMin, each));
}
