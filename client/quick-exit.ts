// Quick exit: one button, always visible, Escape twice, or Alt+X. A blank cover goes over the
// page at once; then it says goodbye without waiting, empties every draft, forgets everything in
// this tab (resume token, chair key, preferences) and replaces the page with the neutral one,
// with no referrer, so Back does not return to the meeting.
import { EXIT_WORDS } from './exit-words.js';
import { clearAll } from './session.js';

/** What a quick exit needs of the meeting's connection (client/connection.ts). */
export interface ExitSeat {
  /** Says goodbye without waiting for an answer, and forgets the seat. */
  leaveNow(): void;
  /** Gives the seat up through drops: resumed and left once the connection is back; `done` once out. */
  leave(done: () => void): void;
  /** Joined and connected now: a `leave` sent now is heard. */
  readonly isReady: boolean;
}

let active: ExitSeat | null = null;

/** The meeting page registers its connection so a quick exit can leave the meeting first. */
export function setActiveSeat(seat: ExitSeat | null): void {
  active = seat;
}

/**
 * With the network gone, how long after it is back the page waits for its leave to be heard
 * before it goes to the neutral page all the same (ms): the seat's grace period ends it then.
 */
const LEAVE_WAIT_MS = 10_000;

/** The blank cover: on top of everything (dialogs included), before anything else happens. */
function cover(): HTMLElement {
  const c = document.createElement('div');
  c.className = 'exit-cover';
  c.dataset.testid = 'exit-cover';
  // Set through the CSSOM (allowed by the CSP) so it covers even if the stylesheet is slow.
  Object.assign(c.style, { position: 'fixed', inset: '0', zIndex: '2147483647', background: '#fff' });
  document.documentElement.appendChild(c);
  document.title = '\u200b';
  return c;
}

/**
 * The neutral page drawn in place, on the cover, with the address set to it: with the network
 * gone, going to /exit shows the browser's own page ("No internet", in the browser's language,
 * a dinosaur) over a Norwegian reader's screen (a fresh tester, 2026-12-06). Styled through the
 * CSSOM, as the cover is.
 */
function drawNeutral(c: HTMLElement, lang: 'nb' | 'en', exitTo: string): void {
  const w = EXIT_WORDS[lang];
  const el = (tag: string, text?: string, ...kids: HTMLElement[]): HTMLElement => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    e.append(...kids);
    return e;
  };
  const link = el('a', w.weather);
  link.setAttribute('href', w.weatherUrl);
  link.setAttribute('rel', 'noreferrer');
  const main = el(
    'main',
    undefined,
    el('h1', w.title),
    el('p', w.lead),
    el('h2', w.need),
    el('ul', undefined, ...w.items.map((i) => el('li', i))),
    el('h2', w.how),
    el('ol', undefined, ...w.steps.map((i) => el('li', i))),
    el('p', undefined, link),
  );
  Object.assign(main.style, { maxWidth: '36rem', margin: '0 auto', padding: '2rem 1.25rem' });
  Object.assign(c.style, { overflow: 'auto', background: '#fbfaf7', color: '#222', fontFamily: "Georgia,'Times New Roman',serif", lineHeight: '1.6' });
  c.replaceChildren(main);
  document.body.replaceChildren();
  document.documentElement.lang = lang;
  document.title = w.title;
  // No icon, as the neutral page has none (`data:,`).
  for (const icon of document.querySelectorAll<HTMLLinkElement>('link[rel="icon"]')) icon.href = 'data:,';
  try {
    history.replaceState(null, '', exitTo);
  } catch {
    // The address stays; the page shows the recipe all the same.
  }
}

/** Whether this device says it has no network now. */
const deviceOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

/** Every draft the page holds in a field: gone, so no form restore brings it back. */
function emptyFields(): void {
  for (const el of document.querySelectorAll('textarea')) el.value = '';
  for (const el of document.querySelectorAll('input')) {
    if (el.type === 'checkbox' || el.type === 'radio') el.checked = false;
    else el.value = '';
  }
}

let exited = false;

/**
 * Whether this page has quick-exited. With the network gone the page stays (the neutral page
 * drawn in place, awayWhenBack), and what it still does must not show Runde again: a fresh
 * verifier saw the tab's title go back to "Runde" half a second after the recipe.
 */
export function exitedHere(): boolean {
  return exited;
}

/**
 * The tab's window name after a quick exit (the page's language after the "~"): no word of Runde,
 * and not a language tab-prefs.ts would take. The browser keeps it while the tab stays on this
 * site and empties it when the tab goes to another site.
 */
const EXIT_MARK = { nb: '~nb', en: '~en' } as const;

const exitPath = (lang: string): string => (lang === 'en' ? '/exit?lang=en' : '/exit');

/** The neutral page for a tab that quick-exited, or null when it did not. */
function markedExit(): string | null {
  try {
    if (window.name === EXIT_MARK.nb) return exitPath('nb');
    if (window.name === EXIT_MARK.en) return exitPath('en');
  } catch {
    // No window name: nothing to go by.
  }
  return null;
}

