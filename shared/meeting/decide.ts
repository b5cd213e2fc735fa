// THE authority for every meeting rule. decide() is pure: it reads no clock (now comes in), makes
// no ids, does no I/O. A rejection returns a code and leaves the given state untouched; an
// accepted command returns a new state whose seq is exactly one higher, and the events to send.
//
// Every command passes one ladder of checks, in this order: membership (known, not removed, not
// waiting), freeze, role (chair), phase, turn. The schema and rate checks happen before, in the
// server; the version check after, in the store's compare-and-set.
import type { ErrorCode } from '../errors.js';
import { LIMITS } from '../limits.js';
import { chairIsOpen, chairWaitEnd, ensureChair, keptKeySeat, keyOpensChair, nextInRotation, rotateChair, setChair, successor } from './chair.js';
import type { Command } from './commands.js';
import { setDiscreet } from './discretion.js';
import type { MeetingEvent } from './events.js';
import { doorFor } from './door.js';
import { findReading, readingStillToCome } from './formats.js';
import { answerAsk, askMembers, handChairNextTime, scheduledEndDue, scheduledEndTick, settleAsk } from './group-meeting.js';
import { endMeeting, nameTaken, restoreKeySeatRound, seat, unseat } from './membership.js';
import { chairNote } from './notes.js';
import { askMoreTime, extendTurn, settleMoreTime } from './more-time.js';
import { sharedRole, switchRole } from './roles.js';
import { handsClosed, lastCallDue, lastCallTick, queueHand, setHandPriority, setPlan, setShareLength, settleLateHands } from './round-plan.js';
import { guardKeeperText, guardShare, releaseHeld, setGuardMode, type GuardFinding } from './guard-mode.js';
import { hideShare, leaveShare, report } from './reports.js';
import { acceptGuidelines, answerGreeter, forgetWelcome, greet, markNewcomer, pruneNewcomers, setGreeter } from './welcome.js';
import { alreadyRead, chairPresent, followPhase, markRead, nextSegment, postingClosed, readingEvent, readingsDue, scriptDue, startDue, startScript, takeOver } from './script.js';
import { keepPlaces, upNext } from './on-deck.js';
import { turnEnded } from './turn-aim.js';
import { seatEntry } from './view.js';
import { describeTurn } from './turn-patch.js';
import { describeKeepers, describeKeepersWhole } from './keeper-patch.js';
import { cloneForShare, cloneState } from './clone.js';
import type { MeetingState, Participant, WaitingEntry } from './state.js';
import { carryGrace, graceEnd, graceOnDrop, graceOnReturn, pauseGraces, resumeGraces } from './seat-grace.js';
import { advanceTurn, dropTurn, effectiveMode, endTurn, holdEnd, holdTurn, inRound, owe, oweLateHand, pauseClock, pauseHold, resumeClock, resumeHeldTurn, resumeHold, startRound, startTurn, turnHoldMs } from './turns.js';

/** `findings`: with GUARD_HINT from a share, what the guard found (shareFindings), so nobody runs it again. */
export type Decision =
  | { ok: true; state: MeetingState; events: MeetingEvent[] }
  | { ok: false; code: ErrorCode; findings?: GuardFinding[] };

type Result = ErrorCode | undefined;

export function decide(state: MeetingState, cmd: Command, now: number): Decision {
  if (state.phase === 'ended') return { ok: false, code: 'MEETING_ENDED' };
  const s = cmd.type === 'share' ? cloneForShare(state) : cloneState(state);
  const events: MeetingEvent[] = [];
  let findings: GuardFinding[] | undefined;
  const code = apply(s, cmd, now, events, (f) => (findings = f));
  if (code) return code === 'GUARD_HINT' && findings ? { ok: false, code, findings } : { ok: false, code };
  // A late turn's hand taken, lowered or gone with its seat is no longer a late turn (round-plan.ts).
  settleLateHands(s);
  // Whoever came into the circle's line (arrived, or back) takes its last place (on-deck.ts).
  if (keepPlaces(state, s)) for (const e of events) if (e.type === 'connection') withUpNext(s, e, upNext(state));
  followPhase(s, now, events);
  pruneNewcomers(s);
  // The pause keeps every dropped seat but the chair's: a new chair during it moves that exception.
  if (s.frozen && s.chairId !== state.chairId) pauseGraces(s, now);
  settleAsk(s);
  // A volunteer passed over for the empty chair while sharing (chair.ts successor) takes it once
  // the turn is over, or the meeting is paused.
  if (s.chairId === null && s.phase !== 'ended' && (s.speaker?.id !== state.speaker?.id || s.frozen !== state.frozen)) ensureChair(s, events);
  settleMoreTime(state, s, events);
  if (cmd.type === 'join' || cmd.type === 'admit') describeSeats(state, s, events);
  else describeTurn(state, s, events, now);
  describeKeepers(state, s, events, now);
  describeKeepersWhole(state, s, events, now);
  s.seq = state.seq + 1;
  return { ok: true, state: s, events };
}

/** Commands that anyone may still send while the meeting is frozen: you can always leave. */
// A report to the chair goes through a pause too: a pause is when trouble is sorted out.
const ALWAYS_ALLOWED = new Set<Command['type']>(['leave', 'disconnect', 'reconnect', 'report']);

/** What posts words to the room: closed during the moment of silence. */
const SILENT = new Set<Command['type']>(['share', 'postReading', 'chairNote', 'setTopic', 'greet']);

