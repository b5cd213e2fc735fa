// One socket for one meeting seat. It connects only when joining (the server drops sockets that
// do not join within 10 s), joins once, and after every reconnect or reload resumes the seat
// with the token kept in sessionStorage, asking only for what it has not seen.
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { ErrorCode } from '../shared/errors.js';
import type { NextChairKey } from '../shared/protocol.js';
import type { DoorView } from '../shared/meeting/door.js';
import type { LoggedEvent, MeetingView } from '../shared/meeting/view.js';
import type {
  Ack,
  ClientToServerEvents,
  CommandEvent,
  CommandPayload,
  JoinPayload,
  HoldingsResult,
  JoinResult,
  ServerToClientEvents,
} from '../shared/protocol.js';
import { CommandSender } from './command-sender.js';
import { SeqTracker, type Item, type LiveResult } from './seq.js';
import { clearSeat, loadSeat, saveSeat } from './session.js';

/**
 * socket.io's reconnection back-off for the page: attempt n (from 0) waits
 * reconnectionDelay * 2^n ms, ±randomizationFactor, at most reconnectionDelayMax. The server
 * counts a closed connection as a drop only after its settle time (DROP_SETTLE_MS_DEFAULT, 3 s),
 * so the first three attempts come within it even at their latest (0.375, 1.125 and 2.625 s after
 * the close): a phone whose link is gone for a second, whose first attempt fails, is back before
 * anyone is told. At 1 s (socket.io's default) the second attempt could come 4.5 s after the close,
 * and a fresh tester saw 3 of 30 one-second outages announced to the room.
 */
export const RECONNECT = { reconnectionDelay: 250, reconnectionDelayMax: 8000, randomizationFactor: 0.5 } as const;
import { PROTOCOL_VERSION } from './wire.js';

/** `restarting`: the server process said it is stopping; we reconnect and resume by ourselves. */
export type ConnStatus = 'connecting' | 'connected' | 'reconnecting' | 'restarting' | 'closed';
export type ByeReason = Parameters<ServerToClientEvents['bye']>[0];
/** How a leave ended: `left` (the server took the seat out, or it had ended anyway), `replaced` (another tab resumed it first). */
export type LeaveOutcome = 'left' | 'replaced';

export interface ConnHandlers {
  status(s: ConnStatus): void;
  /** A join or resume was accepted: the full view, then what was missed. */
  ready(r: JoinResult): void;
  view(v: MeetingView): void;
  /** At the door: what the door shows, sent when this person's own status changes. */
  door(d: DoorView): void;
  event(e: LoggedEvent): void;
  bye(reason: ByeReason): void;
  /**
   * Another tab (or device) resumed this seat: this socket is closed, the seat is kept (in this
   * tab's storage too) and `takeBack()` resumes it here on the person's say-so.
   */
  replaced(): void;
  /** The seat could not be taken or restored; the socket is closed. */
  failed(code: ErrorCode, graceMs?: number): void;
  /** Weekly groups: the one-time key for chairing the next meeting, to this person only. */
  nextChairKey?(k: NextChairKey): void;
}

/** Codes after which retrying the same resume can never succeed. */
const FINAL: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['BAD_TOKEN', 'SEAT_GIVEN_UP', 'SEAT_LEFT', 'NOT_IN_MEETING', 'REMOVED', 'MEETING_ENDED', 'MEETING_INTERRUPTED', 'MEETING_NOT_FOUND', 'PROTOCOL_MISMATCH', 'INVALID_PAYLOAD']);
const ACK_TIMEOUT_MS = 10_000;
/** After bye('restarting'): reconnect within this (random, so a whole room does not arrive at once). */
const RESTART_RECONNECT_MS = 800;
/** A resume after a restart answered with one of these: the meeting did not survive the restart. */
const LOST_IN_RESTART: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['MEETING_ENDED', 'MEETING_INTERRUPTED', 'MEETING_NOT_FOUND', 'BAD_TOKEN']);
/** A `leave` that got no answer in this long is sent again (a second one is answered NOT_IN_MEETING: out). */
const LEAVE_RETRY_MS = 5000;
/**
 * Gap repair: how often to ask when `catchUp` gets no answer, and how long to wait between. After
 * the last try the socket is opened afresh and `resume` takes over (Connection.catchUp).
 */
