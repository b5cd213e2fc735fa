// The per-socket limit of inbound events (server/rate-limiter.ts WindowLimit): as
// rate-limiter-flexible's RateLimiterMemory.consume (fixed window from a key's first point, every
// point counted, refused ones too), answered synchronously, with no timer per key.
import { describe, expect, it } from 'vitest';
import { RateLimiterMemory, WindowLimit } from '../../server/rate-limiter.js';

describe('WindowLimit', () => {
  it('takes `points` per window, refuses the rest, and opens a new window when it ends', () => {
    let now = 1_000;
    const limit = new WindowLimit(3, 10_000, () => now);
    expect([limit.take('a'), limit.take('a'), limit.take('a'), limit.take('a')]).toEqual([true, true, true, false]);
    // Another key has its own window.
    expect(limit.take('b')).toBe(true);
    now += 9_999;
    expect(limit.take('a')).toBe(false);
    // The window started at the first point: it ends 10 s after it, whatever was refused since.
    now += 1;
    expect([limit.take('a'), limit.take('a'), limit.take('a'), limit.take('a')]).toEqual([true, true, true, false]);
  });

  it('a sweep drops the ended windows only', () => {
    let now = 0;
    const limit = new WindowLimit(2, 1_000, () => now);
    limit.take('a');
    now = 500;
    limit.take('b');
    now = 1_000;
    limit.sweep();
    expect(limit.size).toBe(1);
    expect(limit.take('b')).toBe(true);
    expect(limit.take('b')).toBe(false);
  });

  it('answers as RateLimiterMemory.consume does for the same points', async () => {
    const theirs = new RateLimiterMemory({ points: 5, duration: 60 });
    const ours = new WindowLimit(5, 60_000);
    const a: boolean[] = [];
    const b: boolean[] = [];
    for (let i = 0; i < 12; i++) {
      a.push(await theirs.consume('k').then(() => true, () => false));
      b.push(ours.take('k'));
    }
    expect(b).toEqual(a);
  });
});
