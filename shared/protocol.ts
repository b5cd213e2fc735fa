// The wire protocol shared by server and client: event names, a zod schema for every inbound
// payload (types are not validation), the typed socket.io event maps and the one ack shape.
// This is a public API: docs/protocol.md documents it for other clients.
import { z } from 'zod';
import type { ErrorCode } from './errors.js';
import { ACK_KINDS } from './meeting/commands.js';
import { GUARD_MODES, type GuardFinding } from './meeting/guard-mode.js';
import { REPORT_REASONS } from './meeting/reports.js';
import type { Command } from './meeting/commands.js';
import type { DoorView } from './meeting/door.js';
import type { MeetingEvent } from './meeting/events.js';
import { PHASES, type Phase } from './meeting/state.js';
import type { LoggedEvent, MeetingView } from './meeting/view.js';
import type { Holdings } from './privacy/holdings.js';
import { isWellFormedText, normalizeName, normalizeText } from './text.js';

import { JOIN_CODE_MIN, LIMITS } from './limits.js';

export { LIMITS, PROTOCOL_VERSION } from './limits.js';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/**
 * A well-formed string of `min`–`max` UTF-16 code units (JavaScript `string.length`), as
 * docs/protocol.md counts every length. Not zod's own `.min`/`.max`: those count code points
 * here, so an emoji (two units) would count as one. A lone surrogate is refused first.
 */
export const units = (min: number, max: number) =>
  z
    .string()
    .refine(isWellFormedText, { message: 'not well-formed UTF-16 (a lone surrogate)', abort: true })
    .refine((s) => s.length >= min && s.length <= max, { message: `must be ${min}–${max} UTF-16 code units` });

/** Free text: at most twice `max` units as sent, then 1–`max` units once normalised. */
const plain = (max: number) => units(0, max * 2).transform(normalizeText).pipe(units(1, max));

/**
 * A pseudonym's length, after normalisation. Its characters are checked by `join` itself
 * (shared/guard/pseudonym.ts `pseudonymProblem`: NAME_CONTACT, NAME_CHARACTERS, then NAME_ROLE), so that a
 * name is told why it is refused, never merely that the request is malformed.
 */
export const pseudonym = units(0, LIMITS.nameMax * 2)
  .transform(normalizeName)
  .pipe(units(LIMITS.nameMin, LIMITS.nameMax));

/**
 * A topic: exactly `''` clears it (a deliberate clear); anything else is free text that must
 * keep a word once normalised and cleaned, like a share (`'   '` and `<b></b>` are refused).
 */
const topicText = z.union([z.literal(''), plain(LIMITS.topicChars)]);

const none = z.strictObject({});
/** A share's seq (LoggedEvent.seq of its `share` event). */
const seqNumber = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
/** A chair command on the current turn (`skip`, `extend`): `turn`, the turn it is meant for (view.speaker.turn); absent: whoever holds it now. */
const aimedAtTurn = z.strictObject({ turn: seqNumber.optional() });
const on = z.strictObject({ on: z.boolean() });
const target = z.strictObject({ target: id });

export const joinPayload = z.strictObject({
  v: z.number().int(),
  meetingId: id,
  name: pseudonym,
  role: z.enum(['participant', 'listener']),
  volunteer: z.boolean(),
  pledge: z.literal(true),
  chairKey: units(1, 64).optional(),
  joinCode: units(1, LIMITS.joinCodeMax).optional(),
  /** "This is my first meeting": only the chair and the greeter see it. */
  firstTime: z.boolean().optional(),
});
export type JoinPayload = z.input<typeof joinPayload>;

/** The chair asks to see the meeting's join code again: no payload. */
export const joinCodePayload = z.strictObject({});

export const resumePayload = z.strictObject({
  v: z.number().int(),
  meetingId: id,
  token: z.string().min(21).max(64).regex(/^[A-Za-z0-9_-]+$/),
  lastSeq: z.number().int().min(0),
});
export type ResumePayload = z.input<typeof resumePayload>;

/** "What does the server hold about me?": no fields; answered from the store (server/holdings.ts). */
export const holdingsPayload = z.strictObject({});
export type HoldingsPayload = z.input<typeof holdingsPayload>;
export interface HoldingsResult {
  holdings: Holdings;
}
/** Asks for the room events after `afterSeq` that this socket's seat may see (gap repair). */
export const catchUpPayload = z.strictObject({
  afterSeq: z.number().int().min(0),
});
export type CatchUpPayload = z.input<typeof catchUpPayload>;

