// Discreet tab: a switch on the door, remembered for this tab only (tab-prefs.ts). When on, the
// tab shows a neutral title and a neutral icon, and nothing the page puts in the title (the
// your-turn badge, a system notification) uses a meeting word.
import { app } from './app.js';
import { choice, h } from './dom.js';
import { exitedHere } from './quick-exit.js';
import { loadPref, savePref } from './session.js';

// A plain grey page: nothing that reads as a meeting or a circle.
const NEUTRAL_ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect x='7' y='4' width='18' height='24' rx='2' fill='%23bbb'/%3E%3C/svg%3E";
const RUNDE_ICON = '/favicon.svg';

export function discreetTab(): boolean {
  return loadPref('discreet') === 'on';
}

/** The tab title: "Runde" or, discreetly, "Notater"/"Notes"; with a bare badge on your turn. */
export function tabTitle(yourTurn: boolean, discreet = discreetTab()): string {
  if (discreet) return yourTurn ? `(1) ${app.t.neutralTitle}` : app.t.neutralTitle;
  return yourTurn ? `${app.t.yourTurnTitle} · Runde` : 'Runde';
}

let yourTurnNow = false;

/** Sets the tab's title and icon for the current mode. */
export function applyTabIdentity(yourTurn = yourTurnNow): void {
  yourTurnNow = yourTurn;
  // After a quick exit the tab is the neutral page's, whatever the meeting page still does.
  if (exitedHere()) return;
  document.title = tabTitle(yourTurn);
  let icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!icon) {
    icon = document.createElement('link');
    icon.rel = 'icon';
    document.head.appendChild(icon);
  }
  const href = discreetTab() ? NEUTRAL_ICON : RUNDE_ICON;
  if (icon.getAttribute('href') !== href) {
    icon.type = 'image/svg+xml';
    icon.href = href;
  }
}

export function setDiscreetTab(on: boolean): void {
  savePref('discreet', on ? 'on' : 'off');
  applyTabIdentity();
}

/** The switch for the door: a checkbox with its label and hint. */
export function discreetTabSwitch(): HTMLElement {
  const t = app.t;
  const box = h('input', { type: 'checkbox', id: 'discreet-tab', testid: 'discreet-tab', props: { checked: discreetTab() } });
  box.addEventListener('change', () => setDiscreetTab(box.checked));
  return choice(box, t.discreetTabLabel, t.discreetTabHint);
}

/** A system notification's words: in a discreet tab, nothing that names a meeting or a turn. */
export function notificationWords(title: string, body: string): { title: string; body: string; tag: string } {
  return discreetTab() ? { title: app.t.neutralTitle, body: app.t.neutralNotify, tag: 'n' } : { title, body, tag: 'runde-on-deck' };
}
