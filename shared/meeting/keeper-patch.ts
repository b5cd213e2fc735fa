// What a seat's drop or return changes in the keepers' own views (Issue 10, lean fan-out): the
// chair's and co-chair's count of who is still to share (`plan.toShare`, on-deck.ts) and the
// chair's answer to "what would my leaving do" (`you.ifYouLeave`, leave-outcome.ts). Everyone else
// patches a `connection` event into the view they hold; the keepers were sent a whole view each
// time one of these moved, and in a reconnect storm past the settle time (everyone dropped, then
// back) that was ~200 KB per chair against ~22 KB per member (docs/performance.md, 2026-12-02).
// Now the command carries a small private `keeperPatch` to each keeper whose parts moved.
import { sameJson } from '../same-json.js';
import type { MeetingEvent } from './events.js';
import { leaveOutcome, type LeaveOutcome } from './leave-outcome.js';
import { stillToShare } from './on-deck.js';
import type { MeetingState } from './state.js';
import { carriedPatch } from './turn-patch.js';
import { buildView, type MeetingView } from './view.js';
import { PATCHING_EVENTS, patchView } from './view-patch.js';

/** Whether two LeaveOutcomes (or nulls) say the same. */
export const sameOutcome = (a: LeaveOutcome | null, b: LeaveOutcome | null): boolean =>
  a === b || (a !== null && b !== null && a.chairTo === b.chairTo && a.unpause === b.unpause && a.ends === b.ends);

/**
 * Appends to `ev` a `keeperPatch` for the chair and for the co-chair whose `plan.toShare` or (the
 * chair's) `you.ifYouLeave` differ between `before` and `after`, when the command's events are a
 * `connection` with only events that patch a view (view-patch.ts PATCHING_EVENTS): a command with
 * any other event sends views anyway. Not in a discreet meeting (everyone gets views there), nor
 * to a keeper who was not one before (their role changed: they get a view). `now`: server ms, as
 * the views are built with.
 */
export function describeKeepers(before: MeetingState, after: MeetingState, ev: MeetingEvent[], now: number): void {
  if (after.discreet || !ev.some((e) => e.type === 'connection') || !ev.every((e) => PATCHING_EVENTS.has(e.type))) return;
  const toShare = stillToShare(after);
  const toShareBefore = stillToShare(before);
  for (const id of [after.chairId, after.coChairId]) {
    if (!id || (id !== before.chairId && id !== before.coChairId) || !after.participants.some((p) => p.id === id)) continue;
    const isChair = id === after.chairId;
    if (isChair !== (id === before.chairId)) continue;
    const ifYouLeave = isChair ? leaveOutcome(after, id, now) : null;
    // The outcome before costs a decide of its own: asked only when the count alone sends nothing.
    const moved = toShare !== toShareBefore || (isChair && !sameOutcome(leaveOutcome(before, id, now), ifYouLeave));
    if (!moved) continue;
    ev.push(isChair ? { type: 'keeperPatch', to: id, toShare, ifYouLeave } : { type: 'keeperPatch', to: id, toShare });
  }
}

/** A view without its seq (a client keeps the seq of the newest event it applied). */
const unsequenced = (v: MeetingView): MeetingView => ({ ...v, seq: 0 });

/**
 * Whether a command's keeperPatch events were checked against whole views (describeKeepersWhole):
 * a turn change or a leave whose events carry the members' `patch`, or seats taken (`joined`,
 * with only events that patch a view and no `connection`). Then a keeper with a `keeperPatch`
 * needs no view (outbox.ts).
 */
export function keepersPatchWhole(ev: readonly MeetingEvent[]): boolean {
  if (carriedPatch(ev)) return true;
  return ev.some((e) => e.type === 'joined') && !ev.some((e) => e.type === 'connection') && ev.every((e) => PATCHING_EVENTS.has(e.type));
}

/**
 * A turn change or a leave whose events carry the ordinary member's `patch` (turn-patch.ts), or
 * seats taken whose `joined` events the members patch in (keepersPatchWhole): appends a
 * `keeperPatch` for the chair, the co-chair and the greeter whose own views the command's events
 * and this `keeperPatch` bring exactly to the view built after the command (their seats' entries
 * as they see them, `plan.toShare`, the chair's `you.ifYouLeave`). A keeper whose view it would
 * not bring there (they spoke, their role changed, the door's list moved) gets no `keeperPatch`,
 * and so a whole view (outbox.ts). Checked here by building both views: the chair of a 50-person
 * meeting was sent a whole view (~11 KB) at every turn, ~16 s a round on a weak link, and ~9 KB
 * at every arrival (two fresh testers, 2026-12-05). `now`: server ms, as the views are built with.
 */
export function describeKeepersWhole(before: MeetingState, after: MeetingState, ev: MeetingEvent[], now: number): void {
  if (after.discreet || !keepersPatchWhole(ev) || ev.some((e) => e.type === 'keeperPatch')) return;
  const done = new Set<string>();
  for (const id of [after.chairId, after.coChairId, after.greeterId]) {
    if (!id || done.has(id)) continue;
    done.add(id);
    if (!before.participants.some((p) => p.id === id) || !after.participants.some((p) => p.id === id)) continue;
    const was = patchView(buildView(before, id, now), ev);
    const is = unsequenced(buildView(after, id, now));
    const seats = is.participants.filter((p, i) => !sameJson(p, was.participants[i]));
    const patch: Extract<MeetingEvent, { type: 'keeperPatch' }> = { type: 'keeperPatch', to: id, toShare: is.plan.toShare };
    if (id === after.chairId) patch.ifYouLeave = is.you.ifYouLeave;
    if (seats.length > 0) patch.seats = seats;
    if (sameJson(unsequenced(patchView(was, [patch])), is)) ev.push(patch);
  }
}
