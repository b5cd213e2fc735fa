// The line under a chair's field far down the tools panel (the topic, a note) once what was
// written there has gone out: that it went, and the way back up to the next step. A fresh
// tester's chair sent a note, and another set the topic, deep in the tools on a phone, saw
// nothing happen and had to find the bar again; a third (2026-12-05) came to the message box
// through the tools, not the bar's shortcut, and was given no way back.
import { h, setText } from '../dom.js';

export class SentLine {
  readonly el: HTMLElement;
  private text: HTMLElement;
  private back: HTMLButtonElement;

  /**
   * `testid`: the line's (its button's is `<testid>-back`); `backLabel`: the button's words;
   * `toBar`: takes the chair back up to the next step.
   */
  constructor(testid: string, backLabel: string, private toBar: () => void) {
    this.text = h('span', { testid: `${testid}-text` });
    this.back = h('button', { class: 'button ghost small', type: 'button', testid: `${testid}-back`, on: { click: () => this.goBack() } }, backLabel);
    this.el = h('p', { class: 'hint sent-line', testid, role: 'status', hidden: true }, this.text, ' ', this.back);
  }

  /** What was written went out: say so (`words`), with the way back up to the next step. */
  sent(words: string): void {
    setText(this.text, words);
    this.el.hidden = false;
  }

  /** The chair writes again (or the line no longer applies). */
  hide(): void {
    this.el.hidden = true;
  }

  private goBack(): void {
    this.hide();
    this.toBar();
  }
}
