// Events that carry their own change to a view (Issue 10: views only where something changed).
// A participant's connection dropping or coming back changes nothing in anyone's view but that
// participant's `connected` mark and, when it changed, who is next (`upNext`, carried by the
// event), so the server sends the `connection` event and no views (the chair and co-chair, whose
// `plan.toShare` counts who is next, excepted; and everyone in a discreet meeting). An
// acknowledgement changes only the speaker's count (`speaker.acks`), which its private
// `acknowledged` event carries (`acks`): the speaker gets that small event, not a whole view (~7 KB
// in a 30-person meeting, per acknowledgement, on a phone's weak link). Every client applies these
// events to the view it holds with patchView — the same function the seeded property test checks
// against a freshly built view (test/core/invariants.ts). Someone taking a seat (`join`) changes
// the others' views only by their entry, the count present and who is next, which the `joined`
// event carries (`seat`, `at`, `upNext`): 28 people arriving cost an early member 56 frames and
// ~107 KB (a 6-7 KB view each), which dropped a throttled phone. A turn change (done, pass, skip,
// a timeout...) and a leave change the others' views only in who speaks, who is next, some
// entries of `participants`, who is gone, the count present and `roundActive`, which the
// command's first `shareEnded`, `turn` or `left` event carries (`patch`, turn-patch.ts): in a
// circle round that was a whole view per person per turn. A speaker's drop and return (`turnHeld`,
// `turnResumed`) carry one the same way.
import type { MeetingEvent } from './events.js';
import type { MeetingView } from './view.js';
import type { ViewPatch } from './turn-patch.js';

/**
 * Events that carry a ViewPatch (the first of them in a command does: turn-patch.ts). A held
 * turn's `turnHeld` and `turnResumed` carry one too: a speaker's drop and return changed every
 * member's view only in `speaker` (stopped, held until, running again) and the speaker's entry, yet
 * sent everyone two whole views (a fresh tester, 2026-12-05; on a phone's weak link, where
 * speakers drop most).
 */
export type PatchCarrier = Extract<MeetingEvent, { type: 'shareEnded' | 'turn' | 'left' | 'turnHeld' | 'turnResumed' }>;

const CARRIES = new Set<MeetingEvent['type']>(['shareEnded', 'turn', 'left', 'turnHeld', 'turnResumed']);

/** Whether `e` is an event that may carry a ViewPatch (PatchCarrier). */
export const mayCarryPatch = (e: MeetingEvent): e is PatchCarrier => CARRIES.has(e.type);

/** Event types whose whole effect on a view patchView applies (a `share` changes no view). */
// `admitted` changes nothing in a view (the `joined` after it carries the seat), nor does the
// private `newcomer` note (its recipients, the chair and the greeter, get a view for the `joined`).
export const PATCHING_EVENTS: ReadonlySet<MeetingEvent['type']> = new Set(['share', 'connection', 'acknowledged', 'joined', 'admitted', 'newcomer', 'keeperPatch']);

/**
 * The view `v` after `events` (of one command, in order): each `connection { id, connected }`
 * sets that participant's `connected` mark where the view lists them, and its `upNext`, when
 * present, replaces `view.upNext` (who is next changed with that connection); an `acknowledged
 * { to, acks }` sets `speaker.acks` to `acks` in the view of `to` while they hold the turn (in
 * anyone else's view it changes nothing: the count is the speaker's alone); a `share` changes
 * nothing; a `joined { id, seat, at }` inserts `seat` into `participants` at index `at` (or at the
 * end, when the list is shorter) and adds 1 to `present`, unless the view already lists `id`, and
 * its `upNext`, when present, replaces `view.upNext`; a `keeperPatch { to, toShare, ifYouLeave,
 * seats }` sets `plan.toShare`, when the event has them `you.ifYouLeave` and each entry of `seats`
 * in place of the entry with its id, in the view of `to` (in anyone else's view it changes
 * nothing); a `joined` without `seat` (an admission's,
 * a replayed one) changes nothing; a `shareEnded`, `turn`, `left`, `turnHeld` or `turnResumed`
 * with a `patch` applies it
 * (applyPatch), one without changes nothing. Other events are ignored: a command with any of
 * them sends fresh views, unless one of its events carries a `patch`. Returns a new
 * view (or `v` itself when nothing changed); never mutates `v`.
 */
