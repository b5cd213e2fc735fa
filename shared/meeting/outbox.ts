// Who is sent what after one accepted command: the per-recipient filter the transport follows
// to the letter. It is pure so the property tests can check it on every random step: nothing of
// the meeting (a name, the topic, who speaks, how busy it is) reaches someone at the door or
// someone removed, and a person at the door hears only of their own status.
import { buildDoorView, type DoorView } from './door.js';
import { leaveOutcome } from './leave-outcome.js';
import { keepersPatchWhole, sameOutcome } from './keeper-patch.js';
import { sameUpNextInputs, upNext } from './on-deck.js';
import { PATCHING_EVENTS, placeAfter } from './view-patch.js';
import { carriedPatch, type ViewPatch } from './turn-patch.js';
import { sameJson } from '../same-json.js';
import type { MeetingEvent } from './events.js';
import type { MeetingState } from './state.js';
import type { LoggedEvent } from './view.js';

/** Why the server closes someone's connection on a command (see ServerToClientEvents.bye). */
export type ClosingReason = 'removed' | 'denied' | 'ended';

/** One message for one person's sockets (found by their seat in this process: broadcast.ts localSeats). */
export type Direct =
  | { to: string; kind: 'event'; event: LoggedEvent }
  | { to: string; kind: 'door'; door: DoorView }
  | { to: string; kind: 'bye'; reason: ClosingReason };

export interface Outbox {
  /**
   * Ids whose sockets leave the meeting's room before anything of this command is sent: the
   * removed, the denied and everyone at the door. Taken from the state, not only this command's
   * events, so an outcome delivered out of order still never lets them hear the room.
   */
  leaveRoom: string[];
  /** Ids whose sockets join the room next (admitted): they hear what follows, nothing before. */
  joinRoom: string[];
  /** Room events, for the seated participants only (the meeting's room), in order. */
  room: LoggedEvent[];
  /** Private messages, in order, after the room events. */
  direct: Direct[];
  /** Ids sent their own meeting view after this command: seated participants only. */
  views: string[];
  /** The meeting ended: everyone in the room is told `bye('ended')` and disconnected. */
  ended: boolean;
}

/**
 * Who must be sent a new view after an accepted command: views go only where something a person
 * sees changed (Issue 10). A command whose only events are shares and connection changes
 * (PATCHING_EVENTS) changes nothing in a view that the events do not carry themselves — the
 * words travel as the `share` event, and each client applies a `connection` event to the view it
 * holds (view-patch.ts) — so it sends a view to the chair only when the speaker's "has shared"
 * mark or the guard's count changed, to the speaker only when their held share was released,
 * and, when who is next (`upNext`) changed, to the chair and co-chair (their `plan.toShare`) —
 * the others patch it from the `connection` event that carries it — or to everyone in a discreet
 * meeting or when no event carries it; and to the chair when what their leaving would do
 * (`you.ifYouLeave`, e.g. a volunteer dropped or came back) changed. An acknowledgement sends no
 * view at all: its private `acknowledged` event carries the speaker's new count (`acks`), which
 * the speaker's client patches in. Any other command sends a
 * view to those who see what it changed in the state (narrowRecipients): a queued chair's note
 * or a report to the chair; a change of anything else in the
 * state, to every seated participant. That each view left out equals the patched old one (apart from `seq`)
 * is checked on random command sequences for every participant (test/core/invariants.ts,
 * checkViews). Whoever gets neither a room event nor a view of a seq is told that seq alone
 * (the transport's `seq` notice, docs/protocol.md). `now` (server ms) is when the views will be
 * built. A turn change or a leave whose event carries a `patch` (turn-patch.ts) sends views only
 * to those whose private parts of the view may change with it (patchRecipients); everyone else
 * patches the view they hold. Returns participant ids.
 */