function apply(s: MeetingState, cmd: Command, now: number, ev: MeetingEvent[], hint: (findings: GuardFinding[]) => void): Result {
  if (cmd.type === 'join') return join(s, cmd, now, ev);
  if (cmd.type === 'tick') return tick(s, now, ev);

  if (s.removed.includes(cmd.by)) return 'REMOVED';
  const waiting = s.waiting.find((w) => w.id === cmd.by);
  if (waiting) {
    if (cmd.type === 'leave') {
      s.waiting = s.waiting.filter((w) => w.id !== cmd.by);
      forgetWelcome(s, cmd.by, ev);
      leftOnPurpose(s, cmd.by);
      return undefined;
    }
    if (cmd.type === 'disconnect' && waiting.connected) {
      // A dropped connection (a reload, a weak phone link) keeps the place at the door for the
      // grace period, as a seat is kept: a reload of two seconds must not cost the place. The
      // tick gives the place up once the grace period has run out (purge below).
      waiting.connected = false;
      waiting.absentSince = closedAt(cmd, now);
      // During a pause the place is kept, as a seat is (seat-grace.ts).
      graceOnDrop(s, waiting);
      return undefined;
    }
    if (cmd.type === 'acceptGuidelines') return acceptGuidelines(waiting, ev);
    if (cmd.type === 'reconnect' && !waiting.connected) {
      // Back within the grace period (a reload at the door, or sent back while their connection
      // was down): they wait like anyone else, in their place.
      waiting.connected = true;
      waiting.absentSince = null;
      graceOnReturn(waiting);
      return undefined;
    }
    return 'IN_WAITING_ROOM';
  }
  const me = s.participants.find((p) => p.id === cmd.by);
  if (!me) return 'NOT_IN_MEETING';
  const isChair = s.chairId === me.id;
  if (s.frozen && !isChair && !ALWAYS_ALLOWED.has(cmd.type)) return 'FROZEN';
  // The moment of silence: nobody posts, the chair neither (script.ts).
  if (postingClosed(s) && SILENT.has(cmd.type)) return 'SILENCE';

  switch (cmd.type) {
    case 'leave':
      unseat(s, me.id, 'left', now, ev);
      leftOnPurpose(s, me.id);
      return undefined;
    case 'disconnect':
      return disconnect(s, me, closedAt(cmd, now), now, ev, cmd.returning === true);
    case 'reconnect':
      return reconnect(s, me, now, ev);
    case 'volunteer':
      return volunteer(s, me, cmd.on, ev);
    case 'setRole':
      return switchRole(s, me, cmd.role, now, ev);
    case 'takeChair':
      return takeChair(s, me, ev);
    case 'share':
      if (s.speaker?.id !== me.id) return 'NOT_YOUR_TURN';
      return guardShare(s, me, cmd.text, cmd.confirm ?? false, ev, hint, cmd.echo);
    case 'releaseHeld':
      return releaseHeld(s, me, ev);
    case 'finishShare':
    case 'pass':
      if (s.speaker?.id !== me.id) return 'NOT_YOUR_TURN';
      endTurn(s, cmd.type === 'pass' ? 'passed' : 'finished', ev);
      advanceTurn(s, now, ev);
      return undefined;
    case 'askMoreTime':
      return askMoreTime(s, me, ev);
    case 'raiseHand':
      return raiseHand(s, me, now, ev);
    case 'lowerHand':
      if (!s.hands.includes(me.id)) return 'ALREADY_DONE';
      s.hands = s.hands.filter((id) => id !== me.id);
      ev.push({ type: 'hands', queue: [...s.hands] });
      return undefined;
    case 'acknowledge': {
      const sp = s.speaker;
      if (!sp) return 'WRONG_PHASE';
      if (sp.id === me.id) return 'NOT_ALLOWED';
      if (me.muted) return 'MUTED';
      if (sp.ackedBy.includes(me.id)) return 'ALREADY_DONE';
      sp.ackedBy.push(me.id);
      // Wordless and anonymous: only the speaker hears it, and not from whom. It carries the new
      // count, so the speaker is sent this small event and no whole view (view-patch.ts).
      ev.push({ type: 'acknowledged', kind: cmd.kind, to: sp.id, acks: sp.ackedBy.length });
      return undefined;
    }
    case 'answerAsk':
      return answerAsk(s, me, cmd.yes);
    case 'greet':
      return greet(s, me, cmd.where, now, ev);
    case 'answerGreeter':
      return answerGreeter(s, me, cmd.yes, ev);
    case 'acceptGuidelines':
      // Only someone at the door accepts the guidelines; a seated person is already in.
      return 'ALREADY_DONE';
    case 'report':
      return report(s, me, cmd.share, cmd.reason, ev);
    case 'askMembers':
      if (!isChair && s.coChairId !== me.id) return 'NOT_CHAIR';
      return askMembers(s, cmd.target, ev);
    case 'admit':
    case 'deny':
      if (!isChair && s.coChairId !== me.id) return 'NOT_CHAIR';
      return cmd.type === 'admit' ? admit(s, cmd.target, now, ev) : deny(s, cmd.target, ev);
    default:
      if (!isChair) return 'NOT_CHAIR';
      return chairCommand(s, me, cmd, now, ev, hint);
  }
}

type ChairCommand = Exclude<Command, { type: 'join' | 'tick' | 'leave' | 'disconnect' | 'reconnect' | 'volunteer' | 'setRole' | 'takeChair' | 'share' | 'releaseHeld' | 'finishShare' | 'pass' | 'askMoreTime' | 'raiseHand' | 'lowerHand' | 'acknowledge' | 'admit' | 'deny' | 'answerAsk' | 'askMembers' | 'report' | 'greet' | 'answerGreeter' | 'acceptGuidelines' }>;

