// The bar on every page: name, language switch, help and quick exit. It stays in place while
// pages change beneath it so the exit is always in the same spot.
import { app } from './app.js';
import { fill, h } from './dom.js';
import { openHelp } from './help.js';
import { quickExit } from './quick-exit.js';
import { inMeetingPage } from './routes.js';

/**
 * The screen's height in rem (the root's font size, which large text raises) under which the bar
 * scrolls away with the page and only its quick exit stays, pinned to the corner (`tall-topbar`,
 * styles.css). A fresh tester at 200 % text on a 360x640 phone found the sticky bar 281 px high,
 * over the clock, the time warning and all but two lines of the share box. Decided by the screen
 * and the text size, not by the bar's own height, which changes as the exit leaves it.
 */
export const TALL_TOPBAR_BELOW_REM = 30;

/** Sets `tall-topbar` on the root for the screen and text size now (TALL_TOPBAR_BELOW_REM). */
export function fitTopbar(): void {
  const rem = parseFloat(window.getComputedStyle(document.documentElement).fontSize) || 16;
  document.documentElement.classList.toggle('tall-topbar', window.innerHeight / rem < TALL_TOPBAR_BELOW_REM);
}

let fitting = false;

export function renderTopbar(bar: HTMLElement, opts: { homeLink: boolean }): void {
  if (!fitting) {
    fitting = true;
    window.addEventListener('resize', fitTopbar);
    // A text size changed without a resize (a page zoom of text only, a style set by an aid) changes
    // the bar's size: looked at again then (a fresh verifier set the root's size, and the bar stayed).
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => fitTopbar()).observe(bar);
  }
  fitTopbar();
  const t = app.t;
  const brand = opts.homeLink ? h('a', { class: 'brand', href: '/', testid: 'home-link' }, t.appName) : h('span', { class: 'brand' }, t.appName);
  fill(
    bar,
    h(
      'div',
      { class: 'topbar-inner' },
      brand,
      h(
        'div',
        { class: 'topbar-actions' },
        h(
          'button',
          {
            class: 'button ghost',
            type: 'button',
            testid: 'lang-switch',
            lang: app.lang === 'nb' ? 'en' : 'nb',
            'aria-label': t.langSwitchLabel,
            on: { click: () => app.setLang(app.lang === 'nb' ? 'en' : 'nb') },
          },
          // The language it goes to, named in full in that language, on a phone too: "NB" alone told
          // an English reader nothing (a third fresh tester, 2026-12-03). Only the narrowest
          // screens (under 350 px, where the bar has no room for the word) get the short code.
          h('span', { class: 'long' }, t.langSwitch),
          h('span', { class: 'short', 'aria-hidden': 'true' }, t.langSwitchShort),
        ),
        h('button', { class: 'button ghost', type: 'button', testid: 'help-button', 'aria-haspopup': 'dialog', on: { click: openHelp } }, t.help),
        h(
          'button',
          { class: 'button exit', type: 'button', testid: 'quick-exit', title: t.quickExitHint(inMeetingPage(location.pathname)), 'aria-describedby': 'quick-exit-hint', on: { click: quickExit } },
          t.quickExit,
        ),
        h('span', { id: 'quick-exit-hint', class: 'visually-hidden' }, t.quickExitHint(inMeetingPage(location.pathname))),
      ),
    ),
  );
}
