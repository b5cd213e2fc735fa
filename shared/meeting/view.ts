// What each recipient is shown. Views are built on purpose, per person: the waiting room is
// shown to the door keepers only, acknowledgements reach the speaker only, and no internal
// bookkeeping (who acknowledged, resume tokens, removal lists) ever leaves the server.
import { guardView, type GuardView } from './guard-mode.js';
import { reportsView, withoutHidden, type ReportView } from './reports.js';
import type { MeetingEvent } from './events.js';
import type { Access, Language, Phase, Role, RoundStatus, TurnMode } from './state.js';
import type { MeetingState } from './state.js';
import { HAD_TURN, stillToShare, upNext } from './on-deck.js';
import { handsClosed } from './round-plan.js';
import { replayAs, viewFor } from './discretion.js';
import { effectiveMode, holdEnd, holdLeftMs, turnHoldMs } from './turns.js';
import { askView, type AskView } from './group-meeting.js';
import { scriptView, type ScriptView } from './script-view.js';
import { isNewcomer, seesNewcomers } from './welcome.js';
import { leaveOutcome, type LeaveOutcome } from './leave-outcome.js';
import { pauseKeepsSeat } from './seat-grace.js';
import { mayCarryPatch } from './view-patch.js';

export interface ParticipantView {
  id: string;
  name: string;
  role: Role;
  volunteer: boolean;
  connected: boolean;
  muted: boolean;
  status: RoundStatus | null;
  hand: number | null;
  /**
   * Present, and `true`, only while their raised hand is a late turn (state `lateHands`,
   * round-plan.ts oweHand): a drop took the turn they were in, and their hand went back to the
   * front of the queue. Absent otherwise (never `false`: one key on the few entries it concerns).
   * Sent to everyone, as `hand` is. A fresh tester's chair read "Tre Rot has a hand up" about a
   * member owed the rest of a turn a drop took.
   */
  lateTurn?: true;
  /** Whether they have shared in this meeting: for the chair's eyes only (null for everyone else). */
  shared: boolean | null;
  /**
   * Whether they have had their turn in the current round, whatever its turn mode (HAD_TURN:
   * shared, passed, ran out of time, or skipped; a turn a drop took is owed, not had): for the
   * chair's eyes only in the `round` phase (null for everyone else, and outside it). Where the
   * chair picks, `status` is null for everyone (no turn order to pass in), and "has shared in
   * this meeting" offered someone who had passed the turn again (a fresh tester's chair).
   */
  hadTurn: boolean | null;
  /** "This is my first meeting" (welcome.ts): for the chair and the greeter only (null for everyone else). */
  firstTime: boolean | null;
}