function chairCommand(s: MeetingState, me: Participant, cmd: ChairCommand, now: number, ev: MeetingEvent[], hint: (findings: GuardFinding[]) => void): Result {
  switch (cmd.type) {
    case 'start':
      if (s.phase !== 'gathering') return 'WRONG_PHASE';
      return start(s, now, ev);
    // A step names where the chair's page stood: pressed twice (a double tap, a slow link, two
    // keepers at once) the second one finds the meeting already there and changes nothing. A
    // fresh tester's double tap skipped the whole of open sharing.
    case 'advance':
      if (cmd.from !== undefined && cmd.from !== s.phase) return 'ALREADY_DONE';
      return advance(s, now, ev);
    case 'nextSegment':
      if (s.phase === 'gathering') return 'WRONG_PHASE';
      if (cmd.from !== undefined && cmd.from !== s.script?.index) return 'ALREADY_DONE';
      return nextSegment(s, now, false, () => advance(s, now, ev), () => endMeeting(s, ev), ev);
    case 'setTopic': {
      if (s.phase === 'closing') return 'WRONG_PHASE';
      const text = cmd.text.trim() || null;
      if (text === s.topic) return 'ALREADY_DONE';
      const looked = text === null ? undefined : guardKeeperText(s, me, text, cmd.confirm === true, hint);
      if (looked) return looked;
      s.topic = text;
      ev.push({ type: 'topic', text });
      return undefined;
    }
    case 'chairNote':
      // The chair never talks over a share: a note waits for the turn to end (notes.ts). Contact
      // details in it wait for a second look first, as in a share (guard-mode.ts).
      return guardKeeperText(s, me, cmd.text, cmd.confirm === true, hint) ?? chairNote(s, me.id, cmd.text, ev);
    case 'postReading':
      // Readings are long: the chair posts them between shares.
      if (s.speaker && s.speaker.id !== me.id) return 'NOT_YOUR_TURN';
      if (!findReading(s.formatId, cmd.readingId)) return 'UNKNOWN_READING';
      // A later step's words (the closing's in the opening or the contributions pause) wait for it.
      if (readingStillToCome(s.formatId, { phase: s.phase, index: s.script?.index ?? null }, cmd.readingId)) return 'WRONG_PHASE';
      // Posted already in this part of the meeting (a double tap posted a long text twice).
      if (alreadyRead(s, cmd.readingId)) return 'ALREADY_DONE';
      // A weekly group's own text replaces the format's; it travels with the event.
      ev.push(readingEvent(s, cmd.readingId));
      markRead(s, cmd.readingId);
      return undefined;
    case 'setGuardMode':
      return setGuardMode(s, cmd.mode, ev);
    case 'hideShare':
      return hideShare(s, cmd.share, ev);
    case 'leaveShare':
      return leaveShare(s, cmd.share);
    case 'setTurnMode':
      if (s.phase === 'closing' || s.phase === 'open') return 'WRONG_PHASE';
      if (s.turnMode === cmd.mode) return 'ALREADY_DONE';
      s.turnMode = cmd.mode;
      ev.push({ type: 'turnMode', mode: cmd.mode });
      advanceTurn(s, now, ev);
      return undefined;
    case 'giveTurn': {
      if (!inRound(s) || effectiveMode(s) !== 'chairPicks') return 'WRONG_PHASE';
      if (s.speaker) return 'NOT_ALLOWED';
      const t = s.participants.find((p) => p.id === cmd.target);
      if (!t) return 'UNKNOWN_TARGET';
      if (t.role !== 'participant') return 'LISTENER';
      if (t.muted) return 'MUTED';
      if (!t.connected) return 'NOT_ALLOWED';
      startTurn(s, t.id, now, ev);
      return undefined;
    }
    case 'skip':
      if (turnEnded(s, cmd.turn)) return 'TURN_ENDED';
      if (!s.speaker) return 'WRONG_PHASE';
      // Skipping a turn held for a dropped speaker moves on, but they are still owed a late turn.
      if (s.speaker.heldSince !== null) {
        dropTurn(s, now, ev);
        return undefined;
      }
      endTurn(s, 'skipped', ev);
      advanceTurn(s, now, ev);
      return undefined;
    case 'extend':
      if (turnEnded(s, cmd.turn)) return 'TURN_ENDED';
      return extendTurn(s, ev, false);
    case 'lowerHands': {
      let lowered: string[];
      if (cmd.target === null) {
        // Late turns (`lateHands`) stay: they are owed the rest of a turn a drop took, not hands
        // raised the ordinary way. A fresh tester's chair pressed "Lower all hands" and a member's
        // late turn went with them, unasked, while her transcript still promised it. The chair
        // can still lower one by name (target).
        const kept = s.hands.filter((id) => s.lateHands?.includes(id) ?? false);
        if (kept.length === s.hands.length) return 'ALREADY_DONE';
        lowered = s.hands.filter((id) => !kept.includes(id));
        s.hands = kept;
      } else {
        if (!s.hands.includes(cmd.target)) return 'ALREADY_DONE';
        lowered = [cmd.target];
        s.hands = s.hands.filter((id) => id !== cmd.target);
      }
      ev.push({ type: 'hands', queue: [...s.hands] });
      // Each one whose hand the chair took down is told (not the chair, of their own), and whether
      // a late turn went with it
      // (`lateHands` still lists it here: decide's settling after the command drops it).
      for (const id of lowered) if (id !== me.id) ev.push({ type: 'handLowered', to: id, lateTurn: s.lateHands?.includes(id) ?? false });
      return undefined;
    }
    case 'mute': {
      const t = s.participants.find((p) => p.id === cmd.target);
      if (!t) return 'UNKNOWN_TARGET';
      if (t.id === me.id) return 'NOT_ALLOWED';
      if (t.muted === cmd.on) return 'ALREADY_DONE';
      t.muted = cmd.on;
      ev.push({ type: 'muted', id: t.id, on: cmd.on });
      if (cmd.on) {
        if (s.hands.includes(t.id)) {
          s.hands = s.hands.filter((id) => id !== t.id);
          ev.push({ type: 'hands', queue: [...s.hands] });
        }
        if (s.speaker?.id === t.id) {
          endTurn(s, 'muted', ev);
          advanceTurn(s, now, ev);
        }
      }
      return undefined;
    }
    case 'remove':
    case 'sendToWaiting':
      return removeOrSendBack(s, me, cmd.type, cmd.target, now, ev);
    case 'lock':
      if (s.locked === cmd.on) return 'ALREADY_DONE';
      s.locked = cmd.on;
      ev.push({ type: 'locked', on: cmd.on });
      return undefined;
    case 'watchDoor':
      if (s.doorWatched === cmd.on) return 'ALREADY_DONE';
      s.doorWatched = cmd.on;
      ev.push({ type: 'doorWatched', on: cmd.on });
      return undefined;
    case 'freeze':
      return freeze(s, cmd.on, now, ev);
    case 'setDiscreet':
      return setDiscreet(s, cmd.on, ev);
    case 'setCoChair': {
      if (cmd.target === s.coChairId) return 'ALREADY_DONE';
      if (cmd.target !== null) {
        const t = s.participants.find((p) => p.id === cmd.target);
        if (!t) return 'UNKNOWN_TARGET';
        if (t.id === me.id) return 'NOT_ALLOWED';
        if (!t.volunteer) return 'NOT_A_VOLUNTEER';
      }
      s.coChairId = cmd.target;
      ev.push({ type: 'coChair', id: cmd.target });
      return undefined;
    }
    case 'handChair': {
      const t = s.participants.find((p) => p.id === cmd.target);
      if (!t) return 'UNKNOWN_TARGET';
      if (t.id === me.id) return 'ALREADY_DONE';
      if (!t.volunteer) return 'NOT_A_VOLUNTEER';
      if (!t.connected) return 'NOT_ALLOWED';
      setChair(s, t, 'handed', ev);
      return undefined;
    }
    case 'setShareLength':
      return setShareLength(s, cmd.ms, ev);
    case 'setPlan':
      return setPlan(s, cmd.endsInMs, cmd.lastCallMs, now, ev);
    case 'setHandPriority':
      return setHandPriority(s, cmd.on, ev);
    case 'end':
      endMeeting(s, ev);
      return undefined;
    case 'setGreeter':
      return setGreeter(s, me, cmd.target, ev);
    case 'chairNextTime':
      return handChairNextTime(s, cmd.target, ev);
  }
}

