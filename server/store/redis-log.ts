// The layout of a meeting's event log in Redis, in one place: a stream (the meeting's log key)
// whose entry ids are `<seq>-<n>` (the logged event's seq, then its place within its commit) and
// whose one field `e` holds the LoggedEvent as JSON. Written only by the commit script
// (redis.ts); read here by the store, and by drills and tests that check the ground truth.
import type { Redis } from 'ioredis';
import type { LoggedEvent } from '../../shared/meeting/view.js';

/**
 * The logged events with seq > `afterSeq` (any number; below 0: all), oldest first, read with
 * one XRANGE from the first id after `afterSeq`: a resume fetches what it missed, not the whole
 * log (up to RUNDE_LOG_CAP entries). `key` is the meeting's log key (redis-keys.ts).
 */
export async function readLogEntries(redis: Pick<Redis, 'xrange'>, key: string, afterSeq: number): Promise<LoggedEvent[]> {
  const from = afterSeq < 0 ? '-' : String(Math.floor(afterSeq) + 1);
  const entries = await redis.xrange(key, from, '+');
  return entries.map(([, fields]) => JSON.parse(fields[1]!) as LoggedEvent);
}
