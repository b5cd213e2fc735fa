// The meeting's whole state as one versioned value. `seq` is the version: every accepted
// command advances it by exactly one, so the store can compare-and-set on it.

import type { GuardKind } from '../guard/patterns.js';
import type { DoorReason } from './door.js';
import type { GuardMode } from './guard-mode.js';
import type { ReportReason } from './reports.js';
import type { ScriptState } from './script.js';
import type { SegmentKind } from './formats/segments.js';

export type Phase = 'gathering' | 'opening' | 'round' | 'open' | 'closing' | 'ended';
export const PHASES: readonly Phase[] = ['gathering', 'opening', 'round', 'open', 'closing', 'ended'];

/** circle: join order, one turn each; hands: a server-ordered raise-hand queue; chairPicks: the chair gives the turn. */
export type TurnMode = 'circle' | 'hands' | 'chairPicks';
export type Role = 'participant' | 'listener';
export type Language = 'nb' | 'en';
export type Access = 'open' | 'closed';

/**
 * What happened to someone's turn in the current round. `timedOut`: their time ran out before
 * they sent anything. Not `passed`: they did not choose to pass, and the room must not be told
 * they did (a slow typist's words may still be in their box; a fresh tester, 2026-12-02).
 */
/**
 * A person's status in this circle round. `timedOut`: the time ran out before they sent anything
 * (not a pass); `sharedTimedOut`: they sent part of a share and the time ran out before they
 * pressed Done (a slow typist cut short; a fresh tester's first-timer, 2026-12-03, whose chair
 * was told only "everyone has had their turn").
 */
export type RoundStatus = 'pending' | 'shared' | 'passed' | 'timedOut' | 'sharedTimedOut' | 'missed' | 'skipped';

export interface Participant {
  id: string;
  name: string;
  role: Role;
  volunteer: boolean;
  /** The meeting's seq when this person joined: they never see anything older. */
  joinedSeq: number;
  joinOrder: number;
  connected: boolean;
  disconnectedAt: number | null;
  muted: boolean;
  /**
   * The seat's grace period's time left (ms) while the meeting is paused (`frozen`) and the
   * connection is down: the grace does not run during a pause (seat-grace.ts), so a member who
   * drops during a break still has their seat after it. Absent otherwise (and for the chair, whose
   * grace runs on: only the chair can lift a pause), and in meetings stored before it.
   */
  graceLeft?: number;
  /**
   * When the seat is given up (server ms) once a pause has been lifted while the connection was
   * down: the time left at the pause, counted from the resume, no longer `disconnectedAt` plus
   * the grace period (seat-grace.ts). Absent otherwise.
   */
  graceEndsAt?: number;
  /**
   * The seat's address group (0–255): one byte of a keyed hash of the client's address and the
   * meeting id (server/address-group.ts), one of 256 groups, so it names no address; for the
   * per-address seat count (addressSeatsFull). Never in a view. Absent for a seat taken with the
   * chair key, from a loopback or private address, or stored before it existed.
   */
  address?: number;
}

export interface WaitingEntry {
  id: string;
  name: string;
  role: Role;
  volunteer: boolean;
  connected: boolean;
  /** When their connection dropped, if it is down: the door is held for the grace period only. */
  absentSince: number | null;
  /** The place's grace period's time left (ms) while the meeting is paused: as a seat's (Participant.graceLeft). */
  graceLeft?: number;
  /** When the place is given up (server ms) after a pause lifted while away: as a seat's (Participant.graceEndsAt). */
  graceEndsAt?: number;
  /** The place's address group (Participant.address). */
  address?: number;
  /** The seq at which they came to the door. */
  since: number;
  /** Why they wait: the one thing their door view explains (see door.ts). */
  reason: DoorReason;
  /** They have read and accepted the group's guidelines at the door (welcome.ts): only then can they be let in. */
  accepted?: boolean;
  /** The greeter's set welcome for the waiting room reached them (their door view shows it). */
  greeted?: boolean;
  /**
   * Sent to the waiting room while muted: the mute holds when they are let in again, until the
   * chair lifts it (a trip to the door is no way around the chair's mute).
   */
  muted?: boolean;
}