function join(s: MeetingState, given: Extract<Command, { type: 'join' }>, now: number, ev: MeetingEvent[]): Result {
  if (!given.pledge) return 'PLEDGE_REQUIRED';
  const cmd = spentKeyIgnored(s, given);
  if (s.removed.includes(cmd.id)) return 'REMOVED';
  if (s.participants.some((p) => p.id === cmd.id) || s.waiting.some((w) => w.id === cmd.id)) return 'ALREADY_JOINED';
  if (cmd.chairKey && s.chairKeyHolder !== null) {
    // The key's holder coming back (a closed tab, another device): their held seat, not a new one.
    if (s.removed.includes(s.chairKeyHolder)) return 'REMOVED';
    if (keptKeySeat(s, cmd.ownChairKey === true)) return reclaimKeySeat(s, now, ev);
  }
  // A practice meeting is its person's alone: to anyone without its key or code it does not exist.
  if (s.practice && !cmd.chairKey && !cmd.joinCode) return 'MEETING_NOT_FOUND';
  if (nameTaken(s, cmd.name)) return 'NAME_TAKEN';
  if (s.participants.length + s.waiting.length >= s.settings.maxParticipants) return 'MEETING_FULL';
  if (cmd.address && addressSeatsFull(s, cmd.address.group, cmd.address.seats)) return 'ADDRESS_SEATS';
  const base = { id: cmd.id, name: cmd.name, role: sharedRole(cmd.role), volunteer: cmd.volunteer, ...(cmd.address ? { address: cmd.address.group } : {}) };
  if (cmd.chairKey) return joinWithChairKey(s, cmd, base, ev);
  const reason = doorFor(s, cmd.joinCode, cmd.wrongCode ?? false);
  if (reason) {
    s.waiting.push({ ...base, connected: true, absentSince: null, since: s.seq + 1, reason, accepted: false, greeted: false });
    for (const keeper of [s.chairId, s.coChairId]) if (keeper) ev.push({ type: 'waitingRoom', id: cmd.id, name: cmd.name, to: keeper });
    if (cmd.firstTime) markNewcomer(s, cmd.id, cmd.name, ev);
    return undefined;
  }
  seat(s, base, ev);
  if (cmd.firstTime) markNewcomer(s, cmd.id, cmd.name, ev);
  return undefined;
}

/**
 * Seats (or places at the door) of one address group whose connection is down that do not count
 * against it (addressSeatsFull): a household's closed tabs, which the page cannot tell from a
 * reload (a fresh tester, 2026-12-05: a closed tab held its place for the whole seat grace). More
 * than these count, so joining and dropping over and over cannot fill the circle with
 * disconnected names (the next fresh tester: 31 seats, 1 connected, before this allowance).
 */
export const ADDRESS_DROPPED_ALLOWANCE = 2;

/**
 * Whether address group `group` holds `seats` seats or more in the meeting, seated or at the door
 * (a fresh tester, 2026-12-04: one client took 49 seats of an open meeting; a second, that counting
 * joins rather than seats held used up a household's count when its tabs were closed and opened
 * again; a third, 2026-12-05, that a count in each process's memory gave two processes 10 each).
 * A seat left or given up does not count; of those whose connection is down (recorded a settle
 * time after it closed), all but ADDRESS_DROPPED_ALLOWANCE do. Coming back to a kept seat is no
 * join, so it is never refused.
 */