const CATCH_UP_TRIES = 3;
const CATCH_UP_RETRY_MS = 1500;

type LooseEmit = { emit(ev: string, payload: unknown, ack: (a: Ack<object>) => void): void };

export class Connection {
  private socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private seq: SeqTracker;
  private token: string | null;
  private ready = false;
  private closed = false;
  /** The server said it is restarting: resume without a click, and say so meanwhile. */
  private restarting = false;
  /** After a page reload the transcript is empty: replay everything since joining, once. */
  private replayAll: boolean;
  /** Bumped on every (re)connect, so a late catchUp answer for an old socket is ignored. */
  private epoch = 0;
  /** Told `bye('replaced')`: closed until `takeBack()`, never resuming by itself. */
  private replacedHere = false;
  /** Commands with ids, retried safely (command-sender.ts). */
  private readonly commands: CommandSender;
  /**
   * The person pressed Leave and the server has not confirmed it yet: called once they are out.
   * Meanwhile the seat's token lives on in this object only (not in storage, so a reload does not
   * bring them back in), the socket keeps reconnecting, resumes the seat and sends `leave`, and
   * nothing of the meeting is shown any more.
   */
  private leaving: ((outcome: LeaveOutcome) => void) | null = null;
  /** start() was called: before it there is nothing to reconnect. */
  private started = false;

