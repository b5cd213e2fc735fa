// The foot of every page: the privacy page, and the hash of the code this page runs.
import { app } from './app.js';
import { codeHash } from './code-hash.js';
import { fill, h } from './dom.js';

export function renderFooter(el: HTMLElement): void {
  const t = app.t;
  const hash = codeHash();
  fill(
    el,
    // From a meeting the page opens in a new tab, so reading it does not leave the meeting.
    h('a', { href: app.lang === 'nb' ? '/personvern' : '/privacy', testid: 'privacy-link', ...(location.pathname.startsWith('/m/') ? { target: '_blank', rel: 'noopener noreferrer' } : {}) }, t.privacyLink),
    hash ? h('span', { class: 'code-hash', testid: 'footer-code-hash', title: hash }, t.codeFooter(hash.slice(0, 19) + '…')) : null,
  );
}
