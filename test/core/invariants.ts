// The rules every reachable meeting state and every decision must keep, whatever came before.
// Shared by the property test and the regression tests built from its seeds.
import type { Command } from '../../shared/meeting/commands.js';
import { chairIsOpen, sharingNow } from '../../shared/meeting/chair.js';
import { decide, nextDue, TURN_AFTER_BLIP_MS } from '../../shared/meeting/decide.js';
import type { Decision } from '../../shared/meeting/decide.js';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import { outbox, viewRecipients } from '../../shared/meeting/outbox.js';
import { sameUpNextInputs, upNext } from '../../shared/meeting/on-deck.js';
import { buildView, isPrivate } from '../../shared/meeting/view.js';
import { patchView } from '../../shared/meeting/view-patch.js';
import { carriedPatch } from '../../shared/meeting/turn-patch.js';
import { replayAs } from '../../shared/meeting/discretion.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import { createMeeting } from '../../shared/meeting/state.js';
import { effectiveMode, holdEnd } from '../../shared/meeting/turns.js';
import { graceEnd } from '../../shared/meeting/seat-grace.js';
import { PRELUDE, PSEUDONYMS, Ids, toCommand } from './sequences.js';
import type { Config, Step } from './sequences.js';

export class InvariantError extends Error {}

function must(cond: unknown, rule: string): asserts cond {
  if (!cond) throw new InvariantError(rule);
}

// The same comparison as membership.sameName (localeCompare with sensitivity 'accent'), with one
// collator instead of one per call: localeCompare with options is ~30x slower, per comparison.
const collator = new Intl.Collator(undefined, { sensitivity: 'accent' });
const sameName = (a: string, b: string): boolean => collator.compare(a, b) === 0;

// A report to the chair goes through a pause too (shared/meeting/decide.ts: a pause is when trouble is sorted out).
const FREEZE_EXEMPT = new Set<Command['type']>(['join', 'tick', 'leave', 'disconnect', 'reconnect', 'report']);