export function addressSeatsFull(s: MeetingState, group: number, seats: number): boolean {
  let up = 0;
  let down = 0;
  for (const p of s.participants) if (p.address === group) p.connected ? up++ : down++;
  for (const w of s.waiting) if (w.address === group) w.connected ? up++ : down++;
  return up + Math.max(0, down - ADDRESS_DROPPED_ALLOWANCE) >= seats;
}

/**
 * A weekly group's chair key was handed on "chair next time" for one person, once (Issue 13):
 * after it seated its holder it is worth nothing, so presenting it again is an ordinary join
 * (it neither takes the holder's seat nor the chair). From then on the holder's way back is the
 * meeting's own chair key (`ownChairKey`), which the server gave them with that first seat and
 * which works as a one-off meeting's chair key does (Issue 7: a chair who closed the tab returns
 * with it); before that first seat the own key opens nothing (keyOpensChair).
 */
function spentKeyIgnored(s: MeetingState, cmd: Extract<Command, { type: 'join' }>): Extract<Command, { type: 'join' }> {
  return cmd.chairKey && !keyOpensChair(s, cmd.ownChairKey === true) ? { ...cmd, chairKey: false, ownChairKey: false } : cmd;
}

/**
 * The chair key seats its holder as a volunteer in the chair: the first time (the creator), and
 * again whenever its holder's seat was given up (after the grace period, or leaving) while the
 * meeting lives, unless the holder had passed the chair on (`chairPassedOn`: handed it, the
 * format's rotation, withdrew) and someone holds it: then a seat only. The key passes no door: it
 * opens the meeting it created.
 */
function joinWithChairKey(s: MeetingState, cmd: Extract<Command, { type: 'join' }>, base: { id: string; name: string; role: Participant['role']; volunteer: boolean }, ev: MeetingEvent[]): Result {
  const first = !s.chairKeyUsed;
  // Seated first (the first time, while the chair is still kept for them; on return, not yet a
  // volunteer), so that seating does not hand the chair to anyone on the way.
  const p = seat(s, { ...base, volunteer: first }, ev);
  if (!first) restoreKeySeatRound(s, p.id);
  const passedOn = !first && s.chairPassedOn === true && s.chairId !== null;
  // Coming back with a seat only, they have not offered to chair (the door has no box to tick for
  // the key's holder): a rotation must not hand it to them unasked (a fresh tester, 2026-12-05).
  p.volunteer = !passedOn;
  s.chairKeyUsed = true;
  s.chairKeyHolder = cmd.id;
  if (!passedOn) setChair(s, p, first ? 'start' : 'returned', ev);
  return undefined;
}

/**
 * The chair key's holder still has a seat (or a place at the door): the key returns them to it,
 * with their name, their place in the round, a held turn and the chair if they still hold it.
 * The server moves the seat to the new socket (`chairKeyHolder` names it).
 */
function reclaimKeySeat(s: MeetingState, now: number, ev: MeetingEvent[]): Result {
  const id = s.chairKeyHolder;
  const w = s.waiting.find((x) => x.id === id);
  if (w) {
    w.connected = true;
    w.absentSince = null;
    graceOnReturn(w);
    return undefined;
  }
  const p = s.participants.find((x) => x.id === id);
  if (p && !p.connected) return reconnect(s, p, now, ev);
  return undefined;
}

function admit(s: MeetingState, target: string, now: number, ev: MeetingEvent[]): Result {
  const w = s.waiting.find((x) => x.id === target);
  if (!w) return 'UNKNOWN_TARGET';
  // The group's guidelines are read and accepted at the door before anyone lets them in (welcome.ts).
  if (!w.accepted) return 'GUIDELINES_NOT_ACCEPTED';
  if (s.participants.length >= s.settings.maxParticipants) return 'MEETING_FULL';
  s.waiting = s.waiting.filter((x) => x.id !== target);
  ev.push({ type: 'admitted', id: w.id, name: w.name });
  const p = seat(s, { id: w.id, name: w.name, role: w.role, volunteer: w.volunteer, ...(w.address !== undefined ? { address: w.address } : {}) }, ev, w.connected ? null : (w.absentSince ?? now), w.muted ?? false);
  // Let in while away: the place's grace (stopped by a pause, or its end after one) is the seat's.
  carryGrace(w, p);
  return undefined;
}

function deny(s: MeetingState, target: string, ev: MeetingEvent[]): Result {
  if (!s.waiting.some((x) => x.id === target)) return 'UNKNOWN_TARGET';
  s.waiting = s.waiting.filter((x) => x.id !== target);
  forgetWelcome(s, target, ev);
  s.removed.push(target);
  ev.push({ type: 'denied', id: target, to: target });
  watchDoor(s, ev);
  return undefined;
}

/** After anyone is removed or denied, everyone new waits at the door (the chair may turn it off). */
function watchDoor(s: MeetingState, ev: MeetingEvent[]): void {
  if (s.doorWatched) return;
  s.doorWatched = true;
  ev.push({ type: 'doorWatched', on: true });
}

function removeOrSendBack(s: MeetingState, me: Participant, kind: 'remove' | 'sendToWaiting', target: string, now: number, ev: MeetingEvent[]): Result {
  if (target === me.id) return 'NOT_ALLOWED';
  if (kind === 'remove' && s.waiting.some((w) => w.id === target)) return deny(s, target, ev);
  const t = s.participants.find((p) => p.id === target);
  if (!t) return 'UNKNOWN_TARGET';
  if (kind === 'remove') {
    s.removed.push(t.id);
    ev.push({ type: 'removed', id: t.id, to: t.id });
    unseat(s, t.id, 'removed', now, ev);
    if (s.phase !== 'ended') watchDoor(s, ev);
    return undefined;
  }
  ev.push({ type: 'sentToWaiting', id: t.id, to: t.id });
  unseat(s, t.id, 'waiting', now, ev);
  const back: WaitingEntry = {
    id: t.id, name: t.name, role: t.role, volunteer: t.volunteer,
    connected: t.connected, absentSince: t.connected ? null : (t.disconnectedAt ?? now), since: s.seq + 1, reason: 'sentBack', accepted: false, greeted: false,
    ...(t.muted ? { muted: true } : {}),
    ...(t.address !== undefined ? { address: t.address } : {}),
  };
  // Sent back while away: the seat's grace (stopped by a pause, or its end after one) goes to the door.
  carryGrace(t, back);
  s.waiting.push(back);
  return undefined;
}

