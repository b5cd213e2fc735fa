// The meeting page at the edges (Issue 7): the "can you take the chair?" prompt when the chair
// falls free, and the chair link shown to the chair once: two small DOM pieces. What the page
// says and shows while a connection is down is in connection-words.ts (pure, unit-tested).
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { ChairQuestion } from './chair-question.js';
import { h, setText } from '../dom.js';
import type { Dict } from '../i18n.js';

/** The text for a failed join or resume; SEAT_GIVEN_UP says after how many seconds. */
export function seatGivenUpText(t: Dict, graceMs: number | undefined): string | null {
  return graceMs === undefined ? null : t.seatGivenUp(Math.round(graceMs / 1000));
}

/** "Nobody is chairing now: can you take the chair?" — asked once per vacancy, answered with takeChair. */
export class ChairVacancyPrompt {
  private dismissed = false;
  private question: ChairQuestion;

  constructor(take: () => Promise<Ack>) {
    const t = app.t;
    this.question = new ChairQuestion({ testid: 'chair-vacant', cls: 'chair-vacant', title: t.chairVacantTitle, text: t.chairVacantText, answer: take, dismissed: () => (this.dismissed = true) });
  }

  get el(): HTMLElement {
    return this.question.el;
  }

  update(v: MeetingView, online: boolean): void {
    // A new vacancy asks again; a filled chair forgets the "not now".
    if (!v.chairVacant) this.dismissed = false;
    this.question.online = online;
    // Not put to the person sharing, over their share box: asked once their turn ends (a fresh
    // tester, 2026-12-05: the box sat above "Your turn 3:44" seconds after her share began).
    // Nor to someone at their first meeting or who came to listen: one tap on its big "Yes" made a
    // frightened first-timer the chair (another fresh tester, the same day), as the rotation's
    // question already spares them (rotation-prompt.ts). The transcript's line still asks the room.
    const spared = v.you.firstMeeting || v.participants.find((p) => p.id === v.you.id)?.role === 'listener';
    if (v.chairVacant && !this.dismissed && v.speaker?.id !== v.you.id && !spared) this.question.show();
    else this.question.hide();
  }
}

/**
 * Shown to the chair once: the link that brings them back as chair, and a plain sentence on
 * keeping it. It must never be taken for the link to share (whoever opens it takes the chair's
 * seat): it is marked private in words beside it and in its colour, its copy button says
 * "private", and the field shows the link's end (`#chair=…`), where the two links differ — cut
 * short on a phone both began with the same address (a fresh tester's chair could not tell
 * them apart).
 * Folded (foldChairLinkNotice) it is one line, its title and a button that opens it again: the
 * link is how a chair comes back, so it stays reachable, but it no longer pushes the share box
 * down a phone's screen through the round (a fresh tester, 2026-12-06).
 * No live region (a fresh tester, 2026-12-06): opened again by the chair, a status region may be
 * read out whole, link and all. It is a region named by its title; the page says that title once
 * when it first shows the notice by itself (meeting.ts showChairLink), and when the chair asks
 * for it the focus goes to the link, whose label says what it is.
 */
export function chairLinkNotice(link: string, done: () => void): HTMLElement {
  const t = app.t;
  const input = h('input', { id: 'chair-key-link', type: 'text', readonly: true, class: 'private-link', testid: 'chair-key-link', dir: 'ltr', props: { value: link } });
  // Scrolled to its end once laid out; again whenever it is left (a tap puts the caret first).
  const showEnd = (): void => {
    input.scrollLeft = input.scrollWidth;
  };
  requestAnimationFrame(showEnd);
  input.addEventListener('blur', showEnd);
  // Shown only while folded: opens the notice again, the focus then on the link.
  const open: HTMLButtonElement = h(
    'button',
    {
      class: 'button secondary small',
      type: 'button',
      testid: 'chair-key-open',
      hidden: true,
      'aria-expanded': 'false',
      'aria-controls': 'chair-key-body',
      on: {
        click: () => {
          foldChairLinkNotice(box, false);
          input.focus();
        },
      },
    },
    t.chairLinkOpen,
  );
  const box: HTMLElement = h(
    'section',
    { class: 'banner private chair-key-notice', testid: 'chair-key-notice', 'aria-labelledby': 'chair-key-title' },
    h('div', { class: 'chair-key-head' }, h('h2', { id: 'chair-key-title' }, t.chairLinkTitle), open),
    h(
      'div',
      { id: 'chair-key-body', class: 'chair-key-body', testid: 'chair-key-body' },
      h('p', {}, t.chairLinkText),
      h('label', { for: 'chair-key-link', class: 'private-label', testid: 'chair-key-label' }, t.chairLinkPrivate),
      input,
      h(
        'div',
        { class: 'composer-buttons' },
        h(
          'button',
          {
            class: 'button secondary',
            type: 'button',
            testid: 'chair-key-copy',
            on: {
              click: () => {
                input.select();
                void navigator.clipboard?.writeText(link).catch(() => undefined);
              },
            },
          },
          t.chairCopyPrivate,
        ),
        h(
          'button',
          {
            class: 'button',
            type: 'button',
            testid: 'chair-key-dismiss',
            on: {
              click: () => {
                box.remove();
                done();
              },
            },
          },
          t.chairLinkDismiss,
        ),
      ),
    ),
  );
  return box;
}

/**
 * Folds the chair link's notice `box` (chairLinkNotice) to one line, its title and a button that
 * opens it again (`folded` true), or opens it (false). Nothing when `box` is no such notice.
 */
export function foldChairLinkNotice(box: HTMLElement, folded: boolean): void {
  const body = box.querySelector<HTMLElement>('[data-testid="chair-key-body"]');
  const open = box.querySelector<HTMLElement>('[data-testid="chair-key-open"]');
  if (!body || !open) return;
  body.hidden = folded;
  open.hidden = !folded;
  open.setAttribute('aria-expanded', String(!folded));
  box.classList.toggle('folded', folded);
}
