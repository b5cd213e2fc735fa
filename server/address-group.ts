// The address group a seat is counted in (Participant.address): one byte of an HMAC of the
// meeting id and the client's address, keyed by the id-signing secret every process on one Redis
// shares (server/ids.ts), so every process puts one address in the same group. One byte is one of
// 256 groups, ~16.8 million IPv4 addresses each: stored in the meeting's state, it names nobody's
// address, even to someone holding the state and the secret. Two addresses share a group by
// chance (1 in 256 per pair): then their seats are counted together.
import { createHmac } from 'node:crypto';

/**
 * Joins one address may make in one meeting per window (RUNDE_SEATS_PER_ADDRESS_WINDOW_MS), as a
 * multiple of the seats it may hold: a bound against join-and-leave churn, counted per process.
 */
export const JOINS_PER_SEAT = 3;

/** The group (0–255) of `address` (as express's `trust proxy` reads it) in meeting `meetingId`. */
export function addressGroup(secret: string, meetingId: string, address: string): number {
  return createHmac('sha256', secret).update(`seats:${meetingId}:${address}`).digest()[0]!;
}