/** Rules about one decision: what may be accepted, and what a rejection must leave. */
export function checkDecision(before: MeetingState, snapshot: string, cmd: Command, d: Decision): void {
  // The state is plain JSON (the store keeps it so): an identical serialization is deep equality.
  must(JSON.stringify(before) === snapshot, 'decide must not mutate its input state, accepted or rejected');
  // A skip or extend naming a turn acts on that turn only; TURN_ENDED only when it is over.
  const aimed = (cmd.type === 'skip' || cmd.type === 'extend') && cmd.turn !== undefined ? cmd.turn : undefined;
  if (aimed !== undefined && d.ok) must(before.speaker?.turn === aimed, `a ${cmd.type} named for turn ${aimed} acted on turn ${before.speaker?.turn}`);
  if (!d.ok && d.code === 'TURN_ENDED') must(aimed !== undefined && before.speaker?.turn !== aimed, 'TURN_ENDED for a command naming the current turn, or none');
  if (!d.ok) return;
  const s = d.state;
  must(s.seq === before.seq + 1, `an accepted command advances seq by exactly one (${before.seq} → ${s.seq})`);
  if (cmd.type === 'join') {
    must(!before.removed.includes(cmd.id), 'a removed id can never join again');
    return;
  }
  if (cmd.type === 'tick') return;
  must(!before.removed.includes(cmd.by), `a removed participant's ${cmd.type} is never accepted`);
  const present = before.participants.some((p) => p.id === cmd.by) || before.waiting.some((w) => w.id === cmd.by);
  must(present, `${cmd.type} by someone not in the meeting was accepted`);
  // From the waiting room one can only go, or tell the door one's connection is back.
  if (before.waiting.some((w) => w.id === cmd.by)) must(cmd.type === 'leave' || cmd.type === 'disconnect' || cmd.type === 'reconnect', `${cmd.type} from the waiting room was accepted`);
  if (before.frozen && before.chairId !== cmd.by) must(FREEZE_EXEMPT.has(cmd.type), `${cmd.type} by a non-chair was accepted while frozen`);
  if (cmd.type === 'share') must(before.speaker?.id === cmd.by, 'share text from someone other than the current speaker was accepted');
  if (cmd.type === 'takeChair') must(before.chairId === null && chairIsOpen(before), 'takeChair is accepted only for an empty chair that is open to others');
  // Speaker grace: a dropped connection holds the turn; it is never lost on the drop itself. A drop
  // recorded late and dated well before the turn began (`at`, more than a blip) came to someone
  // already gone: passed over.
  const dropFrom = cmd.type === 'disconnect' && cmd.at !== undefined && !cmd.returning ? cmd.at + TURN_AFTER_BLIP_MS : Infinity;
  if (cmd.type === 'disconnect' && before.speaker?.id === cmd.by && before.settings.speakerGraceMs > 0 && dropFrom >= before.speaker.startedAt) {
    must(s.speaker?.id === cmd.by && s.speaker.heldSince !== null, "the speaker's drop holds the turn for the speaker grace");
  }
  // A place in the circle's line, once promised, holds: while the same turn goes on, an arrival or
  // a late turn's return (or anything else) never puts someone ahead of anyone already waiting
  // (line-order.ts). Only someone whose own turn had not come yet, back from a drop or a mute,
  // takes back the place they had (on-deck.ts keepPlaces: a weak link must not cost a place).
  if (before.phase === 'round' && s.phase === 'round' && before.turnMode === 'circle' && s.turnMode === 'circle' && before.roundNumber === s.roundNumber && (before.speaker?.id ?? null) === (s.speaker?.id ?? null)) {
    const was = upNext(before);
    const pendingIn = (x: MeetingState) => new Set(x.roundOrder.filter((e) => e.status === 'pending').map((e) => e.id));
    const stillWaiting = pendingIn(before);
    const pendingNow = pendingIn(s);
    const is = upNext(s).filter((id) => was.includes(id) || !(stillWaiting.has(id) && pendingNow.has(id)));
    const kept = is.filter((id) => was.includes(id));
    must(kept.join() === was.filter((id) => is.includes(id)).join() && is.slice(0, kept.length).join() === kept.join(), `someone waiting in the circle's line was moved back by ${cmd.type} (${was.join()} → ${is.join()})`);
  }
  for (const e of d.events) {
    if (e.type === 'shareEnded' && (e.reason === 'timeout' || e.reason === 'timeoutEmpty')) must(before.speaker?.heldSince === null, 'a share clock ran out while the turn was held for a dropped speaker');
    if (e.type === 'roundComplete') {
      const owed = s.roundOrder.filter((o) => o.status === 'missed' && s.participants.some((p) => p.id === o.id && !p.connected && !p.muted));
      must(owed.length === 0, 'a circle round completed while a late turn was still owed to someone whose seat is held');
    }
    if (e.type === 'ended' && cmd.type !== 'end' && cmd.type !== 'advance') must(chairIsOpen(before) || chairIsOpen(s), 'a meeting ended by emptying before its chair key was used');
    if (e.type === 'share') must((cmd.type === 'share' || cmd.type === 'releaseHeld') && e.id === cmd.by && before.speaker?.id === cmd.by, 'a share event came from a non-speaker');
    if (e.type === 'acknowledged') must(e.to === before.speaker?.id && cmd.by !== e.to, 'an acknowledgement went to someone other than the speaker');
  }
}

