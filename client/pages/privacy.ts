// /personvern (bokmål) and /privacy (English): everything the server keeps, rendered from the one
// catalog the tests hold against the code (shared/privacy/catalog.ts), what an operator or
// someone who seizes the server can see, what Runde cannot protect, and the hash of the code
// this page runs so anyone can compare it with a build of the published source.
import { getPrivacy, type PrivacyCatalog } from '../api.js';
import { app } from '../app.js';
import { fill, h } from '../dom.js';
import { codeHash } from '../code-hash.js';

export function privacyPath(lang: 'nb' | 'en'): string {
  return lang === 'nb' ? '/personvern' : '/privacy';
}

/**
 * Renders the page once the server's catalog (GET /api/privacy) is here; until then, and if it
 * cannot be had (offline), a line saying so. The catalog is fetched, not bundled, so the first
 * load of every other page does not carry it.
 */
export function renderPrivacy(container: HTMLElement): void {
  const t = app.t;
  fill(container, h('section', { class: 'page narrow', testid: 'privacy-loading' }, h('h1', {}, t.privacyTitle), h('p', { role: 'status' }, t.privacyLoading)));
  void getPrivacy().then((r) => {
    // The reader went elsewhere meanwhile: the page is not theirs any more.
    if (!container.querySelector('[data-testid="privacy-loading"]')) return;
    if (r.ok) return renderCatalog(container, r);
    fill(container, h('section', { class: 'page narrow', testid: 'privacy-failed' }, h('h1', {}, t.privacyTitle), h('p', { role: 'alert' }, t.privacyFailed), h('p', {}, h('a', { class: 'button', href: '/' }, t.backHome))));
  });
}

function renderCatalog(container: HTMLElement, c: PrivacyCatalog): void {
  const t = app.t;
  const l = app.lang;
  const hash = codeHash();
  fill(
    container,
    h(
      'article',
      { class: 'page narrow privacy', testid: 'privacy-page', lang: l },
      h('h1', {}, t.privacyTitle),
      h('p', { class: 'lead' }, t.privacyLead),
      h('h2', {}, t.privacyStoredTitle),
      h('p', {}, t.privacyStoredIntro),
      h(
        'table',
        { class: 'privacy-table', testid: 'privacy-stored' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.privacyColKey), h('th', { scope: 'col' }, t.privacyColHolds), h('th', { scope: 'col' }, t.privacyColLifetime))),
        h(
          'tbody',
          {},
          ...c.stored.map((i) =>
            h(
              'tr',
              { testid: `privacy-item-${i.id}` },
              h('td', {}, h('code', {}, i.redisKey), ...i.memory.flatMap((place) => [h('br', {}), h('code', {}, place)])),
              h('td', {}, i.holds[l]),
              h('td', {}, i.lifetime[l]),
            ),
          ),
        ),
      ),
      h('h3', {}, t.privacyProcessTitle),
      h('ul', {}, ...c.memory.map((m) => h('li', {}, m.what[l], ' ', h('em', {}, m.lifetime[l])))),
      h('h2', {}, t.privacyLogTitle),
      h('p', {}, t.privacyLogIntro),
      h(
        'table',
        { class: 'privacy-table', testid: 'privacy-log' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'event'), h('th', { scope: 'col' }, t.privacyColFields), h('th', { scope: 'col' }, t.privacyColMeaning))),
        h('tbody', {}, ...c.logs.map((line) => h('tr', { testid: `privacy-log-${line.event}` }, h('td', {}, h('code', {}, line.event)), h('td', {}, h('code', {}, ['t', 'event', ...line.fields].join(', '))), h('td', {}, line.meaning[l])))),
      ),
      h('h2', {}, t.privacyDuringTitle),
      h('p', { testid: 'privacy-during' }, c.text.during[l]),
      h('h2', {}, t.privacyAfterTitle),
      h('p', { testid: 'privacy-after' }, c.text.after[l]),
      h('h2', {}, t.privacyCannotTitle),
      h('ul', { testid: 'privacy-cannot' }, ...c.text.cannot.map((c) => h('li', {}, c[l]))),
      h('h2', {}, t.privacyTabTitle),
      h('p', {}, t.privacyTab),
      h(
        'table',
        { class: 'privacy-table', testid: 'privacy-browser' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.privacyColKey), h('th', { scope: 'col' }, t.privacyColHolds), h('th', { scope: 'col' }, t.privacyColCleared))),
        h(
          'tbody',
          {},
          ...c.browser.map((i) =>
            h('tr', { testid: `privacy-browser-${i.id}` }, h('td', {}, h('code', {}, i.where), h('br', {}), h('code', {}, i.key)), h('td', {}, i.holds[l]), h('td', {}, i.cleared[l])),
          ),
        ),
      ),
      h('h2', {}, t.privacyCodeTitle),
      h('p', {}, t.privacyCodeIntro),
      h('p', {}, h('code', { class: 'code-hash', testid: 'privacy-code-hash' }, hash ?? t.privacyCodeUnknown)),
      h('p', { class: 'hint' }, t.privacyCodeHow),
      h('p', {}, h('a', { class: 'button', href: '/' }, t.backHome)),
    ),
  );
}
