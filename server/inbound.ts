// The edge of every socket, before any handler: each inbound event (known or not, with or without
// an acknowledgement) costs one point of the socket's rate limit, a socket or address that floods
// is cut off (flood.ts), unknown event names get a typed answer, and a socket that stops reading
// is dropped once its unsent data passes a cap, so a client cannot grow server memory without
// bound.
import type { FloodWatch } from './flood.js';
import type { WindowLimit } from './rate-limiter.js';
import type { Socket } from 'socket.io';
import { errorMessage, type ErrorCode } from '../shared/errors.js';

/** A refusal in the language of the socket's meeting (`socket.data.lang`, set on joining), else English. */
const fail = (code: ErrorCode, socket: Socket) => ({ ok: false as const, code, message: errorMessage(code, (socket.data as { lang?: 'nb' | 'en' }).lang) });

interface Gate {
  limiter: Pick<WindowLimit, 'take' | 'used'>;
  known: ReadonlySet<string>;
  dispatch: (socket: Socket, name: string, args: unknown[]) => void;
  flood: Pick<FloodWatch, 'cuts'> | undefined;
}
/**
 * The middleware of every socket, one function for all: each socket's is this one bound to the
 * gate and the socket (the packet is socket.io's argument).
 */
function gatePacket(this: Gate, socket: Socket, packet: unknown[]): void {
  const { limiter, known, dispatch, flood } = this;
  const [name, ...args] = packet;
  const last = args[args.length - 1];
  const ack = typeof last === 'function' ? (last as (a: unknown) => void) : undefined;
  // Counted at once, with no promise per packet (Issue 10). The answer still comes one microtask
  // later, as it did behind the limiter's promise: socket.io first handles a close that arrived
  // in the same read, so the seat's close and a `leave` sent just before it are handled in the
  // order they always were (test/integration/access.test.ts, "closing a socket on purpose").
  // `leave` is answered over the limit too: the way out of a meeting is never refused (a fresh
  // tester, 2026-12-03, was told RATE_LIMITED on leaving). It costs one command while seated, and
  // a cheap NOT_IN_MEETING after; a flood of it is still counted against everything else.
  const allowed = limiter.take(socket.id) || name === 'leave';
  // Far past its limit, or its address past its budget: cut off, as a lost connection (flood.ts).
  if (flood?.cuts(socket, limiter.used(socket.id))) {
    socket.disconnect(true);
    return;
  }
  queueMicrotask(() => {
    if (!allowed) return ack?.(fail('RATE_LIMITED', socket));
    if (typeof name !== 'string' || !known.has(name)) return ack?.(fail('INVALID_PAYLOAD', socket));
    dispatch(socket, name, args);
  });
}

/**
 * Socket middleware: rate-limits every packet by socket id, cuts off a socket or an address that
 * floods (`flood`, FloodWatch.cuts), answers unknown event names with
 * INVALID_PAYLOAD (never looking them up) and hands each known one to `dispatch` with its
 * arguments, the acknowledgement callback included. No event reaches socket.io's own listeners:
 * one `dispatch` shared by all sockets instead of a listener per event per socket (Issue 10,
 * heap per connection), and no client can fake a reserved event such as `disconnect`.
 *
 * Returns the function that attaches it to one socket. What a socket holds for it is one bound
 * function (the shared gate and the socket): no closure or context of its own.
 */
export function inboundGate(
  limiter: Pick<WindowLimit, 'take' | 'used'>,
  known: ReadonlySet<string>,
  dispatch: (socket: Socket, name: string, args: unknown[]) => void,
  flood?: Pick<FloodWatch, 'cuts'>,
): (socket: Socket) => void {
  const gate: Gate = { limiter, known, dispatch, flood };
  return (socket) => {
    socket.use(gatePacket.bind(gate, socket));
    compactMiddleware(socket);
  };
}

/**
 * `socket.use` pushes onto the socket's empty middleware array (socket.io's private `fns`), and
 * V8 grows an empty array to 17 slots on its first push: 152 B per connection for one function.
 * A copy holds exactly the one slot. Left alone if socket.io ever keeps its middleware otherwise.
 */
function compactMiddleware(socket: Socket): void {
  const s = socket as unknown as { fns?: unknown };
  if (Array.isArray(s.fns)) s.fns = s.fns.slice();
}