function start(s: MeetingState, now: number, ev: MeetingEvent[]): Result {
  const present = s.participants.filter((p) => p.connected);
  if (!s.chairId || present.length < 2 || !present.some((p) => p.id === s.chairId)) return 'NO_QUORUM';
  s.phase = 'opening';
  ev.push({ type: 'phase', phase: 'opening' });
  startScript(s, now, ev);
  return undefined;
}

/**
 * Remembers that `id` gave up their seat or door place themselves (state.ts `leftIds`), unless
 * the meeting ended; only the newest LIMITS.leftKept are kept.
 */
function leftOnPurpose(s: MeetingState, id: string): void {
  if (s.phase !== 'ended') s.leftIds = [...(s.leftIds ?? []), id].slice(-LIMITS.leftKept);
}

function advance(s: MeetingState, now: number, ev: MeetingEvent[]): Result {
  switch (s.phase) {
    case 'gathering':
      return start(s, now, ev);
    case 'opening':
      s.phase = 'round';
      ev.push({ type: 'phase', phase: 'round' });
      startRound(s, now, ev);
      return undefined;
    case 'round':
    case 'open': {
      if (s.speaker) endTurn(s, 'skipped', ev);
      // A round the chair closes (hands, chair picks, or cut short) still hands the chair on.
      if (s.phase === 'round' && s.roundActive && s.settings.rotateChairEachRound) rotateChair(s, ev);
      s.roundActive = false;
      if (s.hands.length) {
        s.hands = [];
        ev.push({ type: 'hands', queue: [] });
      }
      s.phase = s.phase === 'round' && s.settings.openSharing ? 'open' : 'closing';
      ev.push({ type: 'phase', phase: s.phase });
      return undefined;
    }
    case 'closing':
      endMeeting(s, ev);
      return undefined;
    default:
      return 'WRONG_PHASE';
  }
}

function raiseHand(s: MeetingState, me: Participant, now: number, ev: MeetingEvent[]): Result {
  if (me.role !== 'participant') return 'LISTENER';
  if (me.muted) return 'MUTED';
  if (!inRound(s) || effectiveMode(s) !== 'hands') return 'WRONG_PHASE';
  if (s.hands.includes(me.id) || s.speaker?.id === me.id) return 'ALREADY_DONE';
  if (handsClosed(s, now)) return 'LAST_CALL';
  queueHand(s, me.id);
  ev.push({ type: 'hands', queue: [...s.hands] });
  advanceTurn(s, now, ev);
  return undefined;
}

/** The answer to `chairVacant`: the first to accept takes the chair (and is a volunteer from then on). */
function takeChair(s: MeetingState, me: Participant, ev: MeetingEvent[]): Result {
  if (s.chairId === me.id) return 'ALREADY_DONE';
  if (s.chairId !== null) return 'CHAIR_TAKEN';
  // Before the chair key is used, the chair is kept for its holder.
  if (!chairIsOpen(s)) return 'NOT_ALLOWED';
  if (me.muted) return 'MUTED';
  if (!me.volunteer) {
    me.volunteer = true;
    ev.push({ type: 'volunteer', id: me.id, on: true });
  }
  setChair(s, me, 'accepted', ev);
  return undefined;
}

function volunteer(s: MeetingState, me: Participant, on: boolean, ev: MeetingEvent[]): Result {
  if (me.volunteer === on) return 'ALREADY_DONE';
  if (!on && s.chairId === me.id) {
    // Where the chair rotates, the one who cannot chair now passes it on in the rotation: the
    // next volunteer after them (a fresh tester, 2026-12-05: it went back to the last round's
    // chair, past two who had offered).
    // Asked for by the chair, the hand-over may go to someone sharing now: better than no one.
    const next = (s.settings.rotateChairEachRound ? nextInRotation(s) : undefined) ?? successor(s, me.id, true);
    if (!next) return 'NO_SUCCESSOR';
    setChair(s, next, 'withdrew', ev);
  }
  me.volunteer = on;
  if (!on && s.coChairId === me.id) {
    s.coChairId = null;
    ev.push({ type: 'coChair', id: null });
  }
  ev.push({ type: 'volunteer', id: me.id, on });
  // The rotation found nobody after the round (chair.ts rotateChair): this offer takes the chair.
  if (on && s.rotationOpen && me.connected && s.chairId !== me.id && chairIsOpen(s) && s.phase !== 'ended') setChair(s, me, 'rotation', ev);
  ensureChair(s, ev);
  return undefined;
}

/**
 * How soon after a connection closed a turn may come to it and still be held for the speaker
 * grace (ms): a blip, within the server's settle time (RUNDE_DROP_SETTLE_MS, 3 s by default) and
 * a little more, not a silent link the server found late (its ping unanswered, up to 20 s).
 */
export const TURN_AFTER_BLIP_MS = 5_000;

/** When a dropped connection closed: the command's `at`, never later than now. */
function closedAt(cmd: Extract<Command, { type: 'disconnect' }>, now: number): number {
  return cmd.at === undefined ? now : Math.min(cmd.at, now);
}

