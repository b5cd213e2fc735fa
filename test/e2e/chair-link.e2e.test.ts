// The chair's own link after its notice was dismissed. A third fresh tester (C, 2026-12-03) chaired
// for the first time: the notice with the chair link was dismissed, the page bookmarked, and the
// bookmark was the members' door (the chair key never stays in the address bar, by design). Now
// the notice says a bookmark does not bring the chair back, and the chair's tools show the link
// again on request; a practice meeting has no such link. While people gather it is shown once.
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { dict } from '../../client/i18n.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitText, WAIT_MS } from '../helpers/browser.js';

const stage = e2eStage();
const people = stage.opened;

describe("the chair's own link", () => {
  it('says a bookmark does not do, and comes back from the chair tools after it was dismissed (en, nb)', { timeout: 120_000 }, async () => {
    for (const lang of ['en', 'nb'] as const) {
      const t = dict(lang);
      const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: lang, title: 'Chair link' });
      const chair = await newPerson(stage.browser, { lang, width: 360, height: 740 });
      people.push(chair);
      const { page } = chair;
      await page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
      await joinAtDoor(page, lang === 'en' ? 'Quiet Pine' : 'Stille Furu');
      await tid(page, 'chair-key-notice').waitFor({ timeout: WAIT_MS });
      await waitText(tid(page, 'chair-key-notice'), t.chairLinkText);
      expect(t.chairLinkText).toMatch(lang === 'en' ? /bookmark/ : /bokmerke/);
      const link = await tid(page, 'chair-key-link').inputValue();
      expect(link).toContain(`#chair=${encodeURIComponent(chairKey)}`);
      // The address bar has no chair key: a bookmark would be the members' door.
      expect(page.url()).not.toContain('#chair=');
      // Shown once while people gather: in the chair bar, right under the members' link, marked
      // private (a fourth fresh tester found the private link under a phone's fold with the
      // members' link in view); nothing else on the page shows it or points to it (a later fresh
      // tester's chair saw it in three places).
      await page.evaluate(() => window.scrollTo(0, 0));
      const bar = tid(page, 'chair-bar');
      expect(await bar.locator('[data-testid="chair-key-notice"]').count()).toBe(1);
      expect(await page.locator('input').evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).value.includes('#chair=')).length)).toBe(1);
      // Once on the page (the announcer's spoken copy of the title, a live region, aside).
      expect(await page.locator('body').evaluate((b, title) => {
        const copy = b.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-live]').forEach((e) => e.remove());
        return (copy.textContent ?? '').split(title).length - 1;
      }, t.chairLinkTitle)).toBe(1);
      expect(await bar.locator('[data-testid="chair-own-link-show"]').count()).toBe(0);
      const under = await page.evaluate(() => {
        const members = document.querySelector('[data-testid="chair-link"]')!.getBoundingClientRect();
        const notice = document.querySelector('[data-testid="chair-key-notice"]')!.getBoundingClientRect();
        return { gap: notice.top - members.bottom, top: notice.top };
      });
      expect(under.gap).toBeGreaterThanOrEqual(0);
      expect(under.gap).toBeLessThan(40);
      expect(under.top).toBeLessThan(740);
      await tid(page, 'chair-key-dismiss').click();
      await tid(page, 'chair-key-notice').waitFor({ state: 'detached', timeout: WAIT_MS });
      // From the chair tools, the same link again, in view and focused.
      await tid(page, 'chair-own-link-show').scrollIntoViewIfNeeded();
      await waitText(tid(page, 'chair-own-link-show'), t.chairOwnLinkShow);
      await tid(page, 'chair-own-link-show').click();
      await tid(page, 'chair-key-notice').waitFor({ timeout: WAIT_MS });
      expect(await tid(page, 'chair-key-link').inputValue()).toBe(link);
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'chair-key-link', undefined, { timeout: WAIT_MS });
      await page.waitForFunction(() => {
        const r = document.querySelector('[data-testid="chair-key-link"]')!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, undefined, { timeout: WAIT_MS });
    }
  });

  it('a chair who came without the chair key (the chair moved to them) is offered no such link', { timeout: 120_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'en', title: 'No key' });
    const first = await newPerson(stage.browser, { lang: 'en' });
    const second = await newPerson(stage.browser, { lang: 'en' });
    people.push(first, second);
    await first.page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(first.page, 'Quiet Pine');
    await second.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(second.page, 'Calm Lake', { volunteer: true });
    await tid(first.page, 'chair-own-link-show').waitFor({ state: 'attached', timeout: WAIT_MS });
    // The chair leaves: the volunteer takes the chair, without a key of their own.
    await tid(first.page, 'leave').click();
    const yes = tid(first.page, 'leave-confirm-yes');
    if (await yes.isVisible()) await yes.click();
    await tid(second.page, 'chair-panel').waitFor({ timeout: WAIT_MS });
    expect(await tid(second.page, 'chair-own-link-show').count()).toBe(0);
  });
});
