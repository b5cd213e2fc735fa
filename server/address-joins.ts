// Joins per client address in one meeting, against churn (Config.seatsPerAddress): the seats an
// address holds are counted by the core from the meeting's state (addressSeatsFull, shared by
// every process); what is counted here, in this process's memory, is how often it joins, so that
// a client cannot join and leave over and over.

/** Joins per window an address may make, as a multiple of the seats it may hold. */
export const JOINS_PER_SEAT = 3;

/** How long an address with no join is remembered (ms): longer than any window. */
const FORGET_AFTER_MS = 6 * 60 * 60_000;

interface Entry {
  /** When each join of the last window started (ms), oldest first. */
  recent: number[];
  lastAt: number;
}

/** A join's place in the count, from `reserve` until it made a seat or was `refused`. */
export interface JoinTicket {
  key: string;
  at: number;
}

/**
 * The count, keyed by whatever the caller passes (realtime.ts: the meeting id and a hash of the
 * address under this process's own salt, so no key names an address). `seats`: the seats one
 * address may hold (RUNDE_SEATS_PER_ADDRESS); at most `seats × JOINS_PER_SEAT` joins may start in
 * a window of `windowMs` (RUNDE_SEATS_PER_ADDRESS_WINDOW_MS).
 */
export class AddressJoins {
  private readonly entries = new Map<string, Entry>();
  private readonly joinsPerWindow: number;
  private lastSweep = 0;

  constructor(
    seats: number,
    private readonly windowMs: number,
  ) {
    this.joinsPerWindow = seats * JOINS_PER_SEAT;
  }

  /** Counts a join from `key` at `now` (ms), or returns null: the key made its joins of the window. */
  reserve(key: string, now: number): JoinTicket | null {
    this.sweep(now);
    let e = this.entries.get(key);
    if (!e) {
      e = { recent: [], lastAt: now };
      this.entries.set(key, e);
    }
    const since = now - this.windowMs;
    while (e.recent.length > 0 && e.recent[0]! <= since) e.recent.shift();
    if (e.recent.length >= this.joinsPerWindow) return null;
    e.recent.push(now);
    e.lastAt = now;
    return { key, at: now };
  }

  /** The join made no new seat (refused, or a return to one's own): it is not counted at all. */
  refused(t: JoinTicket): void {
    const e = this.entries.get(t.key);
    const i = e ? e.recent.lastIndexOf(t.at) : -1;
    if (e && i >= 0) e.recent.splice(i, 1);
  }

  /** Keys tracked now (for tests). */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets keys with no join for FORGET_AFTER_MS, at most once a minute. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [k, e] of this.entries) if (now - e.lastAt > FORGET_AFTER_MS) this.entries.delete(k);
  }
}
