// How the meeting stands against its plan, in the chair's words (ScriptLine). The server gives the
// drift: the expected end (the later of now and the segment's planned end, plus the planned rest)
// against the planned end (script.ts scriptTiming). A lead on the plan is worth saying only as far
// as the meeting can still spend it, and the only part that can is the sharing: a tester's chair
// read "The meeting is 65 min ahead of its plan: no need to hurry" in a short meeting whose few
// members had all shared (the format plans 35 min for the round and 15 for open sharing; a round
// of three takes minutes), with nothing left to hurry or not. A sharing end the chair has set
// (round-plan.ts) rules the sharing's pace over the format's plan: a tester's chair set sharing to
// end at 05:15 with a 5-minute last call, the plan panel said "5 min left" and this line said "10
// min ahead of its plan: no need to hurry", then, after the last call, "well ahead of its plan".
// Pure (unit-tested).
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict, Lang } from '../i18n.js';
import { clockTime } from './describe.js';

/** The line's state (`data-state`, styled) and its words. */
export interface TimingWords {
  /** `early`: the sharing is over (or nothing is left in it) ahead of the plan. */
  state: 'on-time' | 'behind' | 'ahead' | 'early';
  text: string;
}

const SHARING = new Set(['round', 'open']);

/**
 * Whether sharing still goes on in `v`'s current segment: a round or open sharing, unless it is a
 * circle round everyone has had their turn in (it waits only for the chair's next step).
 */
function sharingNow(v: MeetingView, s: NonNullable<MeetingView['script']>): boolean {
  if (!SHARING.has(s.kind)) return false;
  return !(v.phase === 'round' && v.effectiveMode === 'circle' && !v.roundActive);
}

/**
 * The planned sharing time still ahead in `v` (ms): what is left of the current segment's planned
 * time while sharing goes on in it (`leftMs`, counted down since the view), and the planned length
 * of every round or open sharing after it. A lead greater than this is no matter of pace any more
 * (the sharing would have to take more than twice its planned time to spend it): the meeting will
 * simply end early. Null when no sharing is going on or still to come (the sharing is over).
 */
export function sharingPlanLeftMs(v: MeetingView, leftMs: number): number | null {
  const s = v.script;
  if (!s || v.phase === 'closing' || v.phase === 'ended') return null;
  const now = sharingNow(v, s);
  const later = s.segments.slice(s.index + 1).filter((x) => SHARING.has(x.kind));
  if (!now && later.length === 0) return null;
  return (now ? Math.max(0, leftMs) : 0) + later.reduce((n, x) => n + x.plannedMs, 0);
}

/** The words timingWords uses. */
export type TimingDict = Pick<Dict, 'scriptOnTime' | 'scriptBehind' | 'scriptAhead' | 'scriptAheadFar' | 'scriptAheadDone' | 'scriptAheadSharingEnds' | 'scriptAheadLastCall'>;

/**
 * The chair's line for `v` with the meeting `driftMs` off its plan (> 0 behind, < 0 ahead), the
 * current segment having `leftMs` of its planned time left, clock times in `lang`. Behind: by how
 * many minutes (the chair may shorten shares or the closing). Ahead while sharing is going on or to
 * come: "no need to hurry", with the minutes only when the sharing could spend them
 * (sharingPlanLeftMs); a greater lead is said without a figure, with that the meeting may end
 * early. Ahead with the sharing over (the closing part, or a complete round with no open sharing
 * after it): no figure and no hurry, only that ending early is fine (a first-time chair must not
 * think the time must be filled). Ahead with a sharing end set (`plan.sharingEndsAt`) and sharing
 * still going on or to come: the end set rules, not the plan's lead, so neither a lead nor "no
 * need to hurry" is said: only that sharing ends at that time (after the last call, that the last
 * call has been given), and that the meeting may end earlier than planned.
 */
export function timingWords(v: MeetingView, driftMs: number, leftMs: number, t: TimingDict, lang: Lang): TimingWords {
  const min = Math.round(Math.abs(driftMs) / 60_000);
  if (min === 0) return { state: 'on-time', text: t.scriptOnTime };
  if (driftMs > 0) return { state: 'behind', text: t.scriptBehind(min) };
  const spendable = sharingPlanLeftMs(v, leftMs);
  if (spendable === null) return { state: 'early', text: t.scriptAheadDone };
  const end = v.plan.sharingEndsAt;
  if (end !== null) {
    const at = clockTime(end, lang);
    return { state: 'ahead', text: v.plan.lastCall ? t.scriptAheadLastCall(at) : t.scriptAheadSharingEnds(at) };
  }
  return { state: 'ahead', text: -driftMs <= spendable ? t.scriptAhead(min) : t.scriptAheadFar };
}