interface EnginePacket {
  type?: string;
  data?: unknown;
}
interface EngineSocket {
  writeBuffer: EnginePacket[];
  transport: { name: string; socket?: { bufferedAmount?: number } };
  on(ev: 'packetCreate', fn: (this: CappedConn, p: EnginePacket) => void): void;
}

const size = (p: EnginePacket): number => {
  const d = p.data;
  if (typeof d === 'string') return d.length;
  if (d && typeof d === 'object' && 'byteLength' in d) return (d as { byteLength: number }).byteLength;
  return 8;
};

/** The socket.io socket a connection carries (the one to disconnect past the cap). */
const CAP_SOCKET = Symbol('runde.unsentCap.socket');
/** Characters/bytes queued and not flushed (a cheap running total), or -1 once dropped. */
const CAP_QUEUED = Symbol('runde.unsentCap.queued');
/** When the connection's last heartbeat ping was written (server ms; 0 before the first). */
const PING_AT = Symbol('runde.unsentCap.pingAt');
type CappedConn = EngineSocket & { [CAP_SOCKET]: Socket; [CAP_QUEUED]: number; [PING_AT]: number; pingTimeoutTimer?: unknown };

/**
 * Since when (server ms) a connection's link is known to be silent: the moment its last heartbeat
 * ping was written, while that ping is still unanswered (Engine.IO keeps `pingTimeoutTimer` set
 * from the ping until its pong), as server/drop-time.ts dates a link the heartbeat closed. Null
 * when no ping waits for an answer (nothing says the link is gone: a second tab taking the seat),
 * when the cap was never attached, or when Engine.IO's shape is not the one this reads.
 */
export function silentSince(socket: Socket): number | null {
  const conn = socket.conn as unknown as CappedConn;
  const at = conn[PING_AT];
  if (typeof at !== 'number' || at === 0) return null;
  return conn.pingTimeoutTimer !== null && conn.pingTimeoutTimer !== undefined ? at : null;
}

/**
 * Drops the socket (as a lost connection: its seat keeps the grace period) when the data queued
 * for it and not yet taken by the network passes `capBytes`: Engine.IO's write buffer (strings
 * counted in UTF-16 units, binary in bytes) plus the WebSocket's own send buffer. `onDrop` runs
 * once per dropped socket, before it is disconnected. Returns the function that attaches the cap
 * to one socket.
 *
 * What a connection holds for it (Issue 10, heap per connection): one listener, the same function
 * for every connection of this server (`this` is the Engine.IO socket, as EventEmitter calls it),
 * and two fields on the Engine.IO socket (its socket.io socket and the running total), no object
 * or closure of its own. No `flush` listener either: Engine.IO pushes a packet onto its write
 * buffer right after `packetCreate` and empties the buffer on every flush, so an empty buffer at
 * `packetCreate` means all counted before went to the network (counted there as bufferedAmount).
 */
export function unsentCap(capBytes: number, onDrop: () => void, clock: () => number = Date.now): (socket: Socket) => void {
  function countPacket(this: CappedConn, p: EnginePacket): void {
    const conn = this;
    // The heartbeat's ping, for silentSince: a packet this listener sees anyway.
    if (p.type === 'ping') conn[PING_AT] = clock();
    const before = conn[CAP_QUEUED];
    if (before < 0) return;
    let queued = (conn.writeBuffer.length === 0 ? 0 : before) + size(p);
    conn[CAP_QUEUED] = queued;
    if (queued < capBytes / 2) return;
    // Only count exactly when the cheap running total says we might be near the cap.
    queued = conn.writeBuffer.reduce((n, q) => n + size(q), size(p));
    conn[CAP_QUEUED] = queued;
    const wire = conn.transport.socket?.bufferedAmount ?? 0;
    if (queued + wire > capBytes) {
      conn[CAP_QUEUED] = -1;
      onDrop();
      conn[CAP_SOCKET].disconnect(true);
    }
  }
  return (socket) => {
    const conn = socket.conn as unknown as CappedConn;
    conn[CAP_SOCKET] = socket;
    conn[CAP_QUEUED] = 0;
    conn[PING_AT] = 0;
    conn.on('packetCreate', countPacket);
  };
}
