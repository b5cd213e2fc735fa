// A keyboard tester (2026-12-06, a phone at 200 % text) joined with Enter at the door and found
// focus on <body> in the meeting, for the chair and for members: the next Tab began at "Skip to
// content". In real Chromium: the chair (by the chair link) starts on the chair bar's next step, a
// member on the meeting's heading, also after a reload; the next Tab stays in the meeting.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eStage } from '../helpers/e2e-stage.js';
import { createMeeting } from '../helpers/server.js';
import { newPerson, tid, waitJoined, WAIT_MS } from '../helpers/browser.js';

const stage = e2eStage();

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

/** The door by keyboard: name, the pledge, then Enter on "Go into the meeting". */
async function enterByKeyboard(page: Page, name: string): Promise<void> {
  await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
  await tid(page, 'join-name').fill(name);
  await tid(page, 'join-role-share').check();
  await tid(page, 'join-pledge').check();
  await tid(page, 'join-submit').focus();
  await page.keyboard.press('Enter');
  await waitJoined(page);
}

describe('focus when the meeting opens (Chromium)', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) the chair starts on the next step, a member on the heading, also after a reload`, { timeout: 90_000 }, async () => {
      const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: lang });
      const chair = await newPerson(stage.browser, { lang, width: 360, height: 640 });
      stage.opened.push(chair);
      await chair.page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
      await enterByKeyboard(chair.page, lang === 'nb' ? 'Rolig Fjord' : 'Calm Chair');
      // Alone, Start waits for others (disabled): the heading, not "More tools" nor the body.
      await expect.poll(() => focused(chair.page), { timeout: WAIT_MS }).toBe('meeting-title');

      const member = await newPerson(stage.browser, { lang, width: 360, height: 640 });
      stage.opened.push(member);
      await member.page.goto(`${stage.server.url}/m/${meetingId}`);
      await enterByKeyboard(member.page, lang === 'nb' ? 'Stille Vann' : 'Quiet Lake');
      await expect.poll(() => focused(member.page), { timeout: WAIT_MS }).toBe('meeting-title');
      // The next Tab goes on in the meeting, not back to "Skip to content" at the top.
      await member.page.keyboard.press('Tab');
      expect(await member.page.evaluate(() => !!document.activeElement?.closest('[data-testid="meeting"]'))).toBe(true);

      // A reload resumes the seat: the same start.
      await member.page.reload();
      await waitJoined(member.page);
      await expect.poll(() => focused(member.page), { timeout: WAIT_MS }).toBe('meeting-title');

      // The chair's page opened again (the chair link) with someone there: Start can be pressed.
      await expect.poll(() => tid(chair.page, 'chair-start').isEnabled(), { timeout: WAIT_MS }).toBe(true);
      await chair.page.reload();
      await waitJoined(chair.page);
      await expect.poll(() => focused(chair.page), { timeout: WAIT_MS }).toBe('chair-start');
    });
  }
});
