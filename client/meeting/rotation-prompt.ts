// "The chair moves on after the round: can you take it?" — asked of everyone but the chair (and
// those who came to listen) when a format that rotates the chair found nobody else who offered
// (the `rotationOpen` event). A fourth fresh tester (2026-12-04) found the invitation only as a
// line in the transcript, with the box to tick near the bottom of a long phone page. Answered
// with `volunteer` on, which takes the chair.
// Asked from the view too (`view.rotationOpen`): a page opened again, or a member let in after
// the event, was not asked at all. "Not now" holds for this page until the chair changes hands.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { ChairQuestion } from './chair-question.js';

export class RotationPrompt {
  private question: ChairQuestion;
  /** The chair this offer was made under: the question goes once the chair changes hands. */
  private chairId: string | null = null;
  /** "Not now" was pressed while this chair held the rotation open (null: not put aside). */
  private dismissedUnder: string | null = null;

  /** `offerToChair`: sends `volunteer` with `on: true`. */
  constructor(offerToChair: () => Promise<Ack>) {
    const t = app.t;
    this.question = new ChairQuestion({
      testid: 'rotation-ask',
      buttons: 'rotation',
      cls: 'chair-vacant',
      title: t.rotationAskTitle,
      text: t.rotationAskText,
      answer: offerToChair,
      dismissed: () => (this.dismissedUnder = this.chairId),
    });
  }

  get el(): HTMLElement {
    return this.question.el;
  }

  /**
   * Asked with `v` as this page's view, unless this person chairs, came to listen, is at their
   * first meeting (`you.firstMeeting`), or the meeting ended. A listener (often a newcomer,
   * domain.md: "newcomers often start so") is not pressed with a question at the top of the page
   * (a fresh tester, 2026-12-05, judged it pressure on an anxious first-timer); the transcript's
   * line still says anyone may offer.
   */
  private offer(v: MeetingView): void {
    if (v.you.isChair || v.phase === 'ended') return;
    if (v.participants.find((p) => p.id === v.you.id)?.role === 'listener') return;
    // Nor someone at their first meeting (a fresh tester, 2026-12-05: a first-timer in a
    // relatives round got the big "Yes, I can chair" box); they may still tick the box.
    if (v.you.firstMeeting) return;
    // Nor the person sharing, over their share box: asked once their turn ends (update asks again).
    if (v.speaker?.id === v.you.id) return;
    this.chairId = v.chairId;
    this.question.show();
  }

  /**
   * Each view: asked while the view says the rotation is open (unless put aside under this chair,
   * or this person chairs); the question goes once the chair has changed hands, or the meeting ended.
   */
  update(v: MeetingView, online: boolean): void {
    this.question.online = online;
    if (this.question.shown && (v.chairId !== this.chairId || v.you.isChair || v.phase === 'ended' || !v.rotationOpen || v.speaker?.id === v.you.id)) this.question.hide();
    if (this.dismissedUnder !== null && this.dismissedUnder !== v.chairId) this.dismissedUnder = null;
    if (v.rotationOpen && !this.question.shown && this.dismissedUnder !== v.chairId) this.offer(v);
  }
}
