// A chair step that cuts someone off or skips people still waiting says so and asks once, right
// where the chair pressed ("Stille Fjord is still sharing. 3 people have not had their turn. End
// the round anyway?"). In a round by raised hands it names the hands up and, hand up or not, how
// many have not had their turn, the chair among them (chair-steps.ts cutOff `unturned`). Escape
// or "Cancel" puts focus back on the button that asked. "Cancel" comes before the yes, on screen
// and in Tab order.
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { claimConfirm } from './one-confirm.js';

export class ConfirmStep {
  readonly el: HTMLElement;
  private text: HTMLElement;
  private yes: HTMLButtonElement;
  private no: HTMLButtonElement;
  private wait: HTMLElement;
  private onYes: (() => void) | null = null;
  private from: HTMLElement | null = null;
  /** Gives up the page's one pending confirmation (one-confirm.ts) once this question closes. */
  private release = (): void => undefined;
  /**
   * The button that asked a question with `inPlace`, hidden while it is open (null: none), and
   * whether its owner wants it hidden once the question closes (`hidden`).
   */
  private hid: HTMLElement | null = null;
  private ownHidden = false;

  constructor(testid = 'confirm-step') {
    this.text = h('p', { class: 'confirm-text', role: 'alert', testid: `${testid}-text` });
    this.yes = h('button', { class: 'button danger small', type: 'button', testid: `${testid}-yes`, on: { click: (e) => this.confirm(e as MouseEvent) } });
    this.no = h('button', { class: 'button secondary small', type: 'button', testid: `${testid}-no`, on: { click: () => this.cancel() } }, app.t.confirmNo);
    this.wait = h('p', { class: 'confirm-wait', id: `${testid}-wait`, testid: `${testid}-wait`, hidden: true });
    this.yes.setAttribute('aria-describedby', this.wait.id);
    this.el = h(
      'div',
      {
        class: 'confirm-step',
        testid,
        hidden: true,
        on: {
          keydown: (e) => {
            if ((e as KeyboardEvent).key !== 'Escape' || this.el.hidden) return;
            // An Escape that closed something is not half of the quick exit's "Escape twice".
            e.preventDefault();
            e.stopPropagation();
            this.cancel();
          },
        },
      },
      this.text,
      // Cancel first, then yes: focus starts on Cancel (ask), and the next Tab must reach the yes,
      // not go round the whole page (a keyboard tester, 2026-12-06: 46 presses from "Avbryt" to
      // "Ja, gå videre", and the end question's yes not reached in 30).
      h('div', { class: 'button-wrap' }, this.no, this.yes),
      this.wait,
    );
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  /**
   * Shows the question; focus goes to "Cancel", so a second tap or Enter never confirms by accident.
   * `inPlace`: the button that asked (`from`) is hidden while the question is open, and the
   * question's yes, named as that button's step ("Yes, go on: Readings"), stands in its place: the
   * one yes in view. A fresh tester (2026-12-06) saw two identical "Yes, go on: Open sharing"
   * buttons at once, the question's and the chair bar's (which then said the yes's words and was
   * a yes when pressed again). Without it (End, Move on: their own words differ from their named
   * yes) the button stays, and a press of it asks again.
   */
  ask(lines: string[], yesLabel: string, from: HTMLElement, onYes: () => void, opts: { inPlace?: boolean } = {}): void {
    // One question or armed button at a time (one-confirm.ts): asking takes any other back (this
    // one's too: its button comes back first); another one, or Escape anywhere, cancels this one.
    this.release();
    this.showFrom();
    setText(this.text, lines.join(' '));
    setText(this.yes, yesLabel);
    this.onYes = onYes;
    this.from = from;
    if (opts.inPlace) {
      this.hid = from;
      this.ownHidden = from.hidden === true;
      from.hidden = true;
    }
    this.release = claimConfirm((byEscape) => (byEscape ? this.cancel() : this.dismiss()));
    this.el.hidden = false;
    this.no.focus();
  }

  /**
   * Whether `btn`, which its owner wants hidden or not (`own`), is hidden now: hidden while a
   * question it asked `inPlace` is open (and `own` is then kept for when it closes), else `own`.
   * For owners that set a button's `hidden` on every view (the chair bar's next step).
   */
  hides(btn: HTMLElement, own: boolean): boolean {
    if (this.hid !== btn || this.el.hidden) return own;
    this.ownHidden = own;
    return true;
  }

  /** The button hidden by an `inPlace` question comes back as its owner wants it (a question closing). */
  private showFrom(): void {
    if (this.hid) this.hid.hidden = this.ownHidden;
    this.hid = null;
  }

  /**
   * An open question whose facts changed (the turn moved on, a hand went down): its words follow,
   * without moving focus. Nothing when closed.
   */
  reword(lines: string[]): void {
    if (!this.el.hidden) setText(this.text, lines.join(' '));
  }

  /**
   * The question stays open, but its answer cannot be given now (`why`: what it waits for, as the
   * person should read it — the connection, the chair's resume; null: it can be given): the
   * confirming button is disabled until it can, and the reason is said under it (a fresh tester,
   * 2026-12-04: the disabled "Pass anyway" gave no reason).
   */
  hold(why: string | null): void {
    this.yes.disabled = why !== null;
    this.wait.hidden = why === null;
    setText(this.wait, why ?? '');
  }

  /** Closes the question without an answer and without moving focus (it no longer applies). */
  dismiss(): void {
    this.release();
    this.showFrom();
    this.el.hidden = true;
    this.onYes = null;
  }

  cancel(): void {
    if (this.el.hidden) return;
    this.release();
    this.showFrom();
    this.el.hidden = true;
    this.onYes = null;
    this.from?.focus();
  }

  private confirm(e: MouseEvent): void {
    // The second click of a double click or double tap is never a confirmation, wherever it lands.
    if (e.detail > 1) return;
    this.answer();
  }

  /** Closes the question and runs its yes. */
  private answer(): void {
    const run = this.onYes;
    this.release();
    this.showFrom();
    this.el.hidden = true;
    this.onYes = null;
    run?.();
  }
}
