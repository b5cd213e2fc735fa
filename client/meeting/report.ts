// The quiet menu under each chunk of someone else's share (issue 12): a participant can tell the
// chair, without their name, with one of four fixed reasons (no words, so it cannot become
// crosstalk); the chair sees "remove for everyone" there instead (two presses: it cannot be undone).
// Which of the two shows is CSS on the transcript (`.is-chair`): the server decides who may.
// Its toggles are in the tab order only with the share that holds the transcript's one tab stop
// (transcript.ts), which also opens it on Enter.
import { REPORT_REASONS, type ReportReason } from '../../shared/meeting/reports.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { confirmButton } from './confirm-button.js';
import { quoteCut } from './live-hints.js';
import { reportWords } from './report-words.js';

export interface ShareMenuActions {
  report(share: number, reason: ReportReason): Promise<Ack>;
  hide(share: number): Promise<Ack>;
  /** Shows an error code next to `anchor`. */
  error(code: string, anchor: HTMLElement): void;
  /** Whether someone holds the chair now (the words say where the report goes); default yes. */
  hasChair?(): boolean;
}

/**
 * The menu for the share chunk at `seq`, by `name`, whose words are `text`: the chair's second
 * press names whose share and quotes its first words (a fresh tester's chair, 2026-12-05, removed
 * the wrong member's share with "Press again to confirm", which named nobody).
 */
export function shareMenu(seq: number, actions: ShareMenuActions, name: string, text: string): HTMLElement {
  const t = app.t;
  const sent = h('p', { class: 'hint', testid: 'report-sent', role: 'status', hidden: true });
  const details = h('details', { class: 'report-only' });
  const reasons = REPORT_REASONS.map((reason) => {
    const b = h('button', { class: 'button secondary small', type: 'button', testid: `report-reason-${reason}` }, t[`reportReason_${reason}`]);
    b.addEventListener('click', () => {
      void actions.report(seq, reason).then((r) => {
        if (!r.ok && r.code !== 'ALREADY_DONE') return actions.error(r.code, b);
        // The reasons go; a keyboard on one stays with this menu, on its toggle.
        const held = reasonBox.contains(document.activeElement);
        reasonBox.hidden = true;
        sent.hidden = false;
        if (held) summary.focus();
        // Someone in crisis: where the help lines are, for the one who saw it too (a fresh
        // tester, 2026-12-05: the thanks alone pointed nowhere).
        const words = reportWords(actions.hasChair?.() ?? true, app.t).sent;
        setText(sent, reason === 'crisis' ? `${words} ${app.t.reportCrisisSelf}` : words);
      });
    });
    return b;
  });
  const reasonBox = h('div', { class: 'button-wrap', role: 'group', 'aria-label': t.reportTitle }, ...reasons);
  const title = h('p', { class: 'hint', testid: 'report-title' }, t.reportTitle);
  // Opened: the words say where the report goes now (to the chair, or kept for whoever takes it).
  details.addEventListener('toggle', () => {
    if (details.open) setText(title, reportWords(actions.hasChair?.() ?? true, app.t).title);
  });
  const summary = h('summary', { testid: 'report-open' }, t.reportOpen);
  details.append(summary, title, reasonBox, sent);
  // Escape closes it and goes back to its toggle, as the chair's menus do; such an Escape is not
  // half of the quick exit's "Escape twice" (quick-exit.ts).
  details.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !details.open) return;
    e.preventDefault();
    details.open = false;
    summary.focus();
  });

  const hide = confirmButton(
    () => app.t.hideShare,
    'hide-share',
    'button danger small chair-only',
    () => {
      void actions.hide(seq).then((r) => {
        if (!r.ok) actions.error(r.code, hide);
      });
    },
    undefined,
    () => app.t.hideShareConfirm(name, firstWords(text)),
  );
  return h('div', { class: 'share-menu', 'data-seq': String(seq) }, details, hide);
}

/**
 * The controls that open a menu made by shareMenu: "Tell the chair" and the chair's "Remove for
 * everyone" (CSS shows one of them). The transcript keeps them out of the tab order but for the
 * share that holds its one tab stop.
 */
export function shareMenuToggles(menu: HTMLElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>('[data-testid="report-open"], [data-testid="hide-share"]')];
}

/**
 * Opens a menu made by shareMenu from the keyboard: the chair's focus goes to "Remove for everyone"
 * (a press there still asks for a second one); anyone else's to the first reason to tell the chair,
 * or to the toggle once they have told.
 */
export function openShareMenu(menu: HTMLElement, chair: boolean): void {
  if (chair) {
    menu.querySelector<HTMLElement>('[data-testid="hide-share"]')?.focus();
    return;
  }
  const details = menu.querySelector('details');
  if (!details) return;
  details.open = true;
  const first = details.querySelector<HTMLElement>('.button-wrap:not([hidden]) button') ?? details.querySelector<HTMLElement>('summary');
  first?.focus();
}

/** The first words of `text` on one line for a quote, cut as the guard's hints cut theirs (quoteCut). */
export function firstWords(text: string): string {
  return quoteCut(text.replace(/\s+/gu, ' ').trim());
}

/**
 * The open report menus under `root` say where a report goes now: called with each view, so a
 * menu opened while someone chaired does not go on saying "tell the chair" once nobody does.
 */
export function rewordOpenReports(root: HTMLElement, hasChair: boolean): void {
  for (const title of root.querySelectorAll<HTMLElement>('details[open] > [data-testid="report-title"]')) setText(title, reportWords(hasChair, app.t).title);
}
