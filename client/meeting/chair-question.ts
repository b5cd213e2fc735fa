// A question about the chair asked of the room at the top of the meeting page, answered with one
// command or put aside with "Not now": the vacancy ("Nobody is chairing now", edges.ts) and the
// rotation that found nobody ("The chair moves on", rotation-prompt.ts). The DOM and the answer's
// handling; when it is asked is each caller's.
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { focusAtRest, h, setText } from '../dom.js';
import { ackErrorText } from '../errors.js';

export class ChairQuestion {
  readonly el: HTMLElement;
  private error: HTMLElement;
  private accept: HTMLButtonElement;

  /**
   * `testid`: the section's; its buttons' are `<buttons>-accept` and `<buttons>-dismiss` (`buttons`
   * defaults to `testid`); `cls` its extra class;
   * `answer` sends the command; `dismissed` runs after "Not now" hid it.
   */
  constructor(o: { testid: string; buttons?: string; cls: string; title: string; text: string; answer: () => Promise<Ack>; dismissed?: () => void }) {
    const t = app.t;
    this.error = h('p', { class: 'hint', role: 'alert', hidden: true });
    this.accept = h('button', { class: 'button primary', type: 'button', testid: `${o.buttons ?? o.testid}-accept`, on: { click: () => void this.onAccept(o.answer) } }, t.chairVacantAccept);
    const dismiss = h(
      'button',
      {
        class: 'button secondary',
        type: 'button',
        testid: `${o.buttons ?? o.testid}-dismiss`,
        on: {
          click: () => {
            this.hide();
            o.dismissed?.();
          },
        },
      },
      t.chairVacantDismiss,
    );
    this.el = h(
      'section',
      { class: `banner info ${o.cls}`, testid: o.testid, role: 'alertdialog', 'aria-labelledby': `${o.testid}-title`, tabindex: '-1', hidden: true },
      h('h2', { id: `${o.testid}-title` }, o.title),
      h('p', {}, o.text),
      this.error,
      h('div', { class: 'composer-buttons' }, this.accept, dismiss),
    );
  }

  get shown(): boolean {
    return !this.el.hidden;
  }

  /** The answer can reach the server (false: offline, the button is off). */
  set online(on: boolean) {
    this.accept.disabled = !on;
  }

  /**
   * Asked now: shown, and into view and focused (read out as the dialog it is), unless the person
   * is busy in a field or on a button; a fresh tester (2026-12-03), scrolled down to the draft box,
   * saw only the transcript's line while the answer buttons sat at the top. Focus goes to the
   * question, not to a button a space bar press would work.
   */
  show(): void {
    if (!this.el.hidden) return;
    this.error.hidden = true;
    this.el.hidden = false;
    if (!focusAtRest()) return;
    this.el.scrollIntoView?.({ block: 'nearest' });
    this.el.focus?.({ preventScroll: true });
  }

  hide(): void {
    this.el.hidden = true;
  }

  private async onAccept(answer: () => Promise<Ack>): Promise<void> {
    this.accept.disabled = true;
    const ack = await answer();
    this.accept.disabled = false;
    if (ack.ok) return this.hide();
    // In the page's words: the server's `message` is in the language its socket last joined in,
    // English once the meeting is gone (a tester read English under a Norwegian page).
    setText(this.error, ackErrorText(ack));
    this.error.hidden = false;
  }
}
