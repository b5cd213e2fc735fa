// What a chair's leaving would do, for the question the page asks before the chair leaves
// (Issue 15 re-trial; client/meeting/leave-words.ts words it). It is found by doing it: the very
// `leave` the chair would send is decided on a copy of the state, so whatever rule decides it —
// the succession (chair.ts successor: the co-chair if they offered to chair and are connected,
// else the connected volunteer who joined first), lifting a pause nobody is left to lift, the end
// of a practice meeting or of an emptied one, a chair rotation the leave completes — the answer
// is what the leave does and cannot drift from it.
import type { MeetingState } from './state.js';
import { decide } from './decide.js';

/**
 * What `id`'s leave at `now` would do:
 * - `chairTo`: who holds the chair afterwards (a participant id), or null: nobody (the room is
 *   asked, chair.ts askForChair, or nobody is left);
 * - `unpause`: the meeting is paused and the leave lifts the pause;
 * - `ends`: the leave ends the meeting (then `chairTo` is null and `unpause` false).
 */
export interface LeaveOutcome {
  chairTo: string | null;
  unpause: boolean;
  ends: boolean;
}

/**
 * The LeaveOutcome of `id` sending `leave` at `now` (server ms), from `s` as it is; null when the
 * leave would be refused (`id` is not seated, or the meeting has ended). Pure: `s` is not changed
 * (decide works on its own copy). Costs one decide, a copy of the state: call it for one person.
 */
export function leaveOutcome(s: MeetingState, id: string, now: number): LeaveOutcome | null {
  const d = decide(s, { type: 'leave', by: id }, now);
  if (!d.ok) return null;
  const ends = d.state.phase === 'ended';
  return { chairTo: ends ? null : d.state.chairId, unpause: !ends && s.frozen && !d.state.frozen, ends };
}
