// The speaker's clock. The server sends the time left, not a wall-clock deadline to trust: the
// client counts down from it on its own monotonic clock, so a skewed phone clock does not matter.
import type { MeetingView } from '../../shared/meeting/view.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { formatRemaining } from '../time.js';

export class Countdown {
  readonly el: HTMLElement;
  private value: HTMLElement;
  private endsAt = 0;
  private paused = false;
  /** The server's warning time (view.warnMs), never a guess. */
  private warnMs = 30_000;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    this.value = h('span', { class: 'countdown-value' });
    this.el = h('div', { class: 'countdown', testid: 'countdown', role: 'timer', 'aria-label': app.t.countdownLabel, hidden: true }, this.value);
  }

  update(v: MeetingView): void {
    const sp = v.speaker;
    if (!sp) {
      this.stop();
      this.el.hidden = true;
      return;
    }
    this.el.hidden = false;
    this.paused = sp.frozen;
    this.endsAt = performance.now() + sp.remainingMs;
    this.warnMs = v.warnMs;
    this.el.classList.toggle('warned', sp.warned || sp.remainingMs <= this.warnMs);
    this.render();
    if (this.paused) this.stop();
    else this.timer ??= setInterval(() => this.render(), 500);
  }

  private render(): void {
    const left = this.endsAt - performance.now();
    setText(this.value, this.paused ? `${formatRemaining(left)} (${app.t.countdownPaused})` : formatRemaining(left));
    if (!this.paused && left <= this.warnMs) this.el.classList.add('warned');
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
