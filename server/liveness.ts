// Seats on a dead process (Issue 7 §3). A process killed outright (SIGKILL, OOM, power) never
// records its sockets' drops, so their seats would stay "connected" for ever. Every process on a
// Redis therefore keeps
//   - a heartbeat: its id in the sorted set `runde:procs`, scored with the time it last beat
//     (every HEARTBEAT_MS), and
//   - the seats its sockets hold: the set `runde:proc:<processId>:seats` of `<meeting> <pid> <conn>`,
// and every process looks for processes whose heartbeat is older than DEAD_AFTER_MS. Exactly one
// survivor claims a dead process (ZREM answers 1 to one caller only) and records a drop for each
// of its seats — guarded by the seat's holder, so a seat that was resumed elsewhere in the
// meantime is left alone. The seat's grace period then runs as for any dropped connection.
// A process judged dead that was only stalled (SIGSTOP, a long GC pause, a starved VM) finds out
// on its next beat — its id was gone from `runde:procs` — and takes back every seat its sockets
// still hold: re-listed, and marked connected again (guarded by the same holder), so people who
// never lost their connection do not lose their seats when the grace period runs out.
// Every key has a TTL; ids mean nothing outside this server and no key holds a name or text.
import type { Redis } from 'ioredis';
import { log } from './log.js';
import { errorName, errorSite } from './error-site.js';

/** How often (ms) a process beats and looks for dead ones. */
export const HEARTBEAT_MS = 1500;
/** A process whose last beat is older than this (ms) is dead. */
export const DEAD_AFTER_MS = 6000;

export const PROCS_KEY = 'runde:procs';
export const seatsKey = (processId: string): string => `runde:proc:${processId}:seats`;

export interface LivenessOptions {
  /** TTL (ms) of the registry keys, refreshed on every beat: the meeting TTL is plenty. */
  ttlMs: number;
  heartbeatMs?: number;
  deadAfterMs?: number;
}

/** What a survivor does for each seat of a dead process: record its drop (guarded by `conn`). */
export type DropSeat = (meetingId: string, pid: string, conn: string) => Promise<void>;
/**
 * What a process judged dead while alive does for each seat its sockets still hold: mark it
 * connected again if `conn` still holds it (a no-op otherwise).
 */
export type ReclaimSeat = (meetingId: string, pid: string, conn: string) => Promise<void>;

/** Beats after the one that found this process judged dead on which its seats are taken back again. */
const RECLAIM_BEATS = 2;

export class Liveness {
  private timer: NodeJS.Timeout | null = null;
  private readonly heartbeatMs: number;
  private readonly deadAfterMs: number;
  private beating: Promise<void> = Promise.resolve();
  /** The entries (`<meeting> <pid> <conn>`) this process's sockets hold now: the set's local copy. */
  private readonly held = new Set<string>();
  /** Beats left on which to take the seats back (a survivor's drops may still be on their way). */
  private reclaimBeats = 0;

  constructor(
    private readonly redis: Redis,
    private readonly processId: string,
    private readonly opts: LivenessOptions,
    private readonly dropSeat: DropSeat,
    private readonly reclaimSeat: ReclaimSeat = async () => undefined,
  ) {
    this.heartbeatMs = opts.heartbeatMs ?? HEARTBEAT_MS;
    this.deadAfterMs = opts.deadAfterMs ?? DEAD_AFTER_MS;
  }

  async start(): Promise<void> {
    await this.beat();
    this.timer = setInterval(() => {
      this.beating = this.beating.then(() => this.tick());
    }, this.heartbeatMs);
    this.timer.unref();
  }

  /**
   * Entries to list and to unlist in Redis on the next flush. A reconnect storm seats hundreds of
   * sockets at once: those taken and let go together go in one MULTI (SADD, SREM, PEXPIRE)
   * instead of one MULTI or SREM per socket (Issue 10: 1,972 of a 986-seat storm's commands).
   */
  private readonly toAdd = new Set<string>();
  private readonly toRemove = new Set<string>();
  private flushQueued = false;
  private stopped = false;

  /** A socket of this process now holds the seat (listed in Redis once the code running now yields). */
  add(meetingId: string, pid: string, conn: string): void {
    const entry = `${meetingId} ${pid} ${conn}`;
    this.held.add(entry);
    this.toRemove.delete(entry);
    this.toAdd.add(entry);
    this.queueFlush();
  }

  /** The socket let the seat go (its drop or leave was recorded, or it was replaced). */
  remove(meetingId: string, pid: string, conn: string): void {
    const entry = `${meetingId} ${pid} ${conn}`;
    this.held.delete(entry);
    this.toAdd.delete(entry);
    this.toRemove.add(entry);
    this.queueFlush();
  }

