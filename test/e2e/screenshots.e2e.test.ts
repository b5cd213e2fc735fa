// Screenshots of every page in both languages, written to docs/screenshots/ for review and for
// the docs: landing, door, and a meeting in progress as the speaker, a listener and the chair;
// and the phone width. Each must be written and hold a real picture (not a blank page).
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, launchBrowser, newPerson, roundScene, startE2eServer, tid, waitText, WAIT_MS, type E2eServer, type Lang, type Person } from '../helpers/browser.js';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
const MIN_BYTES = 5 * 1024;
const DESKTOP = { width: 1000, height: 760 };
const MOBILE = { width: 360, height: 760 };

let server: E2eServer;
/**
 * Turns of 40 s warned 35 s before the end: the time warning comes 5 s after the speaker's turn
 * starts (30 s before the end was 10 s of waiting per language). The on-deck shot, in the chair's
 * turn just before, is taken within its first 5 s, so the chair's clock there is not yet warned.
 */
let quick: E2eServer;
let browser: Browser;
const opened: Person[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  [server, quick, browser] = await Promise.all([startE2eServer(), startE2eServer({ settings: { graceMs: 60_000, shareMs: 40_000, warnMs: 35_000 } }), launchBrowser()]);
  await mkdir(OUT, { recursive: true });
  // A directory with something in it: one meeting now, one later today.
  const later = Date.now() + 3 * 3600_000;
  await createMeeting(server.url, { title: 'Pårørendegruppa på tirsdag', formatId: 'relatives', listed: true });
  await createMeeting(server.url, { title: 'Evening share round', language: 'en', listed: true, startsAt: later });
});

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all(opened.map((p) => p.context.close()));
  await browser?.close();
  await Promise.all([server?.close(), quick?.close()]);
});

async function person(lang: Lang, size = DESKTOP): Promise<Page> {
  const p = await newPerson(browser, { lang, ...size });
  opened.push(p);
  return p.page;
}

/** Saves a full-page PNG and checks it was written with real content. */
async function shoot(page: Page, name: string): Promise<void> {
  const path = join(OUT, `${name}.png`);
  // From the top: the sticky top bar would otherwise be drawn mid-page in a full-page shot.
  await page.evaluate(() => document.fonts.ready.then(() => window.scrollTo(0, 0)));
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  const { size } = await stat(path);
  expect(size, `${name}.png is ${size} bytes`).toBeGreaterThan(MIN_BYTES);
}

describe('screenshots are written to docs/screenshots', () => {
  for (const lang of ['nb', 'en'] as const) {
    const phone = lang === 'nb' ? `, landing-${lang}-mobile, join-${lang}-mobile` : '';
    it(`landing-${lang}, join-${lang}${phone}`, async () => {
      const page = await person(lang);
      await page.goto(`${server.url}/`);
      await page.locator('[data-testid^="directory-item-"]').first().waitFor({ timeout: WAIT_MS });
      await shoot(page, `landing-${lang}`);
      if (lang === 'nb') {
        await page.setViewportSize(MOBILE);
        await shoot(page, `landing-${lang}-mobile`);
      }

      const { meetingId } = await createMeeting(server.url, { title: lang === 'nb' ? 'Torsdagsmøtet' : 'Thursday meeting', language: lang });
      await page.goto(`${server.url}/m/${meetingId}`);
      await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
      if (lang === 'nb') await shoot(page, `join-${lang}-mobile`);
      await page.setViewportSize(DESKTOP);
      await tid(page, 'join-name').fill('Stille Fjord');
      await tid(page, 'join-pledge').check();
      await shoot(page, `join-${lang}`);
    });

    const phoneMeeting = lang === 'nb' ? `, meeting-speaker-${lang}-mobile, meeting-chair-${lang}-mobile` : '';
    it(`meeting-speaker-${lang}, meeting-listener-${lang}, meeting-chair-${lang}${phoneMeeting}`, { timeout: 45_000 }, async () => {
      const scene = await roundScene(browser, server.url, lang);
      try {
        // The listener thanks the speaker without words; the speaker is typing.
        await tid(scene.listener.page, 'ack-heart').click();
        await tid(scene.speaker.page, 'ack-received').waitFor({ timeout: WAIT_MS });
        await tid(scene.speaker.page, 'composer').fill(lang === 'nb' ? 'Jeg kjenner meg igjen i det med å si nei.' : 'I recognise myself in saying no.');
        await shoot(scene.speaker.page, `meeting-speaker-${lang}`);
        await shoot(scene.listener.page, `meeting-listener-${lang}`);
        await tid(scene.chair.page, 'chair-panel').waitFor();
        await shoot(scene.chair.page, `meeting-chair-${lang}`);
        if (lang === 'nb') {
          for (const [who, p] of [['speaker', scene.speaker], ['chair', scene.chair]] as const) {
            await p.page.setViewportSize(MOBILE);
            await shoot(p.page, `meeting-${who}-${lang}-mobile`);
          }
        }
      } finally {
        await scene.close();
      }
    });
  }

  for (const lang of ['nb', 'en'] as const) {
    it(`meeting-on-deck-${lang} (on deck, with the private draft box), meeting-time-warning-${lang}`, { timeout: 90_000 }, async () => {
      const { meetingId, chairKey } = await createMeeting(quick.url, { title: lang === 'nb' ? 'Torsdagsmøtet' : 'Thursday meeting', language: lang });
      const chair = await TestClient.connect(quick.url);
      clients.push(chair);
      await chair.join(meetingId, 'Rolig Elv', { chairKey });
      const page = await person(lang);
      await page.goto(`${quick.url}/m/${meetingId}`);
      await joinAtDoor(page, 'Stille Fjord');
      const other = await TestClient.connect(quick.url);
      clients.push(other);
      await other.join(meetingId, 'Lys Morgen');
      await chair.ok('start');
      await chair.ok('advance');
      await chair.ok('share', { text: lang === 'nb' ? 'Jeg heter Rolig Elv. Denne uken har vært tung, men jeg er her.' : 'I am Rolig Elv. This week was heavy, but I am here.' });
      await tid(page, 'draft').waitFor({ timeout: WAIT_MS });
      await tid(page, 'draft-input').fill(lang === 'nb' ? 'Jeg vil si noe om det å be om hjelp …' : 'I want to say something about asking for help …');
      await shoot(page, `meeting-on-deck-${lang}`);
      await chair.ok('finishShare');
      await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
      // The draft is now the composer's text; more is typed after it.
      await tid(page, 'composer').pressSequentially(lang === 'nb' ? ' Og så vil jeg takke for at dere' : ' And then I want to thank you for');
      await waitText(tid(page, 'time-warning'), lang === 'nb' ? 'Snart slutt' : 'nearly up', 20_000);
      await tid(page, 'composer').scrollIntoViewIfNeeded();
      await shoot(page, `meeting-time-warning-${lang}`);
    });
  }
});
