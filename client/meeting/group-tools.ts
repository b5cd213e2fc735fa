// Weekly groups on the meeting page: the chair hands "chair next time" on at the closing; the
// chosen person's page shows the one-time link with a plain sentence on keeping it; in a closed
// meeting the chair asks the members about someone at the door and sees how many have answered,
// and the counts once everyone asked has (never from one answer), and each member answers yes or
// no near the top of the meeting (questionEl).
import type { CommandEvent, CommandPayload, NextChairKey } from '../../shared/protocol.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import { mayChairNextTime } from '../../shared/meeting/next-chair-rule.js';
import { app } from '../app.js';
import { fill, h } from '../dom.js';
import { formatStart } from '../time.js';

type Send = <E extends CommandEvent>(event: E, payload: CommandPayload<E>) => Promise<{ ok: boolean; code?: string }>;

/**
 * The "chair next time" link with the sentence on keeping it and a copy button: on the meeting
 * page, and again on the end screen for as long as the page stays open. Built from page memory
 * only: the key is never written to sessionStorage or localStorage (privacy rule).
 */
export function nextChairKeyBanner(k: NextChairKey): HTMLElement {
  const t = app.t;
  const link = `${location.origin}/g/${encodeURIComponent(k.slug)}#chair=${encodeURIComponent(k.key)}`;
  const input = h('input', { type: 'text', readonly: true, id: 'next-chair-link', testid: 'next-chair-link', props: { value: link } });
  const copied = h('span', { class: 'hint', role: 'status' });
  return h(
    'div',
    { class: 'banner info', testid: 'next-chair-key' },
    h('h2', {}, t.nextChairYouTitle),
    h('p', {}, t.nextChairYouWhen(formatStart(k.startsAt, Date.now(), app.lang))),
    h('p', {}, t.nextChairKeep),
    h('label', { for: 'next-chair-link', class: 'field-label' }, t.nextChairLinkLabel),
    input,
    h(
      'button',
      {
        class: 'button secondary small',
        type: 'button',
        testid: 'next-chair-copy',
        on: {
          click: () => {
            input.select();
            void navigator.clipboard?.writeText(link).then(() => (copied.textContent = t.nextChairCopied)).catch(() => undefined);
          },
        },
      },
      t.nextChairCopy,
    ),
    copied,
  );
}

export class GroupTools {
  readonly el = h('section', { class: 'panel group-tools', testid: 'group-tools', hidden: true });
  /**
   * A member's part of the question about someone at the door (the question with Yes and No, then
   * the thanks), placed near the top of the meeting by the page: at the foot of the page a fresh
   * tester's Yes and No were below a phone's fold while the box above still said "Waiting for the
   * chair to start the meeting".
   */
  readonly questionEl = h('section', { class: 'panel ask-panel', testid: 'ask-panel', hidden: true });
  private readonly chairPart = h('div', {});
  private readonly askPart = h('div', {});
  private readonly keyPart = h('div', {});
  private picking = false;
  private key: NextChairKey | null = null;
  private last: MeetingView | null = null;

  constructor(
    private readonly send: Send,
    private readonly error: (code: string) => void,
  ) {
    this.el.append(this.keyPart, this.askPart, this.chairPart);
  }

  private run<E extends CommandEvent>(event: E, payload: CommandPayload<E>): void {
    void this.send(event, payload).then((r) => {
      if (!r.ok) this.error(r.code ?? 'INTERNAL');
    });
  }

  /** The chair bar's way here at the closing: the picker open, in view, its title focused. */
  openNextChair(): void {
    this.picking = true;
    if (this.last) this.update(this.last);
    const title = this.chairPart.querySelector<HTMLElement>('[data-testid="next-chair-picker"] h3');
    if (!title) return;
    title.tabIndex = -1;
    title.scrollIntoView?.({ block: 'start' });
    title.focus({ preventScroll: true });
  }

  /** The one-time key reached this page: show the link once, with how to keep it. */
  showKey(k: NextChairKey): void {
    this.key = k;
    fill(this.keyPart, nextChairKeyBanner(k));
    this.sync();
  }

