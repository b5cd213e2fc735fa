// A meeting's link opens in the meeting's own language unless this tab chose one (a fresh tester,
// 2026-12-03: English chosen on the front page, then an English meeting's link pasted into the
// address bar, met the meeting in Norwegian; so did its chair coming back in a new browser).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting } from '../helpers/server.js';
import { launchBrowser, newPerson, startE2eServer, tid, WAIT_MS, type E2eServer, type Person } from '../helpers/browser.js';

let server: E2eServer;
let browser: Browser;
const people: Person[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await Promise.all(people.map((p) => p.context.close().catch(() => undefined)));
  await browser?.close();
  await server?.close();
});

describe('the language a meeting opens in', () => {
  it("a Norwegian browser opening an English meeting's link gets it in English; a language chosen in the tab wins", { timeout: 60_000 }, async () => {
    const { meetingId } = await createMeeting(server.url, { title: 'Evening round', language: 'en' });
    const person = await newPerson(browser, { lang: 'nb' });
    people.push(person);
    const { page } = person;
    await page.goto(`${server.url}/m/${meetingId}`);
    await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: WAIT_MS }).toBe('en');
    expect(await page.locator('[data-testid="join-form"] button[type="submit"]').innerText()).toBe('Enter the meeting');
    // Switched back in this tab: kept across a reload, the meeting's language no longer decides.
    await tid(page, 'lang-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: WAIT_MS }).toBe('nb');
    await page.reload();
    await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(await page.locator('[data-testid="join-form"] button[type="submit"]').innerText()).toBe('Gå inn i møtet');
  });
});