export function viewRecipients(before: MeetingState, after: MeetingState, events: MeetingEvent[], now: number): string[] {
  const seated = after.participants.map((p) => p.id);
  // Keepers whose `keeperPatch` brings their view to the new one exactly (keeper-patch.ts
  // describeKeepersWhole checked it against whole views): no view.
  const wholePatched = new Set(keepersPatchWhole(events) ? events.flatMap((e) => (e.type === 'keeperPatch' ? [e.to] : [])) : []);
  const patch = carriedPatch(events);
  if (patch) {
    const to = patchRecipients(before, after, patch);
    return seated.filter((id) => to.has(id) && !wholePatched.has(id));
  }
  const patching = events.length > 0 && events.every((e) => PATCHING_EVENTS.has(e.type));
  if (!patching) {
    const narrow = narrowRecipients(before, after);
    return narrow ? seated.filter((id) => narrow.has(id)) : seated;
  }
  // A drop dated before a turn's clock ran out makes that turn owed (decide.ts owedAfterLateDrop):
  // the circle changes with only a `connection` event to say so.
  if (events.some((e) => e.type === 'connection' && !e.connected && roundStatus(before, e.id) !== roundStatus(after, e.id))) return seated;
  const to = new Set<string>();
  // What a command changes without an event saying so (decide.ts: settleAsk ends a question whose
  // visitor left the door, pruneNewcomers, the door's list) is not in the patch: whoever sees it
  // gets a view, and a change everyone sees sends everyone a view (narrowRecipients). A CI run
  // caught an admission, otherwise a patch, leaving the group's question on members' pages.
  for (const k of SILENT_KEYS) {
    if (sameJson(before[k], after[k])) continue;
    const who = PRIVATE_KEYS[k];
    if (!who) {
      const narrow = narrowRecipients(before, after);
      return narrow ? seated.filter((id) => narrow.has(id)) : seated;
    }
    for (const id of who(before, after)) if (id) to.add(id);
  }
  if (events.some((e) => e.type === 'joined')) {
    // A seat taken (decide.ts describeSeats): the others patch it in from the `joined` event. A
    // discreet meeting's members do not get others' `joined` events (discretion.ts eventFor); the
    // entry differs for the chair (`shared`) and those who see newcomers (`firstTime`: the chair
    // and the greeter); the keepers' `plan.toShare` and `waiting` may count the newcomer; the
    // newcomer's first view is the join's answer.
    if (after.discreet) return seated;
    for (const id of [after.chairId, after.coChairId, after.greeterId ?? null]) if (id) to.add(id);
    for (const e of events) if (e.type === 'joined') to.add(e.id);
  }
  // Keepers whose own parts a `keeperPatch` carries (keeper-patch.ts).
  const patched = new Set(events.flatMap((e) => (e.type === 'keeperPatch' ? [e.to] : [])));
  const next = sameUpNextInputs(before, after) ? null : upNext(after).join();
  if (next !== null && upNext(before).join() !== next) {
    // Who is next travels in the `connection` or `joined` event (decide.ts withUpNext,
    // describeSeats); a discreet meeting's members do not get others' connection events
    // (discretion.ts eventFor): they get views.
    const carried = events.some((e) => (e.type === 'connection' || e.type === 'joined') && e.upNext?.join() === next);
    if (!carried || after.discreet) return seated;
    // The keepers' `plan.toShare` counts who is next: a view, unless their `keeperPatch` carries it.
    if (after.chairId && !patched.has(after.chairId)) to.add(after.chairId);
    if (after.coChairId && !patched.has(after.coChairId)) to.add(after.coChairId);
  }
  // The chair's leave question (`you.ifYouLeave`) follows who could take the chair, which a
  // connection changes and a client cannot patch (a view has no join order). Outside a discreet
  // meeting the core already compared it and sent a `keeperPatch` when it moved
  // (keeper-patch.ts); each side costs a decide, so it is not compared twice.
  const chair = after.chairId;
  if (after.discreet && chair && !to.has(chair) && events.some((e) => e.type === 'connection') && !sameOutcome(leaveOutcome(before, chair, now), leaveOutcome(after, chair, now))) to.add(chair);
  // A share that went out after the guard's hint is on the chair's list (reports.ts): released
  // in hold mode it moves no count.
  const newest = after.shares?.at(-1);
  const guardedOut = newest?.guarded === true && newest !== before.shares?.at(-1);
  const chairSees = before.sharedIds.length !== after.sharedIds.length || (before.guardCount ?? 0) !== (after.guardCount ?? 0) || guardedOut;
  if (chairSees && after.chairId) to.add(after.chairId);
  const heldKey = (m: MeetingState): string => (m.held ? `${m.held.id}\u0000${m.held.text}` : '');
  if (heldKey(before) !== heldKey(after) && after.speaker) to.add(after.speaker.id);
  return seated.filter((id) => to.has(id) && !wholePatched.has(id));
}

