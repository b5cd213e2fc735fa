// What a participant can do besides writing: the wordless acknowledgements to the speaker (and,
// for the speaker, seeing them arrive), raising a hand, and the chime for one's own turn.
import { ACK_KINDS } from '../../shared/meeting/commands.js';
import type { AckKind } from '../../shared/meeting/commands.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { choice, h, setText } from '../dom.js';
import { ackIcon } from '../icons.js';
import { handsClosedForYou } from './draft-words.js';
import { ownHand } from './chair-steps.js';
import { ConfirmStep } from './confirm-step.js';
import { canRaiseHand } from './others-words.js';
import { OnDeck } from './on-deck.js';
import { chime, setSound, soundEnabled } from './signal.js';
import { turnToggles } from './turn-toggles.js';

export interface ActionDeps {
  acknowledge(kind: AckKind): Promise<Ack>;
  raiseHand(): Promise<Ack>;
  lowerHand(): Promise<Ack>;
  error(code: string): void;
}

export class Actions {
  readonly el: HTMLElement;
  private ackBox: HTMLElement;
  private ackButtons: HTMLButtonElement[];
  private ackNote: HTMLElement;
  private received: HTMLElement;
  private receivedCount: HTMLElement;
  private receivedFlash: HTMLElement;
  private handBox: HTMLElement;
  private handBtn: HTMLButtonElement;
  private handNote: HTMLElement;
  /** "Chime on my turn": lives with the person's own settings, not among the actions. */
  readonly soundToggle: HTMLElement;
  private soundBox: HTMLInputElement;
  private ackedTurn = false;
  private handUp = false;
  /** Whether the hand up is a late turn (view `lateTurn`): lowering it asks first (lateConfirm). */
  private handLate = false;
  /**
   * "Give up your late turn?": a fresh tester's member, back from a drop that took her turn, read
   * only "Your hand is up", and "Lower your hand" dropped the late turn at once.
   */
  private lateConfirm = new ConfirmStep('hand-late-confirm');

  constructor(private deps: ActionDeps) {
    const t = app.t;
    this.ackButtons = ACK_KINDS.map((kind) =>
      h(
        'button',
        { class: 'button ack', type: 'button', testid: `ack-${kind}`, on: { click: () => void this.ack(kind) } },
        ackIcon(kind),
        t[`ack_${kind}`],
      ),
    );
    this.ackNote = h('p', { class: 'hint', testid: 'ack-sent', 'aria-live': 'polite' });
    this.ackBox = h('div', { class: 'ack-box', role: 'group', 'aria-labelledby': 'ack-title' }, h('p', { id: 'ack-title', class: 'small-title' }, t.ackTitle), h('div', { class: 'ack-buttons' }, ...this.ackButtons), this.ackNote);
    this.receivedCount = h('p', { class: 'ack-count', testid: 'ack-count' });
    // Not a live region: screen readers hear acknowledgements batched (ack-announce.ts), not per tap.
    this.receivedFlash = h('p', { class: 'ack-flash', testid: 'ack-received' });
    this.received = h('div', { class: 'ack-received' }, this.receivedCount, this.receivedFlash);
    this.handBtn = h('button', { class: 'button', type: 'button', testid: 'raise-hand', on: { click: () => void this.toggleHand() } }, t.raiseHand);
    this.handNote = h('p', { class: 'hint', testid: 'hand-status' });
    this.handBox = h('div', { class: 'hand-box' }, this.handBtn, this.handNote, this.lateConfirm.el);
    this.soundBox = h('input', { type: 'checkbox', testid: 'sound-toggle', props: { checked: soundEnabled() }, on: { change: () => this.toggleSound() } });
    this.soundToggle = choice(this.soundBox, t.soundLabel);
    this.el = h('section', { class: 'actions', testid: 'actions' }, this.handBox, this.ackBox, this.received);
  }

  /** A new turn starts: one acknowledgement per person per share. */
  resetTurn(): void {
    this.ackedTurn = false;
    setText(this.ackNote, '');
    setText(this.receivedFlash, '');
    this.syncEmpty();
  }

