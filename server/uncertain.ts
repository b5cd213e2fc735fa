// Meetings whose last commit's outcome this process did not learn: the commit timed out, got
// STORE_UNAVAILABLE or lost its connection mid-command. Redis may still carry it out (a frozen or
// stalled Redis runs what it was sent when it goes on), so the store may be ahead of this
// process's copy and of every client's view, and nobody would be told until something else wrote
// to the meeting (fresh operator trial: a finishShare carried out after the page's 12 s of
// retries left every view on the old speaker; with 3-minute turns, a 3-minute stall).
//
// Each uncertain meeting is read from the store as soon as the store answers again: on a short
// period while any meeting is uncertain, and at once on the store connection's `ready`. The read
// goes down the same connection as the commit, after it, so it sees whatever Redis made of it.
// `settle` then delivers what was missed (the gap fill), refreshes the hot copy and the clock.
import type { MeetingState } from '../shared/meeting/state.js';
import { log } from './log.js';
import { errorName, errorSite } from './error-site.js';
import type { MeetingStore } from './store/store.js';

/** How often (ms) uncertain meetings are read while the store does not answer. */
export const UNCERTAIN_CHECK_MS = 250;

export class UncertainMeetings {
  /** Meeting id -> generation: bumped by each `mark`, so a read older than the mark settles nothing. */
  private readonly ids = new Map<string, number>();
  private gen = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = false;

  /**
   * `settle(id, stored)` runs once per uncertain meeting when the store answered for it, with the
   * stored state (null: the meeting no longer exists). Its failure is logged, not retried.
   */
  constructor(
    private readonly store: Pick<MeetingStore, 'load' | 'storedSeq'>,
    private readonly settle: (id: string, stored: MeetingState | null) => void | Promise<void>,
    private readonly everyMs = UNCERTAIN_CHECK_MS,
  ) {}

  /** A commit of meeting `id` may or may not have been applied: read it once the store answers. */
  mark(id: string): void {
    if (this.stopped) return;
    this.ids.set(id, ++this.gen);
    log('commit_uncertain', { uncertain: this.ids.size });
    this.arm();
  }

  /** Whether meeting `id` has a commit of unknown outcome not yet read back from the store. */
  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Reads every uncertain meeting now (the store connection is ready again). */
  checkNow(): Promise<void> {
    if (this.ids.size === 0 || this.stopped) return Promise.resolve();
    return (this.running ??= this.checkAll().finally(() => {
      this.running = null;
      this.arm();
    }));
  }

  /**
   * Reads meeting `id` from the store now and settles it if it was uncertain (catchUp and resume
   * must never answer from a copy known to be uncertain). Throws when the store does not answer.
   *
   * `current`: this process's copy of the meeting (Meetings.current), asked for when the store
   * has answered. When the meeting is not uncertain and the copy is at the stored seq or later,
   * the copy is the stored state or a newer committed one (each seq is committed once, by
   * compare-and-set, and a copy is only ever a committed state), and only the seq is read: with
   * Redis one field instead of the whole meeting, parsed (Issue 10: a reconnect storm read and
   * parsed a 50-person meeting once per resume). Asked after the read, not before it: in a storm
   * the meeting's own drops commit while the seq is read, and a copy taken before the read was
   * behind it for two resumes in three, each then read whole (649 of 986); so was a copy asked
   * for at once, one seq behind for 616 of 986 (the commit answered just before the seq had not
   * reached it yet), so it is asked again a turn of the event loop later. Otherwise the meeting
   * is read whole.
   */
  async readNow(id: string, current?: () => MeetingState | undefined): Promise<MeetingState | null> {
    const gen = this.ids.get(id);
    if (current && gen === undefined) {
      const seq = await this.store.storedSeq(id);
      if (seq === null) return null;
      let copy = current();
      // A commit answered just before the seq may not be in the copy yet: its continuation runs
      // a few promise steps behind the seq's. They all run before the next turn of the loop.
      if (copy && copy.seq < seq) {
        await new Promise((r) => setImmediate(r));
        copy = current();
      }
      if (copy && copy.seq >= seq && !this.ids.has(id)) return copy;
    }
    const stored = await this.store.load(id);
    if (gen !== undefined) await this.settled(id, gen, stored);
    return stored;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.ids.clear();
  }

  private arm(): void {
    if (this.timer || this.ids.size === 0 || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.checkNow();
    }, this.everyMs);
    this.timer.unref();
  }

  private async checkAll(): Promise<void> {
    await Promise.all(
      [...this.ids].map(async ([id, gen]) => {
        try {
          await this.settled(id, gen, await this.store.load(id));
        } catch {
          // The store still does not answer: the next check reads it again.
        }
      }),
    );
  }

  private async settled(id: string, gen: number, stored: MeetingState | null): Promise<void> {
    // Marked again meanwhile: a newer commit's outcome is unknown too; a later read settles both.
    if (this.ids.get(id) !== gen) return;
    this.ids.delete(id);
    try {
      await this.settle(id, stored);
    } catch (err) {
      log('uncertain_settle_error', { error: errorName(err), at: errorSite(err) });
    }
  }
}
