// A client that floods is shut out, not only answered RATE_LIMITED. A fresh tester (2026-12-05):
// frames of 14 KB of nested JSON cost the server ~1 ms each to parse (socket.io's own parser,
// before any check of ours), the rate limit answered every one of them for ever, and three such
// sockets from one machine held every other meeting's acknowledgements for 0.2–0.5 s; nine, for
// up to a second. The whole kind: what one client may make the server read. Two bounds:
//   - a socket that sends as many events past its own limit as the limit allows (80 in 10 s by
//     default, where a person's page sends a few) is disconnected, as a lost connection;
//   - an address whose sockets together send more than FLOOD_ADDRESS_FACTOR times the limit in
//     one window (each new connection counting as one) is shut out until that window ends: each
//     of its sockets is disconnected at its next event, and a new connection from it is refused
//     before the handshake (allowRequest).
// Addresses are those of the per-address seat count (app.ts addressOf: loopback and private ones
// are not counted), held only as a salted hash of this process, never logged.
import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'socket.io';
import { log } from './log.js';
import { WindowLimit } from './rate-limiter.js';

/**
 * How many sockets' worth of events one address may send in a window: ten, as many as the seats
 * one address may hold in a meeting by default (RUNDE_SEATS_PER_ADDRESS), a generous bound on the
 * pages of one household, or of one carrier's shared address, in use at once (a page sends a few
 * events a minute).
 */
export const FLOOD_ADDRESS_FACTOR = 10;

/** The address key a socket is counted under (a salted hash), or absent: not counted. */
const ADDRESS_KEY = Symbol('runde.flood.address');
type Counted = Socket & { [ADDRESS_KEY]?: string };

export class FloodWatch {
  private readonly byAddress: WindowLimit;
  /** Address keys shut out, to when (server ms). */
  private readonly shut = new Map<string, number>();
  private readonly salt = randomBytes(16);

  /**
   * `points` and `windowMs`: the per-socket rate limit (Config.rate); an address may send
   * `points * addressFactor` events per window. `addressOf`: a request's address as the seat count
   * reads it, or null (not counted).
   */
  constructor(
    private readonly points: number,
    private readonly windowMs: number,
    addressFactor: number,
    private readonly addressOf: (req: IncomingMessage) => string | null,
    private readonly now: () => number = Date.now,
  ) {
    this.byAddress = new WindowLimit(points * addressFactor, windowMs, now);
  }

  private keyOf(req: IncomingMessage): string | null {
    const address = this.addressOf(req);
    return address === null ? null : createHmac('sha256', this.salt).update(address).digest('base64url');
  }

  private isShut(key: string): boolean {
    const until = this.shut.get(key);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.shut.delete(key);
    return false;
  }

  /**
   * Whether a new connection from `req` may open: false while its address is shut out. The
   * connection counts as one event of its address (a fresh tester, 2026-12-05: a loop of
   * connections, each closed at once by a frame socket.io refused, was never counted).
   */
  admits(req: IncomingMessage): boolean {
    const key = this.keyOf(req);
    return key === null || !this.overBudget(key);
  }

  /** Notes the address a new socket is counted under. */
  attach(socket: Socket): void {
    const key = this.keyOf(socket.request);
    if (key !== null) (socket as Counted)[ADDRESS_KEY] = key;
  }

  /**
   * Counts one inbound event of `socket` against its address; `socketUsed`: the events of the
   * socket's own window so far, this one included (WindowLimit.used). True when the socket must
   * be cut off: it is far past its own limit, or its address is past its budget (then shut out
   * for the rest of the window).
   */
  cuts(socket: Socket, socketUsed: number): boolean {
    if (socketUsed > 2 * this.points) return true;
    const key = (socket as Counted)[ADDRESS_KEY];
    return key !== undefined && this.overBudget(key);
  }

  /** Counts one event of address `key`: true when it is shut out (now, or already). */
  private overBudget(key: string): boolean {
    if (this.isShut(key)) return true;
    if (this.byAddress.take(key)) return false;
    // Ended entries go when next looked up; many addresses at once are swept here too.
    if (this.shut.size >= 1024) for (const k of [...this.shut.keys()]) this.isShut(k);
    this.shut.set(key, this.now() + this.windowMs);
    // An operator's sign of an attack, naming no address.
    log('flood_shut', { addresses: this.shut.size });
    return true;
  }
}
