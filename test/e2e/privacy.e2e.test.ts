// Privacy a member can check, in real Chromium: the privacy page in both languages (from the
// catalog, with the hash of the code the page runs), "What does the server hold about me?",
// the discreet tab, what the page keeps (exactly the browser items the privacy page lists),
// the quick exit by Alt+X with its blank cover and no referrer, and the exit button in view on
// every page, at every width, with the help open.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { BROWSER_ITEMS, LOG_LINES, STORED_ITEMS } from '../../shared/privacy/catalog.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitText, WAIT_MS } from '../helpers/browser.js';


const stage = e2eStage();
const people = stage.opened;
const observers = stage.clients;

async function person(o: Parameters<typeof newPerson>[1] = {}): Promise<Page> {
  const p = await newPerson(stage.browser, o);
  people.push(p);
  return p.page;
}

/** A meeting (in `language`) with a chair on a socket, and this page at its door (not yet joined). */
async function atDoor(page: Page, language: 'nb' | 'en' = 'nb'): Promise<{ meetingId: string; observer: TestClient }> {
  const { meetingId, chairKey } = await createMeeting(stage.server.url, { language });
  const observer = await TestClient.connect(stage.server.url);
  observers.push(observer);
  expect((await observer.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
  await page.goto(`${stage.server.url}/m/${meetingId}`);
  await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
  return { meetingId, observer };
}

describe('the privacy page', () => {
  it('lists every stored item and log line in bokmål at /personvern and in English at /privacy', { timeout: 240_000 }, async () => {
    const page = await person({ lang: 'en' });
    await page.goto(`${stage.server.url}/personvern`);
    await tid(page, 'privacy-page').waitFor({ timeout: WAIT_MS });
    await waitText(page.locator('h1'), 'Personvern');
    for (const i of STORED_ITEMS) {
      await waitText(tid(page, `privacy-item-${i.id}`), i.holds.nb.slice(0, 30));
      expect(await tid(page, `privacy-item-${i.id}`).textContent()).toContain(i.redisKey);
      // Each place the embedded store keeps it, each on its own.
      expect(await tid(page, `privacy-item-${i.id}`).locator('code').allTextContents()).toEqual([i.redisKey, ...i.memory]);
      expect(await tid(page, `privacy-item-${i.id}`).textContent()).toContain(i.lifetime.nb.slice(0, 30));
    }
    for (const l of LOG_LINES) expect(await tid(page, `privacy-log-${l.event}`).count(), l.event).toBe(1);
    // What the page keeps in the browser, each with when it is removed.
    expect(await tid(page, 'privacy-browser').locator('tbody tr').count()).toBe(BROWSER_ITEMS.length);
    for (const i of BROWSER_ITEMS) {
      expect(await tid(page, `privacy-browser-${i.id}`).textContent()).toContain(i.key);
      expect(await tid(page, `privacy-browser-${i.id}`).textContent()).toContain(i.cleared.nb.slice(0, 30));
    }
    expect(await tid(page, 'privacy-cannot').locator('li').count()).toBeGreaterThanOrEqual(3);
    await page.goto(`${stage.server.url}/privacy`);
    await waitText(page.locator('h1'), 'Privacy: what Runde keeps');
    await waitText(tid(page, 'privacy-item-state'), STORED_ITEMS[0]!.holds.en.slice(0, 30));
    // The language switch keeps the page and moves it to the other address.
    await tid(page, 'lang-switch').click();
    await waitText(page.locator('h1'), 'Personvern');
    expect(new URL(page.url()).pathname).toBe('/personvern');
  });

  it('shows the SHA-256 of the JavaScript the page runs, on the page and in the footer', { timeout: 240_000 }, async () => {
    const page = await person();
    await page.goto(`${stage.server.url}/personvern`);
    const shown = (await tid(page, 'privacy-code-hash').textContent()) ?? '';
    const src = await page.locator('script[type="module"]').getAttribute('src');
    const js = Buffer.from(await (await fetch(`${stage.server.url}${src}`)).arrayBuffer());
    expect(shown).toBe(`sha256-${createHash('sha256').update(js).digest('hex')}`);
    expect(await tid(page, 'footer-code-hash').getAttribute('title')).toBe(shown);
    // The footer says it in words and leads here (a first-timer read the bare hash as being about her).
    expect(await tid(page, 'footer-code-hash').textContent()).toBe('Sjekk koden denne siden kjører');
    expect(await tid(page, 'footer-code-hash').getAttribute('href')).toBe('/personvern');
  });

  it('is linked from every page: the front page, the door, the meeting', { timeout: 240_000 }, async () => {
    const page = await person();
    await page.goto(`${stage.server.url}/`);
    expect(await tid(page, 'privacy-link').getAttribute('href')).toBe('/personvern');
    await atDoor(page);
    expect(await tid(page, 'privacy-link').getAttribute('href')).toBe('/personvern');
    await joinAtDoor(page, 'Stille Fjord');
    const link = tid(page, 'privacy-link');
    expect(await link.getAttribute('href')).toBe('/personvern');
    // From the meeting it opens beside it, so reading it does not cost the seat.
    expect(await link.getAttribute('target')).toBe('_blank');
  });
});

describe('what the server holds about me', () => {
  it('shows each stored record, what it holds about me and its lifetime left', { timeout: 240_000 }, async () => {
    const page = await person({ lang: 'en' });
    await atDoor(page, 'en');
    await joinAtDoor(page, 'Stille Fjord');
    await tid(page, 'holdings-open').click();
    await tid(page, 'holding-state').waitFor({ timeout: WAIT_MS });
    expect(await tid(page, 'holding-state').textContent()).toContain('Stille Fjord');
    for (const item of ['state', 'log', 'secrets', 'tokens']) {
      await waitText(tid(page, `holding-${item}-ttl`), /Deleted in 3 h 59 min|Deleted in 4 h 0 min/);
    }
    expect(await tid(page, 'holdings').textContent()).not.toContain('Rolig Elv');
  });
});

describe('what the page keeps', () => {
  it('the resume token in sessionStorage and nothing else: no chair key, no preference, no cookie', { timeout: 240_000 }, async () => {
    const page = await person();
    await page.goto(`${stage.server.url}/`);
    await tid(page, 'create-title').fill('Fredagsmøtet');
    await tid(page, 'create-listed').uncheck();
    await tid(page, 'create-submit').click();
    await tid(page, 'join-chair-note').waitFor({ timeout: WAIT_MS });
    // The chair key came to the door in memory: never in the address, so never in the history.
    expect(new URL(page.url()).hash).toBe('');
    await tid(page, 'discreet-tab').check();
    await tid(page, 'lang-switch').click();
    await joinAtDoor(page, 'Rolig Elv', { volunteer: false });
    await tid(page, 'chair-panel').waitFor({ timeout: WAIT_MS });
    const kept = await page.evaluate(() => ({
      session: Object.fromEntries(Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)])),
      local: localStorage.length,
      cookie: document.cookie,
    }));
    // The seat (resume token), and no draft as none was typed: never a key, a name, a flag or a preference.
    expect(Object.keys(kept.session)).toEqual(['runde.seat']);
    expect(JSON.stringify(kept.session)).not.toContain('Rolig Elv');
    expect(Object.keys(JSON.parse(kept.session['runde.seat']!) as object).sort()).toEqual(['lastSeq', 'meetingId', 'token']);
    expect(kept.local).toBe(0);
    expect(kept.cookie).toBe('');
    // The preferences survive a reload of the tab, from the tab's own history entry.
    await page.reload();
    await tid(page, 'meeting').waitFor({ timeout: WAIT_MS });
    expect(await page.title()).toBe('Notes');
  });

  it('a chair link with the key in its fragment loses the fragment at once, and the key is kept nowhere', { timeout: 240_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url);
    const page = await person();
    await page.goto(`${stage.server.url}/m/${meetingId}#chair=${chairKey}`);
    await tid(page, 'join-chair-note').waitFor({ timeout: WAIT_MS });
    expect(page.url()).not.toContain(chairKey);
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }) + JSON.stringify(history.state));
    expect(stored).not.toContain(chairKey);
  });
});