export const createMeetingPayload = z.strictObject({
  title: plain(LIMITS.titleChars),
  formatId: units(0, 32),
  language: z.enum(['nb', 'en']),
  access: z.enum(['open', 'closed']),
  listed: z.boolean(),
  joinCode: units(JOIN_CODE_MIN, LIMITS.joinCodeMax).optional(),
  startsAt: z.number().int().positive().optional(),
  /** Discreet attendance from the start (shared/meeting/discretion.ts). */
  discreet: z.boolean().optional(),
  /** The share guard's mode (default nudge); the chair can change it in the meeting. */
  guardMode: z.enum(GUARD_MODES).optional(),
});
export type CreateMeetingPayload = z.input<typeof createMeetingPayload>;

/** The fields of CreateMeetingPayload, as named in a refusal's `field`. */
export type CreateField = keyof CreateMeetingPayload;

/**
 * The field a refused `POST /api/meetings` body is at fault in: the first schema issue's field,
 * or `undefined` when the body as a whole is wrong (not an object, an unknown field). The server
 * sends it as `field` beside `INVALID_PAYLOAD`, so the form can say it by that field.
 */
export function createFieldOf(raw: unknown): CreateField | undefined {
  const r = createMeetingPayload.safeParse(raw);
  if (r.success) return undefined;
  const key = r.error.issues[0]?.path[0];
  return typeof key === 'string' && key in createMeetingPayload.shape ? (key as CreateField) : undefined;
}

/**
 * Every command a client may send after joining: its event name, payload schema, and how it
 * becomes a core command. The server registers exactly these names, one by one.
 */
type CommandSpec<S extends z.ZodType> = { schema: S; toCommand: (by: string, p: z.output<S>) => Command };
const spec = <S extends z.ZodType>(schema: S, toCommand: (by: string, p: z.output<S>) => Command): CommandSpec<S> => ({ schema, toCommand });

