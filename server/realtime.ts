// socket.io wiring: authenticate the join, validate every payload, run the command through the
// core, broadcast. Thin on purpose: no meeting rule is checked here. Every event is registered
// by name in one handler table shared by all sockets, and every handler is wrapped so nothing a
// client sends can crash us.
import type { IncomingMessage } from 'node:http';
import { closedAt } from './drop-time.js';
import { RateLimiterMemory, WindowLimit } from './rate-limiter.js';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { errorMessage, type ErrorCode } from '../shared/errors.js';
import { buildDoorView, joinCodeRefusal } from '../shared/meeting/door.js';
import type { Language, MeetingState } from '../shared/meeting/state.js';
import type { Command } from '../shared/meeting/commands.js';
import { buildView, replayTo, type LoggedEvent } from '../shared/meeting/view.js';
import {
  COMMANDS,
  COMMAND_EVENTS,
  PROTOCOL_VERSION,
  commandSchema,
  catchUpPayload,
  holdingsPayload,
  joinCodePayload,
  joinPayload,
  resumePayload,
  type Ack,
  type CatchUpResult,
  type CommandEvent,
  type CommandResult,
  type ClientToServerEvents,
  type HoldingsResult,
  type JoinCodeResult,
  type JoinResult,
  type ServerToClientEvents,
} from '../shared/protocol.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { doorRoom, meetingRoom, type Broadcaster, type Io } from './broadcast.js';
import { participantId, safeEqual, secretToken, sha256, type Ids } from './ids.js';
import { holdingsFor } from './holdings.js';
import { log, ref } from './log.js';
import { errorName, errorSite } from './error-site.js';
import type { Meetings, Outcome } from './meetings.js';
import type { FloodWatch } from './flood.js';
import { inboundGate, silentSince, unsentCap } from './inbound.js';
import { silenceQuery, type Silence } from './silence-query.js';
import { leanEngineDrain } from './engine-drain.js';
import { addressGroup, JOINS_PER_SEAT } from './address-group.js';
import { pseudonymProblem } from '../shared/guard/pseudonym.js';
import { cleanCommand, guardHint } from './sanitize-command.js';
import { fastSharePayload } from './share-payload.js';
import { isStoreUnavailable } from './store/unavailable.js';
import type { SeatClaim } from './store/store.js';
import { connId, splitConn } from './seat-holder.js';
import { DeliveryQueueTimeout } from './ordered-delivery.js';
import type { OccurrenceLookup } from './groups/occurrences.js';
import { isOwnChairKey, ownChairKey } from './groups/own-chair-key.js';

interface SocketData {
  meetingId?: string;
  pid?: string;
  /**
   * The language of the meeting this socket joined (kept after a `leave`): every refusal it is
   * answered comes in it (answer()), not only those of handlers that read the meeting (a fresh
   * tester, 2026-12-03, got INVALID_PAYLOAD in English in a bokmål meeting).
   */
  lang?: Language;
}
type RundeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface RealtimeDeps {
  /**
   * The address a socket's connection came from, as express's `trust proxy` reads it (app.ts):
   * only for the per-address seat count (Config.seatsPerAddress), hashed at once, never kept or
   * logged. Null, or without it: not counted per address (a loopback or private address).
   */
  addressOf?: (socket: Socket) => string | null;
  /** Cuts off a socket or an address that floods (flood.ts); without it, only RATE_LIMITED answers. */
  flood?: FloodWatch;
  io: Io;
  meetings: Meetings;
  ids: Ids;
  clock: Clock;
  broadcaster: Broadcaster;
  config: Config;
  now: () => number;
  /** Hears every outcome this process committed for a client (weekly groups hand keys on here). */
  afterAccepted?: (out: Extract<Outcome, { ok: true }>) => void;
  /**
   * Weekly groups: what an occurrence's id with no stored meeting is (its door opened now, not
   * open yet, or ended), so a join by a listed id works as soon as the door is open.
   */
  occurrences?: { lookup(id: string): Promise<OccurrenceLookup | null> };
  /** This process's id (server/seat-holder.ts): part of every seat holder's connection id. */
  processId: string;
  /**
   * Reads a meeting from the store, settling it if a commit of unknown outcome left it uncertain
   * (uncertain.ts UncertainMeetings.readNow); throws when the store does not answer. `current`:
   * this process's copy as it is once the store answered, returned when it is at the stored seq
   * or later (only the seq read).
   * Default: a plain load.
   */
  readBack?: (meetingId: string, current?: () => MeetingState | undefined) => Promise<MeetingState | null>;
  /**
   * A seated socket's meeting is missing from the store: resolves once, if the store lost it,
   * every local socket of a lost meeting was told `bye('interrupted')` (app.ts). Default: nothing.
   */
  meetingVanished?: (meetingId: string) => Promise<void>;
  /**
   * A meeting this server issued is missing from the store: true if the store lost it (Redis
   * restarted empty; server/store/lost-meetings.ts), so its people hear MEETING_INTERRUPTED
   * rather than MEETING_ENDED. Checks the store first (as `meetingVanished`). Default: never.
   */
  wasLost?: (meetingId: string) => Promise<boolean>;
  /**
   * Runs before every join, resume and meeting command this process runs, before the core
   * decides it: the share guard is made ready there (app.ts), not at start. Default: nothing.
   */
  beforeCommand?: () => void;
  /** Other processes share the meetings (the Redis adapter): a seat's old connection may be in one of them. */
  clustered?: boolean;
  /** The record of which seats this process's sockets hold (liveness.ts), with Redis. */
  seats?: { add(meetingId: string, pid: string, conn: string): void; remove(meetingId: string, pid: string, conn: string): void };
}

/**
 * After a repeated `end` (applied, answer lost): how long (ms) the stored ended meeting is kept
 * so every process's refill can read it and say goodbye, before its keys are deleted.
 */
export const ENDED_CLEANUP_MS = 2000;

/** Gap repair requests per socket per window (see `catchUp` in docs/protocol.md). */
const CATCH_UP_POINTS = 10;
const CATCH_UP_WINDOW_S = 10;

const findSeat = (s: MeetingState, pid: string): { connected: boolean } | undefined =>
  s.participants.find((x) => x.id === pid) ?? s.waiting.find((w) => w.id === pid);