export interface MeetingView {
  id: string;
  seq: number;
  phase: Phase;
  title: string;
  language: Language;
  formatId: string;
  access: Access;
  locked: boolean;
  /** Every new arrival waits to be let in: set by the first removal, the chair may turn it off. */
  doorWatched: boolean;
  frozen: boolean;
  topic: string | null;
  chairId: string | null;
  coChairId: string | null;
  turnMode: TurnMode;
  effectiveMode: TurnMode;
  roundNumber: number;
  roundActive: boolean;
  shareMs: number;
  /** How long before a share's end the server warns (timeWarning), in ms. */
  warnMs: number;
  /** Who would speak next, in order (on-deck.ts): the first is "on deck". */
  upNext: string[];
  /** The chair's notes waiting for the share to end: the chair's alone ([] for everyone else). */
  queuedNotes: string[];
  /** The chair's time plan: when sharing must end (and ms left), the last call, hand priority. */
  /** `toShare`: how many are still to share (on-deck.ts stillToShare: the one count, which the chair's page reads for every count of who has not shared), for the chair and co-chair only; null for others and where it means nothing. */
  plan: { sharingEndsAt: number | null; remainingMs: number | null; lastCallMs: number; lastCall: boolean; notSharedFirst: boolean; toShare: number | null };
  /** How long a dropped speaker's turn is held, in ms (a client offline on its own turn counts this down): the speaker grace, never longer than the seat's grace period (turns.ts turnHoldMs). */
  speakerGraceMs: number;
  /** How long a seat whose connection dropped is kept, in ms (the grace period, `settings.graceMs`), counted from when the server saw the connection close: a client offline says so. */
  graceMs: number;
  /**
   * Your seat's grace period does not run now (seat-grace.ts): the meeting is paused (`frozen`)
   * and you do not hold the chair. A seat of yours whose connection is down, or drops during the
   * pause, is kept while the pause lasts, then for the time its grace had left when the pause
   * began (the whole `graceMs` for a drop during the pause), counted from the resume. False
   * otherwise; always false for the chair, whose grace runs on (only the chair can lift a pause).
   */
  gracePaused: boolean;
  /** Nobody holds the chair and the room is asked who can take it (`takeChair`). */
  chairVacant: boolean;
  /**
   * The format hands the chair on after the round, but nobody else offered (the `rotationOpen`
   * event, chair.ts rotateChair): the first to offer (`volunteer` on) takes the chair. False once
   * the chair changes hands. In the view so that a page opened again, or a member arriving
   * later, still gets the question the event asked.
   */
  rotationOpen: boolean;
  /**
   * `frozen`: the share clock is paused (the meeting is frozen, or the turn is held).
   * `heldUntil`: the speaker's connection dropped; the turn is held until then (server ms), else
   * null. Also null while the meeting is paused: the hold does not run then, so no end is given
   * that a client could count down to.
   * `heldLeftMs`: while the meeting is paused and the turn held, the hold's time left in ms
   * (stopped; it runs again from the chair's resume); else null. Exactly one of the two is
   * non-null while a dropped speaker's turn is held.
   * `heldRemainingMs`: while `heldUntil` is set, the hold's time left in ms when the view was
   * built (`heldUntil` less the server's now, never below 0), counted down from the view's
   * arrival as `remainingMs` is; else null. A page that joins or reloads during a hold counts it
   * down from here without comparing its own clock with the server's (a fresh tester, 2026-12-05:
   * a page reloaded during a hold could only say "up to 20 seconds" beside a countdown).
   */
  speaker: { id: string; turn: number | null; deadline: number; remainingMs: number; warned: boolean; extended: boolean; askedMoreTime: boolean; frozen: boolean; heldUntil: number | null; heldLeftMs: number | null; heldRemainingMs: number | null; acks: number | null } | null;
  /** Participants in turn order: the round's order first, then everyone else in join order. */
  participants: ParticipantView[];
  /** The door keepers' list; `firstTime` for the chair and greeter only (else null), `accepted` the guidelines. */
  waiting: { id: string; name: string; role: Role; firstTime: boolean | null; accepted: boolean }[];
  /**
   * How many wait at the door, for those who can act on it: the chair, the co-chair and the
   * greeter (whose welcome to the waiting room the server refuses with nobody there,
   * NOBODY_WAITING); null for everyone else. A count only: the greeter is not shown who waits.
   */
  waitingCount: number | null;
  /** The greeter the chair named (welcome.ts), or null. */
  greeterId: string | null;
  /** Whom the chair has asked to be the greeter, awaiting their answer: for the chair and the person asked; null for everyone else. */
  greeterAsk: string | null;
  /** Discreet attendance is on: `participants` may hold only you and the speaker. */
  discreet: boolean;
  /** How many are seated in the meeting (not the waiting room), whether or not names are shown. */
  present: number;
  /** A weekly group's slug, or null for a one-off meeting (weekly groups: "chair next time"). */
  group: string | null;
  /**
   * A practice meeting for one (Issue 15): nobody else can reach it, so the page leaves out what
   * only makes sense for others (the link to share, watching the door, the chair key's link).
   */
  practice: boolean;
  /** Whether the chair has handed "chair next time" on in this meeting. */
  nextChairHanded: boolean;
  /** A weekly group's meeting's scheduled end (server ms): it ends then by itself; null for a one-off meeting. */
  endsAt: number | null;
  /** A closed meeting's open question to the members: may this person at the door join? */
  ask: AskView | null;
  /** The share guard: its mode, the chair's count, your held share (guard-mode.ts). */
  guard: GuardView;
  /** Open reports on shares (reports.ts): the chair's alone (reason and count, never who), else null. */
  reports: ReportView[] | null;
  /** The meeting script (script-view.ts): the segments, the current one, its time and the drift; null before the start. */
  script: ScriptView | null;
  /**
   * `place`: your 1-based place in the current round's order, or null when you are not in it.
   * `ifYouLeave`: for the chair only (null for everyone else), what their `leave` now would do,
   * found by deciding it on a copy (leave-outcome.ts): who gets the chair, whether the pause is
   * lifted, whether the meeting ends. The page words the chair's leave question from it.
   */
  /**
   * `firstMeeting`: you ticked "this is my first meeting" at the door (your own mark; the chair and
   * the greeter see it in `participants`). The page does not press a first-timer to take the
   * chair when it rotates (a fresh tester, 2026-12-05: a first-timer got the big "Yes, I can
   * chair" box).
   */
  you: { id: string; waiting: boolean; isChair: boolean; isCoChair: boolean; isGreeter: boolean; place: number | null; ifYouLeave: LeaveOutcome | null; firstMeeting: boolean };
}

