// Occurrences of a weekly group whose chair ended them before their scheduled end. The meeting
// itself is deleted at its end like any meeting; this mark (the group's slug and the
// occurrence's start, nothing else, tied to nobody) only stops /g/<slug> from opening a fresh
// meeting for the same occurrence, so the page can say plainly that it has ended. It expires at
// the occurrence's scheduled end. Redis when the server runs on Redis (every process must see
// it), otherwise in memory.
import type { Redis } from 'ioredis';

export interface EndedOccurrences {
  /** Marks the occurrence of `slug` starting at `start` (ms) as ended, until `until` (ms, its scheduled end). */
  mark(slug: string, start: number, until: number): Promise<void>;
  /** Whether the occurrence was ended by its chair (false once its scheduled end has passed). */
  isEnded(slug: string, start: number): Promise<boolean>;
}

export const endedOccurrenceKey = (slug: string, start: number): string => `runde:group:${slug}:${start}:ended`;

export class MemoryEndedOccurrences implements EndedOccurrences {
  private readonly until = new Map<string, number>();
  constructor(private readonly now: () => number) {}

  async mark(slug: string, start: number, until: number): Promise<void> {
    for (const [k, u] of this.until) if (u <= this.now()) this.until.delete(k);
    this.until.set(endedOccurrenceKey(slug, start), until);
  }

  async isEnded(slug: string, start: number): Promise<boolean> {
    return (this.until.get(endedOccurrenceKey(slug, start)) ?? 0) > this.now();
  }
}

export class RedisEndedOccurrences implements EndedOccurrences {
  constructor(
    private readonly redis: Redis,
    private readonly now: () => number,
  ) {}

  async mark(slug: string, start: number, until: number): Promise<void> {
    const ttl = until - this.now();
    if (ttl > 0) await this.redis.set(endedOccurrenceKey(slug, start), '1', 'PX', ttl);
  }

  async isEnded(slug: string, start: number): Promise<boolean> {
    return (await this.redis.exists(endedOccurrenceKey(slug, start))) === 1;
  }
}
