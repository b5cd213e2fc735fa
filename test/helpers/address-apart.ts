// Seats are counted per address group, one byte of an HMAC of the meeting id and the address
// (server/address-group.ts), so two addresses share a group in 1 of 256 meetings and their seats
// are then counted together. A test that needs "another address" to be counted apart from a full
// one must choose it (a CI run, 2026-12-05: "another address" was refused ADDRESS_SEATS once, the
// two having fallen in one group). Such a test runs its server with TEST_SECRET.
import { addressGroup } from '../../server/address-group.js';
import { addressKey } from '../../server/address-key.js';

/** The id-signing secret (RUNDE_SECRET, Config.secret) of a server whose address groups a test computes. */
export const TEST_SECRET = 'runde-test-secret-0123456789';

/**
 * The first of `candidates` whose address group in `meetingId` (under TEST_SECRET) differs from
 * each of `apart`'s. Throws if none does (with 254 candidates: 1 in 256^254 for one `apart`).
 */
export function addressApart(meetingId: string, apart: readonly string[], candidates: readonly string[] = Array.from({ length: 254 }, (_, i) => `203.0.113.${i + 1}`)): string {
  const group = (address: string) => addressGroup(TEST_SECRET, meetingId, addressKey(address));
  const taken = new Set(apart.map(group));
  const found = candidates.find((c) => !taken.has(group(c)));
  if (found === undefined) throw new Error('no candidate address outside the given groups');
  return found;
}
