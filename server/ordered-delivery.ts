// One order for a meeting's deliveries: the commit order in the store (Issue 7 §1).
//
// Outcomes reach this process from two sides — its own commits and, through the Redis adapter,
// the other processes' — and the two sides race: process A may publish seq 14 before process B
// publishes the seq 13 it committed first. So each process delivers a meeting's outcomes to its
// own sockets strictly in seq order: an outcome that arrives early waits in a buffer until the
// ones before it arrive; a gap that stays open for GAP_WAIT_MS is filled from the store (the
// room events from the log, then the stored state's views), never skipped.
//
// The same queue places sockets: a join, a resume or a catch-up runs *between* two deliveries
// (`at`), so what it reads from the log up to the delivered seq plus what arrives live after it
// is every event exactly once.
import type { MeetingState } from '../shared/meeting/state.js';
import type { LoggedEvent } from '../shared/meeting/view.js';
import { log } from './log.js';
import { errorName, errorSite } from './error-site.js';
import type { Outcome } from './meetings.js';
import type { MeetingStore } from './store/store.js';

type Accepted = Extract<Outcome, { ok: true }>;

/** How long (ms) a gap in the seqs may stay open before the store fills it. */
export const GAP_WAIT_MS = 200;
/** How long (ms) a join/resume/catch-up may wait for its turn in the queue before giving up. */
export const AT_TIMEOUT_MS = 8000;

/** `at` gave up: its turn in the queue did not come within AT_TIMEOUT_MS (answer `BUSY`). */
export class DeliveryQueueTimeout extends Error {
  constructor() {
    super('delivery queue timed out');
    this.name = 'DeliveryQueueTimeout';
  }
}

/** The meeting as delivered to this process's sockets so far. */
export interface Delivered {
  /** Every outcome with seq ≤ this has been delivered here; none after it. */
  seq: number;
  state: MeetingState;
}

interface Job {
  minSeq: number;
  run(d: Delivered | null): Promise<void>;
  fail(err: Error): void;
  timer: NodeJS.Timeout;
}

interface Track {
  id: string;
  /** -1 until the first read from the store. */
  delivered: number;
  state: MeetingState | null;
  /** The meeting no longer exists in the store: deliver what arrives, in order, and stop. */
  gone: boolean;
  buffer: Map<number, { out: Accepted; now: number }>;
  jobs: Job[];
  busy: boolean;
  gapTimer: NodeJS.Timeout | null;
  /** The delivered seq when gapTimer was set: the timer is for the gap right after it. */
  gapFrom: number;
  /** Sockets of this process that hold a seat (or a waiting-room place) in the meeting. */
  holds: number;
  /** Read the store as soon as the track is free (see resync). */
  resync: boolean;
  /** Patches waiting for the state they apply to, by its seq (see whenOffered). */
  bases: Map<number, { then: (arrived: boolean) => void; timer: NodeJS.Timeout }[]>;
}

export class OrderedDelivery {
  private readonly tracks = new Map<string, Track>();
  private stopped = false;

  /**
   * `deliver` emits one outcome to this process's sockets (Broadcaster.deliver). Only meetings
   * with a local socket (`hold`) or a pending `at` are tracked; outcomes of others are ignored.
   * `onFilled` hears each state a gap fill delivered from the store (nobody published it here):
   * the caller refreshes its hot copy and arms the meeting's clock from it.
   */
  constructor(
    private readonly store: MeetingStore,
    private readonly deliver: (out: Accepted, now: number) => void,
    private readonly gapWaitMs = GAP_WAIT_MS,
    private readonly onFilled: (state: MeetingState) => void = () => undefined,
  ) {}

  /** The newest seq delivered here for meeting `id`, or -1 (not tracked, or not read yet). */
  deliveredSeq(id: string): number {
    return this.tracks.get(id)?.delivered ?? -1;
  }

