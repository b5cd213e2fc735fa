// Who speaks for a seat: one connection, named `<process id>/<socket id>`. The store keeps the
// current holder of each seat (MeetingStore.swapHolder); a join or resume makes its socket the
// holder and lets the previous one go, and the commands that change whether a seat is connected
// (drop, close, leave, reconnect) only commit while their socket is still the holder. So a
// socket is in a meeting's room only while it holds a seat the meeting counts as connected.
import { nanoid } from 'nanoid';

/** This process's id for the life of the process; it means nothing outside this server. */
export const newProcessId = (): string => nanoid(10);

/** The connection id stored as a seat's holder. */
export const connId = (processId: string, socketId: string): string => `${processId}/${socketId}`;

/** The parts of a connection id (socket ids of socket.io never contain `/`). */
export function splitConn(conn: string): { processId: string; socketId: string } {
  const i = conn.indexOf('/');
  return { processId: conn.slice(0, i), socketId: conn.slice(i + 1) };
}