  update(v: MeetingView): void {
    this.last = v;
    const t = app.t;
    // Chair next time: the chair, at the closing of a weekly group's meeting.
    if (v.group && v.you.isChair && v.phase === 'closing') {
      if (v.nextChairHanded) fill(this.chairPart, h('p', { testid: 'next-chair-done' }, t.nextChairDone));
      else {
        const candidates = v.participants.filter(mayChairNextTime);
        const toggle = h('button', { class: 'button secondary', type: 'button', testid: 'next-chair-open', on: { click: () => { this.picking = !this.picking; this.update(v); } } }, t.nextChairButton);
        const give = (id: string, name: string): HTMLElement =>
          h('li', {}, h('button', { class: 'button small', type: 'button', testid: `next-chair-give-${id}`, on: { click: () => this.run('chairNextTime', { target: id }) } }, t.nextChairGive(name)));
        const list = candidates.length ? h('ul', { class: 'plain-list' }, ...candidates.map((p) => give(p.id, p.name))) : h('p', {}, t.nextChairNone);
        const picker = this.picking ? h('div', { testid: 'next-chair-picker' }, h('h3', {}, t.nextChairTitle), h('p', { class: 'hint' }, t.nextChairHint), list) : null;
        fill(this.chairPart, toggle, picker);
      }
    } else fill(this.chairPart);

    // A closed meeting's question about someone at the door.
    const keeper = v.you.isChair || v.you.isCoChair;
    const parts: HTMLElement[] = [];
    const question: HTMLElement[] = [];
    if (v.ask) {
      // The core gives the counts only once everyone asked has answered, and from two answers
      // (group-meeting.ts askView); before that the chair reads how many have answered and how
      // many have not, never a count that is one member's answer or moves with one.
      if (keeper) {
        const { yes, no, answers, unanswered } = v.ask;
        const tally = yes !== null && no !== null ? t.askCounts(yes, no) : unanswered ? t.askTally(answers ?? 0, unanswered) : t.askTallyFew;
        // Not "The chair asks" to the chair; and one who answered before taking the chair is told
        // their own answer is left out (a fresh tester's new chair read "1 yes, 1 no" of three).
        const own = v.ask.answered ? ` ${t.askOwnLeftOut}` : '';
        // Near the top, where the members' question stands: on a phone the tools are below the
        // whole meeting, and a chair with the question open read only "Start the meeting" (a
        // fresh tester).
        question.push(h('p', { testid: 'ask-counts', role: 'status', tabindex: '-1' }, `${t.askQuestionKeeper(v.ask.name)} ${tally}${own}`));
      }
      else if (v.ask.answered) question.push(h('p', { testid: 'ask-answered', tabindex: '-1' }, t.askAnswered));
      else
        question.push(
          h(
            'div',
            // Named by its own first line: an aria-label with the same words made a screen reader
            // say the question twice on the way to Yes (a fresh verifier).
            { testid: 'ask-question', role: 'group', 'aria-labelledby': 'ask-question-words' },
            h('p', { id: 'ask-question-words' }, t.askQuestion(v.ask.name)),
            h('p', { class: 'hint', testid: 'ask-hint' }, t.askHint),
            h('button', { class: 'button small', type: 'button', testid: 'ask-yes', on: { click: () => this.run('answerAsk', { yes: true }) } }, t.askYes),
            ' ',
            h('button', { class: 'button secondary small', type: 'button', testid: 'ask-no', on: { click: () => this.run('answerAsk', { yes: false }) } }, t.askNo),
          ),
        );
    }
    // Not in the practice room: the practice members never answer a question to the group.
    if (keeper && v.access === 'closed' && !v.practice) {
      for (const w of v.waiting) {
        if (v.ask?.id === w.id) continue;
        parts.push(h('button', { class: 'button secondary small', type: 'button', testid: `ask-members-${w.id}`, on: { click: () => this.run('askMembers', { target: w.id }) } }, t.askButton(w.name)));
      }
    }
    // A step pressed here (Ask the group, Yes, No) is replaced by what it led to: focus goes to
    // that (the tally, the thanks), not to the top of the page (a fresh tester's chair found focus
    // on "Start the meeting", the tally 800 px below).
    const active = document.activeElement;
    const hadFocus = !!active && (this.askPart.contains(active) || this.questionEl.contains(active));
    fill(this.askPart, ...parts);
    fill(this.questionEl, ...question);
    if (hadFocus && !active.isConnected) (this.questionEl.querySelector<HTMLElement>('[tabindex="-1"]') ?? this.askPart.querySelector<HTMLElement>('[tabindex="-1"]'))?.focus();
    this.questionEl.hidden = question.length === 0;
    this.sync();
  }

  private sync(): void {
    this.el.hidden = !this.key && !this.chairPart.childNodes.length && !this.askPart.childNodes.length;
  }

  /** After a language switch: the same state in the new language. */
  relabel(): void {
    if (this.key) this.showKey(this.key);
    if (this.last) this.update(this.last);
  }
}
