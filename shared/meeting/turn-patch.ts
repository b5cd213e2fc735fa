// What a turn change or a leave changes in everyone's view, carried by its event (Issue 10, lean
// fan-out). In a circle round every done, pass, skip or timeout sent every seated person a whole
// view (~7.5 KB in a 30-person meeting): on a weak link, ~95 % of a meeting's bytes. The view an
// ordinary member holds changes then only in who speaks (`speaker`), who is next (`upNext`), some
// entries of `participants` (a round status, a hand's number), who is gone from it, the count
// present and whether the round goes on (`roundActive`). decide() finds those by building the
// view of someone outside the meeting (who sees what every ordinary member sees, no private part)
// before and after the command, and puts the difference on the command's first `shareEnded`,
// `turn` or `left` event (`patch`); anything else that changed in that view means no patch, and
// everyone gets a view as before. Who still gets a view (their private parts: the chair, the
// co-chair, the greeter, the speakers, a moved round place) is outbox.ts viewRecipients; the
// client applies the patch with patchView (view-patch.ts).
import { sameJson } from '../same-json.js';
import type { MeetingEvent } from './events.js';
import type { MeetingState } from './state.js';
import { mayCarryPatch, type PatchCarrier } from './view-patch.js';
import { buildView, type MeetingView, type ParticipantView } from './view.js';

/**
 * The change a turn or a leave made to every ordinary member's view, field by field (a field left
 * out did not change): `speaker` the new `view.speaker` as a member other than the speaker sees it
 * (`acks` null; null when nobody speaks), `upNext`, `present`, `roundActive` their new values;
 * `upNextDrop` (instead of `upNext`, when that is all that changed in it): the new `upNext` is
 * the old one without its first `upNextDrop` entries;
 * `seats` the `participants` entries that changed, whole, as a member sees them (`shared`,
 * `hadTurn` and `firstTime` null); `gone` the ids no longer in `participants`. Entries keep their order.
 * `placesGone`: the places in the round's order (1-based, as `you.place` counted them before)
 * of those who left it; your `you.place` goes down by how many of them are below it.
 */
export interface ViewPatch {
  speaker?: MeetingView['speaker'];
  upNext?: string[];
  upNextDrop?: number;
  present?: number;
  roundActive?: boolean;
  seats?: ParticipantView[];
  gone?: string[];
  placesGone?: number[];
}

/** An id nobody holds: their view is what every ordinary member sees, with no private part. */
const OUTSIDER = '\u0000outside';

/** View keys that are the same for every viewer or derived from `you`, left out of the compare. */
const SKIPPED = new Set<keyof MeetingView>(['seq', 'you']);

/**
 * The ViewPatch from `before` to `after` at `now` (server ms, when the views would be built), or
 * null when something else changed that every view shows (the phase, the chair, the plan, the
 * script...), when the order of the remaining participants changed or someone was added, or in a
 * discreet meeting (its members see only some names: they get views). `mayDrop`: `upNextDrop`
 * may be used (nothing before the carrier set `upNext` already).
 */
export function viewPatch(before: MeetingState, after: MeetingState, now: number, mayDrop = true): ViewPatch | null {
  if (before.discreet || after.discreet) return null;
  // Shown in every view and never patched: no need to build the views to know (the chair's view
  // decides the chair's leave on every build, leave-outcome.ts).
  if (before.phase !== after.phase || before.chairId !== after.chairId || before.coChairId !== after.coChairId || before.roundNumber !== after.roundNumber) return null;
  const a = buildView(before, OUTSIDER, now);
  const b = buildView(after, OUTSIDER, now);
  const patch: ViewPatch = {};
  for (const k of Object.keys(b) as (keyof MeetingView)[]) {
    if (SKIPPED.has(k) || sameJson(a[k], b[k])) continue;
    if (k === 'speaker') patch.speaker = b.speaker;
    else if (k === 'upNext') {
      // In a circle who is next mostly just loses its head: say how many, not the whole list.
      const drop = mayDrop ? dropped(a.upNext, b.upNext) : 0;
      if (drop > 0) patch.upNextDrop = drop;
      else patch.upNext = b.upNext;
    } else if (k === 'present') patch.present = b.present;
    else if (k === 'roundActive') patch.roundActive = b.roundActive;
    else if (k === 'participants') {
      const seats = seatChanges(a.participants, b.participants);
      if (!seats) return null;
      if (seats.gone.length > 0) patch.gone = seats.gone;
      if (seats.changed.length > 0) patch.seats = seats.changed;
    } else return null;
  }
  const kept = new Set(after.roundOrder.map((e) => e.id));
  const placesGone = before.roundOrder.flatMap((e, i) => (kept.has(e.id) ? [] : [i + 1]));
  if (placesGone.length > 0) patch.placesGone = placesGone;
  return patch;
}

/** n ≥ 1 when `b` is `a` without its first n entries, else 0. */
function dropped(a: string[], b: string[]): number {
  const n = a.length - b.length;
  if (n < 1) return 0;
  for (let i = 0; i < b.length; i++) if (a[i + n] !== b[i]) return 0;
  return n;
}

/** Entries changed and ids gone from `a` to `b`, or null when `b` adds someone or reorders. */
function seatChanges(a: ParticipantView[], b: ParticipantView[]): { changed: ParticipantView[]; gone: string[] } | null {
  const kept = new Set(b.map((p) => p.id));
  const gone = a.filter((p) => !kept.has(p.id)).map((p) => p.id);
  const rest = a.filter((p) => kept.has(p.id));
  if (rest.length !== b.length) return null;
  const changed: ParticipantView[] = [];
  for (let i = 0; i < b.length; i++) {
    if (rest[i]!.id !== b[i]!.id) return null;
    if (!sameJson(rest[i], b[i])) changed.push(b[i]!);
  }
  return { changed, gone };
}

/**
 * Puts the ViewPatch of a command (from `before` to `after`) on its first `shareEnded`, `turn`,
 * `left`, `turnHeld` or `turnResumed` event, if it has one and the change can be patched
 * (viewPatch). Mutates that event.
 */
export function describeTurn(before: MeetingState, after: MeetingState, events: MeetingEvent[], now: number): void {
  const at = events.findIndex(mayCarryPatch);
  if (at < 0) return;
  const carrier = events[at] as PatchCarrier;
  // `upNextDrop` counts from the view as the events before the carrier left it: a `connection`
  // before it may already have set `upNext` to the new list.
  const setBefore = events.slice(0, at).some((e) => (e.type === 'connection' || e.type === 'joined') && e.upNext);
  const patch = viewPatch(before, after, now, !setBefore);
  if (patch) carrier.patch = patch;
}

/** The ViewPatch a command's events carry, or null. */
export function carriedPatch(events: readonly MeetingEvent[]): ViewPatch | null {
  for (const e of events) if (mayCarryPatch(e) && e.patch) return e.patch;
  return null;
}