/** Everything this page's origin keeps in the browser right now, storage by storage. */
async function keptInBrowser(page: Page): Promise<{ session: string[]; local: string[]; idb: string[]; history: string[]; name: string; cookies: number }> {
  const inPage = await page.evaluate(async () => ({
    name: window.name,
    session: Object.keys(sessionStorage).sort(),
    local: Object.keys(localStorage).sort(),
    idb: (await indexedDB.databases()).map((d) => d.name ?? '?').sort(),
    history: history.state && typeof history.state === 'object' ? Object.keys(history.state as object).sort() : [],
    cookie: document.cookie,
  }));
  const cookies = (await page.context().cookies()).length + (inPage.cookie ? 1 : 0);
  return { session: inPage.session, local: inPage.local, idb: inPage.idb, history: inPage.history, name: inPage.name, cookies };
}

/** The keys the privacy page lists for this storage, for this meeting. */
function documented(where: 'sessionStorage' | 'history.state' | 'window.name', meetingId: string): string[] {
  return BROWSER_ITEMS.filter((i) => i.where === where)
    .map((i) => i.key.replace('<id>', meetingId))
    .sort();
}

describe('what the browser keeps is exactly what the privacy page lists', () => {
  /** Joined as the speaker of the round, with a draft typed and not sent. */
  async function speakingWithDraft(page: Page): Promise<{ meetingId: string; observer: TestClient }> {
    const at = await atDoor(page);
    await tid(page, 'discreet-tab').check();
    await joinAtDoor(page, 'Stille Fjord');
    await at.observer.ok('start');
    await at.observer.ok('advance');
    await at.observer.ok('finishShare');
    await tid(page, 'composer-send').waitFor({ timeout: WAIT_MS });
    await tid(page, 'composer').fill('Et utkast jeg ikke har sendt');
    // While joined with a draft: every sessionStorage item the page lists, and nothing else.
    const kept = await keptInBrowser(page);
    expect(kept).toEqual({ session: documented('sessionStorage', at.meetingId), local: [], idb: [], history: documented('history.state', at.meetingId), name: '', cookies: 0 });
    // Issue 14: sessionStorage holds the seat record with the resume token and nothing else; the
    // unsent text is in the page's memory only.
    expect(kept.session).toEqual(['runde.seat']);
    const seat = await page.evaluate(() => JSON.parse(sessionStorage.getItem('runde.seat') ?? '{}') as Record<string, unknown>);
    expect(Object.keys(seat).sort()).toEqual(['lastSeq', 'meetingId', 'token']);
    expect(seat.meetingId).toBe(at.meetingId);
    expect(typeof seat.token).toBe('string');
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain('utkast');
    return at;
  }

  /** After the seat is over: nothing about the meeting; the tab's preferences at most. */
  async function nothingOfTheMeeting(page: Page): Promise<void> {
    const kept = await keptInBrowser(page);
    // The window name holds a chosen language at most (BROWSER_ITEMS 'lang').
    expect(['', 'nb', 'en']).toContain(kept.name);
    expect({ ...kept, name: '', history: kept.history.filter((k) => !documented('history.state', '').includes(k)) }).toEqual({ session: [], local: [], idb: [], history: [], name: '', cookies: 0 });
  }

  it('after joining, after leaving', { timeout: 240_000 }, async () => {
    const page = await person();
    await speakingWithDraft(page);
    await tid(page, 'leave').click();
    await tid(page, 'meeting-closed').waitFor({ timeout: WAIT_MS });
    await nothingOfTheMeeting(page);
  });

  it('after joining, after the chair ends the meeting', { timeout: 240_000 }, async () => {
    const page = await person();
    const { observer } = await speakingWithDraft(page);
    await observer.ok('end');
    await tid(page, 'meeting-closed').waitFor({ timeout: WAIT_MS });
    await nothingOfTheMeeting(page);
  });

  it('after joining, after a quick exit: nothing at all, preferences included', { timeout: 240_000 }, async () => {
    const page = await person();
    await speakingWithDraft(page);
    await page.keyboard.press('Alt+KeyX');
    await page.waitForURL((u) => u.pathname === '/exit', { timeout: WAIT_MS });
    // The window name holds the exit's mark alone (BROWSER_ITEMS 'lang'), so Back does not show Runde.
    expect(await keptInBrowser(page)).toEqual({ session: [], local: [], idb: [], history: [], name: '~nb', cookies: 0 });
  });

  it('a language chosen on the front page carries to a meeting link pasted into the same tab, and quick exit forgets it', { timeout: 240_000 }, async () => {
    const { meetingId } = await createMeeting(stage.server.url);
    const page = await person();
    await page.goto(`${stage.server.url}/`);
    await tid(page, 'lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: WAIT_MS });
    // The link pasted into the address bar: a new page, whose history entry holds nothing.
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const kept = await keptInBrowser(page);
    expect(kept.name).toBe('en');
    expect(kept.session).toEqual([]);
    // Someone who chose nothing meets the door in their browser's language.
    const other = await person();
    await other.goto(`${stage.server.url}/m/${meetingId}`);
    await tid(other, 'join-form').waitFor({ timeout: WAIT_MS });
    expect(await other.evaluate(() => [document.documentElement.lang, window.name])).toEqual(['nb', '']);
    // Quick exit forgets the language with the rest, on the English neutral page: the window name
    // holds the exit's mark alone.
    await tid(page, 'quick-exit').click();
    await page.waitForURL((u) => u.pathname === '/exit', { timeout: WAIT_MS });
    expect(await page.title()).toBe('Simple vegetable soup');
    expect(await keptInBrowser(page)).toEqual({ session: [], local: [], idb: [], history: [], name: '~en', cookies: 0 });
    // Back to the meeting's door sends the tab to the neutral page again, in English.
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/exit', { timeout: WAIT_MS });
    await page.waitForLoadState();
    expect(await page.title()).toBe('Simple vegetable soup');
  });

  it('the chair: the chair link is shown once and its flag kept in memory, not in the browser', { timeout: 240_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url);
    const page = await person();
    await page.goto(`${stage.server.url}/m/${meetingId}#chair=${chairKey}`);
    await joinAtDoor(page, 'Rolig Elv');
    await tid(page, 'chair-key-notice').waitFor({ timeout: WAIT_MS });
    const kept = await keptInBrowser(page);
    expect(kept.session).toEqual(['runde.seat']);
    expect(documented('sessionStorage', meetingId)).toContain('runde.seat');
  });
});

