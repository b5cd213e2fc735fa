// Maps the core's events to emits. Room events go to everyone in the meeting (and were logged
// for resume); private events go to one participant; each person then gets their own view.
//
// With several processes, an outcome crosses Redis once (outcome-channel.ts) and every process
// delivers it to its own sockets: one publish per command instead of one per recipient.
import type { Server, Socket } from 'socket.io';
import { outbox, type Outbox } from '../shared/meeting/outbox.js';
import type { MeetingState } from '../shared/meeting/state.js';
import { buildView } from '../shared/meeting/view.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol.js';
import type { Outcome } from './meetings.js';
import { emitRoomEvents } from './room-events.js';
import { OrderedDelivery } from './ordered-delivery.js';
import type { MeetingStore } from './store/store.js';
import type { OutcomeChannel } from './outcome-channel.js';
import { takeHeard, takePatch } from './store/committed-patch.js';
import { applyFields } from './store/state-fields.js';
import { rememberTag, tagOf } from './store/commit-tag.js';

/**
 * An outcome as it crosses to the other processes: one JSON text. When the Redis commit wrote
 * only the fields that changed (store/committed-patch.ts), `[outcome without its state, now,
 * meeting id, {"base": seq, "baseTag": tag, "tag": tag, "set": {field: value, …}, "del": [field,
 * …]}]`, the fields spliced in as the commit encoded them (state-fields.ts names them): the whole
 * state is neither encoded nor sent, and a receiver holding the state at `base` written by the
 * commit tagged `baseTag` patches it (readWireOutcome). Otherwise `[outcome without its state, now,
 * state, tag]`, the state spliced in as its JSON. `tag` is the commit's (store/commit-tag.ts; ''
 * from a store without tags). A receiver parses the message once either way.
 */
export function wireOutcome(out: Accepted, now: number): string {
  const head = `[${JSON.stringify({ ...out, state: null })},${JSON.stringify(now)},`;
  const tag = JSON.stringify(tagOf(out.state));
  const patch = takePatch(out.state);
  if (!patch) return `${head}${JSON.stringify(out.state)},${tag}]`;
  let set = '';
  for (let i = 0; i < patch.set.length; i += 2) set += `${i === 0 ? '' : ','}${JSON.stringify(patch.set[i])}:${patch.set[i + 1]}`;
  return `${head}${JSON.stringify(out.state.id)},{"base":${patch.base},"baseTag":${JSON.stringify(patch.baseTag)},"tag":${tag},"set":{${set}},"del":${JSON.stringify(patch.del)}}]`;
}

/**
 * What a wire text holds: an outcome, or (a patch without its base here) the meeting to read
 * from the store and the patch's base seq (the outcome's seq is the one after it).
 */
export type WireOutcome = { out: Accepted; now: number } | { missing: string; base: number };

/**
 * The outcome and its `now` in a wire text (wireOutcome), or null when the text is not one. A
 * patch is applied to `baseOf(id, seq)`, the state at seq `base` if this process holds it and it
 * was written by the commit the patch names (its tag); if it does not, the result names the
 * meeting (`missing`): its state is to be read from the store. The state out carries its tag.
 */