/** Rules about every reachable state. */
export function checkState(s: MeetingState): void {
  const ids = s.participants.map((p) => p.id);
  const byId = new Map(s.participants.map((p) => [p.id, p]));
  const waitingIds = s.waiting.map((w) => w.id);
  must(new Set([...ids, ...waitingIds]).size === ids.length + waitingIds.length, 'ids are unique across seats and the waiting room');
  const names = [...s.participants.map((p) => p.name), ...s.waiting.map((w) => w.name)];
  must(names.every((n, i) => names.findIndex((m) => sameName(m, n)) === i), 'pseudonyms are unique in a meeting');
  must(s.removed.every((id) => !byId.has(id) && !waitingIds.includes(id)), 'a removed id is neither seated nor waiting');
  must(ids.length + waitingIds.length <= s.settings.maxParticipants, 'seats plus waiting room never exceed maxParticipants');

  const sp = s.speaker;
  if (sp) {
    const p = byId.get(sp.id);
    must(p, 'the speaker is a present participant');
    must(p.role === 'participant', 'a listener never holds the turn');
    must(p.connected || sp.heldSince !== null, 'a disconnected participant holds the turn only while it is held for them');
    if (sp.heldSince !== null) {
      must(!p.connected && p.disconnectedAt === sp.heldSince, 'a held turn belongs to a speaker whose connection is down since it was held');
      must(sp.frozenRemaining !== null, 'the share clock is stopped while the turn is held');
      must(s.frozen === (sp.holdLeft !== undefined), "a held turn's hold is stopped exactly while the meeting is paused");
    }
    must(!p.muted, 'a muted participant never holds the turn');
    must(s.phase === 'round' || s.phase === 'open', `nobody holds the turn in ${s.phase}`);
    must(new Set(sp.ackedBy).size === sp.ackedBy.length && !sp.ackedBy.includes(sp.id), 'one acknowledgement per listener, never from the speaker');
  }

  if (s.chairId !== null) {
    const chair = byId.get(s.chairId);
    must(chair, 'chairId refers to a present participant');
    must(chair.volunteer, 'the chair is a volunteer');
  }
  // Before the chair key is used (and until the chair wait runs out) the chair is kept for its holder.
  must(chairIsOpen(s) || s.chairId === null, 'nobody but the chair key holder gets the chair before the key is used');
  must(s.chairKeyUsed === (s.chairKeyHolder !== null), 'the chair key has a holder once it is used');
  // A chair in their grace period still holds the chair: the rule is about an empty chair.
  if (chairIsOpen(s) && s.participants.some((p) => p.connected && p.volunteer && !sharingNow(s, p))) must(s.chairId !== null, 'a chair exists whenever a connected volunteer is present who is not sharing now');
  if (s.chairVacant) must(s.chairId === null, 'the chair is offered to the room only while it is empty');
  const volunteerSharing = s.participants.some((p) => p.connected && p.volunteer && sharingNow(s, p));
  if (chairIsOpen(s) && s.chairId === null && s.phase !== 'ended' && s.participants.some((p) => p.connected) && !volunteerSharing) must(s.chairVacant, 'an empty chair is offered to everyone connected, unless a volunteer sharing now will take it');
  if (s.frozen) must(s.chairId !== null, 'a frozen meeting has a chair who can unfreeze it');
  if (s.coChairId !== null) {
    const co = byId.get(s.coChairId);
    must(co && co.volunteer && co.id !== s.chairId, 'the co-chair is a present volunteer other than the chair');
  }
  must(s.hands.every((id) => byId.get(id)?.role === 'participant') && new Set(s.hands).size === s.hands.length, 'raised hands belong to present participants, once each');
  const late = s.lateHands ?? [];
  must(late.every((id, i) => s.hands[i] === id), "late turns' hands (a dropped speaker's) are up, first in the queue, in the order they were lost");
  const open = s.openTurns;
  if (open !== undefined) {
    must(s.phase === 'open' && open.length > 0, "open sharing's turn records (openTurns) exist only in open sharing, and only when there are some");
    must(open.every((e) => byId.has(e.id)) && new Set(open.map((e) => e.id)).size === open.length, "open sharing's turn records are of seated people, once each");
    must(open.every((e) => e.owedMs === undefined || s.hands.includes(e.id)), "owed time in open sharing stands only while the late turn's hand is up");
  }
  if (s.phase === 'round' && effectiveMode(s) === 'hands') must(s.roundOrder.every((e) => e.owedMs === undefined || s.hands.includes(e.id)), "owed time in a round by hands stands only while the late turn's hand is up");
  const order = s.roundOrder.map((e) => e.id);
  must(new Set(order).size === order.length && order.every((id) => byId.get(id)?.role !== 'listener'), 'the round order lists each person once, and no listener');

  if (s.phase === 'ended') {
    must(s.participants.length === 0 && s.waiting.length === 0 && s.title === '' && s.chairId === null && s.speaker === null, 'an ended meeting holds no participant data');
    const json = JSON.stringify(s).toLowerCase();
    for (const n of PSEUDONYMS) must(!json.includes(n.toLowerCase()), `an ended meeting still holds the pseudonym ${n}`);
  }
}