  /**
   * The state at seq `seq` of meeting `id` if this delivery holds it (the last delivered, or
   * one buffered), else undefined: a base for an outcome published as a patch (broadcast.ts).
   */
  stateAt(id: string, seq: number): MeetingState | undefined {
    const t = this.tracks.get(id);
    if (!t) return undefined;
    if (t.state && t.delivered === seq) return t.state;
    return t.buffer.get(seq)?.out.state;
  }

  /** An accepted outcome, from this process or another, in whatever order it arrived. */
  offer(out: Accepted, now: number): void {
    const t = this.tracks.get(out.state.id);
    if (!t) return;
    if (t.delivered >= 0 && out.state.seq <= t.delivered) return;
    t.buffer.set(out.state.seq, { out, now });
    const waiting = t.bases.get(out.state.seq);
    t.bases.delete(out.state.seq);
    this.pump(t);
    // After the pump the state is still here (delivered last, or buffered): the outcome after it
    // is the one waiting, so nothing could be delivered past it.
    for (const w of waiting ?? []) {
      clearTimeout(w.timer);
      w.then(true);
    }
  }

  /**
   * Calls `then(true)` as soon as the state at seq `seq` of meeting `id` is offered here (then
   * stateAt has it), or `then(false)` after the gap wait without it, or at once when the meeting
   * is not tracked or that seq is already passed. For a patch that arrived before its base: the
   * commit reply of this process's own outcome and another process's next outcome come on two
   * Redis connections, in no fixed order, so the patch on it is often read first.
   */
  whenOffered(id: string, seq: number, then: (arrived: boolean) => void): void {
    const t = this.tracks.get(id);
    if (!t || this.stopped || (t.delivered >= 0 && seq <= t.delivered) || t.buffer.has(seq)) {
      then(false);
      return;
    }
    const list = t.bases.get(seq) ?? [];
    const w = {
      then,
      timer: setTimeout(() => {
        const i = list.indexOf(w);
        if (i >= 0) list.splice(i, 1);
        if (list.length === 0 && t.bases.get(seq) === list) t.bases.delete(seq);
        then(false);
      }, this.gapWaitMs),
    };
    list.push(w);
    t.bases.set(seq, list);
  }

  /** A local socket now holds a place in the meeting: keep its deliveries ordered. */
  hold(id: string): void {
    this.track(id).holds++;
  }

  release(id: string): void {
    const t = this.tracks.get(id);
    if (!t) return;
    t.holds = Math.max(0, t.holds - 1);
    this.forgetIfIdle(t);
  }

