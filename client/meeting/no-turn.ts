// Who never had a turn in a circle round that has nobody left in line. "Everyone has had their
// turn" counted a member muted before their turn came (a fresh tester): the chair's words and the
// time plan name them instead. Pure (unit-tested through the page).
import type { MeetingView } from '../../shared/meeting/view.js';

/**
 * Seated sharers in `v` who had no turn in the circle round: muted when it came (skipped, or
 * still pending), or passed over while away and not back for a late turn (missed). A turn the
 * chair skipped once it had begun is a turn had, and its member is not muted for it. Empty
 * outside a circle round, where nobody has a place in line (statuses are null).
 */
export function noTurnNames(v: MeetingView): string[] {
  return v.participants
    .filter((p) => p.role === 'participant' && (((p.status === 'skipped' || p.status === 'pending') && p.muted) || p.status === 'missed'))
    .map((p) => p.name);
}