export function buildView(s: MeetingState, youId: string, now: number): MeetingView {
  const isChair = s.chairId === youId;
  const isCoChair = s.coChairId === youId;
  // Who is new is the chair's and the greeter's to know, nobody else's (filtered here, before emit).
  const welcomer = seesNewcomers(s, youId);
  const order = turnOrder(s);
  const sp = s.speaker;
  const heldUntil = holdEnd(s);
  const place = s.roundOrder.findIndex((e) => e.id === youId);
  return viewFor(s, {
    id: s.id,
    seq: s.seq,
    phase: s.phase,
    title: s.title,
    language: s.language,
    formatId: s.formatId,
    access: s.access,
    locked: s.locked,
    doorWatched: s.doorWatched,
    frozen: s.frozen,
    topic: s.topic,
    chairId: s.chairId,
    coChairId: s.coChairId,
    turnMode: s.turnMode,
    effectiveMode: effectiveMode(s),
    roundNumber: s.roundNumber,
    roundActive: s.roundActive,
    shareMs: s.settings.shareMs,
    warnMs: s.settings.warnMs,
    upNext: upNext(s),
    queuedNotes: isChair ? [...s.queuedNotes] : [],
    plan: {
      sharingEndsAt: s.plan.sharingEndsAt,
      remainingMs: s.plan.sharingEndsAt === null ? null : Math.max(0, s.plan.sharingEndsAt - now),
      lastCallMs: s.plan.lastCallMs,
      lastCall: handsClosed(s, now),
      notSharedFirst: s.plan.notSharedFirst,
      // Who has shared is the keepers' to know; even the count goes to them only.
      toShare: isChair || s.coChairId === youId ? stillToShare(s) : null,
    },
    speakerGraceMs: turnHoldMs(s),
    graceMs: s.settings.graceMs,
    gracePaused: pauseKeepsSeat(s, youId),
    chairVacant: s.chairVacant,
    rotationOpen: s.rotationOpen ?? false,
    speaker: sp
      ? {
          id: sp.id,
          turn: sp.turn ?? null,
          deadline: sp.deadline,
          remainingMs: Math.max(0, sp.frozenRemaining ?? sp.deadline - now),
          warned: sp.warned,
          extended: sp.extended,
          // The speaker's question to the chair is theirs and the chair's (more-time.ts); the room
          // reads only the minute given.
          askedMoreTime: (sp.id === youId || isChair) && sp.askedMoreTime === true,
          frozen: sp.frozenRemaining !== null,
          heldUntil,
          heldLeftMs: holdLeftMs(s),
          heldRemainingMs: heldUntil === null ? null : Math.max(0, heldUntil - now),
          // The count of acknowledgements is the speaker's alone.
          acks: sp.id === youId ? sp.ackedBy.length : null,
        }
      : null,
    participants: order.ordered.map((p) => entry(s, order, p, isChair, welcomer)),
    waiting: isChair || isCoChair ? s.waiting.map((w) => ({ id: w.id, name: w.name, role: w.role, firstTime: welcomer ? isNewcomer(s, w.id) : null, accepted: w.accepted ?? false })) : [],
    waitingCount: isChair || isCoChair || (s.greeterId ?? null) === youId ? s.waiting.length : null,
    greeterId: s.greeterId ?? null,
    greeterAsk: isChair || (s.greeterAsked ?? null) === youId ? (s.greeterAsked ?? null) : null,
    discreet: s.discreet,
    present: s.participants.length,
    group: s.group?.slug ?? null,
    practice: s.practice ?? false,
    nextChairHanded: s.nextChairHanded,
    endsAt: s.group?.end ?? null,
    ask: askView(s, youId),
    guard: guardView(s, youId, isChair),
    reports: reportsView(s, youId),
    script: scriptView(s, now),
    you: { id: youId, waiting: s.waiting.some((w) => w.id === youId), isChair, isCoChair, isGreeter: (s.greeterId ?? null) === youId, place: place < 0 ? null : place + 1, ifYouLeave: isChair ? leaveOutcome(s, youId, now) : null, firstMeeting: isNewcomer(s, youId) },
  });
}

interface TurnOrder {
  /** Seated participants in view order: the round's order first, then everyone else in join order. */
  ordered: MeetingState['participants'];
  status: Map<string, { status: RoundStatus; i: number }>;
  /** Round statuses are shown: a circle round is going on. */
  circleRound: boolean;
}

