// The line under a chair's field far down the tools panel (the topic, a note) once what was
// written there has gone out: that it went, and, when the chair came to the field from the chair
// bar's shortcut, the way back up to the next step. A fresh tester's chair sent a note, and
// another set the topic, deep in the tools on a phone, saw nothing happen and had to find the
// bar again.
import { h, setText } from '../dom.js';

export class SentLine {
  readonly el: HTMLElement;
  private text: HTMLElement;
  private back: HTMLButtonElement;
  /** The chair came to the field by the bar's shortcut (cameFromBar). */
  private fromBar = false;

  /**
   * `testid`: the line's (its button's is `<testid>-back`, hidden unless the chair came from the
   * bar); `backLabel`: the button's words; `toBar`: takes the chair back up to the next step.
   */
  constructor(testid: string, backLabel: string, private toBar: () => void) {
    this.text = h('span', { testid: `${testid}-text` });
    this.back = h('button', { class: 'button ghost small', type: 'button', testid: `${testid}-back`, hidden: true, on: { click: () => this.goBack() } }, backLabel);
    this.el = h('p', { class: 'hint sent-line', testid, role: 'status', hidden: true }, this.text, ' ', this.back);
  }

  /** The bar's shortcut to the field was used. */
  cameFromBar(): void {
    this.fromBar = true;
  }

  /** What was written went out: say so (`words`), with the way back when the chair came from the bar. */
  sent(words: string): void {
    setText(this.text, words);
    this.back.hidden = !this.fromBar;
    this.el.hidden = false;
  }

  /** The chair writes again (or the line no longer applies). */
  hide(): void {
    this.el.hidden = true;
  }

  private goBack(): void {
    this.hide();
    this.fromBar = false;
    this.toBar();
  }
}
