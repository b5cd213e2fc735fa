// The edge of every socket, before any handler: each inbound event (known or not, with or without
// an acknowledgement) costs one point of the socket's rate limit, unknown event names get a typed
// answer, and a socket that stops reading is dropped once its unsent data passes a cap, so a
// client cannot grow server memory without bound.
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import { errorMessage, type ErrorCode } from '../shared/errors.js';

const fail = (code: ErrorCode) => ({ ok: false as const, code, message: errorMessage(code) });

/**
 * Socket middleware: rate-limits every packet by socket id, answers unknown event names with
 * INVALID_PAYLOAD (never looking them up) and hands each known one to `dispatch` with its
 * arguments, the acknowledgement callback included. No event reaches socket.io's own listeners:
 * one `dispatch` shared by all sockets instead of a listener per event per socket (Issue 10,
 * heap per connection), and no client can fake a reserved event such as `disconnect`.
 */
export function limitInbound(
  socket: Socket,
  limiter: RateLimiterMemory,
  known: ReadonlySet<string>,
  dispatch: (socket: Socket, name: string, args: unknown[]) => void,
): void {
  socket.use((packet) => {
    const [name, ...args] = packet as unknown[];
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as (a: unknown) => void) : undefined;
    limiter.consume(socket.id).then(
      () => {
        if (typeof name !== 'string' || !known.has(name)) return ack?.(fail('INVALID_PAYLOAD'));
        dispatch(socket, name, args);
      },
      () => ack?.(fail('RATE_LIMITED')),
    );
  });
}

interface EnginePacket {
  data?: unknown;
}
interface EngineSocket {
  writeBuffer: EnginePacket[];
  transport: { name: string; socket?: { bufferedAmount?: number } };
  on(ev: 'packetCreate', fn: (p: EnginePacket) => void): void;
  on(ev: 'flush' | 'drain', fn: () => void): void;
}

const size = (p: EnginePacket): number => {
  const d = p.data;
  if (typeof d === 'string') return d.length;
  if (d && typeof d === 'object' && 'byteLength' in d) return (d as { byteLength: number }).byteLength;
  return 8;
};

/**
 * Drops the socket (as a lost connection: its seat keeps the grace period) when the data queued
 * for it and not yet taken by the network passes `capBytes`: Engine.IO's write buffer (strings
 * counted in UTF-16 units, binary in bytes) plus the WebSocket's own send buffer.
 */
export function capUnsent(socket: Socket, capBytes: number, onDrop: () => void): void {
  const conn = socket.conn as unknown as EngineSocket;
  let queued = 0;
  let dropped = false;
  conn.on('packetCreate', (p) => {
    queued += size(p);
    if (dropped || queued < capBytes / 2) return;
    // Only count exactly when the cheap running total says we might be near the cap.
    queued = conn.writeBuffer.reduce((n, q) => n + size(q), size(p));
    const wire = conn.transport.socket?.bufferedAmount ?? 0;
    if (queued + wire > capBytes) {
      dropped = true;
      onDrop();
      socket.disconnect(true);
    }
  });
  conn.on('flush', () => {
    queued = 0;
  });
}
