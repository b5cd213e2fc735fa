// "The chair moves on after the round: can you take it?" — asked of everyone but the chair when a
// format that rotates the chair found nobody else who offered (the `rotationOpen` event). A fourth
// fresh tester (2026-12-04) found the invitation only as a line in the transcript, with the box to
// tick near the bottom of a long phone page. Answered with `volunteer` on, which takes the chair.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';

export class RotationPrompt {
  readonly el: HTMLElement;
  private error: HTMLElement;
  private accept: HTMLButtonElement;
  /** The chair this offer was made under: the question goes once the chair changes hands. */
  private chairId: string | null = null;

  /** `offerToChair`: sends `volunteer` with `on: true`. */
  constructor(private offerToChair: () => Promise<Ack>) {
    const t = app.t;
    this.error = h('p', { class: 'hint', role: 'alert', hidden: true });
    this.accept = h('button', { class: 'button primary', type: 'button', testid: 'rotation-accept', on: { click: () => void this.onAccept() } }, t.chairVacantAccept);
    const dismiss = h('button', { class: 'button secondary', type: 'button', testid: 'rotation-dismiss', on: { click: () => this.hide() } }, t.chairVacantDismiss);
    this.el = h(
      'section',
      { class: 'banner info chair-vacant', testid: 'rotation-ask', role: 'alertdialog', 'aria-labelledby': 'rotation-ask-title', tabindex: '-1', hidden: true },
      h('h2', { id: 'rotation-ask-title' }, t.rotationAskTitle),
      h('p', {}, t.rotationAskText),
      this.error,
      h('div', { class: 'composer-buttons' }, this.accept, dismiss),
    );
  }

  /** The room heard `rotationOpen` with `v` as this page's view: asked unless this person chairs. */
  offer(v: MeetingView): void {
    if (v.you.isChair || v.phase === 'ended') return;
    this.chairId = v.chairId;
    this.error.hidden = true;
    this.el.hidden = false;
    // Into view and read out, unless the person is busy in a field or on a button.
    const active = document.activeElement;
    if (active && active !== document.body) return;
    this.el.scrollIntoView?.({ block: 'nearest' });
    this.el.focus?.({ preventScroll: true });
  }

  /** Each view: the question goes once the chair has changed hands, or the meeting ended. */
  update(v: MeetingView, online: boolean): void {
    this.accept.disabled = !online;
    if (!this.el.hidden && (v.chairId !== this.chairId || v.you.isChair || v.phase === 'ended')) this.hide();
  }

  private hide(): void {
    this.el.hidden = true;
  }

  private async onAccept(): Promise<void> {
    this.accept.disabled = true;
    const ack = await this.offerToChair();
    this.accept.disabled = false;
    if (ack.ok) return this.hide();
    setText(this.error, ack.message);
    this.error.hidden = false;
  }
}