/** Every string anywhere in a JSON-like value (keys excluded). */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/**
 * Rules about what one accepted command sends (the core's outbox, which the server follows):
 * nothing of the meeting reaches someone at the door or someone removed — no name of anyone
 * seated, no topic, no one's id (so no speaker), no view — and someone at the door hears only
 * of their own status changes.
 */
export function checkDelivery(before: MeetingState, after: MeetingState, events: MeetingEvent[]): void {
  const ob = outbox(after, events, events.filter((e) => !isPrivate(e)).map((event) => ({ seq: after.seq, at: 0, event })), 0);
  const seated = new Set(after.participants.map((p) => p.id));
  must(ob.views.every((id) => seated.has(id)), 'a meeting view goes to a seated participant only');
  const people = [...before.participants, ...after.participants, ...before.waiting, ...after.waiting];
  const topics = [before.topic, after.topic].filter((t): t is string => !!t && t.trim().length >= 3);
  const outside = new Set<string>([...after.waiting.map((w) => w.id), ...after.removed, ...before.removed]);
  for (const e of events) if (e.type === 'removed' || e.type === 'denied' || e.type === 'doorClosed' || e.type === 'sentToWaiting') outside.add(e.to);
  for (const id of [...after.waiting.map((w) => w.id), ...after.removed]) must(ob.leaveRoom.includes(id), `${id} at the door or removed is taken out of the meeting's room first`);
  for (const id of outside) {
    if (seated.has(id)) continue;
    const inbox = ob.direct.filter((d) => d.to === id);
    const ownName = people.find((p) => p.id === id)?.name.toLowerCase();
    const names = people.filter((p) => p.id !== id).map((p) => p.name.toLowerCase()).filter((n) => n !== ownName);
    const stillWaiting = before.waiting.some((w) => w.id === id) && after.waiting.some((w) => w.id === id);
    if (before.removed.includes(id) || stillWaiting) must(inbox.length === 0, `${id}, already at the door or removed, was sent something after ${events.map((e) => e.type).join(',') || 'a command'} that did not change their status`);
    for (const d of inbox) {
      must(d.kind !== 'event' || d.event.event.type === 'removed', `${id} at the door or removed was sent a ${d.kind === 'event' ? d.event.event.type : d.kind} event`);
      for (const str of strings(d)) {
        const lower = str.toLowerCase();
        must(!people.some((p) => p.id !== id && p.id === str), `${id} at the door or removed was sent another person's id`);
        must(!names.some((n) => lower.includes(n)), `${id} at the door or removed was sent a seated person's name`);
        must(!topics.some((t) => str.includes(t)), `${id} at the door or removed was sent the topic`);
      }
    }
  }
}

/**
 * Views go only where something changed (Issue 10): every seated participant that viewRecipients
 * leaves out sees the same view before and after the command, apart from its `seq`, once the
 * events they receive are patched into it (view-patch.ts; a turn change's or a leave's `patch`
 * included). Returns how many were left out and checked so.
 */
export function checkViews(before: MeetingState, after: MeetingState, events: MeetingEvent[], now: number): number {
  let patched = 0;
  // viewRecipients skips upNext when its inputs did not change (on-deck.ts sameUpNextInputs): then it must not have.
  if (sameUpNextInputs(before, after)) must(upNext(before).join() === upNext(after).join(), 'upNext changed though sameUpNextInputs said its inputs did not');
  const to = new Set(viewRecipients(before, after, events, now));
  for (const p of after.participants) {
    if (to.has(p.id) || !before.participants.some((x) => x.id === p.id)) continue;
    // What the client does with the room events it gets instead (view-patch.ts), as it sees them,
    // and with its own private events (an acknowledgement's count to the speaker).
    const seen: MeetingEvent[] = replayAs(after, p.id, events.filter((e) => !isPrivate(e)).map((event) => ({ event }))).map((l) => l.event);
    seen.push(...events.filter((e) => isPrivate(e) && 'to' in e && e.to === p.id));
    const was = { ...patchView(buildView(before, p.id, now), seen), seq: 0 };
    const is = { ...buildView(after, p.id, now), seq: 0 };
    must(JSON.stringify(was) === JSON.stringify(is), `${p.id} was sent no view after ${events.map((e) => e.type).join(',')}, yet their view changed beyond what the events carry`);
    patched++;
  }
  return patched;
}

