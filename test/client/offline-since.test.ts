// The page counts a lost connection's hold and grace from no later than the server does: a fresh
// tester (2026-12-03) on a phone read "your turn has moved on" while the room was told the turn
// was held for 9 more seconds, and "stopped" on a clock the server still ran.
import { describe, expect, it } from 'vitest';
import { offlineSince } from '../../client/offline-since.js';
import { HEARTBEAT } from '../../shared/limits.js';

describe('offlineSince', () => {
  it('a WebSocket that went silent, noticed by the page only at its own ping timeout: counted from the ping the server found unanswered', () => {
    expect(offlineSince(100_000 + 20_000, 100_000)).toBe(100_000 + HEARTBEAT.pingIntervalMs);
  });
  it('a loss noticed at once (a failed long-poll, a closed socket): counted from then', () => {
    expect(offlineSince(100_000 + 3_000, 100_000)).toBe(103_000);
  });
  it('before the first ping: counted from when it was noticed', () => {
    expect(offlineSince(5_000, null)).toBe(5_000);
  });
});