export function readWireOutcome(json: string, baseOf: (id: string, seq: number) => MeetingState | undefined = () => undefined): WireOutcome | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || (parsed.length !== 3 && parsed.length !== 4)) return null;
  const [o, now] = parsed as [unknown, unknown];
  if (!o || typeof o !== 'object' || typeof now !== 'number') return null;
  if (typeof parsed[2] === 'object') {
    const state = parsed[2] as unknown;
    if (!state || typeof parsed[3] !== (parsed.length === 4 ? 'string' : 'undefined')) return null;
    rememberTag(state as MeetingState, parsed[3] as string | undefined);
    return { out: { ...(o as Accepted), state: state as Accepted['state'] }, now };
  }
  const [, , id, patch] = parsed as [unknown, unknown, unknown, { base?: unknown; baseTag?: unknown; tag?: unknown; set?: unknown; del?: unknown } | null];
  if (typeof id !== 'string' || !patch || typeof patch !== 'object' || typeof patch.base !== 'number') return null;
  if (!patch.set || typeof patch.set !== 'object' || !Array.isArray(patch.del) || !patch.del.every((f) => typeof f === 'string')) return null;
  if (typeof patch.baseTag !== 'string' || typeof patch.tag !== 'string') return null;
  const base = baseOf(id, patch.base);
  // Another branch's state at that seq (the store went back in time): not a base for this patch.
  if (!base || base.id !== id || base.seq !== patch.base || tagOf(base) !== patch.baseTag) return { missing: id, base: patch.base };
  let state: MeetingState;
  try {
    state = applyFields(base, patch.set as Record<string, unknown>, patch.del as string[]);
  } catch {
    return { missing: id, base: patch.base };
  }
  rememberTag(state, patch.tag);
  return { out: { ...(o as Accepted), state }, now };
}

export type Accepted = Extract<Outcome, { ok: true }>;
export interface InterServerEvents {
  /** A meeting's commit was applied without being published: read it from the store (refill). */
  refill: (meetingId: string) => void;
  /** Has a connection of this process of seat `pid` gone silent (silence-query.ts)? Answered with a Silence or null. */
  silence: (meetingId: string, pid: string, asker: string, answer: (s: { conn: string; closed: number } | null) => void) => void;
}
export type Io = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents>;
export type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents>;

/**
 * The meeting's socket.io room, of the sockets seated in it: named by the meeting id itself, so
 * every socket's list of rooms holds the meeting's one id string, not a copy of its own (Issue 10:
 * heap per connection). No other room can have that name: meeting ids are 26 characters (ids.ts),
 * socket.io's socket ids (each socket's own room) 20, and the door's room is prefixed.
 */
export const meetingRoom = (meetingId: string): string => meetingId;
/**
 * The sockets of the people waiting at the meeting's door (never in the meeting's room). Nothing
 * is emitted to it: it only lets this process find them (localSeats).
 */
export const doorRoom = (meetingId: string): string => `d:${meetingId}`;

/**
 * This process's sockets that hold a place in the meeting (seated, or at its door), by seat id:
 * the members of its two rooms whose `socket.data.pid` names the seat. Usually one socket per seat;
 * two while a replaced one is being let go. There is no room per seat (a room is a Set, its table
 * and its name kept per connection, ~0.25 KB): a seat in another process is reached through the
 * socket id its holder names (server/seat-holder.ts), which socket.io keeps as a room anyway.
 * With `only`, just the seats it names are collected.
 */
export function localSeats(io: Io, meetingId: string, only?: ReadonlySet<string>): Map<string, IoSocket[]> {
  const seats = new Map<string, IoSocket[]>();
  // Nobody to find: no walk over the rooms at all (a share usually needs no one, or the chair).
  if (only && only.size === 0) return seats;
  const { rooms } = io.sockets.adapter;
  for (const room of [meetingRoom(meetingId), doorRoom(meetingId)]) {
    for (const sid of rooms.get(room) ?? []) {
      const socket = io.sockets.sockets.get(sid);
      const pid: unknown = socket?.data?.pid;
      if (!socket || typeof pid !== 'string' || (only && !only.has(pid))) continue;
      const list = seats.get(pid);
      if (list) list.push(socket);
      else seats.set(pid, [socket]);
    }
  }
  return seats;
}

/** Every seat id an outbox sends something to or moves between rooms. */
function named(ob: Outbox): Set<string> {
  const ids = new Set<string>(ob.leaveRoom);
  for (const pid of ob.joinRoom) ids.add(pid);
  for (const d of ob.direct) ids.add(d.to);
  for (const pid of ob.views) ids.add(pid);
  return ids;
}

// Let the farewell and the sender's acknowledgement reach the wire before the sockets close.
const CLOSE_DELAY_MS = 200;

