// The practice room in real Chromium (Issue 15): from the landing page a person opens a practice
// meeting, chairs it with the server's simulated members (who share and pass on their turn), mutes one
// while they share (confirming in words), takes their own turn, and leaving ends it. Both languages for the entry; the round in English.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_NAMES } from '../../server/practice.js';
import { TestClient } from '../helpers/client.js';
import { joinAtDoor, launchBrowser, newPerson, participantId, startE2eServer, tid, waitText, WAIT_MS, type E2eServer, type Lang, type Person } from '../helpers/browser.js';

let server: E2eServer;
let browser: Browser;
const opened: Person[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await Promise.all(opened.map((p) => p.context.close()));
  await browser?.close();
  await server?.close();
});

describe('the practice room', () => {
  for (const lang of ['nb', 'en'] as const satisfies readonly Lang[]) {
    it(`(${lang}) opens from the landing page, seats the practice members, runs a round with them, and ends when its person leaves`, { timeout: 120_000 }, async () => {
      const me = await newPerson(browser, { lang });
      opened.push(me);
      const page = me.page;
      await page.goto(`${server.url}/`);
      await tid(page, 'practice-open').click();
      await tid(page, 'join-chair-note').waitFor({ timeout: WAIT_MS });
      const meetingId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
      await joinAtDoor(page, 'Rolig Elv');
      const circle = tid(page, 'circle');
      for (const name of PRACTICE_NAMES[lang]) await waitText(circle, name);

      // Nobody else gets in.
      const stranger = await TestClient.connect(server.url);
      expect(await stranger.join(meetingId, 'Nysgjerrig')).toMatchObject({ ok: false });
      stranger.close();

      // The recipe: start, step through the script to the round.
      await tid(page, 'chair-start').click();
      await tid(page, 'chair-script').waitFor({ timeout: WAIT_MS });
      await tid(page, 'chair-advance').click();
      // The practice members were seated first: the first of them shares; the chair mutes the
      // next one while they share, confirming in words.
      const [, second] = PRACTICE_NAMES[lang];
      await page.locator('[data-testid="share-chunk"]').first().waitFor({ timeout: 30_000 });
      const secondId = await participantId(page, second!);
      await expect.poll(async () => (await tid(page, 'turn-status').textContent()) ?? '', { timeout: 30_000 }).toContain(second!);
      const menu = tid(page, `chair-menu-${secondId}`);
      await menu.locator('summary').click();
      await tid(page, `chair-mute-${secondId}`).click();
      await tid(page, `person-confirm-${secondId}-yes`).click();
      await waitText(page.locator(`[data-testid="circle-item-${secondId}"]`), lang === 'nb' ? /demp/i : /muted/i);
      // The third passes; then it is the chair's own turn in the circle.
      await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: 30_000 });
      await tid(page, 'pass').click();
      // Leaving ends the practice meeting.
      await tid(page, 'leave').click();
      await tid(page, 'meeting-closed').waitFor({ timeout: WAIT_MS });
      const late = await TestClient.connect(server.url);
      await expect.poll(async () => ((await late.join(meetingId, 'Rolig Elv')) as { code?: string }).code, { timeout: WAIT_MS }).toBe('MEETING_ENDED');
      late.close();
    });
  }
});
