// Delivers a command's room events to this process's sockets in the meeting room. In an ordinary
// meeting that is one emit to the room. In a discreet one every socket gets the events as the
// core's rule (shared/meeting/discretion.ts) lets them through for the person it seats: names
// are removed here, before anything is sent, never in the page. An event that rule hands to
// everyone unchanged (a share, a turn) is still emitted once to the room, encoded once, not once
// per recipient (Issue 10); the events keep their order for every socket, since each emit writes
// to every socket's buffer before the next one starts.
import { eventFor, sameForEveryone } from '../shared/meeting/discretion.js';
import type { MeetingState } from '../shared/meeting/state.js';
import type { LoggedEvent } from '../shared/meeting/view.js';
import type { Io } from './broadcast.js';

/**
 * `room` is the meeting's socket.io room (broadcast.ts meetingRoom). Returns who got at least one
 * event: 'all' (every socket in the room), or the seat ids of those who did (discreet attendance
 * may leave someone none; the transport then sends them the `seq` notice).
 */
export function emitRoomEvents(io: Io, room: string, state: MeetingState, logged: LoggedEvent[]): 'all' | Set<string> {
  if (logged.length === 0) return new Set();
  if (!state.discreet) {
    for (const l of logged) io.local.to(room).emit('event', l);
    return 'all';
  }
  const seated: { emit: (ev: 'event', l: LoggedEvent) => unknown; pid: string }[] = [];
  let unseated = false;
  for (const sid of io.sockets.adapter.rooms.get(room) ?? []) {
    const socket = io.sockets.sockets.get(sid);
    const pid: unknown = socket?.data?.pid;
    if (socket && typeof pid === 'string') seated.push({ emit: (ev, l) => socket.emit(ev, l), pid });
    else unseated = true;
  }
  const reached = new Set<string>();
  let all = false;
  for (const l of logged) {
    // A socket that seats nobody is told nothing: with one in the room, nothing goes to the room.
    if (!unseated && sameForEveryone(l.event)) {
      io.local.to(room).emit('event', l);
      all = true;
      continue;
    }
    for (const s of seated) {
      const e = eventFor(state, s.pid, l.event);
      if (!e) continue;
      s.emit('event', e === l.event ? l : { ...l, event: e });
      reached.add(s.pid);
    }
  }
  return all ? 'all' : reached;
}