describe('the discreet tab', () => {
  it('a switch on the door gives a neutral title and icon, for this tab only, with no meeting word on your turn', { timeout: 240_000 }, async () => {
    const page = await person();
    const { observer } = await atDoor(page);
    expect(await page.title()).toBe('Runde');
    await tid(page, 'discreet-tab').check();
    expect(await page.title()).toBe('Notater');
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
    await joinAtDoor(page, 'Stille Fjord');
    await observer.ok('start');
    await observer.ok('advance');
    await observer.ok('finishShare');
    await page.waitForFunction(() => document.title.startsWith('(1)'), undefined, { timeout: WAIT_MS });
    expect(await page.title()).toBe('(1) Notater');
    // Another tab (here: another browser context) knows nothing of it.
    const other = await person();
    await other.goto(`${stage.server.url}/`);
    expect(await other.title()).toBe('Runde');
  });
});

describe('quick exit', () => {
  it('Alt+X: a blank cover at once, drafts and token gone, the neutral page with no referrer', { timeout: 240_000 }, async () => {
    const page = await person();
    const { observer } = await atDoor(page);
    await joinAtDoor(page, 'Stille Fjord');
    await observer.ok('start');
    await observer.ok('advance');
    await observer.ok('finishShare');
    await tid(page, 'composer-send').waitFor({ timeout: WAIT_MS });
    await page.locator('[data-testid="composer"] textarea, textarea[data-testid="composer"]').first().fill('Et utkast som ikke skal bli igjen');
    // In the same task as the key press: the cover is up, the fields and the storage are empty.
    const atOnce = await page.evaluate(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', code: 'KeyX', altKey: true, bubbles: true }));
      return {
        cover: !!document.querySelector('[data-testid="exit-cover"]'),
        drafts: [...document.querySelectorAll('textarea')].map((t) => t.value).join(''),
        stored: sessionStorage.length,
      };
    });
    expect(atOnce).toEqual({ cover: true, drafts: '', stored: 0 });
    await page.waitForURL((u) => u.pathname === '/exit', { timeout: WAIT_MS });
    expect(await page.evaluate(() => document.referrer)).toBe('');
    expect(await page.title()).toBe('Enkel grønnsakssuppe');
    await observer.waitFor((c) => c.latest.participants.length === 1, 'the seat given up');
  });

  it('an English reader lands on an English neutral page, one who chose bokmål on a Norwegian one', { timeout: 240_000 }, async () => {
    // English from the browser's language.
    const en = await person({ lang: 'en' });
    await atDoor(en, 'en');
    await joinAtDoor(en, 'Quiet Fjord');
    await tid(en, 'quick-exit').click();
    await en.waitForURL((u) => u.pathname === '/exit', { timeout: WAIT_MS });
    expect(await en.title()).toBe('Simple vegetable soup');
    expect(await en.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await en.evaluate(() => document.body.textContent ?? '')).not.toMatch(/Runde|meeting|møte/i);
    // An English browser switched to bokmål at the door: the page on screen decides.
    const nb = await person({ lang: 'en' });
    await atDoor(nb, 'en');
    await tid(nb, 'lang-switch').click();
    await nb.waitForFunction(() => document.documentElement.lang === 'nb', undefined, { timeout: WAIT_MS });
    await tid(nb, 'quick-exit').click();
    await nb.waitForURL((u) => u.pathname === '/exit', { timeout: WAIT_MS });
    expect(await nb.title()).toBe('Enkel grønnsakssuppe');
  });

  // A fresh tester (2026-12-06) on a phone with the network gone: the quick exit showed the
  // browser's own page ("No internet", in English, a dinosaur), and the room kept her seat and
  // her turn waiting. Now the neutral page is drawn in place, and the seat is given up once the
  // network is back.
  it('with the network gone: the neutral page in place at once, the seat given up when the network is back', { timeout: 240_000 }, async () => {
    const page = await person();
    const { observer } = await atDoor(page);
    await joinAtDoor(page, 'Stille Fjord');
    await observer.waitFor((c) => c.latest.participants.length === 2, 'her seat');
    await page.context().setOffline(true);
    await page.waitForFunction(() => navigator.onLine === false, undefined, { timeout: WAIT_MS });
    await tid(page, 'quick-exit').click();
    await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent ?? ''), { timeout: WAIT_MS }).toBe('Enkel grønnsakssuppe');
    expect(new URL(page.url()).pathname).toBe('/exit');
    expect(await page.title()).toBe('Enkel grønnsakssuppe');
    expect(await page.evaluate(() => document.documentElement.innerText)).not.toMatch(/Runde|møte|Stille Fjord|No internet/i);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    // The page still runs while offline: the tab keeps the neutral page's title and no icon (a
    // fresh verifier saw the title go back to "Runde" half a second later).
    await page.waitForTimeout(2_000);
    expect(await page.title()).toBe('Enkel grønnsakssuppe');
    expect(await page.evaluate(() => [...document.querySelectorAll('link[rel="icon"]')].map((l) => l.getAttribute('href')))).toEqual(['data:,']);
    // Nothing could reach the server yet; back online, the page resumes the seat to give it up.
    await page.context().setOffline(false);
    await observer.waitFor((c) => c.latest.participants.length === 1, 'the seat given up');
    await expect.poll(() => page.evaluate(() => document.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? ''), { timeout: WAIT_MS }).toMatch(/exit-/);
    expect(await page.title()).toBe('Enkel grønnsakssuppe');
  });

  it('the real Alt+X keys leave the meeting too', { timeout: 240_000 }, async () => {
    const page = await person();
    const { observer } = await atDoor(page);
    await joinAtDoor(page, 'Stille Fjord');
    await page.keyboard.press('Alt+KeyX');
    await page.waitForURL((u) => u.pathname === '/exit', { timeout: WAIT_MS });
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await observer.waitFor((c) => c.latest.participants.length === 1, 'the seat given up');
  });

  /** The exit button is inside the viewport and is what a tap on its middle would hit. */
  async function exitReachable(page: Page, where: string): Promise<void> {
    const r = await page.evaluate(() => {
      const b = document.querySelector<HTMLElement>('[data-testid="quick-exit"]');
      if (!b) return { ok: false, why: 'no button' };
      const box = b.getBoundingClientRect();
      const inView = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.width > 0;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { ok: inView && !!hit && b.contains(hit), why: `inView ${inView}, hit ${hit?.outerHTML.slice(0, 80)}` };
    });
    expect(r.ok, `${where}: ${r.why}`).toBe(true);
  }

  it('the exit button stays in view on every page and width, over dialogs and banners', { timeout: 600_000 }, async () => {
    for (const width of [320, 768, 1280]) {
      const page = await person({ width, height: 640 });
      await page.goto(`${stage.server.url}/`);
      await tid(page, 'landing').waitFor({ timeout: WAIT_MS });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await exitReachable(page, `landing ${width}`);
      await page.goto(`${stage.server.url}/privacy`);
      await tid(page, 'privacy-page').waitFor({ timeout: WAIT_MS });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await exitReachable(page, `privacy ${width}`);
      const { observer } = await atDoor(page);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await exitReachable(page, `door ${width}`);
      await joinAtDoor(page, `Stille ${width}`);
      await exitReachable(page, `meeting ${width}`);
      // A banner (the error line) and the help dialog open at once.
      await page.evaluate(() => {
        const e = document.querySelector<HTMLElement>('[data-testid="error-message"]');
        if (e) {
          e.hidden = false;
          e.textContent = 'Noe gikk galt';
        }
      });
      await tid(page, 'help-button').click();
      await tid(page, 'help-dialog').waitFor({ timeout: WAIT_MS });
      await exitReachable(page, `meeting with help open ${width}`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await exitReachable(page, `meeting scrolled with help open ${width}`);
      // And it works from there.
      await tid(page, 'quick-exit').click();
      await page.waitForURL((u) => u.pathname === '/exit', { timeout: WAIT_MS });
      await observer.waitFor((c) => c.latest.participants.length === 1, 'the seat given up');
    }
  });
});
