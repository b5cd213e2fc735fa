// Share deadlines and grace periods. Each process sets one timer per meeting from the core's
// nextDue(); when it fires it sends a `tick` through the normal command path. Ticks are
// idempotent (nothing due is a rejection, and compare-and-set orders them), so timers in several
// processes never advance a turn twice.
import { nextDue } from '../shared/meeting/decide.js';
import type { MeetingState } from '../shared/meeting/state.js';
import type { Meetings, Outcome } from './meetings.js';

// Fire a hair after the due time so the core, comparing now >= due, sees it due.
const LATE_MS = 5;

export class Clock {
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private stopped = false;

  constructor(
    private readonly meetings: Meetings,
    private readonly publish: (o: Extract<Outcome, { ok: true }>) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** (Re)arms the meeting's timer from its latest state. */
  schedule(state: MeetingState): void {
    const due = nextDue(state);
    const current = this.timers.get(state.id);
    if (current && current.at === due) return;
    if (current) clearTimeout(current.timer);
    this.timers.delete(state.id);
    if (due === null || this.stopped) return;
    // The timer keeps the meeting's id only, never `state`: a timer that outlives several commits
    // (a share deadline, a grace period) would otherwise hold a whole old copy of the meeting
    // alive next to the current one (Issue 10: heap per connection).
    const id = state.id;
    const timer = setTimeout(() => void this.fire(id), Math.max(0, due - this.now()) + LATE_MS);
    timer.unref();
    this.timers.set(state.id, { at: due, timer });
  }

  private async fire(id: string): Promise<void> {
    this.timers.delete(id);
    const out = await this.meetings.run(id, () => ({ type: 'tick' })).catch(() => null);
    if (!out) return;
    if (out.ok) this.publish(out);
    if (out.state) this.schedule(out.state);
  }

  stop(): void {
    this.stopped = true;
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
