// Seats per client address in one meeting (Config.seatsPerAddress). A fresh tester (2026-12-04)
// took 49 seats of an open meeting in seconds from one address; a second found that counting
// every join in a window used up a household's share when its people closed a tab and opened it
// again (each a new seat, the old one given back). So what is bounded is the seats an address
// holds at once; the joins it makes in a window are bounded only loosely, against churn.

/** Joins per window an address may make, as a multiple of the seats it may hold. */
export const JOINS_PER_SEAT = 3;

/** How long an address with no join is remembered (ms): longer than any meeting runs. */
const FORGET_AFTER_MS = 6 * 60 * 60_000;

interface Entry {
  /** Seat ids this address took that may still be held (pruned against the meeting's state). */
  seats: Set<string>;
  /** Joins under way: counted as held until they end. */
  pending: number;
  /** When each join of the last window started (ms), oldest first. */
  recent: number[];
  lastAt: number;
}

/** A join's place in the count, from `reserve` until `taken` or `refused`. */
export interface SeatTicket {
  key: string;
  at: number;
}

/**
 * The count, in this process's memory, keyed by whatever the caller passes (realtime.ts: the
 * meeting id and a salted hash of the address, so no key names an address).
 *
 * `held`: seats one key may hold at once (RUNDE_SEATS_PER_ADDRESS); `windowMs`: the window in
 * which it may start at most `held × JOINS_PER_SEAT` joins (RUNDE_SEATS_PER_ADDRESS_WINDOW_MS).
 */
export class AddressSeats {
  private readonly entries = new Map<string, Entry>();
  private readonly joinsPerWindow: number;

  constructor(
    private readonly held: number,
    private readonly windowMs: number,
  ) {
    this.joinsPerWindow = held * JOINS_PER_SEAT;
  }

  /**
   * Reserves a seat for a join from `key` at `now` (ms), or returns null: the key holds `held`
   * seats already, or made its joins of the window. `seated()` is asked only when the key is at
   * its limit: the ids holding a seat (or a place at the door) in the meeting now, or null when
   * unknown (then nothing is pruned); seats no longer among them are given back first.
   */
  async reserve(key: string, now: number, seated: () => Promise<ReadonlySet<string> | null>): Promise<SeatTicket | null> {
    this.sweep(now);
    let e = this.entries.get(key);
    if (!e) {
      e = { seats: new Set(), pending: 0, recent: [], lastAt: now };
      this.entries.set(key, e);
    }
    const since = now - this.windowMs;
    while (e.recent.length > 0 && e.recent[0]! <= since) e.recent.shift();
    if (e.recent.length >= this.joinsPerWindow) return null;
    if (e.seats.size + e.pending >= this.held) {
      const ids = await seated();
      if (ids) for (const id of e.seats) if (!ids.has(id)) e.seats.delete(id);
      // Other joins may have reserved while this one waited: count again.
      if (e.seats.size + e.pending >= this.held || e.recent.length >= this.joinsPerWindow) return null;
    }
    e.pending += 1;
    e.recent.push(now);
    e.lastAt = now;
    return { key, at: now };
  }

  /** The join made seat `id`: it counts until the meeting no longer holds it. */
  taken(t: SeatTicket, id: string): void {
    const e = this.entries.get(t.key);
    if (!e) return;
    e.pending = Math.max(0, e.pending - 1);
    e.seats.add(id);
  }

  /** The join made no new seat (refused, or a return to one's own): it is not counted at all. */
  refused(t: SeatTicket): void {
    const e = this.entries.get(t.key);
    if (!e) return;
    e.pending = Math.max(0, e.pending - 1);
    const i = e.recent.lastIndexOf(t.at);
    if (i >= 0) e.recent.splice(i, 1);
  }

  /** Keys tracked now (for tests). */
  get size(): number {
    return this.entries.size;
  }

  private lastSweep = 0;

  /** Forgets keys with no join for FORGET_AFTER_MS, at most once a minute. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [k, e] of this.entries) if (e.pending === 0 && now - e.lastAt > FORGET_AFTER_MS) this.entries.delete(k);
  }
}