/**
 * The command that marks `pid`'s seat connected again (a resume, or a stalled process taking its
 * seats back): `reconnect` for a dropped seat; ALREADY_JOINED for one still counted as connected
 * (its drop was refused or not yet noticed: nothing to commit); SEAT_GIVEN_UP for one that is gone.
 */
const reconnectSeat = (s: MeetingState, pid: string): Command | 'ALREADY_JOINED' | 'SEAT_GIVEN_UP' => {
  const seat = findSeat(s, pid);
  if (!seat) return 'SEAT_GIVEN_UP';
  return seat.connected ? 'ALREADY_JOINED' : { type: 'reconnect', by: pid };
};

const fail = (code: ErrorCode, lang: 'nb' | 'en' = 'en'): Ack<never> => ({ ok: false, code, message: errorMessage(code, lang) });

/** socket.io's `cors` does not stop a cross-origin WebSocket: the Origin is checked here. */
export function originAllowed(req: IncomingMessage, allowed: string[]): boolean {
  const origin = req.headers.origin;
  // Non-browser clients send no Origin; browsers always do, and cannot forge it.
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export interface Realtime {
  /** Resolves when the work started by closing connections (disconnect commands) is done. */
  drain(): Promise<void>;
  /**
   * The process is stopping: from now on a seat closed by this process is only marked dropped if
   * it has not resumed elsewhere within `ms` (0: at once), and drops still settling are recorded so.
   */
  deferDrops(ms: number): void;
  /** Records the drop of a seat whose socket is gone (its process died), if `conn` still holds it. */
  dropSeat(meetingId: string, pid: string, conn: string): Promise<void>;
  /**
   * This process was judged dead while it lived (liveness.ts): marks the seat connected again if
   * its socket `conn` is still here and still holds it. A seat given up meanwhile (a stall longer
   * than the grace period) closes the socket, so the page's resume tells the person in words.
   */
  reclaimSeat(meetingId: string, pid: string, conn: string): Promise<void>;
}

/** The commands that post words to the room or to the chair: limited per seat (Config.postRate). */
const POST_COMMANDS: ReadonlySet<CommandEvent> = new Set<CommandEvent>(['share', 'chairNote', 'report']);

/** Each command's schema with the optional `commandId` (built once, not per event). */
const COMMAND_SCHEMAS = new Map(COMMAND_EVENTS.map((name) => [name, commandSchema(name)]));

/**
 * Answers one inbound event: its arguments (the acknowledgement callback last, if any) parsed
 * against `schema`, then `fn`; the acknowledgement is `fn`'s answer, `INVALID_PAYLOAD` for
 * anything but one valid payload, `STORE_UNAVAILABLE` when Redis cannot be reached (no offline
 * queue; see store/redis-connection.ts) and `INTERNAL` for anything else (logged by event name
 * and error class only). Never throws: nothing a client sends can crash the process.
 */
async function answer<S extends z.ZodType, R extends object>(
  name: string,
  schema: S,
  args: unknown[],
  fn: (p: z.output<S>) => Promise<Ack<R>>,
  fast?: (raw: unknown) => z.output<S> | undefined,
  lang?: Language,
): Promise<void> {
  const reply = typeof args[args.length - 1] === 'function' ? (args.pop() as (a: unknown) => void) : () => undefined;
  // A socket in a meeting hears every refusal in the meeting's language, whichever step refused.
  const ack = lang === undefined ? reply : (a: Ack<R>): void => reply(a.ok ? a : { ...a, message: errorMessage(a.code, lang) });
  try {
    // The rate limit was charged by limitInbound before this ran.
    if (args.length !== 1) return ack(fail('INVALID_PAYLOAD'));
    // A hand-written check (the share's) answers the usual payload; anything else, the schema.
    const quick = fast?.(args[0]);
    if (quick !== undefined) return ack(await fn(quick));
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) return ack(fail('INVALID_PAYLOAD'));
    ack(await fn(parsed.data));
  } catch (err) {
    if (isStoreUnavailable(err)) return ack(fail('STORE_UNAVAILABLE'));
    log('handler_error', { event: name, error: errorName(err), at: errorSite(err) });
    ack(fail('INTERNAL'));
  }
}

