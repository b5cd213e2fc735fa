// rate-limiter-flexible's in-memory limiter, taken from its own file: the package's index loads
// every backend it supports (Redis, Mongo, Postgres, DynamoDB …), about 0.9 MB of heap a
// server never uses (Issue 10: idle heap). Same class, same behaviour as the index's export.
import { createRequire } from 'node:module';
import type { RateLimiterMemory as RateLimiterMemoryClass } from 'rate-limiter-flexible';

const require = createRequire(import.meta.url);

/** rate-limiter-flexible's RateLimiterMemory (see its documentation for options and errors). */
export const RateLimiterMemory = require('rate-limiter-flexible/lib/RateLimiterMemory.js') as typeof RateLimiterMemoryClass;
export type RateLimiterMemory = RateLimiterMemoryClass;

/** Longest pause (ms) between sweeps of ended windows; they only free memory. */
const SWEEP_MAX_MS = 60_000;

/**
 * The per-socket limit of inbound events: at most `points` per key in a fixed window of
 * `windowMs` that starts at the key's first point, every point counted, refused ones too: what
 * RateLimiterMemory's `consume` does, but answered at once and with no timer per key. Every
 * inbound packet passes here (Issue 10: CPU per share): `consume` cost a promise, two result
 * objects and, once a window had ended, a new timer. Ended windows are reused by the key's next
 * point, and dropped by a sweep (one timer for all keys) within SWEEP_MAX_MS after they end.
 */
export class WindowLimit {
  private readonly windows = new Map<string, { used: number; until: number }>();

  constructor(
    private readonly points: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(points >= 1) || !(windowMs > 0)) throw new Error('WindowLimit: points >= 1 and windowMs > 0');
    const sweeper = setInterval(() => this.sweep(), Math.min(Math.max(windowMs, 1000), SWEEP_MAX_MS));
    sweeper.unref();
  }

  /** Takes one point of `key`: true if it is within the limit, false when refused. */
  take(key: string): boolean {
    const t = this.now();
    const w = this.windows.get(key);
    if (!w) {
      this.windows.set(key, { used: 1, until: t + this.windowMs });
      return this.points >= 1;
    }
    if (w.until <= t) {
      w.used = 1;
      w.until = t + this.windowMs;
    } else w.used += 1;
    return w.used <= this.points;
  }

  /** The points `key` took in its current window, refused ones included (0 when it has none). */
  used(key: string): number {
    const w = this.windows.get(key);
    return w && w.until > this.now() ? w.used : 0;
  }

  /** How many keys have a window (ended ones not yet swept included): for tests. */
  get size(): number {
    return this.windows.size;
  }

  /** Drops the ended windows. */
  sweep(): void {
    const t = this.now();
    for (const [key, w] of this.windows) if (w.until <= t) this.windows.delete(key);
  }
}
