// A view's clocks are "time left" figures the server computed when it built the view
// (`speaker.remainingMs`, `plan.remainingMs`, `script.remainingMs` and `script.driftMs`). The
// page counts down from them from the moment the view arrived. A view drawn again later — patched
// by an event that carries its own change (view-patch.ts: a connection mark, the speaker's count
// of acknowledgements), redrawn while offline, relabelled in the other language — must be aged by
// the time since it arrived, or every countdown would jump back to what it said on arrival.
import type { MeetingView } from '../../shared/meeting/view.js';

/**
 * `v` as the server would have built it `ms` later, as far as its clocks go (the rest is as it
 * was): the speaker's time left shrinks unless the share clock is paused (`frozen`); the time
 * left for sharing (`plan.remainingMs`) shrinks; the script's segment time shrinks, and once it
 * has run out the meeting drifts behind by what is past it (script.ts scriptTiming). Never below
 * 0, as the server's own figures. Returns `v` itself when `ms` ≤ 0.
 */
export function ageView(v: MeetingView, ms: number): MeetingView {
  if (!(ms > 0)) return v;
  const sp = v.speaker;
  const s = v.script;
  return {
    ...v,
    speaker: sp && !sp.frozen ? { ...sp, remainingMs: Math.max(0, sp.remainingMs - ms) } : sp,
    plan: v.plan.remainingMs === null ? v.plan : { ...v.plan, remainingMs: Math.max(0, v.plan.remainingMs - ms) },
    script: s ? { ...s, remainingMs: Math.max(0, s.remainingMs - ms), driftMs: s.driftMs + Math.max(0, ms - s.remainingMs) } : s,
  };
}

/**
 * `v` as the page shows it `sinceArrivalMs` after it arrived (ageView), with one exception: on
 * your own turn, while your connection has been down for `offlineForMs` (null: connected), the
 * server holds your share clock from the drop (the speaker grace; edges.ts offlineView shows it
 * stopped), so that clock is aged only up to the drop, not on past it.
 */
export function ageAsShown(v: MeetingView, sinceArrivalMs: number, offlineForMs: number | null): MeetingView {
  const aged = ageView(v, sinceArrivalMs);
  if (offlineForMs === null || !v.speaker || v.speaker.id !== v.you.id) return aged;
  const upToDrop = Math.max(0, sinceArrivalMs - offlineForMs);
  return { ...aged, speaker: ageView(v, upToDrop).speaker };
}
