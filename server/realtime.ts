// socket.io wiring: authenticate the join, validate every payload, run the command through the
// core, broadcast. Thin on purpose: no meeting rule is checked here. Every event is registered
// by name, one by one, and every handler is wrapped so nothing a client sends can crash us.
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { errorMessage, type ErrorCode } from '../shared/errors.js';
import { buildDoorView, joinCodeRefusal } from '../shared/meeting/door.js';
import type { MeetingState } from '../shared/meeting/state.js';
import { buildView, replayTo } from '../shared/meeting/view.js';
import {
  COMMANDS,
  COMMAND_EVENTS,
  PROTOCOL_VERSION,
  holdingsPayload,
  joinCodePayload,
  joinPayload,
  resumePayload,
  type Ack,
  type ClientToServerEvents,
  type HoldingsResult,
  type JoinCodeResult,
  type JoinResult,
  type ServerToClientEvents,
} from '../shared/protocol.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { meetingRoom, personalRoom, type Broadcaster, type Io } from './broadcast.js';
import { participantId, safeEqual, secretToken, sha256, type Ids } from './ids.js';
import { holdingsFor } from './holdings.js';
import { log, ref } from './log.js';
import type { Meetings, Outcome } from './meetings.js';
import { capUnsent, limitInbound } from './inbound.js';
import { pseudonymHasContact } from '../shared/guard/pseudonym.js';
import { cleanCommand, guardHint } from './sanitize-command.js';
import { isStoreUnavailable } from './store/unavailable.js';

interface SocketData {
  meetingId?: string;
  pid?: string;
}
type RundeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface RealtimeDeps {
  io: Io;
  meetings: Meetings;
  ids: Ids;
  clock: Clock;
  broadcaster: Broadcaster;
  config: Config;
  now: () => number;
  /** Hears every outcome this process committed for a client (weekly groups hand keys on here). */
  afterAccepted?: (out: Extract<Outcome, { ok: true }>) => void;
}

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
  /** From now on, a seat closed by this process is only marked dropped if it has not resumed elsewhere within `ms`. */
  deferDrops(ms: number): void;
}

