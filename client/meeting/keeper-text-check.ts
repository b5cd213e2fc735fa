// The look before a chair's note or topic with contact details in it goes to everyone: the server
// refuses it with GUARD_HINT and its findings (shared/meeting/guard-mode.ts guardKeeperText), and
// this line under the field says what it found, quoting the words, with "Send as it is" beside
// it. A fresh tester (2026-12-05): in a rotating round a member who had just taken the chair
// posted a phone number as a note, and it reached everyone at once, unchecked.
import type { GuardFinding } from '../../shared/meeting/guard-mode.js';
import { app } from '../app.js';
import { h } from '../dom.js';
import { analyze } from '../guard.js';
import { hintLine } from './live-hints.js';

export class KeeperTextCheck {
  readonly el: HTMLElement;
  /** The text the server refused, as sent: "Send as it is" sends exactly it. */
  private pending: string | null = null;

  /**
   * `testid`: the line's (its button's is `<testid>-send`); `sendAsItIs`: sends `text` again with
   * `confirm: true`.
   */
  constructor(
    private testid: string,
    private sendAsItIs: (text: string) => void,
  ) {
    this.el = h('div', { class: 'composer-hints keeper-check', testid, role: 'status', hidden: true });
  }

  /**
   * Shows what the server found in `text` (`findings`, GUARD_HINT's): one line per finding with
   * the words it is about, in the page's own words for that kind (a phone number, a full name …)
   * when the guard's rules are loaded, else the general one; then "Send as it is".
   */
  show(text: string, findings: GuardFinding[], lang: 'nb' | 'en'): void {
    this.pending = text;
    const t = app.t;
    const local = analyze(text, [], lang);
    const lines = findings.map((f) => {
      const same = local.find((l) => l.match === f.match);
      return h('li', { testid: `${this.testid}-${f.kind}` }, same ? hintLine({ ...same, matches: [f.match] }, app.lang) : hintLine({ kind: f.kind, match: f.match, hint: { nb: t.keeperContactHint, en: t.keeperContactHint }, matches: [f.match] }, app.lang));
    });
    const send = h('button', { class: 'button secondary small', type: 'button', testid: `${this.testid}-send`, on: { click: () => this.pending !== null && this.sendAsItIs(this.pending) } }, t.keeperSendAnyway);
    this.el.replaceChildren(h('p', { class: 'hints-title' }, t.keeperCheckTitle), h('ul', {}, ...lines), h('p', { class: 'hint' }, t.keeperCheckWhy), send);
    this.el.hidden = false;
  }

  /** The chair changed the words, or they went out: the look no longer applies. */
  clear(): void {
    this.pending = null;
    this.el.hidden = true;
    this.el.replaceChildren();
  }
}
