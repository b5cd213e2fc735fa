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
// Every key has a TTL; ids mean nothing outside this server and no key holds a name or text.
import type { Redis } from 'ioredis';
import { log } from './log.js';

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

export class Liveness {
  private timer: NodeJS.Timeout | null = null;
  private readonly heartbeatMs: number;
  private readonly deadAfterMs: number;
  private beating: Promise<void> = Promise.resolve();

  constructor(
    private readonly redis: Redis,
    private readonly processId: string,
    private readonly opts: LivenessOptions,
    private readonly dropSeat: DropSeat,
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

  /** A socket of this process now holds the seat. */
  add(meetingId: string, pid: string, conn: string): void {
    const key = seatsKey(this.processId);
    this.redis
      .multi()
      .sadd(key, `${meetingId} ${pid} ${conn}`)
      .pexpire(key, this.opts.ttlMs)
      .exec()
      .catch((err: Error) => log('liveness_error', { error: err.name }));
  }

  /** The socket let the seat go (its drop or leave was recorded, or it was replaced). */
  remove(meetingId: string, pid: string, conn: string): void {
    this.redis.srem(seatsKey(this.processId), `${meetingId} ${pid} ${conn}`).catch((err: Error) => log('liveness_error', { error: err.name }));
  }

  /** A clean stop: this process's sockets record their own drops; nothing is left to reap. */
  async stop(): Promise<void> {
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
      // A stalled Redis (or a stalled process) makes every beat late, ours too: after a break in
      // our own beats nobody is judged dead until we have beaten on time for a whole deadAfterMs,
      // so the other live processes have beaten again by then (fresh tester, Issue 9: a 25 s
      // stall declared a live process dead and its people lost their seats).
      if (Date.now() - this.healthySince >= this.deadAfterMs) await this.reap();
    } catch (err) {
      log('liveness_error', { error: err instanceof Error ? err.name : 'unknown' });
    }
  }

  private async beat(): Promise<void> {
    await this.redis
      .multi()
      .zadd(PROCS_KEY, Date.now(), this.processId)
      .pexpire(PROCS_KEY, this.opts.ttlMs)
      .pexpire(seatsKey(this.processId), this.opts.ttlMs)
      .exec();
    const now = Date.now();
    if (this.lastBeat === 0 || now - this.lastBeat > 2 * this.heartbeatMs) this.healthySince = now;
    this.lastBeat = now;
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
