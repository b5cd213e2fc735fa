// Answers "What does the server hold about me?" from the store itself: the stored state and log,
// each record's key and remaining lifetime (PTTL on Redis), and the resume-token hashes. Nothing
// here is cached or computed from memory of our own: it is what a look into the store shows now.
import type { ErrorCode } from '../shared/errors.js';
import { holdingsOf, type Holdings } from '../shared/privacy/holdings.js';
import type { MeetingStore } from './store/store.js';

/** The asker's holdings (shared/privacy/holdings.ts); `lifetimeMs`: RUNDE_MEETING_TTL_MS. Errors: `MEETING_ENDED`, `NOT_IN_MEETING`. */
export async function holdingsFor(store: MeetingStore, kind: 'redis' | 'memory', meetingId: string, pid: string, lifetimeMs: number): Promise<Holdings | ErrorCode> {
  const [state, inspection, log, secrets] = await Promise.all([
    store.load(meetingId),
    store.inspect(meetingId),
    store.readLog(meetingId, -1),
    store.secrets(meetingId),
  ]);
  if (!state || !inspection || !secrets) return 'MEETING_ENDED';
  if (!state.participants.some((p) => p.id === pid) && !state.waiting.some((w) => w.id === pid)) return 'NOT_IN_MEETING';
  return holdingsOf({ store: kind, state, pid, log, tokenOwners: inspection.tokenOwners, commandIds: inspection.commandIds, joinCode: secrets.joinCodeHash !== null, ttl: inspection.ttl, keys: inspection.keys, lifetimeMs });
}