/**
 * The chair's leave question tells the truth (Issue 15, leave-words.ts): what the chair's view
 * says their leaving would do (`you.ifYouLeave`) is what their `leave` then does — who gets the
 * chair, whether the pause is lifted, whether the meeting ends. Nobody else's view carries it.
 */
export function checkLeaveOutcome(s: MeetingState, now: number): void {
  // One other view is enough to check that it is the chair's alone: every view is built alike.
  const other = s.participants.find((p) => p.id !== s.chairId);
  if (other) must(buildView(s, other.id, now).you.ifYouLeave === null, `${other.id} does not chair, yet their view says what their leaving would do`);
  const chair = s.chairId;
  if (chair === null || s.phase === 'ended') return;
  const will = buildView(s, chair, now).you.ifYouLeave;
  must(will, "the chair's view says what their leaving would do");
  const d = decide(s, { type: 'leave', by: chair }, now);
  must(d.ok, "the chair's leave is accepted");
  const after = d.state;
  const ended = after.phase === 'ended';
  must(ended === will.ends, `the chair's view said the meeting ${will.ends ? 'ends' : 'goes on'} if they leave; it ${ended ? 'ended' : 'went on'}`);
  if (ended) return;
  must(after.chairId === will.chairTo, `the chair's view said ${will.chairTo ?? 'nobody'} gets the chair; ${after.chairId ?? 'nobody'} got it`);
  const lifted = s.frozen && !after.frozen;
  must(lifted === will.unpause, `the chair's view said the pause ${will.unpause ? 'is' : 'is not'} lifted; it ${lifted ? 'was' : 'was not'}`);
}

/** nextDue is what a server sets its timer by: a tick then must do something, and a tick before it nothing. */
export function checkClock(s: MeetingState): void {
  if (s.phase === 'ended') return;
  const due = nextDue(s);
  const far = s.createdAt + 10 ** 9;
  if (due === null) {
    const d = decide(s, { type: 'tick' }, far);
    must(!d.ok && d.code === 'NOTHING_DUE', 'with nothing due (nextDue null) a tick does nothing, at any time');
    return;
  }
  const early = decide(s, { type: 'tick' }, due - 1);
  must(!early.ok && early.code === 'NOTHING_DUE', 'a tick before nextDue does nothing');
  must(decide(s, { type: 'tick' }, due).ok, 'a tick at nextDue is accepted');
}

/**
 * Rules about how one accepted step may change a state: a connection changes only by its owner's
 * disconnect or reconnect (nobody is made present who is not), and a share's clock never runs
 * while the meeting is frozen.
 */
export function checkTransition(before: MeetingState, after: MeetingState, cmd: Command, now: number): void {
  for (const p of after.participants) {
    const was = before.participants.find((x) => x.id === p.id);
    const waited = before.waiting.find((w) => w.id === p.id);
    // The chair key returns its holder to their held seat: that join is their own reconnect.
    const keyReturn = cmd.type === 'join' && cmd.chairKey && before.chairKeyHolder === p.id && p.connected;
    const own = keyReturn || (cmd.type !== 'join' && cmd.type !== 'tick' && cmd.by === p.id && (cmd.type === 'disconnect' || cmd.type === 'reconnect'));
    if (was) must(own || was.connected === p.connected, `${p.id} became ${p.connected ? 'connected' : 'disconnected'} by ${cmd.type}`);
    else if (waited) must(waited.connected === p.connected, `${p.id} was seated as ${p.connected ? 'connected' : 'disconnected'} from a waiting entry that was not`);
    else must(p.connected, 'a newcomer is seated connected');
  }
  if (after.frozen && after.speaker) must(after.speaker.frozenRemaining !== null, `a share clock runs while the meeting is frozen (after ${cmd.type})`);
  const held = after.speaker?.heldSince;
  // A running hold ends by its end (the speaker grace, or the time left at a pause from the
  // resume); a paused one has no end and is not given up by the clock.
  // A hold never outlasts its seat (whose grace may have been stopped by a pause too).
  if (cmd.type === 'tick' && held !== null && held !== undefined && !after.frozen) {
    const end = holdEnd(after);
    const seat = after.participants.find((p) => p.id === after.speaker?.id);
    const seatEnd = seat ? graceEnd(after, seat) : null;
    must(end !== null && now < end && seatEnd !== null && end <= seatEnd, 'a held turn outlasted its hold');
  }
  // A pause keeps every dropped seat and place at the door but the chair's (seat-grace.ts).
  if (cmd.type === 'tick' && before.frozen) {
    for (const p of before.participants) {
      if (p.connected || p.id === before.chairId || after.phase === 'ended') continue;
      must(after.participants.some((x) => x.id === p.id) || after.waiting.some((w) => w.id === p.id), `${p.id}'s seat was given up by the clock while the meeting was paused`);
    }
    for (const w of before.waiting) if (!w.connected && after.phase !== 'ended') must(after.waiting.some((x) => x.id === w.id) || after.participants.some((p) => p.id === w.id), `${w.id}'s place at the door was given up by the clock while the meeting was paused`);
  }
  const wasHeld = before.speaker?.heldSince != null ? before.speaker.id : null;
  if (cmd.type === 'tick' && before.frozen && wasHeld !== null && after.participants.some((p) => p.id === wasHeld)) {
    must(after.speaker?.id === wasHeld, 'a held turn was given up by the clock while the meeting was paused');
  }
  // Back within the speaker grace, the speaker simply continues their turn.
  if (before.speaker?.heldSince != null && cmd.type === 'reconnect' && cmd.by === before.speaker.id) {
    must(after.speaker?.id === cmd.by && after.speaker.heldSince === null, 'a speaker back within the speaker grace continues their turn');
  }
}

