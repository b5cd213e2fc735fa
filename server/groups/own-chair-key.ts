// A weekly group's meeting's own chair key. The meeting is made with the one-time key handed on
// "chair next time" (next-chair.ts), which seats its holder in the chair once. That holder, like a
// one-off meeting's creator, needs a link that brings them back as chair while the meeting lives
// (a fresh tester, 2026-12-06: the chair link shown carried the spent one-time key). This key is
// that link's: derived, not stored, from the server's secret (Ids.current, the one every process
// shares), the meeting's id and the hash its one-time key left in the meeting's secrets, so any
// process can give and check it and nothing more is kept. The core decides when it counts
// (shared/meeting/chair.ts keyOpensChair: only once the one-time key has seated its holder).
import { createHmac } from 'node:crypto';
import type { Ids } from '../ids.js';
import { safeEqual } from '../ids.js';
import type { MeetingSecrets } from '../store/store.js';

/** The own chair key of meeting `meetingId` whose secrets are `secrets`: 24 url-safe characters, as every chair key. */
export function ownChairKey(ids: Pick<Ids, 'current'>, meetingId: string, secrets: Pick<MeetingSecrets, 'chairKeyHash'>): string {
  return createHmac('sha256', ids.current).update(`own-chair:${meetingId}:${secrets.chairKeyHash}`).digest('base64url').slice(0, 24);
}

/** Whether `key` (as presented in a join or X-Chair-Key; undefined: none) is that meeting's own chair key, compared in constant time. */
export function isOwnChairKey(ids: Pick<Ids, 'current'>, meetingId: string, secrets: Pick<MeetingSecrets, 'chairKeyHash'>, key: string | undefined): boolean {
  return !!key && key.length <= 64 && safeEqual(ownChairKey(ids, meetingId, secrets), key);
}
