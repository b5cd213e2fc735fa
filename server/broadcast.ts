// Maps the core's events to emits. Room events go to everyone in the meeting (and were logged
// for resume); private events go to one participant; each person then gets their own view.
import type { Server } from 'socket.io';
import type { MeetingEvent } from '../shared/meeting/events.js';
import { buildView, isPrivate } from '../shared/meeting/view.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol.js';
import type { Outcome } from './meetings.js';

export type Io = Server<ClientToServerEvents, ServerToClientEvents>;

export const meetingRoom = (meetingId: string): string => `m:${meetingId}`;
export const personalRoom = (meetingId: string, pid: string): string => `p:${meetingId}:${pid}`;

// Let the farewell and the sender's acknowledgement reach the wire before the sockets close.
const CLOSE_DELAY_MS = 200;
const closeLater = (io: Io, room: string): void => {
  setTimeout(() => io.in(room).disconnectSockets(true), CLOSE_DELAY_MS).unref();
};

const FAREWELL: Partial<Record<MeetingEvent['type'], 'removed' | 'denied'>> = { removed: 'removed', denied: 'denied' };

export function publish(io: Io, out: Extract<Outcome, { ok: true }>, now: number): void {
  const { state, events, logged } = out;
  const id = state.id;
  for (const l of logged) io.to(meetingRoom(id)).emit('event', l);
  for (const e of events) {
    if (!isPrivate(e)) continue;
    const room = personalRoom(id, e.to);
    io.to(room).emit('event', { seq: state.seq, at: now, event: e });
    const bye = FAREWELL[e.type];
    if (bye) {
      io.to(room).emit('bye', bye);
      closeLater(io, room);
    }
  }
  if (state.phase === 'ended') {
    io.to(meetingRoom(id)).emit('bye', 'ended');
    closeLater(io, meetingRoom(id));
    return;
  }
  for (const p of state.participants) io.to(personalRoom(id, p.id)).emit('view', buildView(state, p.id, now));
  for (const w of state.waiting) io.to(personalRoom(id, w.id)).emit('view', buildView(state, w.id, now));
}
