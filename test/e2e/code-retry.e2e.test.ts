// "Try the code again" after a wrong join code, in real Chromium, in bokmål and English. A fresh
// tester: the form came back with name, code and promise kept, but focus was not on the code and
// nothing there said the code was wrong. Now focus is in the code field with its text selected
// (to type over), the field is marked invalid and described by a short line saying so, and the
// mark goes once the code is changed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { dict } from '../../client/i18n.js';
import { TestClient } from '../helpers/client.js';
import { newPerson, tid, waitJoined, waitText, WAIT_MS, type Lang } from '../helpers/browser.js';
import { createMeeting } from '../helpers/server.js';

const stage = e2eStage();

async function person(lang: Lang): Promise<Page> {
  const p = await newPerson(stage.browser, { lang });
  stage.opened.push(p);
  return p.page;
}

describe('trying the code again', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) puts focus in the code, selected, and says there that it was wrong`, { timeout: 60_000 }, async () => {
      const { meetingId, chairKey } = await createMeeting(stage.server.url, { access: 'closed', joinCode: 'fjord-42', language: lang });
      const chair = await TestClient.connect(stage.server.url);
      stage.clients.push(chair);
      expect((await chair.join(meetingId, 'Kveldsro', { chairKey })).ok).toBe(true);

      const page = await person(lang);
      await page.goto(`${stage.server.url}/m/${meetingId}`);
      await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
      await tid(page, 'join-name').fill('Gjest');
      await tid(page, 'join-code').fill('fjord-43');
      await tid(page, 'join-pledge').check();
      // Before any refusal the field is not marked.
      expect(await tid(page, 'join-code').getAttribute('aria-invalid')).toBeNull();
      expect(await tid(page, 'join-code-wrong').isVisible()).toBe(false);
      await tid(page, 'join-submit').click();
      await waitText(tid(page, 'waiting-message'), t.door_wrongCode);

      await tid(page, 'waiting-retry').click();
      await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
      const code = tid(page, 'join-code');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: WAIT_MS }).toBe('join-code');
      const sel = await code.evaluate((el: HTMLInputElement) => [el.value, el.selectionStart, el.selectionEnd]);
      expect(sel).toEqual(['fjord-43', 0, 8]);
      expect(await code.getAttribute('aria-invalid')).toBe('true');
      // The line that says so, tied to the field, in the page's language.
      const described = (await code.getAttribute('aria-describedby'))!.split(' ');
      expect(described).toContain('join-code-wrong');
      await waitText(tid(page, 'join-code-wrong'), t.joinCodeWrong);
      expect(await tid(page, 'join-code-wrong').isVisible()).toBe(true);
      expect(await page.locator('#join-code-wrong').textContent()).toBe(t.joinCodeWrong);
      // Name and promise kept as before.
      expect(await tid(page, 'join-name').inputValue()).toBe('Gjest');
      expect(await tid(page, 'join-pledge').isChecked()).toBe(true);

      // Typing over the selected code is a new try: the mark goes.
      await page.keyboard.type('fjord-42');
      expect(await code.inputValue()).toBe('fjord-42');
      expect(await code.getAttribute('aria-invalid')).toBeNull();
      expect(await tid(page, 'join-code-wrong').isVisible()).toBe(false);
      await tid(page, 'join-submit').click();
      await waitJoined(page);
    });
  }
});