/**
 * A seat's connection closed at `since` (≤ now; the server may record it a settle time later).
 * The seat is kept for the grace period from `since`, the turn for the speaker grace from
 * `since` with the clock stopped as it was then (see holdTurn), so a late record costs the
 * speaker no share time. A turn that began more than TURN_AFTER_BLIP_MS after `since` came to
 * someone already gone (a silent link found late): it is passed over at once and owed as a late
 * turn, as the order passes over anyone disconnected (turns.ts), never held for the speaker grace
 * (the room would wait for nobody). One that began within it came in a blip (the link went a
 * moment before the turn came, still settling), and one recorded as the seat comes back
 * (`returning`) is back already: either is held from its start, the clock whole, and resumed.
 */
function disconnect(s: MeetingState, me: Participant, since: number, now: number, ev: MeetingEvent[], returning = false): Result {
  if (!me.connected) return 'ALREADY_DONE';
  const next = upNext(s);
  me.connected = false;
  me.disconnectedAt = since;
  // A drop during a pause: the seat's grace waits, whole, for the resume (seat-grace.ts).
  graceOnDrop(s, me);
  const e: Extract<MeetingEvent, { type: 'connection' }> = { type: 'connection', id: me.id, connected: false };
  ev.push(e);
  const sp = s.speaker;
  if (sp?.id === me.id) {
    // Back already (the command's `returning`), or gone only a moment before the turn came: a turn
    // that came during the silence is held whole from its start, and the return resumes it,
    // instead of passing it over (a fresh tester's blip a second before her turn cost her her
    // place in the circle: she was back four seconds later).
    const blip = sp.startedAt > since && sp.startedAt - since <= TURN_AFTER_BLIP_MS;
    const from = returning || blip ? Math.max(since, sp.startedAt) : since;
    if (sp.startedAt > from || turnHoldMs(s) <= 0) dropTurn(s, now, ev);
    else holdTurn(s, from, ev);
  }
  owedAfterLateDrop(s, me.id, since, ev);
  withUpNext(s, e, next);
  return undefined;
}

/**
 * A turn the clock ended after the connection had already gone (the server found a silent link
 * only later, and dates the drop back: drop-time.ts) was lost to the drop, not let run out: it is
 * owed as a late turn, as a held turn given up is (the page told its person "If it has moved on,
 * you get a late turn"; a fresh tester, 2026-12-03, was owed none). In the round still going,
 * and in open sharing (by the person's `openTurns` entry), where the late turn is a hand first in
 * the queue with the time the turn had left from the drop (or from its start, if it came to
 * someone already gone), as a held turn given up gets there (turns.ts dropTurn).
 */
function owedAfterLateDrop(s: MeetingState, id: string, since: number, ev: MeetingEvent[]): void {
  if (s.phase === 'open') {
    // Open sharing keeps no order: the turn's clock-out is on the person's openTurns entry, and
    // the late turn is their hand first in the queue with the time the turn had left.
    const turn = s.openTurns?.find((x) => x.id === id);
    if (!turn || turn.clockOutAt === undefined || turn.clockOutAt <= since) return;
    owe(s, id, turn.clockOutAt - Math.max(since, turn.startedAt ?? since));
    delete turn.clockOutAt;
    delete turn.startedAt;
    oweLateHand(s, id, ev);
    return;
  }
  if (s.phase !== 'round' || !s.roundActive) return;
  const entry = s.roundOrder.find((x) => x.id === id);
  if (!entry || entry.clockOutAt === undefined || entry.clockOutAt <= since) return;
  entry.status = 'missed';
  // The clock ran on, unheard, from the drop (or the turn's start, if the link was already gone
  // when the turn came) to the time-out: that is the time the turn had left, never more than it had.
  owe(s, id, entry.clockOutAt - Math.max(since, entry.startedAt ?? since));
  delete entry.clockOutAt;
  delete entry.startedAt;
  // By raised hands the late turn is the hand first in the queue, as a held turn given up gets
  // (turns.ts dropTurn): `missed` alone gave nobody a turn there.
  oweLateHand(s, id, ev);
}

function reconnect(s: MeetingState, me: Participant, now: number, ev: MeetingEvent[]): Result {
  if (me.connected) return 'ALREADY_DONE';
  const next = upNext(s);
  me.connected = true;
  me.disconnectedAt = null;
  graceOnReturn(me);
  const e: Extract<MeetingEvent, { type: 'connection' }> = { type: 'connection', id: me.id, connected: true };
  ev.push(e);
  if (s.speaker?.id === me.id) resumeHeldTurn(s, now, ev);
  ensureChair(s, ev);
  advanceTurn(s, now, ev);
  withUpNext(s, e, next);
  return undefined;
}

/**
 * A drop or a return that changed who is next says so in its `connection` event (`upNext`, after
 * everything the command did), so clients patch their views instead of being sent new ones
 * (outbox.ts viewRecipients, view-patch.ts): in a storm of drops and resumes a whole view per
 * seated person per resume made the cost grow with the square of the meeting's size (Issue 10).
 */
function withUpNext(s: MeetingState, e: Extract<MeetingEvent, { type: 'connection' }>, before: string[]): void {
  const after = upNext(s);
  if (after.join() !== before.join()) e.upNext = after;
  else delete e.upNext;
}

/**
 * A `join`'s seat says what every view needs of it (`seat`, `at`, and `upNext` when who is next
 * changed), after everything the command did, so clients patch it into the view they hold
 * instead of being sent a new view each (outbox.ts viewRecipients, view-patch.ts): 28 people
 * arriving cost an early member 56 frames and ~107 KB, enough to drop a phone on a weak link
 * (Issue 10). `before` is the state the command started from.
 */