export interface Speaker {
  id: string;
  /**
   * This turn's identity: the meeting's seq at which it began (the version of the first state
   * holding it). No two turns share it, even two turns of the same person; a chair's `skip` or
   * `extend` may name it (turn-aim.ts). Absent in meetings stored before it.
   */
  turn?: number;
  startedAt: number;
  deadline: number;
  warned: boolean;
  extended: boolean;
  /** The speaker asked the chair for more time this turn (more-time.ts); cleared when extended. */
  askedMoreTime?: boolean;
  /** Ids who have acknowledged this share: one wordless acknowledgement each. */
  ackedBy: string[];
  /**
   * Time left while the share clock is paused (the meeting is frozen, or the turn is held for a
   * speaker whose connection dropped); the clock resumes from it. Null while the clock runs.
   */
  frozenRemaining: number | null;
  /** When the speaker's connection dropped, while their turn is held for the speaker grace; else null. */
  heldSince: number | null;
  /**
   * The hold's time left (ms) while the meeting is paused (`frozen`) and the turn held: the hold
   * does not run during a pause, so a chair who pauses to wait for a dropped speaker never sees
   * them lose the turn meanwhile (turns.ts pauseHold). Absent otherwise (and in meetings stored
   * before it).
   */
  holdLeft?: number;
  /**
   * When the hold ends (server ms) once a pause has been lifted during it: it then ends the time
   * it had left after the resume, no longer at `heldSince` plus the hold (turns.ts resumeHold).
   * Absent otherwise.
   */
  holdEndsAt?: number;
  /** Something of this turn was posted to the room (a `share`); absent until then. */
  posted?: boolean;
}

export interface Settings {
  shareMs: number;
  warnMs: number;
  extendMs: number;
  graceMs: number;
  /** How long a speaker whose connection dropped keeps the turn, in ms (0: the turn moves on at once). */
  speakerGraceMs: number;
  /**
   * How long after the planned start (or the creation, when no start is planned) the chair is
   * kept for the chair key's holder, in ms. Until then nobody else gets the chair, and the
   * meeting does not end by emptying.
   */
  chairWaitMs: number;
  maxParticipants: number;
  openSharing: boolean;
  rotateChairEachRound: boolean;
  /**
   * Scales every planned segment length of the script (script.ts): 1 (default) as the format
   * plans it; drills and tests shorten the script with RUNDE_SCRIPT_SCALE (e.g. 0.005).
   */
  scriptScale?: number;
}

