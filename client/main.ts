// Entry point: the top bar, quick exit on Escape twice, and the two routes.
import { app } from './app.js';
import { renderTopbar } from './chrome.js';
import { fill, h } from './dom.js';
import { backAfterExit, installEscapeExit } from './quick-exit.js';
import { routeOf } from './routes.js';
import { renderLanding } from './pages/landing.js';
import { mountMeetingRoute } from './pages/meeting-route.js';
import { mountGroupRoute } from './pages/group.js';
import type { RouteView } from './pages/meeting-route.js';
import { analyze, loadGuard } from './guard.js';
import { privacyPath, renderPrivacy } from './pages/privacy.js';
import { renderFooter } from './footer.js';
import { applyTabIdentity } from './discreet-tab.js';
import { tabState } from './tab-prefs.js';

const root = document.getElementById('app') ?? document.body;
const topbar = h('header', { class: 'topbar', testid: 'topbar' });
const main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
const skip = h('a', { class: 'skip-link', href: '#main' }, app.t.skipToContent);
const footer = h('footer', { class: 'footer', testid: 'footer' });

let current: RouteView | null = null;

function render(): void {
  current?.destroy();
  current = null;
  const route = routeOf(location.pathname);
  renderTopbar(topbar, { homeLink: route.page !== 'meeting' && route.page !== 'group' });
  renderFooter(footer);
  if (route.page === 'meeting' || route.page === 'group') {
    current = route.page === 'meeting' ? mountMeetingRoute(main, route.meetingId, analyze) : mountGroupRoute(main, route.slug, analyze);
    // The guard's rules, for hints while typing: fetched now, after the page is up (client/guard.ts).
    void loadGuard();
  } else if (route.page === 'landing') {
    renderLanding(main, { navigate });
  } else if (route.page === 'privacy') {
    // The path says the language: /personvern is bokmål, /privacy English.
    if (app.lang !== route.lang) app.setLang(route.lang);
    renderPrivacy(main);
  } else {
    fill(main, h('section', { class: 'page narrow' }, h('h1', {}, app.t.appName), h('p', {}, h('a', { class: 'button', href: '/' }, app.t.backHome))));
  }
}

function navigate(path: string): void {
  history.pushState(tabState(), '', path);
  render();
  window.scrollTo(0, 0);
  main.focus({ preventScroll: true });
}

app.onLangChange((byPerson) => {
  const route = routeOf(location.pathname);
  renderFooter(footer);
  if (route.page === 'privacy' && route.lang !== app.lang) history.replaceState(history.state, '', privacyPath(app.lang));
  renderTopbar(topbar, { homeLink: route.page !== 'meeting' && route.page !== 'group' });
  skip.textContent = app.t.skipToContent;
  if (current) current.relabel();
  else render();
  // Focus stays on the switch the person pressed; a page that followed a meeting keeps its own.
  if (byPerson) topbar.querySelector<HTMLElement>('[data-testid="lang-switch"]')?.focus();
});

// Back to this page after a quick exit in this tab: nothing is shown, the tab goes on to the neutral page.
if (!backAfterExit()) {
  fill(root, skip, topbar, main, footer);
  window.addEventListener('popstate', render);
  installEscapeExit();
  applyTabIdentity(false);
  render();
}