  constructor(
    private meetingId: string,
    private h: ConnHandlers,
    private joinPayload: JoinPayload | null,
  ) {
    const seat = loadSeat(meetingId);
    this.token = seat?.token ?? null;
    this.seq = new SeqTracker(seat?.lastSeq ?? 0);
    this.replayAll = seat !== null;
    const forcePolling = new URLSearchParams(location.search).has('polling');
    this.socket = io({
      autoConnect: false,
      transports: forcePolling ? ['polling'] : ['websocket', 'polling'],
      // Where a firewall blocks WebSockets, fall back to long-polling instead of failing.
      tryAllTransports: true,
      ...RECONNECT,
      timeout: 15_000,
    });
    // open() creates the engine right after this event: watch it once it exists.
    this.socket.io.on('reconnect_attempt', () => queueMicrotask(() => this.watchEngine()));
    // The heartbeat, heard through the Manager: its engine is a new one after every reconnect,
    // whichever way it came about (a fresh tester, 2026-12-04: after a process stopped and the
    // page moved, pings were still read from the old engine, and the next drop was counted from
    // the move: "seat kept for about 26 more seconds" of 60, or "probably given up"). A new
    // connection counts as heard from: the server's first ping on it is due within its interval.
    this.socket.io.on('ping', () => (this.pingedAt = Date.now()));
    this.socket.io.on('open', () => (this.pingedAt = Date.now()));
    this.socket.on('connect', () => this.onConnect());
    this.socket.on('disconnect', (reason) => this.onDisconnect(reason));
    this.socket.on('connect_error', () => {
      if (!this.closed && !this.leaving) this.h.status(this.restarting ? 'restarting' : 'reconnecting');
    });
    this.socket.on('view', (v) => this.onView(v));
    this.socket.on('door', (d) => {
      if (this.closed || this.leaving) return;
      this.seq.atDoor();
      this.h.door(d);
    });
    this.socket.on('event', (e) => this.onEvent(e));
    this.socket.on('seq', (n) => {
      if (!this.closed && !this.leaving) this.apply(this.seq.live({ kind: 'seq', seq: n.seq }));
    });
    this.socket.on('bye', (reason) => this.onBye(reason));
    this.socket.on('nextChairKey', (k) => this.h.nextChairKey?.(k));
    // The browser says this device has lost its network: act on it now (networkGone), not when
    // socket.io's ping timeout notices, 18-21 s later.
    window.addEventListener('offline', () => this.networkGone());
    // Back online, or the page shown again (a phone wakes it): connect now, not after the back-off.
    window.addEventListener('online', () => this.reconnectNow());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.reconnectNow();
    });
    this.commands = new CommandSender({
      ready: () => this.isReady,
      emit: (event, payload, onAck) => (this.socket as unknown as LooseEmit).emit(event, payload, onAck as (a: Ack<object>) => void),
      onLost: (fn) => {
        this.socket.once('disconnect', fn);
        return () => this.socket.off('disconnect', fn);
      },
    });
  }

  get hasSeat(): boolean {
    return this.token !== null;
  }

  get isReady(): boolean {
    return this.ready && this.socket.connected;
  }

  start(): void {
    this.started = true;
    this.h.status('connecting');
    this.socket.connect();
    this.watchEngine();
  }

  private watched: unknown = null;
  private pingedAt: number | null = null;

  /** When the server's last heartbeat ping reached this page (Date.now() ms; answered at once), or null before the first. */
  get lastPingAt(): number | null {
    return this.pingedAt;
  }

  /**
   * tryAllTransports falls back to long-polling when a WebSocket errors. A proxy that accepts
   * the upgrade and then drops it only closes the socket, which socket.io would sit out until its
   * connect timeout and then retry the same way: start over at once with polling first instead.
   * Once only: with polling first, a server that cannot be reached fails the WebSocket last too,
   * and starting over at once each time skipped the back-off (a fresh tester counted ~125
   * requests a second from a phone whose server had stopped).
   */
  private watchEngine(): void {
    const engine = this.socket.io.engine;
    if (!engine || engine === this.watched) return;
    this.watched = engine;
    let opened = false;
    engine.once('open', () => (opened = true));
    engine.once('close', () => {
      if (opened || this.closed || engine.transport?.name !== 'websocket') return;
      if (this.socket.io.opts.transports?.[0] === 'polling') return;
      this.socket.io.opts.transports = ['polling', 'websocket'];
      this.socket.disconnect();
      this.socket.connect();
      this.watchEngine();
    });
  }

  /**
   * Sends a command with a fresh command id, retried with the same id while its outcome is
   * uncertain (STORE_UNAVAILABLE, no answer, a drop and resume): never applied twice. An
   * offline client refuses at once rather than queueing stale intents (CommandSender.send).
   */
  send<E extends CommandEvent>(event: E, payload: CommandPayload<E>): Promise<Ack> {
    return this.commands.send(event, payload as object);
  }

  /** The outcome of a command sent with `send` is known after all (CommandSender.settled). */
  settled<E extends CommandEvent>(event: E, payload: CommandPayload<E>): void {
    this.commands.settled(event, payload as object);
  }

  /** "What does the server hold about me?": the store's answer (docs/protocol.md, holdings). */
  holdings(): Promise<Ack<HoldingsResult>> {
    // A question, not a command: no command id, nothing to apply twice.
    if (!this.isReady) return Promise.resolve({ ok: false, code: 'BUSY', message: 'offline' });
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ ok: false, code: 'BUSY', message: 'timeout' }), ACK_TIMEOUT_MS);
      this.socket.emit('holdings', {}, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
    });
  }

  /** The chair asks for the meeting's join code again; null when refused, offline or none. */
  askJoinCode(): Promise<string | null> {
    if (!this.isReady) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), ACK_TIMEOUT_MS);
      this.socket.emit('joinCode', {}, (ack) => {
        clearTimeout(timer);
        resolve(ack.ok ? ack.code : null);
      });
    });
  }

  /**
   * After `bye('replaced')`: resume the seat in this tab; the tab that holds it now gets
   * `bye('replaced')` in turn. Only ever on the person's own request, so two open tabs never take
   * the seat from each other by themselves.
   */
  takeBack(): void {
    if (!this.replacedHere || !this.token) return;
    this.replacedHere = false;
    this.closed = false;
    this.h.status('connecting');
    this.socket.connect();
    this.watchEngine();
  }

  /**
   * The Leave button: gives the seat up for real. Connected, `leave` goes now; offline (or with
   * no answer), the token is kept in memory and the seat is resumed and left as soon as the
   * connection is back. `done` is called once, when the person is out (or another tab took the
   * seat). The stored seat is forgotten at once: a reload must not take the person back in. If the
   * page is closed before the connection is back, the server's grace period ends the seat.
   */
  leave(done: (outcome: LeaveOutcome) => void): void {
    if (this.closed && !this.replacedHere) return done('left');
    this.leaving = done;
    clearSeat();
    if (this.replacedHere || !this.token) {
      // Another tab holds the seat (only it can give it up), or there is no seat yet.
      return this.finishLeave(this.replacedHere ? 'replaced' : 'left');
    }
    this.sendLeave();
    // Offline now: try at once rather than after socket.io's back-off.
    this.reconnectNow();
  }

  /** Sends `leave` on a resumed socket; otherwise onAck sends it after the next resume. */
  private sendLeave(): void {
    if (!this.leaving || !this.isReady) return;
    const epoch = this.epoch;
    let answered = false;
    const retry = setTimeout(() => {
      if (!answered && this.leaving && epoch === this.epoch) this.sendLeave();
    }, LEAVE_RETRY_MS);
    (this.socket as unknown as LooseEmit).emit('leave', {}, (ack) => {
      answered = true;
      clearTimeout(retry);
      if (!this.leaving) return;
      // Refused for a passing reason (STORE_UNAVAILABLE, BUSY, RATE_LIMITED): again shortly.
      if (!ack.ok && !FINAL.has(ack.code)) {
        setTimeout(() => epoch === this.epoch && this.sendLeave(), 1000);
        return;
      }
      this.finishLeave('left');
    });
  }

  private finishLeave(outcome: LeaveOutcome): void {
    const done = this.leaving;
    this.leaving = null;
    this.closed = true;
    this.replacedHere = false;
    this.token = null;
    this.socket.disconnect();
    clearSeat();
    done?.(outcome);
  }

  /**
   * The phone is back online, or the page visible again: connect now instead of waiting out
   * socket.io's back-off (up to reconnectionDelayMax). Only while disconnected and meant to be
   * connected. socket.disconnect() on a socket that is not connected sends nothing; it stops the
   * Manager's pending retry (and resets its back-off), and connect() opens one new engine at once:
   * never a second socket.
   */
  reconnectNow(): void {
    if (!this.started || (this.closed && !this.leaving) || this.replacedHere || this.socket.connected) return;
    this.socket.disconnect();
    this.socket.connect();
    this.watchEngine();
  }

  /**
   * Whether the browser says this device has no network now (`navigator.onLine` false; it fires
   * `offline` as it goes). Then the page's words speak of this device ("No connection on this
   * device"), not of a drop the server may not have seen yet.
   */
  get deviceOffline(): boolean {
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  }

  /**
   * The browser's `offline` event: this device has no network. A socket still counted as
   * connected would be found dead only at socket.io's ping timeout (18-21 s on a phone: the share
   * clock ran on meanwhile and then jumped back, and a held turn's line came with 9 of its 20 s
   * left). So the engine is closed now, and the drop takes the one path every drop takes: the
   * socket's `disconnect` (onDisconnect: status `reconnecting`, the page counts from then, as
   * client/offline-since.ts dates it), and the Manager retries with its back-off until `online`
   * (reconnectNow) brings it back at once. The close cannot reach the server while the network is
   * gone: the server dates the drop from its own first unanswered ping (server/drop-time.ts), no
   * earlier than this page counts from (offline-since.ts), so the page never promises a longer
   * hold or grace than the server keeps. Nothing when there is no live socket to close.
   */
  private networkGone(): void {
    if (!this.started || (this.closed && !this.leaving) || this.replacedHere || !this.socket.connected) return;
    this.socket.io.engine?.close();
  }

  /** Quick exit: say goodbye without waiting for an answer, and forget the seat. */
  leaveNow(): void {
    this.closed = true;
    this.leaving = null;
    this.replacedHere = false;
    if (this.socket.connected && this.ready) (this.socket as unknown as LooseEmit).emit('leave', {}, () => {});
    this.socket.disconnect();
    clearSeat();
  }

  /** The page goes away (route change). A leave under way goes on: the person believes it done. */
  close(): void {
    if (this.leaving) return;
    this.closed = true;
    this.replacedHere = false;
    this.socket.disconnect();
  }

  private onConnect(): void {
    if (this.closed) return;
    this.ready = false;
    this.epoch++;
    if (this.token) {
      const lastSeq = this.replayAll ? 0 : this.seq.lastSeq;
      // What arrives before the acknowledgement waits for it (the tracker holds it).
      this.seq.begin(lastSeq);
      this.socket.emit('resume', { v: PROTOCOL_VERSION, meetingId: this.meetingId, token: this.token, lastSeq }, (ack) => this.onAck(ack, true));
    } else if (this.joinPayload) {
      this.seq.begin(0);
      this.socket.emit('join', this.joinPayload, (ack) => this.onAck(ack, false));
    } else {
      this.fail('BAD_TOKEN');
    }
  }

  private onAck(ack: Ack<JoinResult>, resumed: boolean): void {
    if (this.closed) return;
    if (this.leaving) {
      if (ack.ok) {
        this.ready = true;
        this.sendLeave();
        return;
      }
      // Whatever ended the seat meanwhile (SEAT_LEFT: an earlier leave did arrive; SEAT_GIVEN_UP,
      // REMOVED, MEETING_ENDED…), the person is out of the meeting.
      if (FINAL.has(ack.code)) return this.finishLeave('left');
    }
    if (!ack.ok) {
      if (resumed && !FINAL.has(ack.code)) {
        // The meeting was busy or we were rate limited: try the resume again shortly.
        setTimeout(() => {
          if (!this.closed && this.socket.connected) this.onConnect();
        }, 1500);
        return;
      }
      if (resumed) clearSeat();
      if (resumed && this.restarting && LOST_IN_RESTART.has(ack.code)) {
        // The server came back without the meeting (the in-memory store, or Redis lost it).
        this.closed = true;
        this.socket.disconnect();
        this.h.bye('interrupted');
        return;
      }
      this.fail(ack.code, ack.graceMs);
      return;
    }
    this.replayAll = false;
    this.restarting = false;
    if (ack.token) this.token = ack.token;
    this.ready = true;
    const view = 'view' in ack ? ack.view : null;
    const settled = this.seq.settle(view, ack.missed);
    this.persist();
    this.h.status('connected');
    this.h.ready(ack);
    // ready() showed the acknowledgement's view; the missed events and anything held follow.
    this.apply(settled, view);
  }

  private onView(v: MeetingView): void {
    if (this.closed || this.leaving) return;
    this.apply(this.seq.live({ kind: 'view', v }));
  }

  private onEvent(e: LoggedEvent): void {
    if (this.closed || this.leaving) return;
    this.apply(this.seq.live({ kind: 'event', e }));
  }

  /** Shows what the tracker released, in order, and starts a gap repair if it found a gap. */
  private apply(r: LiveResult, alreadyShown: MeetingView | null = null): void {
    for (const item of r.show) {
      // Showing an item can close the page (the `ended` event): nothing is shown after that.
      if (this.closed) return;
      this.show(item, alreadyShown);
    }
    if (r.show.length > 0) this.persist();
    if (r.askAfter !== null) this.catchUp(r.askAfter, this.epoch, 1);
  }

  /**
   * One rule for what was missed, whatever brought it (a join's or resume's acknowledgement, a
   * catchUp's answer, a server's gap fill: client/seq.ts `caughtUp`): the view that holds it
   * first, then the missed events, so the page tells them as history (replay-news.ts): into the
   * transcript unheard, a call to act no longer true left out, one still true said once. Shown
   * before their view, each was read out one by one as if live.
   */
  private show(item: Item, alreadyShown: MeetingView | null): void {
    if (item.kind === 'event') this.h.event(item.e);
    else if (item.kind === 'view' && item.v !== alreadyShown) this.h.view(item.v);
    else if (item.kind === 'caughtUp') {
      if (item.v !== alreadyShown) this.h.view(item.v);
      for (const e of item.missed) {
        // Showing an event can close the page (the `ended` event): nothing is shown after that.
        if (this.closed) return;
        this.h.event(e);
      }
    }
  }

  /**
   * Asks for the log after `afterSeq` (docs/protocol.md `catchUp`); what arrives meanwhile waits.
   * With no answer (ACK_TIMEOUT_MS) or a refusal, asked again up to CATCH_UP_TRIES times; then the
   * socket is opened afresh and `resume { lastSeq }` takes over. So does a reconnect meanwhile
   * (onConnect: a new epoch). Either way the tracker drops what it held (SeqTracker.begin) and the
   * resume's `missed` brings those events again, shown as missed, after its view, in order, once.
   * What was held is never shown as live: with the events of the gap missing before it, it was
   * read out as news, and the highest seq moved past the gap, so no resume ever brought them.
   */
  private catchUp(afterSeq: number, epoch: number, attempt: number): void {
    if (this.closed || epoch !== this.epoch) return;
    let answered = false;
    const settle = (ack: Ack<{ view: MeetingView; missed: LoggedEvent[] }> | null): void => {
      if (answered) return;
      answered = true;
      if (this.closed || epoch !== this.epoch) return;
      if (ack?.ok) return this.apply(this.seq.settle(ack.view, ack.missed));
      // Offline now: the reconnect's resume takes over.
      if (!this.socket.connected) return;
      if (attempt < CATCH_UP_TRIES) {
        setTimeout(() => this.catchUp(afterSeq, epoch, attempt + 1), CATCH_UP_RETRY_MS);
        return;
      }
      this.socket.disconnect();
      this.socket.connect();
      this.watchEngine();
    };
    const timer = setTimeout(() => settle(null), ACK_TIMEOUT_MS);
    (this.socket as unknown as LooseEmit).emit('catchUp', { afterSeq }, (ack) => {
      clearTimeout(timer);
      settle(ack as Ack<{ view: MeetingView; missed: LoggedEvent[] }>);
    });
  }

  private onBye(reason: ByeReason): void {
    if (reason === 'restarting') {
      // Not an end: the server closes this socket next; we come back by ourselves.
      this.restarting = true;
      if (!this.leaving) this.h.status('restarting');
      return;
    }
    // Leaving: another tab took the seat first, or the seat ended anyway (ended, removed, idle).
    if (this.leaving) return this.finishLeave(reason === 'replaced' ? 'replaced' : 'left');
    if (reason === 'replaced') {
      // Another tab holds the seat now; this one must not resume and steal it back by itself.
      // Its seat stays (nothing this socket does now can give it up: the server only lets the
      // holder leave or drop it), so the person can take the meeting back here with one click.
      this.closed = true;
      this.replacedHere = true;
      this.socket.disconnect();
      this.h.replaced();
      return;
    }
    this.closed = true;
    clearSeat();
    this.socket.disconnect();
    this.h.bye(reason);
  }

  private onDisconnect(reason: Socket.DisconnectReason): void {
    this.ready = false;
    if (this.closed) {
      this.h.status('closed');
      return;
    }
    if (!this.leaving) this.h.status(this.restarting ? 'restarting' : 'reconnecting');
    // A server-side close does not reconnect by itself; try once (socket.io keeps retrying with
    // back-off if that fails, e.g. while a lone process restarts), the resume ack says the rest.
    const delay = this.restarting ? 100 + Math.random() * RESTART_RECONNECT_MS : 1000;
    if (reason === 'io server disconnect') {
      setTimeout(() => {
        if (this.closed) return;
        this.socket.connect();
        this.watchEngine();
      }, delay);
    }
  }

  private fail(code: ErrorCode, graceMs?: number): void {
    this.closed = true;
    this.socket.disconnect();
    this.h.failed(code, graceMs);
  }

  /**
   * Keeps the seat for a reload. Never once closed: showing an item can end the page (an `ended`
   * event closes it and forgets the seat), and the seat must stay forgotten after that.
   */
  private persist(): void {
    if (this.closed || this.leaving) return;
    if (this.token) saveSeat({ meetingId: this.meetingId, token: this.token, lastSeq: this.seq.lastSeq });
  }
}
