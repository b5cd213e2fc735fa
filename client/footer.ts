// The foot of every page: the privacy page, and a way to the hash of the code this page runs.
import { app } from './app.js';
import { codeHash } from './code-hash.js';
import { fill, h } from './dom.js';

export function renderFooter(el: HTMLElement): void {
  const t = app.t;
  const hash = codeHash();
  const privacy = app.lang === 'nb' ? '/personvern' : '/privacy';
  // From a meeting the page opens in a new tab, so reading it does not leave the meeting.
  const away = location.pathname.startsWith('/m/') ? { target: '_blank', rel: 'noopener noreferrer' } : {};
  fill(
    el,
    h('a', { href: privacy, testid: 'privacy-link', ...away }, t.privacyLink),
    // Said in words, leading to where the hash is explained: a fresh tester (2026-12-05), at her
    // first meeting, read "Kode: sha256-3f9a…" under the meeting as something about her.
    hash ? h('a', { class: 'code-link', testid: 'footer-code-hash', title: hash, href: privacy, ...away }, t.codeFooter) : null,
  );
}