export interface MeetingState {
  id: string;
  seq: number;
  phase: Phase;
  title: string;
  language: Language;
  formatId: string;
  access: Access;
  listed: boolean;
  settings: Settings;
  createdAt: number;
  startsAt: number | null;
  locked: boolean;
  /**
   * Set by the first removal (or denial): from then on every new arrival waits at the door for
   * the rest of the meeting, unless the chair turns it off. A flag, not a list: nothing about
   * the removed person (address, fingerprint, name) is kept to recognise them by.
   */
  doorWatched: boolean;
  frozen: boolean;
  topic: string | null;
  chairId: string | null;
  coChairId: string | null;
  /** Whether the chair key has been used to take a seat. */
  chairKeyUsed: boolean;
  /** The seat the chair key last gave (the key returns its holder to it), or null before its first use. */
  chairKeyHolder: string | null;
  /**
   * The chair key's holder passed the chair on while seated (handed it, the format's rotation,
   * withdrew): the key no longer takes it back when its holder joins anew (decide.ts
   * joinWithChairKey). Cleared when the holder holds the chair again. Absent: false.
   */
  chairPassedOn?: boolean;
  /**
   * What the chair key's holder's seat had had of the round when it was given up (`round`: its
   * roundNumber; `entry`: its place's status, without the id, if it had one; `shared`: in
   * sharedIds): the key's next new seat takes it over in the same round (decide.ts
   * joinWithChairKey), so the one person is not given a second turn in one round (a fresh tester,
   * 2026-12-05: a chair back through the chair link after the grace was put in line again).
   * Absent: nothing kept.
   */
  keySeatLeft?: { round: number; entry: Omit<MeetingState['roundOrder'][number], 'id'> | null; shared: boolean } | null;
  /** Set by the clock when the chair wait ran out with the chair key unused: the chair is open to others. */
  chairWaitOver: boolean;
  /** Nobody holds the chair and the room has been asked whether someone can take it (`chairVacant`). */
  chairVacant: boolean;
  /**
   * The format's rotation (settings.rotateChairEachRound) found nobody else to hand the chair to
   * after the round (`rotationOpen`): the first to offer to chair from now on takes it. Cleared
   * whenever the chair changes hands. Absent in a state stored before it existed (read as false).
   */
  rotationOpen?: boolean;
  turnMode: TurnMode;
  participants: Participant[];
  waiting: WaitingEntry[];
  /** Ids removed or denied: they can never act again in this meeting. */
  removed: string[];
  /**
   * Ids (internal only) whose seat or place at the door was given up by their own leave (`leave`,
   * or closing the socket on purpose), so that a `resume` of theirs says so (SEAT_LEFT) rather
   * than that the connection was gone too long (SEAT_GIVEN_UP). Absent in meetings stored before
   * it (read as empty). Emptied at the end, like every list of the meeting's people.
   */
  leftIds?: string[];
  roundNumber: number;
  /** From the start of a round until everyone in it has had (or been offered) a turn. */
  roundActive: boolean;
  /**
   * Turn order of the current round (circle mode) with each person's status. `clockOutAt`: for a
   * turn the clock ended (`timedOut`, `sharedTimedOut`), when it ran out (ms): a drop the server
   * dates before it (a silent link found late, drop-time.ts) makes the turn owed (`missed`);
   * `startedAt`: that turn's start (ms), so a drop dated before it owes the turn from its start.
   * `owedMs`: for a turn a drop took (`missed` after `gone`), the share time it had left (ms); the
   * late turn starts with that, never less than LATE_TURN_MIN_MS (turns.ts), and uses it up; in a
   * round by hands only while the late turn's hand is up (round-plan.ts settleLateHands).
   * `posted`: that turn had posted part of a share, so the late turn goes on from it (its time
   * running out is `timeout`, not `timeoutEmpty`).
   * `line`: the entry's place in line (smaller goes first; line-order.ts), taken at the round's
   * start (its index), and at the end of the line on arriving or coming back (a late turn whose
   * person is back): nobody is moved back by an arrival or a return. Absent in rounds stored
   * before it (read as the index, late turns after every other place).
   */
  roundOrder: { id: string; status: RoundStatus; startedAt?: number; clockOutAt?: number; owedMs?: number; posted?: true; line?: number }[];
  hands: string[];
  /**
   * The raised hands that are late turns (round-plan.ts oweHand): speakers whose turn a dropped
   * connection took in a round by hands or open sharing, in the order their turns were lost. They
   * stand first in `hands`, before every hand raised the ordinary way, whatever the hand
   * priority: their hand was the queue's first, and they were already speaking. Only ids in
   * `hands` (decide.ts drops the others after every command). Absent in a state stored before it
   * (read as none).
   */
  lateHands?: string[];
  /**
   * Open sharing's counterpart of `roundOrder`'s `clockOutAt` and `owedMs` (there is no order
   * after the round): per person, for their last turn the clock ended, when it started and when
   * it ran out (ms), so a drop the server dates before that (decide.ts owedAfterLateDrop) makes
   * the turn owed; and for a turn a drop took, the share time it had left (`owedMs`), which the
   * late turn (their hand first in the queue, `lateHands`) starts with (turns.ts turnLength).
   * Only in open sharing, only for seated people, `owedMs` only while their late hand is up
   * (round-plan.ts settleLateHands). Absent when empty, and in states stored before it.
   */
  openTurns?: { id: string; startedAt?: number; clockOutAt?: number; owedMs?: number }[];
  speaker: Speaker | null;
  nextJoinOrder: number;
  /** True once someone has joined: an emptied one-off meeting then ends itself (a weekly group's lives for its scheduled time). */
  everOccupied: boolean;
  /**
   * Discreet attendance (shared/meeting/discretion.ts): people other than the chair and co-chair
   * see a count, not names, except the name of whoever is sharing. Once on, it stays on.
   */
  discreet: boolean;
  /** Chair notes written during someone's share: posted, in order, when that share ends. */
  queuedNotes: string[];
  /** The chair's time plan for the sharing (see round-plan.ts). */
  plan: RoundPlan;
  /** Ids who have shared (finished or ran out of time) in this meeting: only for hand priority;
   *  only the server and the chair see it, and it goes with the person and with the meeting. */
  sharedIds: string[];
  /** The weekly group and occurrence (start, ms) this meeting is, or null for a one-off meeting. */
  group: GroupOccurrence | null;
  /** A group's own readings by reading id (plain text), replacing the format's; null: none. */
  ownReadings: Record<string, string> | null;
  /** Whether the chair has handed "chair next time" on in this meeting (once). */
  nextChairHanded: boolean;
  /** Whether the room has been warned that a group's meeting ends soon (`endingSoon`, once). */
  endWarned?: boolean;
  /** A closed group's question to the members present: may this person at the door join? */
  ask: DoorAsk | null;
  /** The share guard's mode (guard-mode.ts); absent in meetings stored before it: nudge. */
  guardMode?: GuardMode;
  /** How many shares went out after a hint or were held: the chair sees this count only. */
  guardCount?: number;
  /** A flagged share held in hold mode until its speaker rephrases or releases it. */
  /** `echo`: the stretch the page found repeating another's share (guard-mode.ts echoFinding), when it was held for that. */
  held?: { id: string; text: string; echo?: string } | null;
  /** Ids who ticked "this is my first meeting" at the door (welcome.ts): only the chair and greeter see it. */
  newcomers?: string[];
  /** The greeter (welcome.ts): someone the chair asked who said yes; or null. */
  greeterId?: string | null;
  /** Whom the chair has asked to be the greeter, waiting for their yes or no (welcome.ts), or null. */
  greeterAsked?: string | null;
  /** When the last set welcome went to the room and to the waiting room (ms), or null. */
  greetedAt?: { room: number | null; waiting: number | null };
  /** The meeting script (script.ts): null before the start; absent in meetings stored before it. */
  script?: ScriptState | null;
  /**
   * Reading ids the chair posted before the start (script.ts markRead); the script starts with
   * them read, so the opening neither asks for them again nor posts them a second time. Absent
   * when none, and once the script runs.
   */
  readBeforeStart?: string[];
  /** A weekly group's own link for voluntary contributions (https), shown in that segment; else null. */
  contributionUrl?: string | null;
  /**
   * A weekly group's own planned segment lengths (ms) by segment kind, replacing the format's
   * (script.ts scriptOf); null or absent: the format's.
   */
  ownPlannedMs?: Partial<Record<SegmentKind, number>> | null;
  /**
   * A practice meeting for one (Issue 15): never listed; only the chair key's holder and the
   * server's simulated members (who hold its join code) can join; it ends when its person leaves.
   */
  practice?: boolean;
  /** Every share posted in this meeting (reports.ts): absent in meetings stored before it. */
  shares?: PostedShare[];
}