export function patchView(v: MeetingView, events: readonly MeetingEvent[]): MeetingView {
  let out = v;
  for (const e of events) {
    if (e.type === 'acknowledged') {
      const sp = out.speaker;
      if (sp && sp.id === e.to && out.you.id === e.to && sp.acks !== e.acks) out = { ...out, speaker: { ...sp, acks: e.acks } };
      continue;
    }
    if (e.type === 'keeperPatch') {
      if (out.you.id !== e.to) continue;
      if (out.plan.toShare !== e.toShare) out = { ...out, plan: { ...out.plan, toShare: e.toShare } };
      if (e.ifYouLeave !== undefined) out = { ...out, you: { ...out.you, ifYouLeave: e.ifYouLeave === null ? null : { ...e.ifYouLeave } } };
      if (e.seats) {
        const seats = new Map(e.seats.map((x) => [x.id, x]));
        out = { ...out, participants: out.participants.map((x) => (seats.has(x.id) ? { ...seats.get(x.id)! } : x)) };
      }
      continue;
    }
    if (e.type === 'joined') {
      if (!e.seat || e.at === undefined) continue;
      if (e.upNext && e.upNext.join() !== out.upNext.join()) out = { ...out, upNext: [...e.upNext] };
      if (out.participants.some((p) => p.id === e.id)) continue;
      const participants = [...out.participants];
      participants.splice(Math.min(e.at, participants.length), 0, { ...e.seat });
      out = { ...out, participants, present: out.present + 1 };
      continue;
    }
    if (mayCarryPatch(e)) {
      if (e.patch) out = applyPatch(out, e.patch);
      continue;
    }
    if (e.type !== 'connection') continue;
    if (e.upNext && e.upNext.join() !== out.upNext.join()) out = { ...out, upNext: [...e.upNext] };
    const i = out.participants.findIndex((p) => p.id === e.id);
    if (i < 0 || out.participants[i]!.connected === e.connected) continue;
    const participants = [...out.participants];
    participants[i] = { ...participants[i]!, connected: e.connected };
    out = { ...out, participants };
  }
  return out;
}

/**
 * `v` with a turn's or a leave's ViewPatch applied: `speaker`, `upNext`, `present`, `roundActive`
 * replaced where the patch has them (`speaker.acks` stays null: the speaker is sent a view), or
 * the first `upNextDrop` entries of `upNext` taken off; the entries whose ids are in `gone` taken
 * out of `participants`, and each entry of `seats` put in place of the entry with its id (one the
 * view does not list is left out; where the seat's `shared`, `hadTurn` or `firstTime` is null, the held
 * entry's value stays); `you.place` lowered by the number of `placesGone` below it.
 * Never mutates `v`.
 */
export function applyPatch(v: MeetingView, p: ViewPatch): MeetingView {
  const out: MeetingView = { ...v };
  if (p.speaker !== undefined) out.speaker = p.speaker === null ? null : { ...p.speaker };
  if (p.upNext) out.upNext = [...p.upNext];
  else if (p.upNextDrop) out.upNext = v.upNext.slice(p.upNextDrop);
  if (p.present !== undefined) out.present = p.present;
  const place = placeAfter(v.you.place, p.placesGone);
  if (place !== v.you.place) out.you = { ...v.you, place };
  if (p.roundActive !== undefined) out.roundActive = p.roundActive;
  if (p.gone || p.seats) {
    const gone = new Set(p.gone ?? []);
    const seats = new Map((p.seats ?? []).map((x) => [x.id, x]));
    out.participants = v.participants.filter((x) => !gone.has(x.id)).map((x) => {
      const seat = seats.get(x.id);
      // A patch's seats carry what an ordinary member sees: `shared`, `hadTurn` and `firstTime`
      // null. Whoever holds them (the chair, the greeter) keeps their own marks: their view
      // follows the patch at once, and until then a badge should not blink off (for everyone else
      // all three are null).
      return seat ? { ...seat, shared: seat.shared ?? x.shared, hadTurn: seat.hadTurn ?? x.hadTurn, firstTime: seat.firstTime ?? x.firstTime } : x;
    });
  }
  return out;
}

/** `place` (1-based, or null) after the places in `gone` were given up (ViewPatch.placesGone). */
export function placeAfter(place: number | null, gone: readonly number[] | undefined): number | null {
  if (place === null || !gone) return place;
  return place - gone.filter((g) => g < place).length;
}