export function attachRealtime(deps: RealtimeDeps): Realtime {
  const { io, meetings, ids, clock, broadcaster, config, now, processId, seats, occurrences } = deps;
  const readBack = deps.readBack ?? ((id: string) => meetings.store.load(id));
  const beforeCommand = deps.beforeCommand ?? ((): void => undefined);
  const limiter = new WindowLimit(config.rate.points, config.rate.windowMs);
  const postLimit = new WindowLimit(config.postRate.points, config.postRate.windowMs);
  // The seats an address holds are the core's count (addressSeatsFull); its joins in a window are
  // bounded here, against join-and-leave churn, at JOINS_PER_SEAT times the seats.
  const joinsByAddress = new RateLimiterMemory({ points: config.seatsPerAddress.points * JOINS_PER_SEAT, duration: Math.ceil(config.seatsPerAddress.windowMs / 1000) });
  // The key of an address in the join count: a hash under this process's own random salt, so
  // the count's keys name no address even in a heap dump.
  const addressSalt = secretToken();
  // Gap repair is rare (a client asks after it saw a seq jump): a few a minute is plenty.
  const catchUpLimiter = new RateLimiterMemory({ points: CATCH_UP_POINTS, duration: CATCH_UP_WINDOW_S });
  const order = broadcaster.order;
  const pending = new Set<Promise<void>>();
  /** How often (once a second) a failed join's fresh seat is tried to be left again. */
  const LEAVE_AGAIN_TRIES = 10;
  /** > 0 while stopping gracefully: how long a closed seat may take to resume elsewhere. */
  let moveWaitMs = 0;
  /** Set by deferDrops: this process is stopping, so no drop waits to settle any more. */
  let stopping = false;
  /**
   * The drops waiting to settle (config.dropSettleMs), by the connection that closed: each ends
   * `resumed` (the seat was taken by another socket here: nothing to record), `due` (the time is
   * up: recorded unless the seat resumed elsewhere) or `stopping` (recorded as a stop records it).
   */
  const settling = new Map<string, (how: 'resumed' | 'due' | 'stopping') => void>();
  /** The drops settling (settleDrop), by seat (`<meeting> <pid>`): the connection and when it closed. */
  const settlingSeats = new Map<string, { conn: string; closed: number }>();

  const done = (out: Extract<Outcome, { ok: true }>): void => {
    broadcaster.publish(out, now());
    clock.schedule(out.state);
    deps.afterAccepted?.(out);
  };

  // Per-socket state lives in socket.data (the seat) and in these sets keyed by socket id, which
  // hold a socket only while it has not joined: a joined socket costs no timer and no closure
  // here (Issue 10: heap per connection). Every handler below is one function shared by all
  // sockets, taking the socket as its first argument.
  /**
   * Sockets whose join or resume is under way: set before the first await, so a second join or
   * resume sent at the same time is refused (Issue 7 §3) instead of seating the socket twice.
   */
  const claimed = new Set<string>();
  /** The join timeout of each socket that has not joined yet. */
  const idleTimers = new Map<string, NodeJS.Timeout>();
  /** Sockets whose join timeout passed while their join or resume was under way. */
  const idleDue = new Set<string>();

  const dropIdle = (socket: RundeSocket): void => {
    socket.emit('bye', 'idle');
    socket.disconnect(true);
  };
  const clearIdle = (socket: RundeSocket): void => {
    clearTimeout(idleTimers.get(socket.id));
    idleTimers.delete(socket.id);
    idleDue.delete(socket.id);
  };
  const armIdle = (socket: RundeSocket): void => {
    clearIdle(socket);
    // A socket that has not joined a meeting in time is dropped: no idle sockets to hold. A
    // join or resume under way when the time is up is let finish; if it fails, the drop follows.
    const idle = setTimeout(() => {
      idleTimers.delete(socket.id);
      if (socket.data.pid) return;
      if (claimed.has(socket.id)) idleDue.add(socket.id);
      else dropIdle(socket);
    }, config.joinTimeoutMs);
    idle.unref();
    idleTimers.set(socket.id, idle);
  };

  // Every holder string of this process shares the one `<process id>/` (32 B per seat held less).
  const connPrefix = connId(processId, '');
  const conn = (socket: RundeSocket): string => connPrefix + socket.id;
  const holder = (socket: RundeSocket, pid: string) => ({ pid, conn: conn(socket) });

  /** The room events in (afterSeq, d.seq] this seat may see, as it may see them (view.ts replayTo). */
  const missedFor = async (meetingId: string, pid: string, d: { seq: number; state: MeetingState }, afterSeq: number): Promise<LoggedEvent[]> => {
    const seated = d.state.participants.find((x) => x.id === pid);
    if (!seated) return [];
    const from = Math.max(afterSeq, seated.joinedSeq - 1);
    if (from >= d.seq) return [];
    const logged = (await meetings.store.readLog(meetingId, from)).filter((l) => l.seq <= d.seq);
    return replayTo(d.state, pid, logged, seated.joinedSeq, afterSeq);
  };

  /** A meeting this server issued is missing: lost by the store (interrupted), or ended. */
  const missing = async (meetingId: string): Promise<Ack<never>> => fail((await deps.wasLost?.(meetingId)) ? 'MEETING_INTERRUPTED' : 'MEETING_ENDED');

  /** Why a seat that was there is not (any more), in words. */
  const seatGone = (s: MeetingState, pid: string): Ack<never> => {
    if (s.phase === 'ended') return fail('MEETING_ENDED', s.language);
    if (s.removed.includes(pid)) return fail('REMOVED', s.language);
    // Left on purpose (leave, or a clean close): not "the connection was gone too long".
    if (s.leftIds?.includes(pid)) return fail('SEAT_LEFT', s.language);
    return { ...fail('SEAT_GIVEN_UP', s.language), graceMs: s.settings.graceMs };
  };

  /**
   * Seats this socket between two deliveries of the meeting (OrderedDelivery.at): the view is
   * the state at the delivered seq X, `missed` the room events in (afterSeq, X] the seat may
   * see, and everything after X arrives live — each event exactly once. Someone at the door
   * hears nothing of the meeting: only what is sent to their socket (their door view) until
   * admitted (the broadcaster moves sockets between the door's room and the meeting's on
   * admit/send-back).
   */
  const attach = (socket: RundeSocket, meetingId: string, pid: string, token: string, minSeq: number, afterSeq: number): Promise<Ack<JoinResult> | null> =>
    order.at(meetingId, minSeq, async (d): Promise<Ack<JoinResult> | null> => {
      if (!d) return missing(meetingId);
      const seated = d.state.participants.some((x) => x.id === pid);
      const waiting = !seated && d.state.waiting.some((w) => w.id === pid);
      if (!seated && !waiting) return seatGone(d.state, pid);
      const missed = await missedFor(meetingId, pid, d, afterSeq);
      // Gone while we read, or replaced by another socket: the caller records the drop.
      if (!socket.connected) return null;
      // The state's own id string, not the payload's: one string per meeting, not per socket.
      socket.data.meetingId = d.state.id;
      socket.data.pid = pid;
      socket.data.lang = d.state.language;
      clearIdle(socket);
      // Synchronous with the in-memory and Redis adapters: no delivery can slip in between. The
      // room's name is the state's id string, the same for every socket of the meeting.
      void socket.join(waiting ? doorRoom(d.state.id) : meetingRoom(d.state.id));
      order.hold(meetingId);
      seats?.add(meetingId, pid, conn(socket));
      if (waiting) return { ok: true, you: pid, token, door: buildDoorView(d.state, pid), missed: [] };
      return { ok: true, you: pid, token, view: buildView(d.state, pid, now()), missed };
    });

  /** Runs a join/resume once per socket; a failed one frees the socket to try again. */
  const once = async (socket: RundeSocket, work: () => Promise<Ack<JoinResult>>): Promise<Ack<JoinResult>> => {
    if (claimed.has(socket.id) || socket.data.pid) return fail('ALREADY_JOINED');
    claimed.add(socket.id);
    try {
      return await work();
    } finally {
      claimed.delete(socket.id);
      if (!socket.data.pid && idleDue.has(socket.id)) {
        idleDue.delete(socket.id);
        dropIdle(socket);
      }
    }
  };

  /**
   * After the seat was committed: seat the socket, or undo. A seat the join just made is left
   * again (`leave`): the person was told the join failed and never got its token, so a seat
   * kept for them would be one nobody can take. A seat that was there before is recorded as dropped.
   */
  const seatOrDrop = async (socket: RundeSocket, meetingId: string, pid: string, token: string, minSeq: number, afterSeq: number, undo: 'drop' | 'leave' = 'drop'): Promise<Ack<JoinResult>> => {
    let result: Ack<JoinResult> | null = null;
    try {
      result = await attach(socket, meetingId, pid, token, minSeq, afterSeq);
    } catch (err) {
      result = isStoreUnavailable(err) ? fail('STORE_UNAVAILABLE') : fail('BUSY');
    }
    if (!result || !result.ok) await (undo === 'leave' ? leaveAgain(meetingId, pid, conn(socket)) : recordDrop(meetingId, pid, conn(socket)));
    return result ?? fail('NOT_IN_MEETING');
  };

  /** This socket now holds the seat; the one that held it before is let go, wherever it is. */
  const takeSeat = async (socket: RundeSocket, meetingId: string, pid: string): Promise<void> => {
    const prev = await meetings.store.swapHolder(meetingId, pid, conn(socket));
    if (prev && prev !== conn(socket)) letGo(prev);
  };

  const join = (socket: RundeSocket, p: z.output<typeof joinPayload>): Promise<Ack<JoinResult>> =>
    once(socket, async (): Promise<Ack<JoinResult>> => {
      if (p.v !== PROTOCOL_VERSION) return fail('PROTOCOL_MISMATCH');
      if (!ids.issued(p.meetingId)) return fail('MEETING_NOT_FOUND');
      const badName = pseudonymProblem(p.name);
      // The meeting as stored, read only where a refusal needs its language: never on the way of a
      // join that passes.
      const meetingState = () => readBack(p.meetingId, () => meetings.current(p.meetingId)).catch(() => null);
      // In the meeting's language, as every later refusal of the join is (a fresh tester,
      // 2026-12-04: a bokmål meeting refused a pseudonym in English).
      if (badName) return fail(badName, (await meetingState())?.language ?? 'en');
      let secrets = await meetings.store.secrets(p.meetingId);
      const occ = !secrets && occurrences ? await occurrences.lookup(p.meetingId) : null;
      if (occ?.kind === 'notOpenYet') return { ...fail('NOT_OPEN_YET'), doorOpensAt: occ.doorOpensAt, startsAt: occ.startsAt };
      if (occ?.kind === 'open') secrets = await meetings.store.secrets(p.meetingId);
      if (!secrets) return missing(p.meetingId);
      // The key the meeting was made with, or a weekly group's meeting's own key (own-chair-key.ts),
      // given to whoever the one-time key seated; the core says which of them opens the chair now.
      const ownKey = isOwnChairKey(ids, p.meetingId, secrets, p.chairKey);
      const chairKey = ownKey || (!!p.chairKey && safeEqual(sha256(p.chairKey), secrets.chairKeyHash));
      const joinCode = !!p.joinCode && !!secrets.joinCodeHash && safeEqual(sha256(p.joinCode), secrets.joinCodeHash);
      const wrongCode = !!p.joinCode && !joinCode;
      // The seats an address holds are counted by the core, in the meeting's state, by its group
      // (addressGroup); its joins here, in this process, and a join that made no new seat
      // (refused, or the caller's own seat) is not counted. The chair key's holder is not counted:
      // the one who keeps the meeting is never kept out of it. Nor is a loopback or private address.
      const addr = chairKey ? null : (deps.addressOf?.(socket) ?? null);
      const counted = addr === null ? null : `${p.meetingId} ${sha256(addressSalt + addr)}`;
      if (counted && !(await joinsByAddress.consume(counted).then(() => true, () => false))) return fail('ADDRESS_SEATS', (await meetingState())?.language ?? 'en');
      const address = addr === null ? undefined : { group: addressGroup(ids.current, p.meetingId, addr), seats: config.seatsPerAddress.points };
      let seat: string | null = null;
      try {
        const out = await newSeat(socket, p, { chairKey, ownChairKey: ownKey, joinCode, wrongCode, address });
        seat = out.seat;
        // A weekly group's one-time key that seated its holder now is spent: give the meeting's
        // own key with the seat, for a chair link that works while the meeting lives.
        const ack = out.ack;
        if (ack.ok && 'view' in ack && out.oneTimeKeyUsed) return { ...ack, chairKey: ownChairKey(ids, p.meetingId, secrets) };
        return ack;
      } finally {
        if (counted && !seat) await joinsByAddress.reward(counted, 1).catch(() => undefined);
      }
    });

  /**
   * The rest of a join once its seat is counted: commits the seat (or the chair key's return to
   * the seat it holds) and attaches the socket. `seat`: the id of the new seat made, null when
   * none was (refused, or a returned seat).
   */
  const newSeat = async (socket: RundeSocket, p: z.output<typeof joinPayload>, checked: Pick<Extract<Command, { type: 'join' }>, 'chairKey' | 'ownChairKey' | 'joinCode' | 'wrongCode' | 'address'>): Promise<{ ack: Ack<JoinResult>; seat: string | null; oneTimeKeyUsed?: boolean }> => {
    const pid = participantId();
    const token = secretToken();
    const me = conn(socket);
    beforeCommand();
    // The seat, its token and this socket as its holder are one commit: a join that fails
    // leaves no seat and no token behind, and a seat never exists without them.
    let claim: SeatClaim | null = null;
    const out = await meetings
      .run(
        p.meetingId,
        () => ({ type: 'join', id: pid, name: p.name, role: p.role, volunteer: p.volunteer, pledge: p.pledge, ...checked, firstTime: p.firstTime ?? false }),
        undefined,
        // The chair key may have returned its holder to the seat they still hold (see returnedSeat).
        (next) => (claim = { pid: returnedSeat(next, pid) ?? pid, tokenHash: sha256(token), conn: me }),
      )
      .catch((err: unknown) => {
        // STORE_UNAVAILABLE: the commit may still be applied when Redis answers again (it was
        // sent; only its answer timed out). The person is told "try again" and never gets
        // this seat's token, so a seat it made is left again and a returned one dropped,
        // guarded by this socket as holder: a no-op if the commit never happened.
        const c = claim as SeatClaim | null;
        if (isStoreUnavailable(err) && c) void (c.pid === pid ? leaveAgain(p.meetingId, pid, me, true) : recordDrop(p.meetingId, c.pid, me));
        throw err;
      });
    // The id was checked as issued above: a meeting not found is one that is gone.
    if (!out.ok) return { ack: out.code === 'MEETING_NOT_FOUND' ? await missing(p.meetingId) : fail(out.code, out.state?.language), seat: null };
    const you = returnedSeat(out.state, pid) ?? pid;
    const replaced = (claim as SeatClaim | null)?.replaced;
    if (replaced && replaced !== me) letGo(replaced);
    done(out);
    // A new seat sees from its own join on; a returned one everything since it first joined.
    const afterSeq = you === pid ? out.state.seq - 1 : 0;
    const seated = await seatOrDrop(socket, p.meetingId, you, token, out.state.seq, afterSeq, you === pid ? 'leave' : 'drop');
    // A page that offered the chair its kept seat learns whether it got it (protocol.ts SeatResult.kept).
    const result = seated.ok && you !== pid && 'view' in seated ? { ...seated, kept: true as const } : seated;
    if (result.ok) log('joined', { meeting: ref(p.meetingId), present: out.state.participants.length, waiting: out.state.waiting.length });
    // A weekly group's one-time key seated its holder with this join (a spent one is ignored by
    // the core, and the meeting's own key is not it): the first seat of the key's holder.
    const oneTimeKeyUsed = checked.chairKey && !checked.ownChairKey && !!out.state.group && out.state.chairKeyHolder === pid;
    return { ack: result, seat: you === pid ? pid : null, oneTimeKeyUsed };
  };

  const resume = (socket: RundeSocket, p: z.output<typeof resumePayload>): Promise<Ack<JoinResult>> =>
    once(socket, async (): Promise<Ack<JoinResult>> => {
      if (p.v !== PROTOCOL_VERSION) return fail('PROTOCOL_MISMATCH');
      if (!ids.issued(p.meetingId)) return fail('MEETING_NOT_FOUND');
      // From the store, never from a copy a commit of unknown outcome left behind it. Both
      // reads at once: one round trip to Redis instead of two (a storm is one per resume).
      const tokenHash = sha256(p.token);
      const [pid, state] = await Promise.all([meetings.store.findToken(p.meetingId, tokenHash), readBack(p.meetingId, () => meetings.current(p.meetingId))]);
      if (!state) return missing(p.meetingId);
      if (!pid) return fail('BAD_TOKEN', state.language);
      if (state.removed.includes(pid)) return fail('REMOVED', state.language);
      // The token is known but its seat is gone: given up after the grace period (or left).
      if (!findSeat(state, pid)) return seatGone(state, pid);
      beforeCommand();
      let gone: MeetingState | null = null;
      // A seat recorded as dropped is taken in the reconnect's own commit (a claim, as a join's
      // seat is): one Redis round trip fewer for every return past the drop's settle time (Issue
      // 10, the reconnect storm). A seat still marked connected commits nothing, so its holder is
      // swapped on its own below. Of several resumes at once, each replaces the one before it:
      // the later one finds the seat connected and swaps; exactly one ends up holding.
      const me = conn(socket);
      await recordSilence(p.meetingId, pid, me, findSeat(state, pid)?.connected ?? false);
      let claim: SeatClaim | null = null;
      const out = await meetings.run(
        p.meetingId,
        (s) => {
          const command = reconnectSeat(s, pid);
          if (command === 'SEAT_GIVEN_UP') gone = s;
          return command;
        },
        undefined,
        () => (claim = { pid, tokenHash, conn: me }),
      );
      let latest: MeetingState;
      if (out.ok) {
        const replaced = (claim as SeatClaim | null)?.replaced;
        if (replaced && replaced !== me) letGo(replaced);
        done(out);
        latest = out.state;
      } else if (out.code === 'ALREADY_JOINED' && out.state) {
        await takeSeat(socket, p.meetingId, pid);
        latest = out.state;
      } else if (gone) return seatGone(gone, pid);
      else return out.code === 'MEETING_NOT_FOUND' ? missing(p.meetingId) : fail(out.code, out.state?.language);
      // The process that ran this meeting's timers may be the one that died: arm ours too.
      clock.schedule(latest);
      const result = await seatOrDrop(socket, p.meetingId, pid, p.token, Math.max(latest.seq, state.seq), p.lastSeq);
      if (result.ok) log('resumed', { meeting: ref(p.meetingId) });
      return result;
    });

  // Gap repair: the room events after `afterSeq` up to the seq of the view sent with them, read
  // between two deliveries, so what follows live continues exactly where they end.
  const catchUp = async (socket: RundeSocket, p: z.output<typeof catchUpPayload>): Promise<Ack<CatchUpResult>> => {
    const { meetingId, pid } = socket.data;
    if (!meetingId || !pid) return fail('NOT_IN_MEETING');
    try {
      await catchUpLimiter.consume(socket.id);
    } catch {
      return fail('RATE_LIMITED');
    }
    // Answered at the store's seq or later, never from what this process delivered so far: that
    // may be behind the store (a commit of unknown outcome carried out after all; a publish
    // lost). A store that does not answer gives STORE_UNAVAILABLE ("try again").
    const stored = await readBack(meetingId, () => meetings.current(meetingId));
    // Gone from under the seat: if the store lost it, the farewell goes first (as for a command).
    if (!stored) await deps.meetingVanished?.(meetingId);
    // Behind the store, or the meeting gone from it: deliver what is missing (or say it is gone) first.
    if (!stored || stored.seq > order.deliveredSeq(meetingId)) order.refill(meetingId);
    return order
      .at(meetingId, stored?.seq ?? 0, async (d): Promise<Ack<CatchUpResult>> => {
        if (!d) return missing(meetingId);
        // Nothing of the meeting reaches the door.
        if (!d.state.participants.some((x) => x.id === pid)) return fail('NOT_IN_MEETING', d.state.language);
        return { ok: true, view: buildView(d.state, pid, now()), missed: await missedFor(meetingId, pid, d, p.afterSeq) };
      })
      .catch((err: unknown) => {
        // The delivery queue is stuck behind the store: a typed "try again", as join and resume say.
        if (err instanceof DeliveryQueueTimeout) return fail('BUSY');
        throw err;
      });
  };

  const holdings = async (socket: RundeSocket): Promise<Ack<HoldingsResult>> => {
    const { meetingId, pid } = socket.data;
    if (!meetingId || !pid) return fail('NOT_IN_MEETING');
    const h = await holdingsFor(meetings.store, config.redisUrl ? 'redis' : 'memory', meetingId, pid, config.meetingTtlMs);
    if (h === 'MEETING_ENDED') return missing(meetingId);
    return typeof h === 'string' ? fail(h) : { ok: true, holdings: h };
  };

  // The chair sees the join code again (the core says who may); nothing changes, nothing is logged.
  const joinCodeAgain = async (socket: RundeSocket): Promise<Ack<JoinCodeResult>> => {
    const { meetingId, pid } = socket.data;
    if (!meetingId || !pid) return fail('NOT_IN_MEETING');
    const [state, secrets] = await Promise.all([meetings.store.load(meetingId), meetings.store.secrets(meetingId)]);
    if (!state || !secrets) return missing(meetingId);
    const refused = joinCodeRefusal(state, pid);
    if (refused) return fail(refused, state.language);
    return { ok: true, code: secrets.joinCode ?? null };
  };

  /**
   * Every command event of a socket (the rate limit and schema already passed in answer()).
   * With a `commandId` the command is applied at most once per seat (Meetings.runOnce): a
   * repeat of one already applied — its first answer lost, or STORE_UNAVAILABLE while Redis
   * applied it after all — is answered `{ ok: true, repeat: true }`, and what that first commit
   * changed, never published, is delivered from the store now (Broadcaster.refill).
   */
  const runCommand = async (socket: RundeSocket, name: CommandEvent, parsed: Record<string, unknown> & { commandId?: string }): Promise<Ack<CommandResult>> => {
    const spec = COMMANDS[name];
    const { meetingId, pid } = socket.data;
    if (!meetingId || !pid) return fail('NOT_IN_MEETING');
    const { commandId, ...payload } = parsed;
    const toCommand = spec.toCommand as (by: string, p: unknown) => ReturnType<typeof spec.toCommand>;
    // A post is counted for its seat (not its socket: a new tab does not start afresh), before
    // the guard or anything costly; a repeat of one already applied is still known as a repeat.
    const posts = POST_COMMANDS.has(name);
    const make = (state: MeetingState) => (posts && !postLimit.take(`${meetingId} ${pid}`) ? 'RATE_LIMITED' : cleanCommand(state, spec.schema as z.ZodType, payload, (p) => toCommand(pid, p), now()));
    // Leaving gives up the seat: only the socket that holds it may (a replaced tab may not).
    const guard = name === 'leave' ? holder(socket, pid) : undefined;
    beforeCommand();
    const out = commandId ? await meetings.runOnce(meetingId, make, guard, { pid, commandId }) : await meetings.run(meetingId, make, guard);
    if (out.ok === 'repeat') {
      broadcaster.refill(meetingId);
      // Its timers were never armed either: from the state as stored now.
      const stored = await meetings.store.load(meetingId).catch(() => null);
      if (stored) {
        meetings.observe(stored);
        clock.schedule(stored);
        // An `end` applied unanswered: the refill tells everyone (bye 'ended'), then its keys go.
        if (stored.phase === 'ended') setTimeout(() => void meetings.endedUnanswered(stored).catch(() => undefined), ENDED_CLEANUP_MS).unref();
      }
      if (name === 'leave') await seatLeft(socket, meetingId, pid);
      return { ok: true, repeat: true };
    }
    if (!out.ok && out.code === 'GUARD_HINT' && out.state) return guardHint(out.state, pid, payload, out.findings);
    // Gone from under a seat: ended, or lost by the store. If lost, the farewell goes first.
    if (!out.ok && out.code === 'MEETING_NOT_FOUND') await deps.meetingVanished?.(meetingId);
    if (!out.ok) return out.code === 'MEETING_NOT_FOUND' ? missing(meetingId) : fail(out.code, out.state?.language);
    done(out);
    if (name === 'leave') await seatLeft(socket, meetingId, pid);
    return { ok: true };
  };

  /** After a committed `leave`: this socket no longer speaks for anyone. */
  const seatLeft = async (socket: RundeSocket, meetingId: string, pid: string): Promise<void> => {
    // A socket that closed while its leave was being committed was let go of by `disconnected`
    // already: letting go of its delivery hold twice took another socket's with it, and this
    // process stopped delivering the meeting to the sockets still in it.
    if (socket.data.pid === pid && socket.connected) {
      // The seat is given up: this socket no longer speaks for anyone.
      await socket.leave(meetingRoom(meetingId));
      await socket.leave(doorRoom(meetingId));
      socket.data = socket.data.lang ? { lang: socket.data.lang } : {};
      claimed.delete(socket.id);
      order.release(meetingId);
      seats?.remove(meetingId, pid, conn(socket));
      armIdle(socket);
    }
  };

  /**
   * The one handler table of every socket: each inbound event by name, with its payload schema
   * (the acknowledgement is the handler's answer; see answer()). The commands share runCommand.
   */
  /** `fast`: a hand-written check that answers some payloads exactly as `schema` would (answer()). */
  type Handler = { schema: z.ZodType; fn: (socket: RundeSocket, p: never) => Promise<Ack<object>>; fast?: (raw: unknown) => unknown };
  const handlers = new Map<string, Handler>([
    ['join', { schema: joinPayload, fn: join }],
    ['resume', { schema: resumePayload, fn: resume }],
    ['catchUp', { schema: catchUpPayload, fn: catchUp }],
    ['holdings', { schema: holdingsPayload, fn: holdings }],
    ['joinCode', { schema: joinCodePayload, fn: joinCodeAgain }],
    ...COMMAND_EVENTS.map((name): [string, Handler] => [
      name,
      {
        schema: COMMAND_SCHEMAS.get(name)!,
        fn: (socket: RundeSocket, p: Record<string, unknown>) => runCommand(socket, name, p),
        ...(name === 'share' ? { fast: fastSharePayload } : {}),
      },
    ]),
  ]);
  const known: ReadonlySet<string> = new Set(handlers.keys());
  const dispatch = (socket: Socket, name: string, args: unknown[]): void => {
    const h = handlers.get(name)!;
    // As socket.io's own listeners: nothing but a command reaches a socket that closed meanwhile.
    if (!socket.connected && !COMMAND_SCHEMAS.has(name as CommandEvent)) return;
    void answer(name, h.schema, args, (p) => h.fn(socket as RundeSocket, p as never), h.fast, (socket as RundeSocket).data.lang);
  };

  /** A socket closed (shared by all sockets: `this` is the socket, as EventEmitter calls it). */
  function disconnected(this: RundeSocket, reason: string): void {
    const socket = this;
    clearIdle(socket);
    claimed.delete(socket.id);
    const { meetingId, pid } = socket.data;
    // Mid-join or mid-resume: attach() sees the socket gone and records the drop itself.
    if (!meetingId || !pid) return;
    order.release(meetingId);
    const me = conn(socket);
    // A client that closes its socket on purpose (leaving, quick exit) is leaving, even when its
    // `leave` arrived in the same read as the close and socket.io dropped it as late. Either
    // way only while this socket still holds the seat: a replaced tab's close changes nothing.
    const closed = closedAt(reason, now());
    const work =
      reason === 'client namespace disconnect'
        ? recordLeave(meetingId, pid, me)
        : stopping
          ? stopDrop(meetingId, pid, me, closed)
          : config.dropSettleMs > 0
            ? settleDrop(meetingId, pid, me, closed)
            : recordDrop(meetingId, pid, me, closed);
    pending.add(work);
    void work.finally(() => {
      pending.delete(work);
      seats?.remove(meetingId, pid, me);
    });
  }

  // Every inbound event costs a rate point; unknown names (numbers, '__proto__', typos) get a
  // typed answer, never a lookup; known ones go to the shared handler table. A socket that
  // stops reading is dropped past the buffer cap.
  const gateInbound = inboundGate(limiter, known, dispatch, deps.flood);
  leanEngineDrain();
  const capBuffer = unsentCap(config.maxBufferBytes, () => log('buffer_cap', {}), now);

  io.on('connection', (raw) => {
    const socket = raw as RundeSocket;
    armIdle(socket);
    deps.flood?.attach(socket);
    gateInbound(socket);
    capBuffer(socket);
    socket.on('disconnect', disconnected);
  });

  /**
   * A join with the chair key whose holder still had a seat (or a place at the door) returns them
   * to it: the core seats nobody new and names the seat in `chairKeyHolder`. Null for a new seat.
   */
  function returnedSeat(state: MeetingState, pid: string): string | null {
    const holder = state.chairKeyHolder;
    if (state.participants.some((x) => x.id === pid) || state.waiting.some((w) => w.id === pid)) return null;
    return holder;
  }

  /**
   * Lets a seat's previous socket go, in whichever process it is. One of this process's own is
   * told here, and not at all once it is gone (a resume after a dropped connection, the usual
   * case): only a socket of another process is reached through the adapter, whose every message
   * is published on Redis and decoded by every process, this one included (Issue 10: in a
   * reconnect storm of ~1,000 these were two publishes per resume).
   */
  function letGo(prev: string): void {
    // Its drop, if still settling, is no drop: the seat is someone's again.
    settling.get(prev)?.('resumed');
    const { processId: owner, socketId } = splitConn(prev);
    if (owner === processId) {
      const old = io.sockets.sockets.get(socketId);
      if (!old) return;
      old.emit('bye', 'replaced');
      old.disconnect(true);
      return;
    }
    io.in(socketId).emit('bye', 'replaced');
    io.in(socketId).disconnectSockets(true);
  }

  async function recordLeave(meetingId: string, pid: string, conn: string): Promise<void> {
    try {
      const out = await meetings.run(meetingId, () => ({ type: 'leave', by: pid }), { pid, conn });
      if (out.ok) done(out);
    } catch (err) {
      log('disconnect_error', { error: errorName(err), at: errorSite(err) });
    }
  }

  /**
   * A connection closed without a leave: its seat is marked dropped only if it has not resumed
   * within config.dropSettleMs. A phone that loses its link for a second, a reload, or a network
   * blip that drops a whole meeting at once (a reconnect storm) then costs no commit for the drop
   * and none for the return, and nobody sees the seat go and come back (Issue 10: on Redis the
   * two commits and their presence events, sent to everyone back already, were most of a storm's
   * work). A resume in this process ends the wait at once (letGo); one in another process is
   * seen in the store's holder when the time is up. A drop recorded late still counts from
   * `closed` (the command's `at`: the core runs the grace periods and the held clock from it).
   */
  function settleDrop(meetingId: string, pid: string, conn: string, closed: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const seat = `${meetingId} ${pid}`;
      const end = (how: 'resumed' | 'due' | 'stopping'): void => {
        clearTimeout(timer);
        settling.delete(conn);
        if (settlingSeats.get(seat)?.conn === conn) settlingSeats.delete(seat);
        if (how === 'resumed') resolve();
        else resolve(how === 'due' ? dropUnlessResumed(meetingId, pid, conn, closed) : stopDrop(meetingId, pid, conn, closed));
      };
      const timer = setTimeout(end, config.dropSettleMs, 'due');
      timer.unref();
      settling.set(conn, end);
      settlingSeats.set(seat, { conn, closed });
    });
  }

  /**
   * A return (`resume` on socket `me`) that beat the server's notice of its seat's silent link: a
   * link the heartbeat closed still settling (dated back to its unanswered ping, drop-time.ts), or
   * the old connection of this process still open with its ping unanswered (silentSince). The
   * drop was not a blip and is recorded first, dated from the silence, as it would have been had
   * the return come later: the share clock stops and the turn is held from then, so the return
   * resumes it with the time it had (or the turn the clock ended meanwhile is owed). A fresh
   * tester, 2026-12-03: a phone's link went for 13–20 s on its own turn and came back before the
   * server closed it; the page had said the clock was stopped, the server let it run (and ran a
   * turn out) with no drop at all. Silence shorter than the settle time stays no drop. An old
   * connection in another process is asked after there (silence-query.ts) when the seat still
   * counts as connected.
   */
  async function recordSilence(meetingId: string, pid: string, me: string, seatConnected: boolean): Promise<void> {
    const here = localConnection(meetingId, pid, me);
    let prev = here?.silence ?? null;
    // No connection of the seat here: another process may hold the old one. Asked only while the
    // seat still counts as connected (a drop already recorded needs nothing), with other processes
    // to ask. An old connection here that is live (a second tab, a reload faster than the close)
    // answers it: nobody else is asked, and the return waits for no one.
    if (!here && seatConnected && askSilence) prev = await askSilence(meetingId, pid, me);
    if (!prev || now() - prev.closed <= config.dropSettleMs) return;
    // Recorded here, dated as the settle would have dated it: the settle then records nothing
    // (another process's settle finds the seat held by the return, and records nothing either).
    settling.get(prev.conn)?.('resumed');
    await recordDrop(meetingId, pid, prev.conn, prev.closed, true);
  }

  /**
   * This process's connection of seat `pid` other than `asker` whose link went silent: one the
   * heartbeat closed whose drop is still settling, or one still open with its ping unanswered
   * (silentSince); its connection id and since when (server ms). Null when there is none here.
   */
  function localSilence(meetingId: string, pid: string, asker: string): Silence | null {
    return localConnection(meetingId, pid, asker)?.silence ?? null;
  }

  /**
   * This process's connection of seat `pid` other than `asker`: `{ silence }` for one whose link
   * went silent (as localSilence), `{ silence: null }` for one still open and answering, null when
   * this process has none.
   */
  function localConnection(meetingId: string, pid: string, asker: string): { silence: Silence | null } | null {
    const settlingSeat = settlingSeats.get(`${meetingId} ${pid}`);
    if (settlingSeat && settlingSeat.conn !== asker) return { silence: settlingSeat };
    for (const sid of io.sockets.adapter.rooms.get(meetingId) ?? []) {
      const old = io.sockets.sockets.get(sid);
      const oldConn = connPrefix + sid;
      if (!old || old.data.pid !== pid || oldConn === asker) continue;
      const since = silentSince(old);
      return { silence: since === null ? null : { conn: oldConn, closed: since } };
    }
    return null;
  }

  /** Asks the other processes for a silent connection of a seat (silence-query.ts); null with one process. */
  const askSilence = deps.clustered ? silenceQuery(io, localSilence) : null;

  /** Records the drop unless another connection holds the seat now (one read of the holder). */
  async function dropUnlessResumed(meetingId: string, pid: string, conn: string, closed: number): Promise<void> {
    const holder = await meetings.store.holder(meetingId, pid).catch(() => conn);
    if (holder !== null && holder !== conn) return;
    await recordDrop(meetingId, pid, conn, closed);
  }

  /** A drop while stopping: seats may resume on another process for moveWaitMs (deferDrops). */
  function stopDrop(meetingId: string, pid: string, conn: string, closed: number): Promise<void> {
    return moveWaitMs > 0 ? recordDropUnlessMoved(meetingId, pid, conn, closed) : recordDrop(meetingId, pid, conn, closed);
  }

  /**
   * During a graceful stop this process told its people to move (`bye('restarting')`): a seat
   * that resumes on another process within moveWaitMs was never dropped, so nobody sees it go.
   */
  async function recordDropUnlessMoved(meetingId: string, pid: string, conn: string, closed: number): Promise<void> {
    const until = Date.now() + moveWaitMs;
    while (Date.now() < until) {
      // Resumed elsewhere: another connection holds the seat now (a drop would be refused anyway).
      const holder = await meetings.store.holder(meetingId, pid).catch(() => conn);
      if (holder !== null && holder !== conn) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    await recordDrop(meetingId, pid, conn, closed);
  }

  /**
   * Undoes a seat a join just made (its socket never got it): leaves, guarded by the holder. The
   * store may be down just then: tried again every second for up to LEAVE_AGAIN_TRIES seconds,
   * in the background (the join's answer does not wait for it). `untilSeen`: the join's commit
   * timed out, so the seat may not exist *yet* (a write Redis holds and carries out later: frozen,
   * or writes paused): a refusal (no such seat) is tried again too, until the seat is left.
   */
  async function leaveAgain(meetingId: string, pid: string, conn: string, untilSeen = false): Promise<void> {
    const work = (async () => {
      let unavailable = false;
      for (let attempt = 0; attempt < LEAVE_AGAIN_TRIES; attempt++) {
        try {
          const out = await meetings.run(meetingId, () => ({ type: 'leave', by: pid }), { pid, conn });
          if (out.ok) done(out);
          if (out.ok || !untilSeen || out.code !== 'NOT_IN_MEETING') return;
          unavailable = false;
        } catch (err) {
          if (!isStoreUnavailable(err)) return log('disconnect_error', { error: errorName(err), at: errorSite(err) });
          unavailable = true;
        }
        await new Promise((r) => setTimeout(r, 1000).unref());
      }
      // Not seen in time: the join's write was never carried out (nothing to undo), or the store stayed away.
      if (unavailable) log('disconnect_error', { error: 'StoreUnavailable' });
    })();
    pending.add(work);
    void work.finally(() => pending.delete(work));
  }

  /** Records a seat's drop; `at`: when its connection closed, if that was before now (ms, server clock). */
  async function recordDrop(meetingId: string, pid: string, conn: string, at?: number, returning = false): Promise<void> {
    try {
      // A resumed seat may already live on another socket (possibly in another process): the
      // store refuses the drop then, atomically with the commit (see server/seat-holder.ts).
      const out = await meetings.run(meetingId, () => ({ type: 'disconnect', by: pid, ...(at === undefined ? {} : { at }), ...(returning ? { returning: true as const } : {}) }), { pid, conn });
      if (out.ok) done(out);
    } catch (err) {
      log('disconnect_error', { error: errorName(err), at: errorSite(err) });
    }
  }

  return {
    async drain() {
      while (pending.size) await Promise.all([...pending]);
    },
    deferDrops(ms) {
      moveWaitMs = ms;
      stopping = true;
      for (const end of [...settling.values()]) end('stopping');
    },
    dropSeat: recordDrop,
    async reclaimSeat(meetingId, pid, c) {
      const socket = io.sockets.sockets.get(splitConn(c).socketId);
      if (!socket?.connected || socket.data.pid !== pid) return;
      try {
        const out = await meetings.run(meetingId, (s) => reconnectSeat(s, pid), { pid, conn: c });
        if (out.ok) done(out);
        else if (out.code === 'SEAT_GIVEN_UP') socket.disconnect(true);
      } catch (err) {
        log('reclaim_error', { error: errorName(err), at: errorSite(err) });
      }
    },
  };
}