  // A microtask, not setImmediate: the seats go out before the join's or resume's answer does
  // (its answer is a later microtask), so a process killed right after answering has its seat
  // listed for the survivors. A storm's resumes answered on one Redis reply still share a MULTI.
  private queueFlush(): void {
    if (this.flushQueued || this.stopped) return;
    this.flushQueued = true;
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.stopped || (this.toAdd.size === 0 && this.toRemove.size === 0)) return;
    const key = seatsKey(this.processId);
    const m = this.redis.multi();
    // The two sets never share an entry (add and remove each take it out of the other).
    if (this.toAdd.size > 0) m.sadd(key, ...this.toAdd).pexpire(key, this.opts.ttlMs);
    if (this.toRemove.size > 0) m.srem(key, ...this.toRemove);
    this.toAdd.clear();
    this.toRemove.clear();
    m.exec().catch((err: unknown) => log('liveness_error', { error: errorName(err), at: errorSite(err) }));
  }

  /** A clean stop: this process's sockets record their own drops; nothing is left to reap. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.beating;
    await this.redis
      .multi()
      .zrem(PROCS_KEY, this.processId)
      .del(seatsKey(this.processId))
      .exec()
      .catch(() => undefined);
  }

  /** When this process last beat (local ms; 0 before the first beat). */
  private lastBeat = 0;
  /** Since when this process has beaten on time without a break (local ms). */
  private healthySince = 0;

  private async tick(): Promise<void> {
    try {
      await this.beat();
      if (this.reclaimBeats > 0) {
        this.reclaimBeats--;
        await this.reclaim();
      }
      // A stalled Redis (or a stalled process) makes every beat late, ours too: after a break in
      // our own beats nobody is judged dead until we have beaten on time for a whole deadAfterMs,
      // so the other live processes have beaten again by then (fresh tester, Issue 9: a 25 s
      // stall declared a live process dead and its people lost their seats).
      if (Date.now() - this.healthySince >= this.deadAfterMs) await this.reap();
    } catch (err) {
      log('liveness_error', { error: errorName(err), at: errorSite(err) });
    }
  }

  private async beat(): Promise<void> {
    const replies = await this.redis
      .multi()
      .zadd(PROCS_KEY, Date.now(), this.processId)
      .pexpire(PROCS_KEY, this.opts.ttlMs)
      .pexpire(seatsKey(this.processId), this.opts.ttlMs)
      .exec();
    // ZADD answers 1 for an id that was not there: after our first beat, someone judged us dead
    // (or the registry expired) and may be recording our seats' drops. Take them back now and on
    // the next beats, after those drops (and the survivor's DEL of our set) have landed.
    const added = replies?.[0]?.[1];
    if (this.lastBeat !== 0 && added === 1) {
      log('process_judged_dead', { seats: this.held.size });
      this.reclaimBeats = RECLAIM_BEATS;
      await this.reclaim();
    }
    const now = Date.now();
    if (this.lastBeat === 0 || now - this.lastBeat > 2 * this.heartbeatMs) this.healthySince = now;
    this.lastBeat = now;
  }

  /** Lists every seat this process holds again and has each marked connected (guarded by its holder). */
  private async reclaim(): Promise<void> {
    const entries = [...this.held];
    if (entries.length === 0) return;
    const key = seatsKey(this.processId);
    await this.redis.multi().sadd(key, ...entries).pexpire(key, this.opts.ttlMs).exec();
    for (const entry of entries) {
      const [meetingId, pid, conn] = entry.split(' ');
      // Let go meanwhile (a leave, a close): not ours to take back.
      if (meetingId && pid && conn && this.held.has(entry)) await this.reclaimSeat(meetingId, pid, conn);
    }
  }

  private async reap(): Promise<void> {
    const dead = await this.redis.zrangebyscore(PROCS_KEY, '-inf', Date.now() - this.deadAfterMs);
    for (const id of dead) {
      if (id === this.processId) continue;
      // Exactly one survivor gets 1 here; the others leave this process to it.
      if ((await this.redis.zrem(PROCS_KEY, id)) !== 1) continue;
      const seats = await this.redis.smembers(seatsKey(id));
      log('process_dead', { seats: seats.length });
      for (const entry of seats) {
        const [meetingId, pid, conn] = entry.split(' ');
        if (meetingId && pid && conn) await this.dropSeat(meetingId, pid, conn);
      }
      await this.redis.del(seatsKey(id));
    }
  }
}