export function attachRealtime(deps: RealtimeDeps): Realtime {
  const { io, meetings, ids, clock, broadcaster, config, now } = deps;
  const limiter = new RateLimiterMemory({ points: config.rate.points, duration: config.rate.windowMs / 1000 });
  const known = new Set<string>(['join', 'resume', 'holdings', 'joinCode', ...COMMAND_EVENTS]);
  const pending = new Set<Promise<void>>();
  /** > 0 while stopping gracefully: how long a closed seat may take to resume elsewhere. */
  let moveWaitMs = 0;

  const done = (out: Extract<Outcome, { ok: true }>): void => {
    broadcaster.publish(out, now());
    clock.schedule(out.state);
    deps.afterAccepted?.(out);
  };

  io.on('connection', (raw) => {
    const socket = raw as RundeSocket;
    let idle: NodeJS.Timeout | undefined;
    const armIdle = (): void => {
      clearTimeout(idle);
      // A socket that has not joined a meeting in time is dropped: no idle sockets to hold.
      idle = setTimeout(() => {
        if (socket.data.pid) return;
        socket.emit('bye', 'idle');
        socket.disconnect(true);
      }, config.joinTimeoutMs);
      idle.unref();
    };
    armIdle();

    const on = <S extends z.ZodType, R extends object>(name: string, schema: S, fn: (p: z.output<S>) => Promise<Ack<R>>): void => {
      socket.on(name as 'join', async (...args: unknown[]) => {
        const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (a: unknown) => void) : () => undefined;
        try {
          // The rate limit was charged by limitInbound before this handler ran.
          if (args.length !== 1) return ack(fail('INVALID_PAYLOAD'));
          const parsed = schema.safeParse(args[0]);
          if (!parsed.success) return ack(fail('INVALID_PAYLOAD'));
          ack(await fn(parsed.data));
        } catch (err) {
          // Redis unreachable: a typed "try again", at once (no offline queue; see store/redis-connection.ts).
          if (isStoreUnavailable(err)) return ack(fail('STORE_UNAVAILABLE'));
          log('handler_error', { event: name, error: err instanceof Error ? err.name : 'unknown' });
          ack(fail('INTERNAL'));
        }
      });
    };

    // Every inbound event costs a rate point; unknown names (numbers, '__proto__', typos) get a
    // typed answer, never a lookup. A socket that stops reading is dropped past the buffer cap.
    limitInbound(socket, limiter, known);
    capUnsent(socket, config.maxBufferBytes, () => log('buffer_cap', {}));

    // Someone in the waiting room hears nothing of the meeting: only their personal room until
    // admitted (the broadcaster moves sockets in and out of the meeting room on admit/send-back).
    const seat = async (meetingId: string, pid: string, waiting: boolean): Promise<void> => {
      socket.data.meetingId = meetingId;
      socket.data.pid = pid;
      clearTimeout(idle);
      await socket.join(waiting ? [personalRoom(meetingId, pid)] : [meetingRoom(meetingId), personalRoom(meetingId, pid)]);
    };

    const unknownMeeting = (meetingId: string): ErrorCode => (ids.issued(meetingId) ? 'MEETING_ENDED' : 'MEETING_NOT_FOUND');

    on('join', joinPayload, async (p): Promise<Ack<JoinResult>> => {
      if (p.v !== PROTOCOL_VERSION) return fail('PROTOCOL_MISMATCH');
      if (socket.data.pid) return fail('ALREADY_JOINED');
      if (!ids.issued(p.meetingId)) return fail('MEETING_NOT_FOUND');
      if (pseudonymHasContact(p.name)) return fail('NAME_CONTACT');
      const secrets = await meetings.store.secrets(p.meetingId);
      if (!secrets) return fail('MEETING_ENDED');
      const chairKey = !!p.chairKey && safeEqual(sha256(p.chairKey), secrets.chairKeyHash);
      const joinCode = !!p.joinCode && !!secrets.joinCodeHash && safeEqual(sha256(p.joinCode), secrets.joinCodeHash);
      const wrongCode = !!p.joinCode && !joinCode;
      const pid = participantId();
      const out = await meetings.run(p.meetingId, () => ({
        type: 'join', id: pid, name: p.name, role: p.role, volunteer: p.volunteer, pledge: p.pledge, chairKey, joinCode, wrongCode,
      }));
      if (!out.ok) return fail(out.code === 'MEETING_NOT_FOUND' ? unknownMeeting(p.meetingId) : out.code, out.state?.language);
      // The chair key may have returned its holder to the seat they still hold (see returnedSeat).
      const you = returnedSeat(out.state, pid) ?? pid;
      const token = secretToken();
      await meetings.store.putToken(p.meetingId, sha256(token), you);
      const waiting = out.state.waiting.some((w) => w.id === you);
      await seat(p.meetingId, you, waiting);
      if (you !== pid) replaceOlder(p.meetingId, you);
      done(out);
      log('joined', { meeting: ref(p.meetingId), present: out.state.participants.length, waiting: out.state.waiting.length });
      if (waiting) return { ok: true, you, token, door: buildDoorView(out.state, you), missed: [] };
      const joinedSeq = out.state.participants.find((x) => x.id === you)?.joinedSeq ?? out.state.seq + 1;
      const missed = you === pid ? [] : replayTo(out.state, you, await meetings.store.readLog(p.meetingId, 0), joinedSeq, 0);
      return { ok: true, you, token, view: buildView(out.state, you, now()), missed };
    });

    on('resume', resumePayload, async (p): Promise<Ack<JoinResult>> => {
      if (p.v !== PROTOCOL_VERSION) return fail('PROTOCOL_MISMATCH');
      if (socket.data.pid) return fail('ALREADY_JOINED');
      if (!ids.issued(p.meetingId)) return fail('MEETING_NOT_FOUND');
      const pid = await meetings.store.findToken(p.meetingId, sha256(p.token));
      const state = await meetings.store.load(p.meetingId);
      if (!state) return fail('MEETING_ENDED');
      if (!pid) return fail('BAD_TOKEN', state.language);
      if (state.removed.includes(pid)) return fail('REMOVED', state.language);
      const seated = state.participants.find((x) => x.id === pid);
      const waiting = state.waiting.find((w) => w.id === pid);
      // The token is known but its seat is gone: given up after the grace period (or left).
      if (!seated && !waiting) return { ...fail('SEAT_GIVEN_UP', state.language), graceMs: state.settings.graceMs };
      await seat(p.meetingId, pid, !seated);
      replaceOlder(p.meetingId, pid);
      let latest = state;
      if ((seated && !seated.connected) || (waiting && !waiting.connected)) {
        const out = await meetings.run(p.meetingId, () => ({ type: 'reconnect', by: pid }));
        if (out.ok) {
          done(out);
          latest = out.state;
        } else if (out.state) latest = out.state;
      }
      // The process that ran this meeting's timers may be the one that died: arm ours too.
      clock.schedule(latest);
      // Still (or again) at the door: the door view, and nothing of the meeting.
      if (latest.waiting.some((w) => w.id === pid)) return { ok: true, you: pid, token: p.token, door: buildDoorView(latest, pid), missed: [] };
      if (!latest.participants.some((x) => x.id === pid)) {
        // The seat went while we resumed: say why, in words.
        if (latest.phase === 'ended') return fail('MEETING_ENDED', latest.language);
        if (latest.removed.includes(pid)) return fail('REMOVED', latest.language);
        return { ...fail('SEAT_GIVEN_UP', latest.language), graceMs: latest.settings.graceMs };
      }
      const joinedSeq = latest.participants.find((x) => x.id === pid)?.joinedSeq ?? latest.seq + 1;
      const log_ = await meetings.store.readLog(p.meetingId, p.lastSeq);
      log('resumed', { meeting: ref(p.meetingId) });
      return { ok: true, you: pid, token: p.token, view: buildView(latest, pid, now()), missed: replayTo(latest, pid, log_, joinedSeq, p.lastSeq) };
    });

    on('holdings', holdingsPayload, async (): Promise<Ack<HoldingsResult>> => {
      const { meetingId, pid } = socket.data;
      if (!meetingId || !pid) return fail('NOT_IN_MEETING');
      const h = await holdingsFor(meetings.store, config.redisUrl ? 'redis' : 'memory', meetingId, pid);
      return typeof h === 'string' ? fail(h) : { ok: true, holdings: h };
    });
    /** This socket now holds the seat: any older socket of the same person is let go. */
    const replaceOlder = (meetingId: string, pid: string): void => {
      const older = io.in(personalRoom(meetingId, pid)).except(socket.id);
      older.emit('bye', 'replaced');
      older.disconnectSockets(true);
    };

    // The chair sees the join code again (the core says who may); nothing changes, nothing is logged.
    on('joinCode', joinCodePayload, async (): Promise<Ack<JoinCodeResult>> => {
      const { meetingId, pid } = socket.data;
      if (!meetingId || !pid) return fail('NOT_IN_MEETING');
      const [state, secrets] = await Promise.all([meetings.store.load(meetingId), meetings.store.secrets(meetingId)]);
      if (!state || !secrets) return fail('MEETING_ENDED');
      const refused = joinCodeRefusal(state, pid);
      if (refused) return fail(refused, state.language);
      return { ok: true, code: secrets.joinCode ?? null };
    });

    for (const name of COMMAND_EVENTS) {
      const spec = COMMANDS[name];
      on(name, spec.schema, async (payload): Promise<Ack> => {
        const { meetingId, pid } = socket.data;
        if (!meetingId || !pid) return fail('NOT_IN_MEETING');
        const toCommand = spec.toCommand as (by: string, p: unknown) => ReturnType<typeof spec.toCommand>;
        const out = await meetings.run(meetingId, (state) => cleanCommand(state, spec.schema, payload, (p) => toCommand(pid, p), now()));
        if (!out.ok && out.code === 'GUARD_HINT' && out.state) return guardHint(out.state, pid, payload);
        if (!out.ok) return fail(out.code === 'MEETING_NOT_FOUND' ? 'MEETING_ENDED' : out.code, out.state?.language);
        done(out);
        if (name === 'leave') {
          // The seat is given up: this socket no longer speaks for anyone.
          await socket.leave(meetingRoom(meetingId));
          await socket.leave(personalRoom(meetingId, pid));
          socket.data = {};
          armIdle();
        }
        return { ok: true };
      });
    }

    socket.on('disconnect', (reason) => {
      clearTimeout(idle);
      const { meetingId, pid } = socket.data;
      if (!meetingId || !pid) return;
      // A client that closes its socket on purpose (leaving, quick exit) is leaving, even when its
      // `leave` arrived in the same read as the close and socket.io dropped it as late.
      const work =
        reason === 'client namespace disconnect' ? recordLeave(meetingId, pid) : moveWaitMs > 0 ? recordDropUnlessMoved(meetingId, pid) : recordDrop(meetingId, pid);
      pending.add(work);
      void work.finally(() => pending.delete(work));
    });
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

  async function recordLeave(meetingId: string, pid: string): Promise<void> {
    try {
      const out = await meetings.run(meetingId, () => ({ type: 'leave', by: pid }));
      if (out.ok) done(out);
    } catch (err) {
      log('disconnect_error', { error: err instanceof Error ? err.name : 'unknown' });
    }
  }

  /**
   * During a graceful stop this process told its people to move (`bye('restarting')`): a seat
   * that resumes on another process within moveWaitMs was never dropped, so nobody sees it go.
   */
  async function recordDropUnlessMoved(meetingId: string, pid: string): Promise<void> {
    const until = Date.now() + moveWaitMs;
    while (Date.now() < until) {
      const elsewhere = await io.in(personalRoom(meetingId, pid)).fetchSockets().catch(() => []);
      if (elsewhere.length > 0) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    await recordDrop(meetingId, pid);
  }

  async function recordDrop(meetingId: string, pid: string): Promise<void> {
    try {
      // A resumed seat may already live on another socket (possibly in another process). If a
      // process does not answer, assume not: a wrongly marked drop heals with the next resume.
      const others = await io.in(personalRoom(meetingId, pid)).fetchSockets().catch(() => []);
      if (others.length > 0) return;
      const out = await meetings.run(meetingId, () => ({ type: 'disconnect', by: pid }));
      if (out.ok) done(out);
    } catch (err) {
      log('disconnect_error', { error: err instanceof Error ? err.name : 'unknown' });
    }
  }

  return {
    async drain() {
      while (pending.size) await Promise.all([...pending]);
    },
    deferDrops(ms) {
      moveWaitMs = ms;
    },
  };
}
