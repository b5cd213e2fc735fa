// The speaker's clock. The server sends the time left, not a wall-clock deadline to trust: the
// client counts down from it on its own monotonic clock, so a skewed phone clock does not matter.
import type { MeetingView } from '../../shared/meeting/view.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { formatRemaining } from '../time.js';
import { onBeat } from './beat.js';
import { clockMark } from './clock-mark.js';

export class Countdown {
  readonly el: HTMLElement;
  private value: HTMLElement;
  private endsAt = 0;
  private paused = false;
  /** Why the clock is stopped (clockMark), or null while it runs. */
  private mark: string | null = null;
  /** The server's warning time (view.warnMs), never a guess. */
  private warnMs = 30_000;
  /** Leaves the page's beat (beat.ts) while the clock runs, else null. */
  private timer: (() => void) | null = null;

  constructor() {
    this.value = h('span', { class: 'countdown-value' });
    this.el = h('div', { class: 'countdown', testid: 'countdown', role: 'timer', 'aria-label': app.t.countdownLabel, hidden: true }, this.value);
  }

  /**
   * Shows `v`'s speaker clock (already aged to now). `live` false: this page is offline, the
   * clock is held where it was last known (view-age.ts ageAsShown) and marked as not live.
   */
  update(v: MeetingView, live = true): void {
    const sp = v.speaker;
    if (!sp) {
      this.stop();
      this.el.hidden = true;
      return;
    }
    this.el.hidden = false;
    this.mark = clockMark(v, live, app.t);
    this.paused = sp.frozen || !live;
    this.endsAt = performance.now() + sp.remainingMs;
    this.warnMs = v.warnMs;
    this.el.classList.toggle('warned', sp.warned || sp.remainingMs <= this.warnMs);
    this.render();
    if (this.paused) this.stop();
    else this.timer ??= onBeat(() => this.render());
  }

  private render(): void {
    const left = this.endsAt - performance.now();
    setText(this.value, this.paused && this.mark ? `${formatRemaining(left)} (${this.mark})` : formatRemaining(left));
    if (!this.paused && left <= this.warnMs) this.el.classList.add('warned');
  }

  stop(): void {
    this.timer?.();
    this.timer = null;
  }
}
