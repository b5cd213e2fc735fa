// "Chair next time": the hash of a one-time key for one future occurrence of a group. Only the
// hash is kept, under the group's slug and the occurrence's start, tied to nobody, and it
// expires when that occurrence ends. Redis when the server runs on Redis (every process must see
// it), otherwise in memory. The occurrence's meeting takes the hash as its chair-key hash when
// it is created, and the entry is deleted then: the key opens that one meeting, once.
import type { Redis } from 'ioredis';

export interface NextChairStore {
  /** Remembers `hash` for the occurrence of `slug` starting at `start` (ms) until `expiresAt` (ms). */
  put(slug: string, start: number, hash: string, expiresAt: number): Promise<void>;
  /** The hash, or null when none was handed on or it expired. */
  get(slug: string, start: number): Promise<string | null>;
  delete(slug: string, start: number): Promise<void>;
}

export const nextChairKey = (slug: string, start: number): string => `runde:group:${slug}:${start}:next-chair`;

export class MemoryNextChairStore implements NextChairStore {
  private readonly entries = new Map<string, { hash: string; expiresAt: number }>();
  constructor(private readonly now: () => number) {}

  async put(slug: string, start: number, hash: string, expiresAt: number): Promise<void> {
    for (const [k, e] of this.entries) if (e.expiresAt <= this.now()) this.entries.delete(k);
    this.entries.set(nextChairKey(slug, start), { hash, expiresAt });
  }

  async get(slug: string, start: number): Promise<string | null> {
    const e = this.entries.get(nextChairKey(slug, start));
    return e && e.expiresAt > this.now() ? e.hash : null;
  }

  async delete(slug: string, start: number): Promise<void> {
    this.entries.delete(nextChairKey(slug, start));
  }
}

export class RedisNextChairStore implements NextChairStore {
  constructor(
    private readonly redis: Redis,
    private readonly now: () => number,
  ) {}

  async put(slug: string, start: number, hash: string, expiresAt: number): Promise<void> {
    await this.redis.set(nextChairKey(slug, start), hash, 'PX', Math.max(1, expiresAt - this.now()));
  }

  async get(slug: string, start: number): Promise<string | null> {
    return this.redis.get(nextChairKey(slug, start));
  }

  async delete(slug: string, start: number): Promise<void> {
    await this.redis.del(nextChairKey(slug, start));
  }
}