export const COMMANDS = {
  leave: spec(none, (by) => ({ type: 'leave', by })),
  volunteer: spec(on, (by, p) => ({ type: 'volunteer', by, on: p.on })),
  setRole: spec(z.strictObject({ role: z.enum(['participant', 'listener']) }), (by, p) => ({ type: 'setRole', by, role: p.role })),
  takeChair: spec(none, (by) => ({ type: 'takeChair', by })),
  share: spec(z.strictObject({ text: plain(LIMITS.shareChars), confirm: z.boolean().optional(), echo: plain(LIMITS.shareChars).optional() }), (by, p) => ({ type: 'share', by, text: p.text, confirm: p.confirm ?? false, ...(p.echo === undefined ? {} : { echo: p.echo }) })),
  releaseHeld: spec(none, (by) => ({ type: 'releaseHeld', by })),
  report: spec(z.strictObject({ share: seqNumber, reason: z.enum(REPORT_REASONS) }), (by, p) => ({ type: 'report', by, share: p.share, reason: p.reason })),
  hideShare: spec(z.strictObject({ share: seqNumber }), (by, p) => ({ type: 'hideShare', by, share: p.share })),
  leaveShare: spec(z.strictObject({ share: seqNumber }), (by, p) => ({ type: 'leaveShare', by, share: p.share })),
  setGuardMode: spec(z.strictObject({ mode: z.enum(GUARD_MODES) }), (by, p) => ({ type: 'setGuardMode', by, mode: p.mode })),
  finishShare: spec(none, (by) => ({ type: 'finishShare', by })),
  pass: spec(none, (by) => ({ type: 'pass', by })),
  askMoreTime: spec(none, (by) => ({ type: 'askMoreTime', by })),
  raiseHand: spec(none, (by) => ({ type: 'raiseHand', by })),
  lowerHand: spec(none, (by) => ({ type: 'lowerHand', by })),
  acknowledge: spec(z.strictObject({ kind: z.enum(ACK_KINDS) }), (by, p) => ({ type: 'acknowledge', by, kind: p.kind })),
  start: spec(none, (by) => ({ type: 'start', by })),
  advance: spec(z.strictObject({ from: z.enum(PHASES as [Phase, ...Phase[]]).optional() }), (by, p) => ({ type: 'advance', by, ...(p.from === undefined ? {} : { from: p.from }) })),
  nextSegment: spec(z.strictObject({ from: z.number().int().min(0).max(99).optional() }), (by, p) => ({ type: 'nextSegment', by, ...(p.from === undefined ? {} : { from: p.from }) })),
  setTopic: spec(z.strictObject({ text: topicText, confirm: z.boolean().optional() }), (by, p) => ({ type: 'setTopic', by, text: p.text, confirm: p.confirm ?? false })),
  postReading: spec(z.strictObject({ readingId: id }), (by, p) => ({ type: 'postReading', by, readingId: p.readingId })),
  chairNote: spec(z.strictObject({ text: plain(LIMITS.noteChars), confirm: z.boolean().optional() }), (by, p) => ({ type: 'chairNote', by, text: p.text, confirm: p.confirm ?? false })),
  setTurnMode: spec(z.strictObject({ mode: z.enum(['circle', 'hands', 'chairPicks']) }), (by, p) => ({ type: 'setTurnMode', by, mode: p.mode })),
  giveTurn: spec(target, (by, p) => ({ type: 'giveTurn', by, target: p.target })),
  skip: spec(aimedAtTurn, (by, p) => ({ type: 'skip', by, ...(p.turn === undefined ? {} : { turn: p.turn }) })),
  extend: spec(aimedAtTurn, (by, p) => ({ type: 'extend', by, ...(p.turn === undefined ? {} : { turn: p.turn }) })),
  lowerHands: spec(z.strictObject({ target: id.nullable() }), (by, p) => ({ type: 'lowerHands', by, target: p.target })),
  mute: spec(z.strictObject({ target: id, on: z.boolean() }), (by, p) => ({ type: 'mute', by, target: p.target, on: p.on })),
  remove: spec(target, (by, p) => ({ type: 'remove', by, target: p.target })),
  sendToWaiting: spec(target, (by, p) => ({ type: 'sendToWaiting', by, target: p.target })),
  admit: spec(target, (by, p) => ({ type: 'admit', by, target: p.target })),
  deny: spec(target, (by, p) => ({ type: 'deny', by, target: p.target })),
  lock: spec(on, (by, p) => ({ type: 'lock', by, on: p.on })),
  watchDoor: spec(on, (by, p) => ({ type: 'watchDoor', by, on: p.on })),
  freeze: spec(on, (by, p) => ({ type: 'freeze', by, on: p.on })),
  setCoChair: spec(z.strictObject({ target: id.nullable() }), (by, p) => ({ type: 'setCoChair', by, target: p.target })),
  handChair: spec(target, (by, p) => ({ type: 'handChair', by, target: p.target })),
  setShareLength: spec(z.strictObject({ ms: z.number().int().min(LIMITS.shareMsMin).max(LIMITS.shareMsMax) }), (by, p) => ({ type: 'setShareLength', by, ms: p.ms })),
  setPlan: spec(
    z.strictObject({ endsInMs: z.number().int().min(1).max(LIMITS.planMsMax).nullable(), lastCallMs: z.number().int().min(0).max(LIMITS.lastCallMsMax) }),
    (by, p) => ({ type: 'setPlan', by, endsInMs: p.endsInMs, lastCallMs: p.lastCallMs }),
  ),
  setHandPriority: spec(on, (by, p) => ({ type: 'setHandPriority', by, on: p.on })),
  end: spec(none, (by) => ({ type: 'end', by })),
  // the quiet welcome (Issue 15)
  setGreeter: spec(z.strictObject({ target: id.nullable() }), (by, p) => ({ type: 'setGreeter', by, target: p.target })),
  answerGreeter: spec(z.strictObject({ yes: z.boolean() }), (by, p) => ({ type: 'answerGreeter', by, yes: p.yes })),
  greet: spec(z.strictObject({ where: z.enum(['room', 'waiting']) }), (by, p) => ({ type: 'greet', by, where: p.where })),
  acceptGuidelines: spec(none, (by) => ({ type: 'acceptGuidelines', by })),
  // weekly groups (issue 13)
  chairNextTime: spec(target, (by, p) => ({ type: 'chairNextTime', by, target: p.target })),
  askMembers: spec(target, (by, p) => ({ type: 'askMembers', by, target: p.target })),
  answerAsk: spec(z.strictObject({ yes: z.boolean() }), (by, p) => ({ type: 'answerAsk', by, yes: p.yes })),
  setDiscreet: spec(on, (by, p) => ({ type: 'setDiscreet', by, on: p.on })),
} as const;

