// When the page counts its offline time from: the seat's grace period and a held turn's hold,
// counted down while the connection is down, must end no later than the server's own.
import { HEARTBEAT } from '../shared/limits.js';

/**
 * The moment (Date.now() ms) the page counts a lost connection from, given it noticed the loss at
 * `noticedAt` and last got the server's ping at `lastPingAt` (null: none yet). The server dates a
 * link that went silent from its first unanswered ping (server/drop-time.ts), at most
 * `pingIntervalMs` after the last one this page answered, and a closed one from the close; the
 * page may notice either much later (a silent WebSocket only after its own ping timeout, 20 s),
 * or at once (a failed long-poll) while the server waits out its ping. Counting from the earlier
 * of the two, the page may say a little less time is left than the server keeps, never more (a
 * fresh tester, 2026-12-03: "your turn has moved on" while the room was told it was held).
 */
export function offlineSince(noticedAt: number, lastPingAt: number | null, pingIntervalMs: number = HEARTBEAT.pingIntervalMs): number {
  return lastPingAt === null ? noticedAt : Math.min(noticedAt, lastPingAt + pingIntervalMs);
}
