// Delivers a command's room events to this process's sockets in the meeting room. In an ordinary
// meeting that is one emit to the room. In a discreet one every socket gets the events as the
// core's rule (shared/meeting/discretion.ts) lets them through for the person it seats: names
// are removed here, before anything is sent, never in the page.
import { replayAs } from '../shared/meeting/discretion.js';
import type { MeetingState } from '../shared/meeting/state.js';
import type { LoggedEvent } from '../shared/meeting/view.js';
import type { Io } from './broadcast.js';

/** `room` is the meeting's socket.io room (broadcast.ts meetingRoom). */
export function emitRoomEvents(io: Io, room: string, state: MeetingState, logged: LoggedEvent[]): void {
  if (logged.length === 0) return;
  if (!state.discreet) {
    for (const l of logged) io.local.to(room).emit('event', l);
    return;
  }
  for (const sid of io.sockets.adapter.rooms.get(room) ?? []) {
    const socket = io.sockets.sockets.get(sid);
    const pid: unknown = socket?.data?.pid;
    // A socket that seats nobody is told nothing.
    if (!socket || typeof pid !== 'string') continue;
    for (const l of replayAs(state, pid, logged)) socket.emit('event', l);
  }
}