  /**
   * Runs `work` between two deliveries, once everything up to `minSeq` has been delivered here;
   * nothing is delivered while it runs. `work` gets the delivered state, or null when the meeting
   * no longer exists. Rejects with DeliveryQueueTimeout when its turn does not come within
   * AT_TIMEOUT_MS.
   */
  at<T>(id: string, minSeq: number, work: (d: Delivered | null) => Promise<T> | T): Promise<T> {
    const t = this.track(id);
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        minSeq,
        run: async (d) => resolve(await work(d)),
        fail: reject,
        timer: setTimeout(() => {
          const i = t.jobs.indexOf(job);
          if (i < 0) return;
          t.jobs.splice(i, 1);
          reject(new DeliveryQueueTimeout());
          this.forgetIfIdle(t);
        }, AT_TIMEOUT_MS),
      };
      t.jobs.push(job);
      this.pump(t);
    });
  }

  /**
   * Outcomes may have been lost on the way here (the adapter's subscriber was reconnected: Redis
   * pub/sub keeps nothing published meanwhile). A gap before a later outcome is found when that
   * one arrives; a trailing gap is not, so every tracked meeting reads the store now and delivers
   * what is missing (room events, then everyone's view), in order, once.
   */
  resync(): number {
    for (const t of this.tracks.values()) {
      t.resync = true;
      this.pump(t);
    }
    return this.tracks.size;
  }

  /**
   * As `resync`, for one meeting: a commit whose answer was lost (the store timed out, then
   * applied it) was never published, so its outcome is read from the store and delivered here,
   * once. Nothing happens when this process has no socket in the meeting.
   */
  refill(id: string): void {
    const t = this.tracks.get(id);
    if (!t) return;
    t.resync = true;
    this.pump(t);
  }

  /**
   * Every meeting this process's people hold a seat in, with the newest seq delivered to them
   * here (only meetings read at least once and still existing). A store whose seq for one of
   * them is lower has gone back in time (lifecycle.ts interruptRolledBack).
   */
  deliveredSeqs(): [id: string, seq: number][] {
    return [...this.tracks.values()].filter((t) => t.holds > 0 && t.delivered >= 0 && !t.gone).map((t) => [t.id, t.delivered]);
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.tracks.values()) {
      if (t.gapTimer) clearTimeout(t.gapTimer);
      for (const list of t.bases.values()) for (const w of list) clearTimeout(w.timer);
      for (const j of t.jobs) {
        clearTimeout(j.timer);
        j.fail(new Error('stopping'));
      }
    }
    this.tracks.clear();
  }

  private track(id: string): Track {
    let t = this.tracks.get(id);
    if (!t) {
      t = { id, delivered: -1, state: null, gone: false, buffer: new Map(), jobs: [], busy: false, gapTimer: null, gapFrom: -1, holds: 0, resync: false, bases: new Map() };
      this.tracks.set(id, t);
    }
    return t;
  }

  private forgetIfIdle(t: Track): void {
    if (t.holds > 0 || t.busy || t.jobs.length > 0) return;
    if (t.gapTimer) clearTimeout(t.gapTimer);
    if (this.tracks.get(t.id) === t) this.tracks.delete(t.id);
  }

  private pump(t: Track): void {
    if (t.busy || this.stopped) return;
    if ((t.delivered < 0 || t.resync) && !t.gone) {
      t.resync = false;
      void this.fill(t);
      return;
    }
    for (;;) {
      // A waiting join/resume goes before the next delivery: it sees exactly what was delivered.
      const job = t.jobs.find((j) => t.gone || j.minSeq <= t.delivered);
      if (job) {
        this.runJob(t, job);
        return;
      }
      if (!this.deliverNext(t)) break;
    }
    // The gap the timer was set for has closed: a gap still open is a new one and gets its own
    // GAP_WAIT_MS. Kept from the first gap instead, two processes committing to one meeting at
    // once (each one's own commit waiting a moment for the other's) never emptied the buffer, so
    // the timer fired on a healthy stream: the fill jumped to the stored seq past outcomes still
    // on their way, whose private events were then lost (and whose patches found no base).
    if (t.gapTimer && t.gapFrom !== t.delivered) {
      clearTimeout(t.gapTimer);
      t.gapTimer = null;
    }
    if (t.buffer.size > 0 || t.jobs.length > 0) {
      if (!t.gapTimer) {
        t.gapFrom = t.delivered;
        t.gapTimer = setTimeout(() => {
          t.gapTimer = null;
          void this.fill(t);
        }, this.gapWaitMs);
      }
    } else if (t.gapTimer) {
      clearTimeout(t.gapTimer);
      t.gapTimer = null;
    }
    this.forgetIfIdle(t);
  }

  /** Delivers the next buffered outcome if it is the next seq (or, once gone, the oldest). */
  private deliverNext(t: Track): boolean {
    const next = t.buffer.get(t.delivered + 1) ?? (t.gone ? this.oldest(t) : undefined);
    if (!next) return false;
    t.buffer.delete(next.out.state.seq);
    t.delivered = next.out.state.seq;
    t.state = next.out.state;
    this.emit(next.out, next.now);
    return true;
  }

  private oldest(t: Track): { out: Accepted; now: number } | undefined {
    const seq = Math.min(...t.buffer.keys());
    return Number.isFinite(seq) ? t.buffer.get(seq) : undefined;
  }

  private emit(out: Accepted, now: number): void {
    try {
      this.deliver(out, now);
    } catch (err) {
      log('deliver_error', { error: errorName(err), at: errorSite(err) });
    }
  }

  private runJob(t: Track, job: Job): void {
    t.jobs.splice(t.jobs.indexOf(job), 1);
    clearTimeout(job.timer);
    t.busy = true;
    const d = t.state && !t.gone ? { seq: t.delivered, state: t.state } : null;
    void job
      .run(d)
      .catch((err: Error) => job.fail(err))
      .finally(() => {
        // Busy until the job's caller has sent its acknowledgement (every microtask runs before
        // the immediate), so the acknowledgement reaches the socket before anything delivered
        // after it: an outcome offered meanwhile (a commit reply read in the same turn of the
        // event loop) waits in the buffer. Freed earlier, it went out first (a fresh tester,
        // ~1 % of 980 resumes at once on Redis).
        setImmediate(() => {
          t.busy = false;
          this.pump(t);
        });
      });
  }

  /** Reads the store: the first time to learn where the meeting is, later to close a gap. */
  private async fill(t: Track): Promise<void> {
    if (t.busy || this.stopped) return;
    t.busy = true;
    try {
      const state = await this.store.load(t.id);
      if (!state) {
        // Ended or expired: what is buffered still goes out, in order; then waiting jobs learn it.
        t.gone = true;
      } else if (t.delivered < 0) {
        t.delivered = state.seq;
        t.state = state;
      } else if (state.seq > t.delivered) {
        const read = await this.store.readLog(t.id, t.delivered);
        // What arrived meanwhile goes out as it was sent (with its private events and views).
        while (this.deliverNext(t));
        const logged = read.filter((l) => l.seq > t.delivered && l.seq <= state.seq);
        if (state.seq > t.delivered) log('delivery_gap_filled', { from: t.delivered + 1, to: state.seq });
        // Each missing seq in turn: its room events from the log, or, where it logged none (an
        // acknowledgement, a chair's queued note), the transport's seq notice; then everyone's view
        // of the stored state. So every socket still gets every seq (docs/protocol.md "Every seq,
        // no gaps") and no client takes the next one for a gap. Private events of the missing
        // seqs are not logged and cannot be recovered here.
        if (state.seq > t.delivered) {
          const now = Date.now();
          // Marked `filled` (shared/protocol.ts SentEvent): the client shows them as missed, after
          // the view that ends the fill, not read out one by one as live.
          const at = (seq: number): LoggedEvent[] => logged.filter((l) => l.seq === seq).map((l) => ({ ...l, filled: true }));
          // An ended meeting is told `bye` by every outcome delivered: once, then, as before.
          const first = state.phase === 'ended' ? state.seq : t.delivered + 1;
          for (let seq = first; seq < state.seq; seq++) {
            const these = at(seq);
            this.emit({ ok: true, state: { ...state, seq }, events: these.map((l) => l.event), logged: these, views: [] }, now);
          }
          // The end is told live, unmarked: no view follows it (a `bye` does), so marked events would
          // wait for a view that never comes and the meeting's last lines would never be shown.
          const last = state.phase === 'ended' ? logged : at(state.seq);
          this.emit({ ok: true, state, events: last.map((l) => l.event), logged: last, views: state.participants.map((p) => p.id) }, now);
          t.delivered = state.seq;
          t.state = state;
          try {
            this.onFilled(state);
          } catch (err) {
            log('deliver_error', { error: errorName(err), at: errorSite(err) });
          }
        }
      }
      for (const seq of t.buffer.keys()) if (!t.gone && seq <= t.delivered) t.buffer.delete(seq);
    } catch (err) {
      log('delivery_fill_error', { error: errorName(err), at: errorSite(err) });
    } finally {
      t.busy = false;
    }
    if (t.delivered < 0 && !t.gone) {
      // The store did not answer: try again after the usual wait, not in a tight loop.
      t.gapTimer ??= setTimeout(() => {
        t.gapTimer = null;
        void this.fill(t);
      }, this.gapWaitMs);
      return;
    }
    this.pump(t);
  }
}
