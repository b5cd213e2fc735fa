// What the chair's "Leave the meeting" asks first (Issue 15 re-trial: the chair's own leave went
// in one press while every other step that changes the meeting for the others asks). For the
// chair, leaving hands the chair on or leaves the room without one, so the question says which,
// in plain words. What would happen is the server's to say, not the page's to work out: the
// chair's view carries it (`you.ifYouLeave`, shared/meeting/leave-outcome.ts: the chair's leave
// decided on a copy of the meeting), and this only words it, naming exactly one successor. Anyone else's leave asks nothing (their own
// seat only), and the quick exit never asks. Pure: tested.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict } from '../i18n.js';

/**
 * The lines of the chair's leave question (what will happen, then the question), or null when
 * leaving asks nothing: the viewer does not hold the chair (no `you.ifYouLeave`), or the meeting
 * has ended.
 */
export function chairLeaveLines(v: MeetingView, t: Dict): string[] | null {
  const will = v.you.ifYouLeave;
  if (!will || v.phase === 'ended') return null;
  if (will.ends) return v.practice ? [t.leaveAsk_practice] : [t.leaveWill_last, t.leaveAsk];
  if (will.chairTo !== null) {
    // The chair sees everyone, in a discreet meeting too (discretion.ts): the name is in the view
    // (were it not, the question would still ask, without naming anyone wrongly).
    const name = v.participants.find((p) => p.id === will.chairTo)?.name;
    return name === undefined ? [t.leaveAsk] : [t.leaveWill_to(name), t.leaveAsk];
  }
  // Alone in a meeting that does not end by emptying (a weekly group's): it stays open.
  if (v.present <= 1) return [t.leaveWill_lastGroup, t.leaveAsk];
  const none = v.phase === 'gathering' ? t.leaveWill_noneGathering : t.leaveWill_noneScript;
  return [none, ...(will.unpause ? [t.leaveWill_unpause] : []), t.leaveAsk];
}
