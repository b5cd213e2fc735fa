// /personvern (bokmål) and /privacy (English): everything the server keeps, rendered from the one
// catalog the tests hold against the code (shared/privacy/catalog.ts), what an operator or
// someone who seizes the server can see, what Runde cannot protect, and the hash of the code
// this page runs so anyone can compare it with a build of the published source.
import { BROWSER_ITEMS, LOG_LINES, PRIVACY_TEXT, PROCESS_MEMORY, STORED_ITEMS } from '../../shared/privacy/catalog.js';
import { app } from '../app.js';
import { fill, h } from '../dom.js';
import { codeHash } from '../code-hash.js';

export function privacyPath(lang: 'nb' | 'en'): string {
  return lang === 'nb' ? '/personvern' : '/privacy';
}

export function renderPrivacy(container: HTMLElement): void {
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
          ...STORED_ITEMS.map((i) =>
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
      h('ul', {}, ...PROCESS_MEMORY.map((m) => h('li', {}, m.what[l], ' ', h('em', {}, m.lifetime[l])))),
      h('h2', {}, t.privacyLogTitle),
      h('p', {}, t.privacyLogIntro),
      h(
        'table',
        { class: 'privacy-table', testid: 'privacy-log' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'event'), h('th', { scope: 'col' }, t.privacyColFields), h('th', { scope: 'col' }, t.privacyColMeaning))),
        h('tbody', {}, ...LOG_LINES.map((line) => h('tr', { testid: `privacy-log-${line.event}` }, h('td', {}, h('code', {}, line.event)), h('td', {}, h('code', {}, ['t', 'event', ...line.fields].join(', '))), h('td', {}, line.meaning[l])))),
      ),
      h('h2', {}, t.privacyDuringTitle),
      h('p', { testid: 'privacy-during' }, PRIVACY_TEXT.during[l]),
      h('h2', {}, t.privacyAfterTitle),
      h('p', { testid: 'privacy-after' }, PRIVACY_TEXT.after[l]),
      h('h2', {}, t.privacyCannotTitle),
      h('ul', { testid: 'privacy-cannot' }, ...PRIVACY_TEXT.cannot.map((c) => h('li', {}, c[l]))),
      h('h2', {}, t.privacyTabTitle),
      h('p', {}, t.privacyTab),
      h(
        'table',
        { class: 'privacy-table', testid: 'privacy-browser' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.privacyColKey), h('th', { scope: 'col' }, t.privacyColHolds), h('th', { scope: 'col' }, t.privacyColCleared))),
        h(
          'tbody',
          {},
          ...BROWSER_ITEMS.map((i) =>
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