/**
 * Who still gets a view when a turn change or a leave carries its `patch` (turn-patch.ts): the
 * patch is what an ordinary member's view shows, so those whose view has a private part that can
 * change with it. The chair (`participants[].shared`, `plan.toShare`, `queuedNotes`, the guard's
 * count, `reports`, `waiting`, `you.ifYouLeave`), the co-chair (`plan.toShare`, `waiting`, the
 * ask's counts), the greeter (`firstTime`, `waitingCount`), whoever is asked to greet
 * (`greeterAsk`); the speaker before and after, when the speaker record changed (`speaker.acks`
 * is the speaker's own, `guard.held` a held share's speaker's); everyone whose place in the round
 * is not what the patch makes it (`you.place`, lowered by `placesGone`); everyone who answered an
 * open ask when it changed (`ask.answered`). A discreet meeting's events carry no patch (everyone
 * gets a view there).
 */
function patchRecipients(before: MeetingState, after: MeetingState, patch: ViewPatch): Set<string> {
  const to = new Set<string>();
  const add = (id: string | null | undefined): void => {
    if (id) to.add(id);
  };
  for (const id of [after.chairId, after.coChairId, after.greeterId, after.greeterAsked, before.greeterAsked]) add(id);
  if (patch.speaker !== undefined || !sameJson(before.speaker, after.speaker)) {
    add(before.speaker?.id);
    add(after.speaker?.id);
  }
  if (!sameJson(before.held, after.held)) {
    add(before.held?.id);
    add(after.held?.id);
  }
  // `you.place` as the patch lowers it (placesGone) against the place the round now gives.
  const was = new Map(before.roundOrder.map((e, i) => [e.id, i + 1]));
  const is = new Map(after.roundOrder.map((e, i) => [e.id, i + 1]));
  for (const p of after.participants) if (placeAfter(was.get(p.id) ?? null, patch.placesGone) !== (is.get(p.id) ?? null)) add(p.id);
  if (!sameJson(before.ask, after.ask)) for (const a of [before.ask, after.ask]) for (const id of [...(a?.yes ?? []), ...(a?.no ?? [])]) add(id);
  return to;
}

/**
 * Who sees a change of each state key that only some views show, from the state after it (a key
 * not listed here is seen by everyone). `speaker` and `shares` are listed by their private parts
 * only (narrowRecipients compares the rest). Sources: view.ts buildView and the files it calls.
 */
const PRIVATE_KEYS: Partial<Record<keyof MeetingState, (before: MeetingState, after: MeetingState) => (string | null | undefined)[]>> = {
  // The command's own number: every client learns it from whatever reaches it (or the seq notice).
  seq: () => [],
  // Who left on purpose: in no view, only in a resume's answer (SEAT_LEFT).
  leftIds: () => [],
  // view.ts: `queuedNotes` is the chair's alone.
  queuedNotes: (_, a) => [a.chairId],
  // guard-mode.ts guardView: the count is the chair's; a held share its speaker's.
  guardCount: (_, a) => [a.chairId],
  held: (b, a) => [b.held?.id, a.held?.id],
  // view.ts: `participants[].shared` is the chair's, `plan.toShare` the chair's and co-chair's.
  sharedIds: (_, a) => [a.chairId, a.coChairId],
  // view.ts: `speaker.acks` (how many acknowledged) is the speaker's alone; `speaker.askedMoreTime`
  // the speaker's and the chair's.
  speaker: (b, a) => [a.speaker?.id, (b.speaker?.askedMoreTime ?? false) !== (a.speaker?.askedMoreTime ?? false) ? a.chairId : null],
  // reports.ts reportsView: the reports on shares are the chair's alone.
  shares: (_, a) => [a.chairId],
  // view.ts: the door's list (`waiting`) is the chair's and co-chair's, its count the greeter's
  // too; who is new (`firstTime`, welcome.ts) the welcomers'. Someone arriving at the door,
  // accepting the guidelines or leaving it changed no one else's view (a fresh tester: a whole
  // view to every member, identical to the one they held).
  waiting: (_, a) => [a.chairId, a.coChairId, a.greeterId],
  newcomers: (_, a) => [a.chairId, a.coChairId, a.greeterId],
};

/**
 * State keys a command may change besides what its events tell (checked on the commands that
 * patch views; the rest, `participants`, `speaker`, `shares` and the round's order, are what the
 * patching events carry or are weighed above). Small: compared on every share.
 */