/**
 * Call before the page shows anything. Back (or Forward) to a page of Runde in a tab that quick
 * exited goes to the neutral page again, and returns true: the page must show nothing. A fresh
 * tester (2026-12-04) pressed Back once after "Quick exit" and saw the front page ("for deg som
 * sliter med rus eller er pårørende"), or another meeting's door with its title; the browser keeps
 * those earlier entries and no page can remove them, so each one, when it is shown again, sends
 * the tab on. Any other visit (the address typed, a link, a reload) forgets the exit and shows
 * Runde as usual: returns false.
 */
export function backAfterExit(): boolean {
  const to = markedExit();
  if (to === null) return false;
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (nav?.type === 'back_forward') {
    location.replace(to);
    return true;
  }
  try {
    window.name = '';
  } catch {
    // nothing to forget
  }
  return false;
}

export function quickExit(): void {
  exited = true;
  // Read before the preferences are cleared: the neutral page comes in the language on screen.
  const lang = document.documentElement.lang === 'en' ? 'en' : 'nb';
  const exitTo = exitPath(lang);
  // No way to the server now (the device is offline, or the seat's connection is down): the
  // neutral page is drawn here, and the seat is given up once the connection is back (a fresh
  // tester's quick exit offline showed the browser's error page, and the room waited on a seat
  // nobody would come back to).
  const seat = active;
  const inPlace = deviceOffline() || (seat !== null && !seat.isReady);
  let c: HTMLElement | null = null;
  try {
    c = cover();
    if (!inPlace) seat?.leaveNow();
  } finally {
    active = null;
    try {
      emptyFields();
      document.querySelector('#main')?.replaceChildren();
    } finally {
      clearAll();
      try {
        window.name = EXIT_MARK[lang];
      } catch {
        // Back may then show an earlier page of Runde: nothing else can stop it.
      }
      // The page sends no referrer (meta and header): the neutral page cannot tell where from.
      if (inPlace && c) awayWhenBack(c, lang, exitTo, seat);
      else location.replace(exitTo);
    }
  }
}

/** The neutral page now, in place; the real one once the seat is given up (or the network is back a while). */
function awayWhenBack(c: HTMLElement, lang: 'nb' | 'en', exitTo: string, seat: ExitSeat | null): void {
  drawNeutral(c, lang, exitTo);
  let gone = false;
  const go = (): void => {
    if (gone) return;
    gone = true;
    location.replace(exitTo);
  };
  const back = (): void => void setTimeout(go, seat ? LEAVE_WAIT_MS : 0);
  if (seat) seat.leave(go);
  if (deviceOffline()) window.addEventListener('online', back, { once: true });
  else back();
}

/** The other shortcut: Alt+X (Option+X on a Mac), by key position so every layout has it. */
export function isExitChord(ev: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'code'>): boolean {
  return ev.altKey && !ev.ctrlKey && !ev.metaKey && ev.code === 'KeyX';
}

const DOUBLE_PRESS_MS = 1000;

/** True on the second of two presses within `windowMs`; a triggered pair starts over. */
export function doublePress(windowMs = DOUBLE_PRESS_MS): (now: number) => boolean {
  // Not 0: right after page load the clock itself is below the window.
  let last = Number.NEGATIVE_INFINITY;
  return (now) => {
    if (now - last <= windowMs) {
      last = Number.NEGATIVE_INFINITY;
      return true;
    }
    last = now;
    return false;
  };
}

/**
 * Alt+X quick-exits at once. Escape counts toward "Escape twice" only when it closed nothing: every
 * part of the page that closes something on Escape (a menu, a dialog, a confirmation) calls
 * `preventDefault()` on that keydown, and such an Escape is not a press of the pair and starts the
 * pair over. So a chair who closes the ⋯ menu with Escape and presses Escape again is not thrown
 * out of the meeting. The decision waits until the keydown has been dispatched to the page (a task
 * after it), so it sees what the page's own handlers did.
 */
export function installEscapeExit(): void {
  let pressed = doublePress();
  window.addEventListener(
    'keydown',
    (ev) => {
      if (ev.repeat) return;
      if (isExitChord(ev)) {
        ev.preventDefault();
        quickExit();
        return;
      }
      if (ev.key !== 'Escape') return;
      const at = performance.now();
      setTimeout(() => {
        if (ev.defaultPrevented) pressed = doublePress();
        else if (pressed(at)) quickExit();
      }, 0);
    },
    { capture: true },
  );
  // A page brought back from the back-forward cache after an exit (this page's, or one of the
  // tab's earlier pages of Runde) must not show anything of Runde.
  window.addEventListener('pageshow', (ev) => {
    if (!ev.persisted) return;
    const to = markedExit() ?? (exited ? exitPath('nb') : null);
    if (to !== null) {
      document.documentElement.style.visibility = 'hidden';
      location.replace(to);
    }
  });
}
