// The page's reconnection back-off against the server's settle time (Issue 10, found by a fresh
// tester: with socket.io's default 1 s delay, 3 of 30 one-second outages were announced to the
// room, since the second attempt could come 4.5 s after the close). socket.io's back-off (the
// Manager's `backoff`): attempt n waits reconnectionDelay * 2^n ms, ±randomizationFactor, at most
// reconnectionDelayMax.
import { describe, expect, it } from 'vitest';
import { RECONNECT } from '../../client/connection.js';
import { DROP_SETTLE_MS_DEFAULT } from '../../shared/limits.js';
import { loadConfig } from '../../server/config.js';

/** When attempt n is made at the latest, ms after the close. */
function latestAttempt(n: number): number {
  let t = 0;
  for (let k = 0; k <= n; k++) t += Math.min(RECONNECT.reconnectionDelay * 2 ** k * (1 + RECONNECT.randomizationFactor), RECONNECT.reconnectionDelayMax);
  return t;
}

describe("the page's reconnection attempts and the settle time", () => {
  it('the first three attempts come within the settle time even at their latest, with room for the handshake and the resume', () => {
    expect(latestAttempt(2)).toBeLessThanOrEqual(DROP_SETTLE_MS_DEFAULT - 300);
  });

  it("the server's default settle time is the one the page is built for", () => {
    expect(loadConfig({}).dropSettleMs).toBe(DROP_SETTLE_MS_DEFAULT);
  });
});