/**
 * A posted share: the seq of its `share` event, its author, the author's pseudonym and the words
 * as they went out (until the chair hides it), whether the chair hid it, and the reports on it.
 * `by` stops a second report from the same person and never leaves the server. The words are
 * kept here, not only in the log, for the chair's list (reports.ts reportsView): a chair who came
 * in after the share (back through the chair link, handed the chair, taking it over) was asked to
 * remove it or leave it without its words (a fresh tester, 2026-12-06: one held a phone number).
 */
export interface PostedShare {
  seq: number;
  id: string;
  /** The author's pseudonym as the share went out; absent once hidden, and for a share recorded before 2026-12-06. */
  name?: string;
  /** The share's words as they went out; absent once hidden, and for a share recorded before 2026-12-06. */
  text?: string;
  hidden: boolean;
  reports: { by: string; reason: ReportReason }[];
  /** It went out after the guard's hint (sent as it is in nudge, released in hold): the chair is shown it (reports.ts). */
  guarded?: true;
  /** With `guarded`: the kinds of what the guard found in it, each once, in the order found (the chair's list names them). */
  guardKinds?: GuardKind[];
  /** How many of `reports` (the first ones) the chair left as they are (`leaveShare`): off the chair's list. Absent: none. */
  reportsLeft?: number;
}