function turnOrder(s: MeetingState): TurnOrder {
  const status = new Map(s.roundOrder.map((e, i) => [e.id, { status: e.status, i }]));
  // Shared, passed, skipped or away are places in a circle's turn order: outside a circle round
  // (open sharing, raised hands, the chair picking) nobody passes in turn, so nobody is shown so.
  const circleRound = s.phase === 'round' && s.turnMode === 'circle';
  const ordered = [...s.participants].sort((a, b) => {
    const ia = status.get(a.id)?.i ?? Infinity;
    const ib = status.get(b.id)?.i ?? Infinity;
    return ia === ib ? a.joinOrder - b.joinOrder : ia - ib;
  });
  return { ordered, status, circleRound };
}

/** The round statuses of a turn had: one that reached its end (a turn a drop took, `missed`, is owed; `pending` is still to come). */

/** One `participants` entry; `isChair` and `welcomer` say what the viewer may see (`shared`, `hadTurn`, `firstTime`). */
function entry(s: MeetingState, o: TurnOrder, p: MeetingState['participants'][number], isChair: boolean, welcomer: boolean): ParticipantView {
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    volunteer: p.volunteer,
    connected: p.connected,
    muted: p.muted,
    status: o.circleRound ? (o.status.get(p.id)?.status ?? null) : null,
    hand: s.hands.includes(p.id) ? s.hands.indexOf(p.id) + 1 : null,
    // decide.ts keeps `lateHands` to hands still up (settleLateHands); asked again here all the same.
    ...(s.lateHands?.includes(p.id) && s.hands.includes(p.id) ? { lateTurn: true as const } : {}),
    shared: isChair ? s.sharedIds.includes(p.id) : null,
    hadTurn: isChair && s.phase === 'round' ? HAD_TURN.has(o.status.get(p.id)?.status ?? 'pending') : null,
    firstTime: welcomer ? isNewcomer(s, p.id) : null,
  };
}

/**
 * Participant `id`'s entry in `participants` as buildView lists it for everyone who is neither
 * the chair (`shared`, `hadTurn`) nor sees newcomers (`firstTime`), and its index there, in an ordinary
 * meeting's view (a discreet one lists fewer); null when `id` is not seated.
 */
export function seatEntry(s: MeetingState, id: string): { seat: ParticipantView; at: number } | null {
  const o = turnOrder(s);
  const at = o.ordered.findIndex((p) => p.id === id);
  return at < 0 ? null : { seat: entry(s, o, o.ordered[at]!, false, false), at };
}

/** A logged event: what the room saw, stamped with the seq of the command that caused it. */
export interface LoggedEvent {
  seq: number;
  at: number;
  event: MeetingEvent;
}

/** Events with a single recipient go to that person only and are never logged for replay. */
export function isPrivate(e: MeetingEvent): e is Extract<MeetingEvent, { to: string }> {
  return 'to' in e;
}

/**
 * What a (re)joining participant may be sent from the log: only what was said after they first
 * joined (latecomers get no earlier shares) and after the last seq their client saw.
 */
export function replayFor(log: LoggedEvent[], joinedSeq: number, lastSeenSeq: number): LoggedEvent[] {
  const from = Math.max(joinedSeq, lastSeenSeq + 1);
  return log.filter((e) => e.seq >= from && !isPrivate(e.event));
}

/**
 * The one replay rule set, for every path that serves missed events (resume, catchUp, a
 * returning chair key): nothing from before `joinedSeq` nor private (replayFor), hidden shares as
 * their marker only (reports.ts), names only as discreet attendance lets `viewer` see them
 * (discretion.ts), and no `connection` events. Replayed events come with a view as new as they
 * are, which shows who is connected now: a drop or a return in the missed range changes nothing
 * in it and is no line of the transcript, and in a reconnect storm past the settle time each
 * returning member of a 50-person meeting was sent ~75 of them (Issue 10: about a fifth of the
 * storm's bytes). For the same reason a `joined` event's `seat`, `at` and `upNext`, and the
 * `patch` of a `shareEnded`, `turn`, `left`, `turnHeld` or `turnResumed` event (turn-patch.ts), are left out: nothing
 * patches a view from a replayed event.
 */
export function replayTo(s: MeetingState, viewer: string, log: LoggedEvent[], joinedSeq: number, lastSeenSeq: number): LoggedEvent[] {
  const missed = replayFor(log, joinedSeq, lastSeenSeq).filter((l) => l.event.type !== 'connection');
  return replayAs(s, viewer, withoutHidden(s, missed)).map(withoutUpNext);
}

function withoutUpNext(l: LoggedEvent): LoggedEvent {
  const e = l.event;
  if (mayCarryPatch(e) && e.patch) {
    const { patch: _, ...rest } = e;
    return { ...l, event: rest };
  }
  return e.type === 'joined' && e.seat ? { ...l, event: { type: 'joined', id: e.id, name: e.name } } : l;
}