export type CommandEvent = keyof typeof COMMANDS;
export const COMMAND_EVENTS = Object.keys(COMMANDS) as CommandEvent[];
export type CommandPayload<E extends CommandEvent> = z.input<(typeof COMMANDS)[E]['schema']>;

/**
 * A command's id: an opaque string the client chooses for one user action (8–64 characters of
 * `A-Z a-z 0-9 _ -`), sent as `commandId` beside any command's own fields and sent again,
 * unchanged, when the same action is retried. The server remembers the ids its commits carried
 * (per seat, the newest COMMAND_IDS_KEPT, with the meeting's lifetime) and answers a repeat with
 * the same success acknowledgement, flagged `repeat: true`, without applying it again.
 * docs/protocol.md "Command ids".
 */
export const commandId = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** How many command ids the store keeps per seat (the newest; older ones are forgotten). */
export const COMMAND_IDS_KEPT = 32;

/**
 * The schema a command event is checked against: the command's own strict schema plus the
 * optional `commandId`. (Strict: any other unknown field is still INVALID_PAYLOAD.)
 */
export function commandSchema(name: CommandEvent): z.ZodType<Record<string, unknown> & { commandId?: string }> {
  return (COMMANDS[name].schema as z.ZodObject).extend({ commandId: commandId.optional() }) as unknown as z.ZodType<Record<string, unknown> & { commandId?: string }>;
}

/** A command's success acknowledgement: `repeat` when its id had already been applied (nothing changed now). */
export interface CommandResult {
  repeat?: true;
}

// ---- acknowledgements ----
/**
 * A failure may say more: `graceMs` (with SEAT_GIVEN_UP) is how long the seat was held after the
 * drop; `findings` (with GUARD_HINT) what the guard asks the speaker to look at again;
 * `doorOpensAt` and `startsAt` (with NOT_OPEN_YET, ms since the epoch) when a weekly meeting's
 * door opens and when it starts.
 */
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; code: ErrorCode; message: string; graceMs?: number; findings?: GuardFinding[]; doorOpensAt?: number; startsAt?: number };
export type AckFn<T extends object = object> = (ack: Ack<T>) => void;

/** A join or resume that took a seat: the meeting view and what was missed. */
export interface SeatResult {
  you: string;
  /** Present the first time: the client keeps it in sessionStorage to resume its seat. */
  token: string;
  view: MeetingView;
  /**
   * Events the client missed (resume, and a chair key returning its holder to a held seat);
   * never anything from before it joined.
   */
  missed: LoggedEvent[];
  /**
   * `true` when a `join` with the chair key returned its holder to the seat it still held (the
   * door card's `chairSeat`); absent for a new seat and on `resume`. A door that offered the kept
   * seat learns whether it was still kept when the join arrived: the grace period may have run
   * out while the chair read the door (a fresh tester, 2026-12-05), and then the key seats anew.
   */
  kept?: true;
  /**
   * Only on the `join` that a weekly group's one-time chair key ("chair next time") seated: the
   * meeting's own chair key, which from now on brings its holder back as a one-off meeting's
   * chair key does, while the meeting lives (the one-time key is spent). Keep it instead of the
   * one-time key for the chair link (since 2026-12-06).
   */
  chairKey?: string;
}

/** A join or resume that waits at the door: the door view only, never the meeting view. */
export interface DoorResult {
  you: string;
  token: string;
  door: DoorView;
  /** Always empty: nothing of the meeting reaches the door. */
  missed: [];
}

/** The answer to `joinCode`. */
export interface JoinCodeResult {
  code: string | null;
}

/** Tell the two apart with `'door' in result`. */
export type JoinResult = SeatResult | DoorResult;

/** The answer to `catchUp`: the log after `afterSeq` up to `view.seq`, then the view at that seq. */
export interface CatchUpResult {
  view: MeetingView;
  missed: LoggedEvent[];
}