/** When sharing must end, the last call before it, and who goes first in the hand queue. */
export interface RoundPlan {
  /** When sharing must end (ms since the epoch, server clock), or null: no end set. */
  sharingEndsAt: number | null;
  /** How long before `sharingEndsAt` the hand queue closes ("last call"), in ms. */
  lastCallMs: number;
  /** Whether the last call has been announced for the current `sharingEndsAt`. */
  lastCallDone: boolean;
  /** People who have not shared yet in this meeting go first in the hand queue. */
  notSharedFirst: boolean;
}

export interface GroupOccurrence {
  slug: string;
  /** The occurrence's start, ms since the epoch. */
  start: number;
  /**
   * The occurrence's scheduled end, ms since the epoch: the meeting ends then by the clock (a
   * warning END_WARNING_MS before, group-meeting.ts). Absent in meetings stored before scheduled
   * ends existed: those end only when their chair ends them (or their keys expire).
   */
  end?: number;
}

/** Who answered yes and no; the ids stay in the state so nobody answers twice, and never leave the server. */
export interface DoorAsk {
  target: string;
  yes: string[];
  no: string[];
  /**
   * The seq of the command that asked: only those seated before it (`joinedSeq` below it) answer.
   * Absent in a question asked before 2026-12-06 (then everyone seated answers).
   */
  askedSeq?: number;
  /**
   * Who held the chair or co-chair at any time while the question was open (group-meeting.ts
   * settleAsk): they see the tally, so they never answer; one who did could read another's answer
   * off it by their own. Absent in a question asked before 2026-12-06's evening.
   */
  keepers?: string[];
}

export interface NewMeeting {
  id: string;
  title: string;
  language: Language;
  formatId: string;
  access: Access;
  listed: boolean;
  settings: Settings;
  turnMode: TurnMode;
  startsAt: number | null;
  /** Discreet attendance from the start (default off). */
  discreet?: boolean;
  group?: GroupOccurrence | null;
  ownReadings?: Record<string, string> | null;
  /** The share guard's mode from the start (default nudge). */
  guardMode?: GuardMode;
  /** A weekly group's own contributions link (https), or null. */
  contributionUrl?: string | null;
  /** A weekly group's own planned segment lengths (see MeetingState.ownPlannedMs). */
  ownPlannedMs?: Partial<Record<SegmentKind, number>> | null;
  /** A practice meeting for one (see MeetingState.practice). */
  practice?: boolean;
}

export function createMeeting(m: NewMeeting, now: number): MeetingState {
  return {
    id: m.id,
    seq: 0,
    phase: 'gathering',
    title: m.title,
    language: m.language,
    formatId: m.formatId,
    access: m.access,
    listed: m.listed,
    settings: { ...m.settings },
    createdAt: now,
    startsAt: m.startsAt,
    locked: false,
    doorWatched: false,
    frozen: false,
    topic: null,
    chairId: null,
    coChairId: null,
    chairKeyUsed: false,
    chairKeyHolder: null,
    chairWaitOver: false,
    chairVacant: false,
    turnMode: m.turnMode,
    participants: [],
    waiting: [],
    removed: [],
    leftIds: [],
    roundNumber: 0,
    roundActive: false,
    roundOrder: [],
    hands: [],
    speaker: null,
    nextJoinOrder: 0,
    everOccupied: false,
    queuedNotes: [],
    plan: { sharingEndsAt: null, lastCallMs: 0, lastCallDone: false, notSharedFirst: false },
    sharedIds: [],
    discreet: m.discreet ?? false,
    group: m.group ?? null,
    ownReadings: m.ownReadings ?? null,
    nextChairHanded: false,
    endWarned: false,
    ask: null,
    guardMode: m.guardMode ?? 'nudge',
    guardCount: 0,
    held: null,
    shares: [],
    newcomers: [],
    greeterId: null,
    greeterAsked: null,
    greetedAt: { room: null, waiting: null },
    script: null,
    contributionUrl: m.contributionUrl ?? null,
    ownPlannedMs: m.ownPlannedMs ?? null,
    practice: m.practice ?? false,
  };
}

export const findParticipant = (s: MeetingState, id: string): Participant | undefined =>
  s.participants.find((p) => p.id === id);
