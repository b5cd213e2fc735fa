// Maps the core's events to emits. Room events go to everyone in the meeting (and were logged
// for resume); private events go to one participant; each person then gets their own view.
//
// With several processes, an outcome crosses Redis once (serverSideEmit) and every process
// delivers it to its own sockets: one publish per command instead of one per recipient.
import type { Server } from 'socket.io';
import type { MeetingEvent } from '../shared/meeting/events.js';
import { buildView, isPrivate } from '../shared/meeting/view.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol.js';
import type { Outcome } from './meetings.js';

export type Accepted = Extract<Outcome, { ok: true }>;
export interface InterServerEvents {
  outcome: (o: Accepted, now: number) => void;
}
export type Io = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents>;

export const meetingRoom = (meetingId: string): string => `m:${meetingId}`;
export const personalRoom = (meetingId: string, pid: string): string => `p:${meetingId}:${pid}`;

// Let the farewell and the sender's acknowledgement reach the wire before the sockets close.
const CLOSE_DELAY_MS = 200;
const FAREWELL: Partial<Record<MeetingEvent['type'], 'removed' | 'denied'>> = { removed: 'removed', denied: 'denied' };

export class Broadcaster {
  private readonly timers = new Set<NodeJS.Timeout>();

  /**
   * `onRemote` hears every outcome committed by another process. The server arms its own clock
   * from it, so a meeting's timers survive the death of the process that set them.
   */
  constructor(
    private readonly io: Io,
    private readonly clustered: boolean,
    onRemote: (o: Accepted) => void = () => undefined,
  ) {
    if (clustered) {
      io.on('outcome', (o, now) => {
        this.deliver(o, now);
        onRemote(o);
      });
    }
  }

  publish(out: Accepted, now: number): void {
    this.deliver(out, now);
    if (this.clustered) this.io.serverSideEmit('outcome', out, now);
  }

  /** Emits to this process's sockets only; the other processes do the same for theirs. */
  private deliver(out: Accepted, now: number): void {
    const local = this.io.local;
    const { state, events, logged } = out;
    const id = state.id;
    // Door changes first, so the admitted hear what follows and the sent-back do not.
    for (const e of events) {
      if (e.type === 'admitted') local.in(personalRoom(id, e.id)).socketsJoin(meetingRoom(id));
      if (e.type === 'sentToWaiting') local.in(personalRoom(id, e.id)).socketsLeave(meetingRoom(id));
    }
    for (const l of logged) local.to(meetingRoom(id)).emit('event', l);
    for (const e of events) {
      if (!isPrivate(e)) continue;
      const room = personalRoom(id, e.to);
      local.to(room).emit('event', { seq: state.seq, at: now, event: e });
      const bye = FAREWELL[e.type];
      if (bye) {
        local.to(room).emit('bye', bye);
        this.closeLater(room);
      }
    }
    if (state.phase === 'ended') {
      local.to(meetingRoom(id)).emit('bye', 'ended');
      this.closeLater(meetingRoom(id));
      return;
    }
    for (const p of state.participants) local.to(personalRoom(id, p.id)).emit('view', buildView(state, p.id, now));
    for (const w of state.waiting) local.to(personalRoom(id, w.id)).emit('view', buildView(state, w.id, now));
  }

  private closeLater(room: string): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.io.local.in(room).disconnectSockets(true);
    }, CLOSE_DELAY_MS);
    this.timers.add(timer);
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
