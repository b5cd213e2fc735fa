// When a connection that closed without a leave was last known to have a link: the moment its
// seat's grace period, a held turn's hold and the stopped share clock count from (the core's
// `disconnect` command's `at`, shared/meeting/decide.ts).
import { HEARTBEAT } from '../shared/limits.js';

/**
 * The moment (server ms) a connection closed for `reason` (socket.io's disconnect reason) was
 * last known to be there, given it closed at `now`. A link that went silent (a phone losing its
 * signal) is closed only when a ping goes unanswered for `HEARTBEAT.pingTimeoutMs`; the ping went
 * out that long before the close (or the one packet that put the close off came then), and the
 * answer to the one before it came earlier still, so the drop dates from then, not from when it
 * was noticed 10–20 s after the link went (a fresh tester, 2026-12-03, on a phone: the speaker's
 * share clock ran on for 19 s after her link went, while her page said it was stopped). Any
 * other close (the transport closed or failed) is known as it happens: `now`.
 */
export function closedAt(reason: string, now: number): number {
  return reason === 'ping timeout' ? now - HEARTBEAT.pingTimeoutMs : now;
}
