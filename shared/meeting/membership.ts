// Arriving, leaving and ending: seats, the waiting room and the purge at the end.
import { askForChair, chairIsOpen, ensureChair, successor, setChair } from './chair.js';
import type { MeetingEvent, LeaveReason } from './events.js';
import type { MeetingState, Participant } from './state.js';
import { advanceTurn, endTurn, resumeClock, resumeHold } from './turns.js';
import { looksAlike } from './name-skeleton.js';
import { forgetWelcome } from './welcome.js';
import { resumeGraces } from './seat-grace.js';

// One collator for every comparison: building one per call costs ~30x more.
const collator = new Intl.Collator(undefined, { sensitivity: 'accent' });
export const sameName = (a: string, b: string): boolean => collator.compare(a, b) === 0;

/** NAME_TAKEN: someone present or waiting has this name, the same ignoring case, or one that looks alike (name-skeleton.ts). */
export function nameTaken(s: MeetingState, name: string): boolean {
  const clash = (other: string): boolean => sameName(other, name) || looksAlike(other, name);
  return s.participants.some((p) => clash(p.name)) || s.waiting.some((w) => clash(w.name));
}

type Arrival = Omit<Participant, 'joinOrder' | 'joinedSeq' | 'connected' | 'disconnectedAt' | 'muted'>;

/**
 * Seats someone. `absentSince` is set when the person is admitted while their connection is
 * down (sent back to the waiting room, then dropped): their grace period runs from then.
 * `muted`: they were muted when sent to the waiting room, and stay muted until the chair lifts it.
 */
export function seat(s: MeetingState, p: Arrival, events: MeetingEvent[], absentSince: number | null = null, muted = false): Participant {
  const seated: Participant = {
    ...p,
    // The join is the next seq: the newcomer sees nothing said before it.
    joinedSeq: s.seq + 1,
    joinOrder: s.nextJoinOrder++,
    connected: absentSince === null,
    disconnectedAt: absentSince,
    muted,
  };
  s.participants.push(seated);
  s.everOccupied = true;
  events.push({ type: 'joined', id: seated.id, name: seated.name });
  // A mute the chair set before a trip to the waiting room holds: everyone's view shows it again.
  if (muted) events.push({ type: 'muted', id: seated.id, on: true });
  // A latecomer joins the end of a circle that is still going round.
  // Someone admitted back from the waiting room keeps their place and status: one turn each.
  if (s.roundActive && seated.role === 'participant' && !s.roundOrder.some((e) => e.id === seated.id)) {
    s.roundOrder.push({ id: seated.id, status: 'pending' });
  }
  ensureChair(s, events, 'start');
  return seated;
}

/** Notes what the chair key holder's seat `id` had of the round (MeetingState.keySeatLeft). */
function keepKeySeatRound(s: MeetingState, id: string): void {
  const e = s.roundOrder.find((x) => x.id === id);
  const shared = s.sharedIds.includes(id);
  if (!e && !shared) {
    delete s.keySeatLeft;
    return;
  }
  const { id: _, ...entry } = e ?? { id };
  s.keySeatLeft = { round: s.roundNumber, entry: e ? (entry as Omit<typeof e, 'id'>) : null, shared };
}

/**
 * The chair key's new seat `id` takes over what the holder's given-up seat had of this round
 * (keepKeySeatRound): whether it had shared in the meeting, and, in the same round still going,
 * its place's status in place of a latecomer's 'pending'.
 */
export function restoreKeySeatRound(s: MeetingState, id: string): void {
  const kept = s.keySeatLeft;
  delete s.keySeatLeft;
  if (!kept) return;
  // Having shared is the meeting's (the hand queue's "not shared yet first"), not the round's.
  if (kept.shared && !s.sharedIds.includes(id)) s.sharedIds.push(id);
  if (!kept.entry || !s.roundActive || kept.round !== s.roundNumber) return;
  const at = s.roundOrder.findIndex((x) => x.id === id);
  if (at >= 0) s.roundOrder[at] = { id, ...kept.entry };
}

