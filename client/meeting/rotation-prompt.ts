// "The chair moves on after the round: can you take it?" — asked of everyone but the chair when a
// format that rotates the chair found nobody else who offered (the `rotationOpen` event). A fourth
// fresh tester (2026-12-04) found the invitation only as a line in the transcript, with the box to
// tick near the bottom of a long phone page. Answered with `volunteer` on, which takes the chair.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { ChairQuestion } from './chair-question.js';

export class RotationPrompt {
  private question: ChairQuestion;
  /** The chair this offer was made under: the question goes once the chair changes hands. */
  private chairId: string | null = null;

  /** `offerToChair`: sends `volunteer` with `on: true`. */
  constructor(offerToChair: () => Promise<Ack>) {
    const t = app.t;
    this.question = new ChairQuestion({ testid: 'rotation-ask', buttons: 'rotation', cls: 'chair-vacant', title: t.rotationAskTitle, text: t.rotationAskText, answer: offerToChair });
  }

  get el(): HTMLElement {
    return this.question.el;
  }

  /** The room heard `rotationOpen` with `v` as this page's view: asked unless this person chairs. */
  offer(v: MeetingView): void {
    if (v.you.isChair || v.phase === 'ended') return;
    this.chairId = v.chairId;
    this.question.show();
  }

  /** Each view: the question goes once the chair has changed hands, or the meeting ended. */
  update(v: MeetingView, online: boolean): void {
    this.question.online = online;
    if (this.question.shown && (v.chairId !== this.chairId || v.you.isChair || v.phase === 'ended')) this.question.hide();
  }
}
