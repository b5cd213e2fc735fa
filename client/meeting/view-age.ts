// A view's clocks are "time left" figures the server computed when it built the view
// (`speaker.remainingMs`, `speaker.heldRemainingMs`, `plan.remainingMs`, `script.remainingMs` and
// `script.driftMs`). The page counts down from them from the moment the view arrived. A view
// drawn again later — patched by an event that carries its own change (view-patch.ts: a
// connection mark, the speaker's count of acknowledgements), redrawn while offline, relabelled in
// the other language — must be aged by the time since it arrived, or every countdown would jump
// back to what it said on arrival.
import type { MeetingView } from '../../shared/meeting/view.js';

/**
 * `v` as the server would have built it `ms` later, as far as its clocks go (the rest is as it
 * was): the speaker's time left shrinks unless the share clock is paused (`frozen`); a held
 * turn's time left (`heldRemainingMs`, set only while the hold runs) shrinks; the time
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
    speaker: sp && (!sp.frozen || sp.heldRemainingMs !== null) ? agedSpeaker(sp, ms) : sp,
    plan: v.plan.remainingMs === null ? v.plan : { ...v.plan, remainingMs: Math.max(0, v.plan.remainingMs - ms) },
    script: s ? { ...s, remainingMs: Math.max(0, s.remainingMs - ms), driftMs: s.driftMs + Math.max(0, ms - s.remainingMs) } : s,
  };
}

/**
 * `v` as the page shows it `sinceArrivalMs` after it arrived (ageView), with one exception: while
 * this page's connection has been down for `offlineForMs` (null: connected), the share clock is
 * aged only up to the drop, not on past it. On your own turn the server holds that clock from the
 * drop (the speaker grace; connection-words.ts offlineView shows it stopped); on anyone else's,
 * what happened to the turn since is unknown (it may have ended, been extended or paused), so the page stops
 * the clock where it was known and says it is not live (Countdown). The meeting's other clocks
 * (sharing end, script) run to fixed planned times and are aged to now.
 */
export function ageAsShown(v: MeetingView, sinceArrivalMs: number, offlineForMs: number | null): MeetingView {
  const aged = ageView(v, sinceArrivalMs);
  if (offlineForMs === null || !v.speaker) return aged;
  const upToDrop = Math.max(0, sinceArrivalMs - offlineForMs);
  return { ...aged, speaker: ageView(v, upToDrop).speaker };
}

/**
 * `next` (a view or patched view that has just arrived) with its clocks checked against `held`
 * (the view shown until now, `heldAgeMs` after it arrived). A figure of time left is true when the
 * server built it and is read when it arrives, so each source over-states the time left by its
 * own transit (a whole view on a slow link arrives seconds after the small event that patched the
 * same turn in): for the SAME deadline, the smallest aged figure is the most accurate, and the
 * page never moves a clock later than an earlier source implied. Per clock:
 * - the speaker's (same `id` and `deadline`, unless the held one is stopped and the new one runs):
 *   `remainingMs` is the smaller of the two. This holds for a clock that has just stopped too:
 *   a held turn's clock stops at the time left when the connection went, which the server dates
 *   back to the drop (server/drop-time.ts, then the drop's settle time), so the pages that saw it
 *   run on meanwhile keep the figure they showed rather than jump back up by those seconds (three
 *   fresh testers, 2026-12-05, read the jump as a glitch); the speaker gets them back at the
 *   return, which sets a new deadline and so takes the server's figure;
 * - a held turn's (same `id` and `heldUntil`): `heldRemainingMs` likewise;
 * - the time left for sharing (same `plan.sharingEndsAt`): `plan.remainingMs` likewise;
 * - the script's segment (same `index`, `startedAt`, `endsAt` and planned lengths): the held
 *   `remainingMs` and `driftMs` when they imply an earlier end (less time left, or both at 0 and
 *   further behind).
 * A new deadline (a new turn, an extension, a resumed turn, a new plan or segment) takes `next`'s
 * figures. Every other field is `next`'s. Returns `next` itself when nothing is taken from `held`.
 */
export function keepEarliestClocks(held: MeetingView | null, heldAgeMs: number, next: MeetingView): MeetingView {
  if (!held) return next;
  const old = ageView(held, heldAgeMs);
  let out = next;
  const a = old.speaker;
  const b = next.speaker;
  if (a && b && a.id === b.id && a.deadline === b.deadline && !(a.frozen && !b.frozen) && a.remainingMs < b.remainingMs) {
    out = { ...out, speaker: { ...b, remainingMs: a.remainingMs } };
  }
  const ob = out.speaker;
  if (a && ob && a.id === ob.id && a.heldUntil !== null && a.heldUntil === ob.heldUntil && a.heldRemainingMs !== null && ob.heldRemainingMs !== null && a.heldRemainingMs < ob.heldRemainingMs) {
    out = { ...out, speaker: { ...ob, heldRemainingMs: a.heldRemainingMs } };
  }
  const pa = old.plan;
  const pb = next.plan;
  if (pa.remainingMs !== null && pb.remainingMs !== null && pa.sharingEndsAt !== null && pa.sharingEndsAt === pb.sharingEndsAt && pa.remainingMs < pb.remainingMs) {
    out = { ...out, plan: { ...pb, remainingMs: pa.remainingMs } };
  }
  const sa = old.script;
  const sb = next.script;
  if (sa && sb && sameSegment(sa, sb) && (sa.remainingMs < sb.remainingMs || (sa.remainingMs === 0 && sb.remainingMs === 0 && sa.driftMs > sb.driftMs))) {
    out = { ...out, script: { ...sb, remainingMs: sa.remainingMs, driftMs: sa.driftMs } };
  }
  return out;
}

type Speaker = NonNullable<MeetingView['speaker']>;
type Script = NonNullable<MeetingView['script']>;

/** The speaker's running clocks `ms` later: the share clock unless stopped, the hold while it runs. */
function agedSpeaker(sp: Speaker, ms: number): Speaker {
  return {
    ...sp,
    remainingMs: sp.frozen ? sp.remainingMs : Math.max(0, sp.remainingMs - ms),
    heldRemainingMs: sp.heldRemainingMs === null ? null : Math.max(0, sp.heldRemainingMs - ms),
  };
}

function sameSegment(a: Script, b: Script): boolean {
  return (
    a.index === b.index &&
    a.startedAt === b.startedAt &&
    a.endsAt === b.endsAt &&
    a.segments.length === b.segments.length &&
    a.segments.every((s, i) => s.plannedMs === b.segments[i]!.plannedMs)
  );
}
