// A chair step that cuts someone off or skips people still waiting says so and asks once, right
// where the chair pressed ("Stille Fjord is still sharing. 3 people have not had their turn. End
// the round anyway?"). In a round by raised hands it names the hands up and, hand up or not, how
// many have not had their turn, the chair among them (chair-steps.ts cutOff `unturned`). Escape
// or "Cancel" puts focus back on the button that asked.
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { claimConfirm } from './one-confirm.js';

/** How long (ms) a question is up before the button that asked it, pressed again, is its yes. */
export const PRESS_AGAIN_MIN_MS = 800;

export class ConfirmStep {
  readonly el: HTMLElement;
  private text: HTMLElement;
  private yes: HTMLButtonElement;
  private no: HTMLButtonElement;
  private wait: HTMLElement;
  private onYes: (() => void) | null = null;
  private from: HTMLElement | null = null;
  /** When the question was last shown (ms, the page's clock): a press again sooner is a double tap. */
  private askedAt = 0;
  /** Gives up the page's one pending confirmation (one-confirm.ts) once this question closes. */
  private release = (): void => undefined;
  /**
   * While a question asked with `pressAgain` is open: the asking button's own label, put back
   * when the question closes (the button meanwhile says the yes's words). Null otherwise.
   */
  private ownLabel: string | null = null;
  /** The open question's yes words (ask's `yesLabel`). */
  private yesLabel = '';

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
      h('div', { class: 'button-wrap' }, this.yes, this.no),
      this.wait,
    );
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  /**
   * Shows the question; focus goes to "Cancel", so a second tap or Enter never confirms by accident.
   * `pressAgain`: the button that asked (`from`), pressed again while the question is open, is its
   * yes (pressedAgain; its owner calls that first in its click handler). Then, while the question
   * is open, that button says so in the yes's own words ("Yes, go on: Readings"), its label and
   * so its accessible name, and its own label comes back when the question closes (a fresh
   * tester, 2026-12-06: "Go on: Readings" stood unchanged under its question, and a first-time
   * chair could not tell a second press answered it). Without it (End, Move on: only their own
   * named yes answers) the button keeps its words and a press of it does not answer.
   */
  ask(lines: string[], yesLabel: string, from: HTMLElement, onYes: () => void, opts: { pressAgain?: boolean } = {}): void {
    // One question or armed button at a time (one-confirm.ts): asking takes any other back (this
    // one's too: its button gets its own words back first); another one, or Escape anywhere,
    // cancels this one.
    this.release();
    this.putLabelBack();
    setText(this.text, lines.join(' '));
    setText(this.yes, yesLabel);
    this.yesLabel = yesLabel;
    this.onYes = onYes;
    this.from = from;
    this.askedAt = Date.now();
    if (opts.pressAgain) {
      this.ownLabel = from.textContent ?? '';
      setText(from, yesLabel);
    }
    this.release = claimConfirm((byEscape) => (byEscape ? this.cancel() : this.dismiss()));
    this.el.hidden = false;
    this.no.focus();
  }

  /**
   * The label for `btn`, whose own label is `own` now: the yes's words while a question `btn`
   * asked with `pressAgain` is open (and `own` is then the label put back when it closes), else
   * `own`. For owners that set a button's words on every view (the chair bar's next step).
   */
  label(btn: HTMLElement, own: string): string {
    if (this.ownLabel === null || this.el.hidden || this.from !== btn) return own;
    this.ownLabel = own;
    return this.yesLabel;
  }

  /** The asking button gets its own words back (a `pressAgain` question closing). */
  private putLabelBack(): void {
    if (this.ownLabel !== null && this.from) setText(this.from, this.ownLabel);
    this.ownLabel = null;
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
    this.putLabelBack();
    this.el.hidden = true;
    this.onYes = null;
  }

  cancel(): void {
    if (this.el.hidden) return;
    this.release();
    this.putLabelBack();
    this.el.hidden = true;
    this.onYes = null;
    this.from?.focus();
  }

  /**
   * A press of the button that asked (`from`, its click `e`) while its own question, asked with
   * `pressAgain`, is open is the yes, as "press again" buttons do (confirm-button.ts): a fresh tester (2026-12-06) pressed
   * "Go on: Readings" again under its open question, and it only asked again. Returns whether the
   * press was taken (the question is open and was asked from `from`): then the caller does no
   * more. The yes is not given while it cannot be (hold: the question stays, its reason shown),
   * nor by the second click of a double click or double tap (as the yes button itself).
   */
  pressedAgain(from: HTMLElement, e?: MouseEvent): boolean {
    if (this.el.hidden || this.from !== from || this.ownLabel === null) return false;
    // A second press sooner than PRESS_AGAIN_MIN_MS after the question came up is a double tap,
    // not an answer: a phone's double tap does not always say so in `detail`, and the question
    // is there to be read (the layout e2e's double tap went on past the readings unasked).
    if (this.yes.disabled || (e?.detail ?? 0) > 1 || Date.now() - this.askedAt < PRESS_AGAIN_MIN_MS) return true;
    this.answer();
    return true;
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
    this.putLabelBack();
    this.el.hidden = true;
    this.onYes = null;
    run?.();
  }
}