export class Broadcaster {
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Every outcome reaches this process's sockets through here, in seq order (see its file). */
  readonly order: OrderedDelivery;
  private channel: OutcomeChannel | null = null;

  /**
   * `onRemote` hears every outcome committed by another process. The server arms its own clock
   * from it, so a meeting's timers survive the death of the process that set them. `onFilled`
   * hears every state delivered from the store by a gap fill (an outcome nobody published here).
   */
  private readonly onRemote: (o: Accepted) => void;
  private readonly store: MeetingStore;
  private readonly onFilled: (state: MeetingState) => void;

  constructor(
    private readonly io: Io,
    private readonly clustered: boolean,
    store: MeetingStore,
    onRemote: (o: Accepted) => void = () => undefined,
    onFilled: (state: MeetingState) => void = () => undefined,
  ) {
    this.order = new OrderedDelivery(store, (o, now) => this.deliver(o, now), undefined, onFilled);
    this.onRemote = onRemote;
    this.store = store;
    this.onFilled = onFilled;
    if (clustered) {
      io.on('refill', (meetingId) => {
        if (typeof meetingId === 'string') this.order.refill(meetingId);
      });
    }
  }

  /**
   * With several processes: where this process publishes its outcomes (outcome-channel.ts).
   * `hot(id)` is this process's own copy of a meeting's state (Meetings.current), the first base
   * an incoming patch is applied to (see receive).
   */
  link(channel: OutcomeChannel, hot: (id: string) => MeetingState | undefined = () => undefined): void {
    this.channel = channel;
    this.hot = hot;
  }

  private hot: (id: string) => MeetingState | undefined = () => undefined;

  /**
   * A message another process published on the outcome channel (wireOutcome). A patch applies to
   * the state at its base seq: this process's own copy, or the state its ordered delivery holds
   * for that seq. A base not here yet is waited for, up to the gap wait (`waited`: this is the
   * try after it); a base already passed means the outcome was delivered already. Without the
   * base after the wait (this process just started, its copy went, or the outcome before it was
   * lost) the meeting is read from the store: its clock and copy follow
   * the stored state, and its sockets get what they missed by the gap fill (the room events from
   * the log and everyone's view; a private event of that one outcome is lost, as for a message
   * lost on the channel).
   */
  receive(json: string, waited = false): void {
    const wire = readWireOutcome(json, (id, seq) => {
      const mine = this.hot(id);
      return mine && mine.seq === seq ? mine : this.order.stateAt(id, seq);
    });
    // Not one of ours: nothing delivered; a real gap is filled from the store (ordered-delivery.ts).
    if (!wire) return;
    if ('missing' in wire) {
      // Delivered here already (a gap fill read the store past it while it was on its way): a
      // late copy, as offer() would drop it. Its base is gone for that reason, not because
      // anything is missing, and a refill now would jump past the outcomes still on their way.
      if (wire.base < this.order.deliveredSeq(wire.missing)) return;
      // Not here yet: most often this process's own commit of the base, whose reply comes on
      // another Redis connection than the patch and may be read after it. Wait for it as an
      // early outcome waits for the one before it; read the store only if it does not come.
      if (!waited) {
        this.order.whenOffered(wire.missing, wire.base, () => this.receive(json, true));
        return;
      }
      this.order.refill(wire.missing);
      void this.store
        .load(wire.missing)
        .then((s) => s && this.onFilled(s))
        .catch(() => undefined);
      return;
    }
    // Heard before it is offered: the offer may apply patches that waited for this one (and
    // hand them to onRemote), and the clock and copy are to follow the states in seq order.
    this.onRemote(wire.out);
    this.order.offer(wire.out, wire.now);
  }

  /**
   * Every process delivers what the store holds for the meeting beyond what it delivered: a
   * command found to be a repeat (its first commit's answer was lost) was never published.
   */
  refill(meetingId: string): void {
    this.order.refill(meetingId);
    if (this.clustered) this.io.serverSideEmit('refill', meetingId);
  }

