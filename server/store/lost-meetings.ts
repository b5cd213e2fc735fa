// Which meetings the store lost (Redis restarted empty), so that everyone of such a meeting who
// reaches the server afterwards — a seat that was in its grace period, a phone that slept, the
// link opened again — hears "interrupted, start again", not "ended". Kept in the NEW Redis by
// the process that noticed the loss (each process records the meetings it knew), so every
// process can answer. The memory store needs none: a restart loses the process with it.
import type { Redis } from 'ioredis';

/** A set of meeting ids; hash-tagged beside the epoch key. Holds ids only, never content. */
export const LOST_KEY = 'runde:{server}:lost';

/**
 * How long a lost meeting is remembered (ms), renewed on each loss: longer than a seat's grace
 * period and a sleeping phone's usual absence; after it, the link says "ended" again.
 */
export const LOST_TTL_MS = 30 * 60_000;

/** Lost-meeting records in Redis (LOST_KEY). */
export class LostMeetings {
  constructor(private readonly redis: Redis) {}

  /** Records `ids` as lost by the store. Rejects if Redis does not answer (the caller retries). */
  async mark(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.redis.multi().sadd(LOST_KEY, ...ids).pexpire(LOST_KEY, LOST_TTL_MS).exec();
  }

  /** True if the store lost meeting `id` (within LOST_TTL_MS). False when Redis does not answer. */
  async has(id: string): Promise<boolean> {
    return (await this.redis.sismember(LOST_KEY, id).catch(() => 0)) === 1;
  }
}