  /** The speaker's side: an acknowledgement arrived (anonymously). */
  acknowledged(kind: AckKind): void {
    this.receivedFlash.replaceChildren(ackIcon(kind), document.createTextNode(` ${app.t.ackReceived(app.t[`ack_${kind}`])}`));
    this.syncEmpty();
  }

  /** With nothing to show, the section takes no room (no stray gap in the column). */
  private syncEmpty(): void {
    const receivedEmpty = this.received.hidden || (!this.receivedCount.textContent && !this.receivedFlash.textContent);
    this.el.hidden = this.handBox.hidden && this.ackBox.hidden && receivedEmpty;
  }

  update(v: MeetingView, online: boolean): void {
    const t = app.t;
    const me = v.participants.find((p) => p.id === v.you.id);
    const sp = v.speaker;
    const someoneElse = !!sp && sp.id !== v.you.id;
    this.ackBox.hidden = !someoneElse || !me;
    for (const b of this.ackButtons) b.disabled = !online || this.ackedTurn || !!me?.muted || v.frozen;
    const mine = !!sp && sp.id === v.you.id;
    this.received.hidden = !mine;
    if (mine) setText(this.receivedCount, sp?.acks ? t.ackCount(sp.acks) : '');
    // The same rule as the status line's "raise your hand" (others-words.ts). Not while the chair
    // bar offers the chair's own hand (chair-steps.ts ownHand): one button for one hand, the one
    // up where the chair looks (a fresh tester's chair saw both, this one far down the page).
    this.handBox.hidden = !canRaiseHand(v) || ownHand(v) !== null;
    this.handUp = me?.hand !== null && me?.hand !== undefined;
    setText(this.handBtn, this.handUp ? t.lowerHand : t.raiseHand);
    this.handBtn.setAttribute('aria-pressed', String(this.handUp));
    this.handBtn.disabled = !online || v.frozen;
    // Past the last call a hand not up cannot go up: no button, and the note says why (a lowered
    // hand could not go up again, so lowering stays).
    const closed = handsClosedForYou(v);
    this.handBtn.hidden = closed;
    // One position on the page: when the on-deck line already says your place in line, the hand
    // note does not give a second number.
    // A late turn's hand is said as one (view `lateTurn`), not as a hand raised the ordinary way.
    this.handLate = this.handUp && me?.lateTurn === true;
    if (!this.handLate && this.lateConfirm.open) this.lateConfirm.dismiss();
    const upWords = this.handLate ? { plain: t.handUpLatePlain, at: t.handUpLate } : { plain: t.handUpPlain, at: t.handUp };
    setText(this.handNote, closed ? t.handsClosedNote : this.handUp && me?.hand ? (OnDeck.place(v) !== null ? upWords.plain : upWords.at(me.hand)) : '');
    // Offered only while a turn can still come to this person (turn-toggles.ts).
    this.soundToggle.hidden = !turnToggles(v).turnSound;
    this.syncEmpty();
  }

  private async ack(kind: AckKind): Promise<void> {
    this.ackedTurn = true;
    for (const b of this.ackButtons) b.disabled = true;
    const r = await this.deps.acknowledge(kind);
    if (!r.ok && r.code !== 'ALREADY_DONE') {
      this.ackedTurn = false;
      for (const b of this.ackButtons) b.disabled = false;
      this.deps.error(r.code);
      return;
    }
    setText(this.ackNote, app.t.ackSent);
  }

  private async toggleHand(): Promise<void> {
    if (this.handUp && this.handLate) {
      // Lowered, a late turn is gone (the core keeps no note of it): asked first.
      this.lateConfirm.ask([app.t.lowerHandLateAsk], app.t.lowerHandLateYes, this.handBtn, () => void this.sendHand());
      return;
    }
    await this.sendHand();
  }

  private async sendHand(): Promise<void> {
    this.handBtn.disabled = true;
    const r = this.handUp ? await this.deps.lowerHand() : await this.deps.raiseHand();
    this.handBtn.disabled = false;
    if (!r.ok && r.code !== 'ALREADY_DONE') this.deps.error(r.code);
  }

  private toggleSound(): void {
    const on = this.soundBox.checked;
    setSound(on);
    // Play it once now: the person hears what they chose, and the browser unlocks audio.
    if (on) chime();
  }
}