  /**
   * Delivers here and publishes to the other processes, unless the commit found none listening
   * (store/committed-patch.ts takeHeard: one Redis write and its echo saved per command).
   */
  publish(out: Accepted, now: number): void {
    this.order.offer(out, now);
    if (takeHeard(out.state)) this.channel?.publish(wireOutcome(out, now));
  }

  /**
   * Emits to this process's sockets only; the other processes do the same for theirs. The
   * core's outbox says who gets what: the removed, the denied and everyone at the door leave the
   * meeting's room here, before anything of the command is emitted (closing them comes later).
   */
  private deliver(out: Accepted, now: number): void {
    const local = this.io.local;
    const { state } = out;
    const id = state.id;
    const ob = outbox(state, out.events, out.logged, now, out.views);
    // Who is where, before anyone moves: the removed and the denied still get their farewell.
    // Only the seats the outbox names are looked up (Issue 10: a share in a 50-person meeting
    // names none, or the chair, and built a list for all 50).
    const seats = localSeats(this.io, id, named(ob));
    const room = meetingRoom(id);
    const door = doorRoom(id);
    const waiting = new Set(state.waiting.map((w) => w.id));
    for (const pid of ob.leaveRoom) {
      for (const s of seats.get(pid) ?? []) {
        void s.leave(room);
        // Sent back to the door: found there from now on. Removed or denied: closed soon.
        void (waiting.has(pid) ? s.join(door) : s.leave(door));
      }
    }
    for (const pid of ob.joinRoom) {
      for (const s of seats.get(pid) ?? []) {
        void s.leave(door);
        void s.join(room);
      }
    }
    // Per recipient where discreet attendance is on (room-events.ts).
    const reached = emitRoomEvents(this.io, room, state, ob.room);
    for (const d of ob.direct) {
      if (reached !== 'all' && d.kind === 'event') reached.add(d.to);
      const to = seats.get(d.to);
      if (!to) continue;
      for (const s of to) {
        if (d.kind === 'event') s.emit('event', d.event);
        else if (d.kind === 'door') s.emit('door', d.door);
        else s.emit('bye', d.reason);
      }
      if (d.kind === 'bye') this.closeLater(to.map((s) => s.id));
    }
    if (ob.ended) {
      local.to(room).emit('bye', 'ended');
      this.closeLater([room]);
      return;
    }
    for (const pid of ob.views) {
      const to = seats.get(pid);
      // Built only for the seats this process holds a socket of.
      if (!to) continue;
      const view = buildView(state, pid, now);
      for (const s of to) s.emit('view', view);
    }
    if (reached !== 'all') this.noticeSeq(room, state.seq, reached, ob.views);
  }

  /**
   * The `seq` notice (shared/protocol.ts) to this process's sockets in the meeting's room that got
   * no room event, private event or view of `seq`: without it their next seq would look like a gap
   * and cost a catchUp. Encoded once, for the room except those who got something.
   */
  private noticeSeq(room: string, seq: number, reached: Set<string>, views: string[]): void {
    for (const pid of views) reached.add(pid);
    const members = this.io.sockets.adapter.rooms.get(room);
    if (!members || members.size === 0) return;
    // Found by walking the room, not from the seats this delivery looked up (only those its outbox
    // names): a discreet meeting's per-person events reach people the outbox does not name.
    const except: string[] = [];
    if (reached.size > 0) {
      for (const sid of members) {
        const pid: unknown = this.io.sockets.sockets.get(sid)?.data?.pid;
        if (typeof pid === 'string' && reached.has(pid)) except.push(sid);
      }
    }
    if (except.length >= members.size) return;
    this.io.local.to(room).except(except).emit('seq', { seq });
  }

  /** Closes this process's sockets in `rooms` (rooms or socket ids) after CLOSE_DELAY_MS. */
  private closeLater(rooms: string[]): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.io.local.in(rooms).disconnectSockets(true);
    }, CLOSE_DELAY_MS);
    this.timers.add(timer);
  }

  stop(): void {
    this.order.stop();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
