// What the chair's "Leave the meeting" asks first (Issue 15 re-trial: the chair's own leave went
// in one press while every other step that changes the meeting for the others asks). For the
// chair, leaving hands the chair on or leaves the room without one, so the question says which,
// in plain words, from the view: the server gives the chair to the co-chair if they offered to
// chair and are connected, else to a connected volunteer (shared/meeting/chair.ts successor); with
// nobody, the room is asked and the script keeps the meeting. A practice meeting ends. Anyone
// else's leave asks nothing (their own seat only), and the quick exit never asks. Pure: tested.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict } from '../i18n.js';

/**
 * The lines of the chair's leave question (what will happen, then the question), or null when
 * leaving asks nothing: the viewer does not hold the chair, or the meeting has ended.
 */
export function chairLeaveLines(v: MeetingView, t: Dict): string[] | null {
  if (!v.you.isChair || v.phase === 'ended') return null;
  if (v.practice) return [t.leaveAsk_practice];
  const others = v.participants.filter((p) => p.id !== v.you.id);
  if (others.length === 0) return [v.group ? t.leaveWill_lastGroup : t.leaveWill_last, t.leaveAsk];
  const canChair = others.filter((p) => p.volunteer && p.connected);
  const co = canChair.find((p) => p.id === v.coChairId);
  // Which volunteer the server picks depends on the join order, which a view does not carry:
  // with several, all of them are named.
  const will = co || canChair.length === 1 ? t.leaveWill_to((co ?? canChair[0]!).name) : canChair.length > 1 ? t.leaveWill_toOneOf(canChair.map((p) => p.name).join(', ')) : v.phase === 'gathering' ? t.leaveWill_noneGathering : t.leaveWill_noneScript;
  // With nobody left to lift it, the server lifts the pause rather than let the meeting stand still.
  const pause = canChair.length === 0 && v.frozen ? [t.leaveWill_unpause] : [];
  return [will, ...pause, t.leaveAsk];
}