/** Takes a participant out of the meeting, keeping the chair filled and the turn moving. */
export function unseat(s: MeetingState, id: string, reason: LeaveReason, now: number, events: MeetingEvent[]): Participant | undefined {
  const p = s.participants.find((x) => x.id === id);
  if (!p) return undefined;
  if (s.speaker?.id === id) endTurn(s, reason, events);
  // The chair key's holder may come back in a new seat: what this one had of the round goes on.
  if (reason !== 'waiting' && id === s.chairKeyHolder) keepKeySeatRound(s, id);
  s.participants = s.participants.filter((x) => x.id !== id);
  // The "has shared" marker goes with the person (someone sent to the waiting room keeps it).
  if (reason !== 'waiting') s.sharedIds = s.sharedIds.filter((x) => x !== id);
  // Sent to the waiting room, they may be admitted again: their place in the circle is kept.
  if (reason !== 'waiting') s.roundOrder = s.roundOrder.filter((e) => e.id !== id);
  if (s.hands.includes(id)) {
    s.hands = s.hands.filter((x) => x !== id);
    events.push({ type: 'hands', queue: [...s.hands] });
  }
  events.push({ type: 'left', id, name: p.name, reason });
  // The newcomer mark and the greeter role go with the person (not to the waiting room).
  if (reason !== 'waiting') forgetWelcome(s, id, events);
  if (s.coChairId === id) {
    s.coChairId = null;
    events.push({ type: 'coChair', id: null });
  }
  if (s.chairId === id) {
    setChair(s, successor(s, id), 'failover', events);
    if (s.chairId === null && s.frozen) {
      // Nobody is left who could unfreeze: the meeting goes on by the clock rather than stand still.
      s.frozen = false;
      resumeClock(s, now);
      // The seats' graces run again before the hold, which never ends after its seat.
      resumeGraces(s, now);
      events.push({ type: 'frozen', on: false });
      resumeHold(s, now, events);
    }
    askForChair(s, events);
  }
  // A practice meeting ends when its person (the chair key's holder) leaves or is gone.
  if (s.practice && s.chairKeyHolder === id) {
    endMeeting(s, events);
    return p;
  }
  // Before its chair has come, an emptied meeting stays open for them: a stranger's join and
  // leave must not end it (until the chair wait has run out). A weekly group's meeting lives for
  // its scheduled time whoever comes and goes: it ends at its end or by its chair (endsByEmptying).
  if (s.participants.length === 0 && endsByEmptying(s)) {
    endMeeting(s, events);
    return p;
  }
  if (s.participants.length === 0) forgetEmptied(s);
  advanceTurn(s, now, events);
  return p;
}

/**
 * Whether this meeting ends when its last person goes: a one-off meeting that has had someone in
 * it, once its chair is open. Never a weekly group's meeting (issue 13): the next person at
 * /g/<slug> must find its door, not "this meeting has ended".
 */
export const endsByEmptying = (s: MeetingState): boolean => s.group === null && s.everOccupied && chairIsOpen(s);

/**
 * A weekly group's meeting its last person has left lives on for whoever comes next, but keeps
 * nothing of those who left: the topic, the chair's queued notes, a held share, the guard's count
 * and the record of posted shares (with their words and reports: reports.ts) go, and the server
 * deletes the event log (forgetsLog). Nobody who comes next saw those shares: none can report
 * one, and no later chair is asked to judge one. The removed list and the watched
 * door stay, so a removed person is still kept out; so do the internal ids of who left on purpose
 * (`leftIds`), so that one of them coming back is told they left, not that their connection failed.
 */
function forgetEmptied(s: MeetingState): void {
  s.topic = null;
  s.queuedNotes = [];
  s.held = null;
  s.guardCount = 0;
  s.shares = [];
}

/**
 * Whether the store should delete the meeting's event log after the command that made `before`
 * into `after`: a weekly group's meeting whose last person just left (the log would otherwise
 * keep their shares until the scheduled end, for nobody: a newcomer is never sent older events).
 */
export const forgetsLog = (before: MeetingState, after: MeetingState): boolean =>
  after.group !== null && after.phase !== 'ended' && after.participants.length === 0 && before.participants.length > 0;

/** The end purges every name, pseudonym and seat: an ended meeting holds no participant data. */
export function endMeeting(s: MeetingState, events: MeetingEvent[]): void {
  // Those at the door are told too, each on their own: the room's `ended` never reaches them.
  for (const w of s.waiting) events.push({ type: 'doorClosed', id: w.id, to: w.id });
  s.phase = 'ended';
  s.title = '';
  s.topic = null;
  s.chairId = null;
  s.coChairId = null;
  s.participants = [];
  s.waiting = [];
  s.removed = [];
  s.leftIds = [];
  delete s.keySeatLeft;
  s.roundOrder = [];
  s.roundActive = false;
  s.hands = [];
  s.speaker = null;
  s.locked = false;
  s.doorWatched = false;
  s.frozen = false;
  s.queuedNotes = [];
  s.sharedIds = [];
  // Every share's author, words and reports (reports.ts).
  s.shares = [];
  s.newcomers = [];
  s.greeterId = null;
  s.plan = { sharingEndsAt: null, lastCallMs: 0, lastCallDone: false, notSharedFirst: false };
  events.push({ type: 'ended' });
}
