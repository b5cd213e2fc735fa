// Who never had a turn though seated to share, where nobody is left in line. "Everyone has had
// their turn" counted a member muted before their turn came (a fresh tester): the chair's words
// and the time plan name them instead. Pure (unit-tested through the page and test/client/no-turn.test.ts).
import type { MeetingView } from '../../shared/meeting/view.js';

/**
 * Seated sharers in `v` who had no turn. In a circle round: muted when it came (skipped, or still
 * pending), or passed over while away and not back for a late turn (missed); a turn the chair
 * skipped once it had begun is a turn had, and its member is not muted for it. In open sharing, or
 * a round by hands or where the chair picks: the muted who have not shared in this meeting (the
 * view's `shared`, the chair's alone: empty for everyone else). The server's count of who is
 * still to share leaves both out (shared/meeting/on-deck.ts stillToShare): a muted member can
 * neither raise a hand nor be given the turn. Empty outside the round and open sharing.
 */
export function noTurnNames(v: MeetingView): string[] {
  if (v.phase !== 'round' && v.phase !== 'open') return [];
  const circle = v.phase === 'round' && v.effectiveMode === 'circle';
  return v.participants
    .filter((p) => p.role === 'participant' && (circle ? ((p.status === 'skipped' || p.status === 'pending') && p.muted) || p.status === 'missed' : p.muted && p.shared === false))
    .map((p) => p.name);
}