export const T0 = 1_700_000_000_000;

export function startState(cfg: Config): MeetingState {
  return createMeeting({ id: 'prop', title: 'Runde-test', language: 'nb', formatId: cfg.formatId, access: cfg.access, listed: false, settings: cfg.settings, turnMode: cfg.turnMode, startsAt: null }, T0);
}

export interface RunStats {
  accepted: number;
  phases: Set<string>;
  /** Per command type: members who got no view after a turn change or a leave carrying a `patch` (turn-patch.ts), and patched theirs (checkViews). */
  patched?: Record<string, number>;
}

/**
 * Which rules runSequence checks after each step: `state` (the state, deliveries, views, the
 * leave question, the clock), `transitions` (checkTransition alone), or `all`.
 */
export type Checks = 'state' | 'transitions' | 'all';

/** Runs a sequence through decide, checking the `checks` rules after every step (checkDecision always); throws InvariantError naming the step. */
export function runSequence(cfg: Config, steps: Step[], stats?: RunStats, checks: Checks = 'state'): MeetingState {
  let s = startState(cfg);
  let now = T0;
  const ids = new Ids();
  checkState(s);
  const all = cfg.prelude ? [...PRELUDE, ...steps] : steps;
  for (const [i, step] of all.entries()) {
    if (s.phase === 'ended') break;
    now += step.dt;
    const { cmd, now: at } = toCommand(step, s, ids, now);
    now = at;
    const snapshot = JSON.stringify(s);
    const d = decide(s, cmd, now);
    try {
      checkDecision(s, snapshot, cmd, d);
      // The invariants and the transitions are checked on the very same sequences (one seed, one
      // generator; invariants.property.test.ts runs them once, `all`): `state` and `transitions`
      // alone are for running one side (views built for every member after every step are most of the time).
      if (d.ok && checks !== 'state') checkTransition(s, d.state, cmd, now);
      if (d.ok && checks !== 'transitions') {
        checkState(d.state);
        checkDelivery(s, d.state, d.events);
        const patched = checkViews(s, d.state, d.events, now);
        if (stats?.patched && carriedPatch(d.events)) stats.patched[cmd.type] = (stats.patched[cmd.type] ?? 0) + patched;
        checkLeaveOutcome(d.state, now);
        checkClock(d.state);
      }
    } catch (e) {
      if (e instanceof InvariantError) e.message = `step ${i} ${JSON.stringify(cmd)} at +${now - T0}ms: ${e.message}`;
      throw e;
    }
    if (d.ok) {
      s = d.state;
      if (stats) {
        stats.accepted++;
        stats.phases.add(s.phase);
      }
    }
  }
  return s;
}