function describeSeats(before: MeetingState, s: MeetingState, ev: MeetingEvent[]): void {
  for (const e of ev) {
    if (e.type !== 'joined') continue;
    const entry = seatEntry(s, e.id);
    if (!entry) continue;
    e.seat = entry.seat;
    e.at = entry.at;
    const next = upNext(s);
    if (next.join() !== upNext(before).join()) e.upNext = next;
  }
}

function freeze(s: MeetingState, on: boolean, now: number, ev: MeetingEvent[]): Result {
  if (s.frozen === on) return 'ALREADY_DONE';
  s.frozen = on;
  // The pause stops the share clock, a dropped speaker's hold and every dropped seat's grace but
  // the chair's alike (turns.ts pauseHold, seat-grace.ts).
  if (on) {
    pauseClock(s, now);
    pauseHold(s, now);
    pauseGraces(s, now);
  } else {
    resumeClock(s, now);
    // Before the hold: a resumed hold never ends after its seat (turns.ts resumeHold).
    resumeGraces(s, now);
  }
  ev.push({ type: 'frozen', on });
  // After `frozen`: the room hears the pause is over, then when the hold now ends.
  if (!on) resumeHold(s, now, ev);
  if (!on) advanceTurn(s, now, ev);
  return undefined;
}

/** The clock: a group meeting's scheduled end, share warnings and deadlines, and seats whose grace period ran out. */
function tick(s: MeetingState, now: number, ev: MeetingEvent[]): Result {
  // A weekly group's meeting over by the schedule ends before anything else is weighed.
  const scheduled = scheduledEndTick(s, now, ev);
  if (scheduled === 'ended') return undefined;
  // Someone at the door whose connection is down (dropped there, or sent back while it was) is
  // not waited for past the grace period: the place is given up, and their newcomer mark with it.
  // A pause keeps places and seats alike (graceEnd null: seat-grace.ts).
  const before = s.waiting.length;
  const kept = (w: MeetingState['waiting'][number]) => {
    const end = graceEnd(s, w);
    return end === null || now < end;
  };
  for (const w of s.waiting) if (!kept(w)) forgetWelcome(s, w.id, ev);
  s.waiting = s.waiting.filter(kept);
  const doorChanged = s.waiting.length !== before;
  const expired = s.participants.filter((p) => {
    const end = graceEnd(s, p);
    return end !== null && now >= end;
  });
  for (const p of expired) {
    if (s.phase === 'ended') break;
    unseat(s, p.id, 'gone', now, ev);
  }
  if (s.phase !== 'ended') lastCallTick(s, now, ev);
  // The chair key's holder has not come by the end of the chair wait: the chair opens to others.
  const waitOver = s.phase !== 'ended' && !chairIsOpen(s) && now >= chairWaitEnd(s);
  if (waitOver) {
    s.chairWaitOver = true;
    ensureChair(s, ev);
  }
  // A hold stopped by a pause has no end (holdEnd null): the turn is not given up during it.
  const heldEnds = holdEnd(s);
  if (heldEnds !== null && now >= heldEnds) dropTurn(s, now, ev);
  // Nobody chairs a meeting whose planned start and chair wait are past: it starts by itself.
  const startAt = s.phase === 'gathering' ? startDue(s) : null;
  if (startAt !== null && now >= startAt) {
    s.phase = 'opening';
    ev.push({ type: 'phase', phase: 'opening' });
    startScript(s, now, ev, true);
  }
  // The script moves on by itself with no chair present (and out of the silence always): a share
  // whose own time is up ends first, as it would have at its deadline.
  // With no chair present the script posts the segment's unread texts at once (readingsDue).
  if (s.phase !== 'ended') takeOver(s, now, ev);
  const scriptAt = s.phase === 'ended' ? null : scriptDue(s);
  if (scriptAt !== null && now >= scriptAt) {
    if (s.speaker) endTurn(s, 'timeout', ev, now);
    nextSegment(s, now, !chairPresent(s), () => advance(s, now, ev), () => endMeeting(s, ev), ev);
  }
  const sp = s.speaker;
  // A paused clock (frozen, or a held turn) never runs out.
  if (sp && sp.frozenRemaining === null && s.phase !== 'ended') {
    if (now >= sp.deadline) {
      endTurn(s, 'timeout', ev);
      advanceTurn(s, now, ev);
    } else if (!sp.warned && now >= sp.deadline - s.settings.warnMs) {
      sp.warned = true;
      ev.push({ type: 'timeWarning', id: sp.id, deadline: sp.deadline });
    }
  }
  return ev.length || doorChanged || waitOver || scheduled !== null ? undefined : 'NOTHING_DUE';
}

/** When the clock next has something to do for this meeting, or null: servers set a timer by it. */
export function nextDue(s: MeetingState): number | null {
  if (s.phase === 'ended') return null;
  const times: number[] = [];
  // A grace stopped by a pause has no end (graceEnd null): no timer wakes for it until the resume.
  for (const a of [...s.participants, ...s.waiting]) {
    const end = graceEnd(s, a);
    if (end !== null) times.push(end);
  }
  if (!chairIsOpen(s)) times.push(chairWaitEnd(s));
  const sp = s.speaker;
  const heldEnds = holdEnd(s);
  if (heldEnds !== null) times.push(heldEnds);
  if (sp && sp.frozenRemaining === null) times.push(sp.warned ? sp.deadline : Math.min(sp.deadline, sp.deadline - s.settings.warnMs));
  const lastCall = lastCallDue(s);
  if (lastCall !== null) times.push(lastCall);
  const scheduledEnd = scheduledEndDue(s);
  if (scheduledEnd !== null) times.push(scheduledEnd);
  const script = scriptDue(s);
  if (script !== null) times.push(script);
  const starts = startDue(s);
  if (starts !== null) times.push(starts);
  const readings = readingsDue(s);
  if (readings !== null) times.push(readings);
  return times.length ? Math.min(...times) : null;
}