// ---- typed socket.io maps ----
export type ClientToServerEvents = {
  join: (p: JoinPayload, ack: AckFn<JoinResult>) => void;
  resume: (p: ResumePayload, ack: AckFn<JoinResult>) => void;
  holdings: (p: HoldingsPayload, ack: AckFn<HoldingsResult>) => void;
  /** Chair or co-chair: the meeting's join code (null for a meeting without one). */
  joinCode: (p: Record<string, never>, ack: AckFn<JoinCodeResult>) => void;
  catchUp: (p: CatchUpPayload, ack: AckFn<CatchUpResult>) => void;
} & { [E in CommandEvent]: (p: CommandPayload<E> & { commandId?: string }, ack: AckFn<CommandResult>) => void };

/**
 * An `event` as sent: the logged event, marked `filled: true` when a server process's gap fill
 * read it from the store's log (docs/protocol.md "Every seq, no gaps"): an event the socket
 * missed, not a live one. Never in an acknowledgement's `missed`.
 */
export type SentEvent = LoggedEvent & { filled?: true };

export interface ServerToClientEvents {
  /** The recipient's own view after an accepted command that changed something in it (seated participants only; docs/protocol.md `view`). */
  view: (v: MeetingView) => void;
  /** Someone at the door: sent only when their own status changes (sent back to the door). */
  door: (d: DoorView) => void;
  /** What happened, in order; `seq` is the command's sequence number, for resume. */
  event: (e: SentEvent) => void;
  /**
   * A command was accepted at `seq` and nothing you see changed: no room event and no view of
   * that seq come to you (an acknowledgement to the speaker, the chair's queued note). It only
   * moves your last seq on, so the next seq is not taken for a gap. Seated participants only.
   */
  seq: (n: SeqNotice) => void;
  /** Only to the person the chair handed "chair next time" to: the one-time key for the group's next meeting. */
  nextChairKey: (k: NextChairKey) => void;
  /**
   * The connection is being closed by the server (removed, ended, idle, replaced). Two reasons
   * are not final: `restarting` (this server process is stopping: reconnect and resume) and
   * `interrupted` (the server lost the meeting, e.g. its Redis restarted empty: start a new one).
   */
  bye: (reason: 'removed' | 'denied' | 'ended' | 'idle' | 'replaced' | 'restarting' | 'interrupted') => void;
}

/** The `seq` notice's payload: the seq of an accepted command that changed nothing you see. */
export interface SeqNotice {
  seq: number;
}

export type { DoorView, MeetingEvent, MeetingView, LoggedEvent };

// ---- HTTP API ----
export interface CreateMeetingResult {
  meetingId: string;
  chairKey: string;
}

export interface DirectoryEntry {
  meetingId: string;
  /** A weekly group's slug (its link is /g/<slug>), or null for a one-off meeting. */
  groupSlug: string | null;
  title: string;
  language: 'nb' | 'en';
  formatId: string;
  access: 'open' | 'closed';
  /**
   * A phase. For a weekly group's occurrence, from the schedule and the store: the stored
   * meeting's phase; 'gathering' while its door is open by the schedule and nobody has opened it;
   * 'ended' when its chair ended it before its time; 'scheduled' before its door opens.
   */
  phase: string;
  startsAt: number | null;
  /** A group meeting's end (ms), or null. */
  endsAt: number | null;
  /** People present: 0 when nobody is, null for 1–4 (a small count in a small place can identify someone), null too for a group meeting whose door is shut or that has ended. */
  present: number | null;
}

/** The one-time key for chairing a weekly group's next meeting (`startsAt`, ms). */
export interface NextChairKey {
  key: string;
  slug: string;
  startsAt: number;
}

/** GET /api/groups/:slug: what a weekly group's link /g/<slug> shows (times in ms since the epoch). */
export interface GroupCard {
  slug: string;
  name: string;
  language: 'nb' | 'en';
  formatId: string;
  access: 'open' | 'closed';
  /** The group's IANA zone; pages show times in the viewer's own zone. */
  timezone: string;
  /** The server's clock (ms): the page counts down to the door from it, not from its own. */
  now: number;
  /** The occurrence whose door is open, its meeting created fresh for it; or null. */
  current: { meetingId: string; startsAt: number; endsAt: number } | null;
  /** The occurrence running by the schedule that its chair has ended: the page says so (and when `next` is); or null. */
  ended: { startsAt: number; endsAt: number } | null;
  next: { startsAt: number; endsAt: number; doorOpensAt: number };
}
