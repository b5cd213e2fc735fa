// What a seat's drop or return changes in the keepers' own views (Issue 10, lean fan-out): the
// chair's and co-chair's count of who is still to share (`plan.toShare`, on-deck.ts) and the
// chair's answer to "what would my leaving do" (`you.ifYouLeave`, leave-outcome.ts). Everyone else
// patches a `connection` event into the view they hold; the keepers were sent a whole view each
// time one of these moved, and in a reconnect storm past the settle time (everyone dropped, then
// back) that was ~200 KB per chair against ~22 KB per member (docs/performance.md, 2026-12-02).
// Now the command carries a small private `keeperPatch` to each keeper whose parts moved.
import type { MeetingEvent } from './events.js';
import { leaveOutcome, type LeaveOutcome } from './leave-outcome.js';
import { stillToShare } from './on-deck.js';
import type { MeetingState } from './state.js';
import { PATCHING_EVENTS } from './view-patch.js';

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
