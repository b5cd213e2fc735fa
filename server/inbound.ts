// The edge of every socket, before any handler: each inbound event (known or not, with or without
// an acknowledgement) costs one point of the socket's rate limit, unknown event names get a typed
// answer, and a socket that stops reading is dropped once its unsent data passes a cap, so a
// client cannot grow server memory without bound.
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import { errorMessage, type ErrorCode } from '../shared/errors.js';

const fail = (code: ErrorCode) => ({ ok: false as const, code, message: errorMessage(code) });

interface Gate {
  limiter: RateLimiterMemory;
  known: ReadonlySet<string>;
  dispatch: (socket: Socket, name: string, args: unknown[]) => void;
}
/**
 * The middleware of every socket, one function for all: each socket's is this one bound to the
 * gate and the socket (the packet is socket.io's argument).
 */
function gatePacket(this: Gate, socket: Socket, packet: unknown[]): void {
  const { limiter, known, dispatch } = this;
  const [name, ...args] = packet;
  const last = args[args.length - 1];
  const ack = typeof last === 'function' ? (last as (a: unknown) => void) : undefined;
  limiter.consume(socket.id).then(
    () => {
      if (typeof name !== 'string' || !known.has(name)) return ack?.(fail('INVALID_PAYLOAD'));
      dispatch(socket, name, args);
    },
    () => ack?.(fail('RATE_LIMITED')),
  );
}

/**
 * Socket middleware: rate-limits every packet by socket id, answers unknown event names with
 * INVALID_PAYLOAD (never looking them up) and hands each known one to `dispatch` with its
 * arguments, the acknowledgement callback included. No event reaches socket.io's own listeners:
 * one `dispatch` shared by all sockets instead of a listener per event per socket (Issue 10,
 * heap per connection), and no client can fake a reserved event such as `disconnect`.
 *
 * Returns the function that attaches it to one socket. What a socket holds for it is one bound
 * function (the shared gate and the socket): no closure or context of its own.
 */
export function inboundGate(
  limiter: RateLimiterMemory,
  known: ReadonlySet<string>,
  dispatch: (socket: Socket, name: string, args: unknown[]) => void,
): (socket: Socket) => void {
  const gate: Gate = { limiter, known, dispatch };
  return (socket) => void socket.use(gatePacket.bind(gate, socket));
}

interface EnginePacket {
  data?: unknown;
}
interface EngineSocket {
  writeBuffer: EnginePacket[];
  transport: { name: string; socket?: { bufferedAmount?: number } };
  on(ev: 'packetCreate', fn: (this: CappedConn, p: EnginePacket) => void): void;
  on(ev: 'flush' | 'drain', fn: (this: CappedConn) => void): void;
}

const size = (p: EnginePacket): number => {
  const d = p.data;
  if (typeof d === 'string') return d.length;
  if (d && typeof d === 'object' && 'byteLength' in d) return (d as { byteLength: number }).byteLength;
  return 8;
};

interface CapLimits {
  capBytes: number;
  onDrop: () => void;
}
/** What the cap counts for one connection, kept on its Engine.IO socket. */
interface CapCount {
  socket: Socket;
  limits: CapLimits;
  /** Characters/bytes queued since the last flush (a cheap running total). */
  queued: number;
  dropped: boolean;
}
const CAP = Symbol('runde.unsentCap');
type CappedConn = EngineSocket & { [CAP]: CapCount };

// The two listeners of every connection, the same functions for all (`this` is the Engine.IO
// socket, as EventEmitter calls them): a closure per connection was ~0.3 KB (Issue 10).
function countPacket(this: CappedConn, p: EnginePacket): void {
  const conn = this;
  const c = conn[CAP];
  c.queued += size(p);
  if (c.dropped || c.queued < c.limits.capBytes / 2) return;
  // Only count exactly when the cheap running total says we might be near the cap.
  c.queued = conn.writeBuffer.reduce((n, q) => n + size(q), size(p));
  const wire = conn.transport.socket?.bufferedAmount ?? 0;
  if (c.queued + wire > c.limits.capBytes) {
    c.dropped = true;
    c.limits.onDrop();
    c.socket.disconnect(true);
  }
}
function flushed(this: CappedConn): void {
  this[CAP].queued = 0;
}

/**
 * Drops the socket (as a lost connection: its seat keeps the grace period) when the data queued
 * for it and not yet taken by the network passes `capBytes`: Engine.IO's write buffer (strings
 * counted in UTF-16 units, binary in bytes) plus the WebSocket's own send buffer. `onDrop` runs
 * once per dropped socket, before it is disconnected. Returns the function that attaches the cap
 * to one socket.
 */
export function unsentCap(capBytes: number, onDrop: () => void): (socket: Socket) => void {
  const limits: CapLimits = { capBytes, onDrop };
  return (socket) => {
    const conn = socket.conn as unknown as CappedConn;
    conn[CAP] = { socket, limits, queued: 0, dropped: false };
    conn.on('packetCreate', countPacket);
    conn.on('flush', flushed);
  };
}
