// Acknowledgements reach screen-reader users too, but batched: "2 people said: Thank you for
// sharing", once, not one announcement per tap while someone is trying to type.
import type { AckKind } from '../../shared/meeting/commands.js';
import { ACK_KINDS } from '../../shared/meeting/commands.js';
import { app } from '../app.js';
import { h } from '../dom.js';
import { announce, ANNOUNCE_KEEP_MS } from '../live-region.js';

export const ACK_BATCH_MS = 2500;

export class AckAnnouncer {
  readonly el: HTMLElement;
  private counts = new Map<AckKind, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    this.el = h('div', { class: 'visually-hidden', 'aria-live': 'polite', testid: 'ack-announce' });
  }

  add(kind: AckKind): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    this.timer ??= setTimeout(() => this.flush(), ACK_BATCH_MS);
  }

  private flush(): void {
    this.timer = null;
    const t = app.t;
    const parts = ACK_KINDS.filter((k) => this.counts.get(k)).map((k) => t.ackBatch(this.counts.get(k) ?? 0, t[`ack_${k}`]));
    this.counts.clear();
    announce(this.el, parts.join('. '), ANNOUNCE_KEEP_MS, 0);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
