// Help is one click away on every page: crisis lines from the server, and the plain statement
// that Runde is peer support, not treatment.
import { getHelp } from './api.js';
import type { HelpLine } from './api.js';
import { app } from './app.js';
import { fill, h } from './dom.js';
import { inMeetingPage } from './routes.js';

let dialog: HTMLDialogElement | null = null;

function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function lineItem(line: HelpLine): HTMLElement {
  const t = app.t;
  const phone = line.phone?.replace(/[^\d+]/g, '');
  const url = safeUrl(line.url);
  return h(
    'li',
    { class: 'help-line', testid: 'help-line' },
    h('strong', {}, line.name),
    h('p', {}, line.text[app.lang]),
    h(
      'p',
      { class: 'help-actions' },
      phone ? h('a', { class: 'button small', href: `tel:${phone}` }, t.helpCall(line.phone ?? phone)) : null,
      url ? h('a', { class: 'button small secondary', href: url, target: '_blank', rel: 'noopener noreferrer' }, t.helpWebsite) : null,
    ),
  );
}

function render(d: HTMLDialogElement): void {
  const t = app.t;
  const list = h('ul', { class: 'help-lines', testid: 'help-lines' }, h('li', {}, t.loading));
  fill(
    d,
    h(
      'div',
      { class: 'dialog-body' },
      // The top bar, with its quick exit, stays above the dialog (openHelp): the dialog has no quick
      // exit of its own, so nothing beside its close button leaves the meeting (fresh testers,
      // 2026-12-05: "Lukk raskt" where a dialog's close usually is, then beside "Lukk hjelpen").
      h(
        'div',
        { class: 'dialog-head' },
        // Focus lands on the title, not on the exit button right next to it.
        h('h2', { id: 'help-title', tabindex: '-1', autofocus: true }, t.helpTitle),
        // A close button up here: the other is below all the help lines.
        h('button', { class: 'button secondary small', type: 'button', testid: 'help-close-top', on: { click: () => d.close() } }, t.helpCloseTop),
      ),
      // Said where she reads it: the Escape that closes the help is the first of the quick exit's
      // two (the listener below), so a second one leaves the meeting (a keyboard tester,
      // 2026-12-06, did not expect it).
      // Outside a meeting there is none to leave: it says Runde (a fresh tester read "leaves the
      // meeting" on the front page).
      h('p', { class: 'hint help-escape', testid: 'help-escape' }, t.helpEscape(inMeetingPage(location.pathname))),
      h('p', { class: 'help-not-treatment', testid: 'help-not-treatment' }, t.helpNotTreatment),
      h('p', {}, t.helpIntro),
      list,
      h('form', { method: 'dialog' }, h('button', { class: 'button secondary', testid: 'help-close', value: 'close' }, t.close)),
    ),
  );
  void getHelp().then((r) => {
    if (!r.ok || r.lines.length === 0) fill(list, h('li', {}, t.helpNone));
    else fill(list, ...r.lines.map(lineItem));
  });
}

export function openHelp(): void {
  if (!dialog) {
    dialog = h('dialog', { class: 'dialog', testid: 'help-dialog', 'aria-labelledby': 'help-title' });
    document.body.appendChild(dialog);
    app.onLangChange(() => dialog?.open && render(dialog));
  }
  render(dialog);
  // Not modal, and below the top bar: a modal would cover the quick exit and make it inert. The
  // dialog starts under the bar and the bar stays above it (z-index), at every width.
  // (A bar that scrolls away with large text, chrome.ts fitTopbar, may be above the screen.)
  const bar = Math.max(0, document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0);
  dialog.style.top = `${Math.ceil(bar) + 8}px`;
  dialog.show();
  dialog.querySelector<HTMLElement>('#help-title')?.focus();
}

/**
 * Escape closes the help, and counts toward the quick exit's "Escape twice" (unlike an Escape that
 * closed a chair's menu or confirmation, quick-exit.ts): the help explains the quick exit and the
 * help lines, so someone frightened may be reading it just when they must leave (a fresh tester,
 * 2026-12-05: the first Escape closed the help, the second did nothing).
 */
window.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape' && dialog?.open) dialog.close();
});