const SILENT_KEYS: readonly (keyof MeetingState)[] = ['ask', 'waiting', 'newcomers', 'phase', 'chairId', 'coChairId', 'greeterId'];

const roundStatus = (s: MeetingState, id: string): string | undefined => s.roundOrder.find((e) => e.id === id)?.status;

/** A speaker record apart from who acknowledged it, and a posted share apart from its reports and guard mark: what everyone's view may show of them. */
const speakerSeenByAll = (s: MeetingState['speaker']): unknown => (s ? { ...s, ackedBy: null, askedMoreTime: null } : s);
const sharesSeenByAll = (shares: MeetingState['shares']): unknown => shares?.map((p) => ({ ...p, reports: null, guarded: null, guardKinds: null, reportsLeft: null }));

/**
 * The participants whose view can differ between `before` and `after` when every state key that
 * changed is one only some views show (PRIVATE_KEYS), else null (everyone's may). Keys are
 * compared structurally (same-json.ts); a speaker or the shares count as private only when what
 * everyone sees of them is the same.
 */
export function narrowRecipients(before: MeetingState, after: MeetingState): Set<string> | null {
  const to = new Set<string>();
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof MeetingState)[]);
  for (const k of keys) {
    if (before[k] === after[k] || sameJson(before[k], after[k])) continue;
    const who = PRIVATE_KEYS[k];
    if (!who) return null;
    if (k === 'speaker' && (!before.speaker || !after.speaker || !sameJson(speakerSeenByAll(before.speaker), speakerSeenByAll(after.speaker)))) return null;
    if (k === 'shares' && !sameJson(sharesSeenByAll(before.shares), sharesSeenByAll(after.shares))) return null;
    for (const id of who(before, after)) if (id) to.add(id);
  }
  return to;
}

/**
 * The outbox of an accepted command, from the state after it, its events and what was logged.
 * `now` stamps the private events (`at`), in ms since the epoch. `views` is who gets a new view
 * (viewRecipients); without it, every seated participant does.
 */
export function outbox(state: MeetingState, events: MeetingEvent[], logged: LoggedEvent[], now: number, views?: string[]): Outbox {
  const ended = state.phase === 'ended';
  // Built only when asked (an admission, views to filter): a share usually needs neither, and
  // this runs for every accepted command (Issue 10: CPU per share).
  let seatedIds: Set<string> | undefined;
  const seated = { has: (id: string): boolean => (seatedIds ??= new Set(state.participants.map((p) => p.id))).has(id) };
  const waiting = new Set(state.waiting.map((w) => w.id));
  const leaveRoom = new Set<string>([...state.removed, ...waiting]);
  const joinRoom: string[] = [];
  const direct: Direct[] = [];
  const stamp = (event: MeetingEvent): LoggedEvent => ({ seq: state.seq, at: now, event });
  for (const e of events) {
    switch (e.type) {
      case 'admitted':
        if (seated.has(e.id)) joinRoom.push(e.id);
        break;
      case 'removed':
        // Their own farewell carries only their id; then the connection closes.
        leaveRoom.add(e.to);
        direct.push({ to: e.to, kind: 'event', event: stamp(e) }, { to: e.to, kind: 'bye', reason: 'removed' });
        break;
      case 'denied':
        // Turned away at the door: nothing to keep, not even a sequence number.
        leaveRoom.add(e.to);
        direct.push({ to: e.to, kind: 'bye', reason: 'denied' });
        break;
      case 'sentToWaiting':
        leaveRoom.add(e.to);
        if (waiting.has(e.to)) direct.push({ to: e.to, kind: 'door', door: buildDoorView(state, e.to) });
        break;
      case 'doorUpdate':
        // Someone at the door hears only of their own status: their door view, never an event.
        if (waiting.has(e.to)) direct.push({ to: e.to, kind: 'door', door: buildDoorView(state, e.to) });
        break;
      case 'doorClosed':
        direct.push({ to: e.to, kind: 'bye', reason: 'ended' });
        break;
      default:
        if ('to' in e) direct.push({ to: e.to, kind: 'event', event: stamp(e) });
    }
  }
  return {
    leaveRoom: [...leaveRoom],
    joinRoom,
    room: logged,
    direct,
    views: ended ? [] : views ? views.filter((id) => seated.has(id)) : state.participants.map((p) => p.id),
    ended,
  };
}
