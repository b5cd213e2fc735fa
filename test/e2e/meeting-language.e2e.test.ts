// The page speaks the meeting's language unless this tab chose one. A third fresh tester
// (C, 2026-12-03) opened a bokmål meeting on a phone set to English: the door, the meeting and the
// door's refusal of a pseudonym (NAME_CONTACT) came in English while the room wrote Norwegian, and
// the switch said only "NB". Many Norwegians keep their phone in English. A language chosen in the
// tab (the switch on the front page or at the door) is kept over the meeting's.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eStage } from '../helpers/e2e-stage.js';
import { dict } from '../../client/i18n.js';
import { ERROR_MESSAGES } from '../../shared/errors.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitJoined, waitText, WAIT_MS } from '../helpers/browser.js';

const stage = e2eStage();
const people = stage.opened;

const htmlLang = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.lang);

/** A bokmål meeting's door, opened on a phone whose browser is set to English (en-US, 360 × 740). */
async function englishPhoneAtBokmalDoor(): Promise<Page> {
  const { meetingId } = await createMeeting(stage.server.url, { language: 'nb', title: 'Torsdagsrunden' });
  const p = await newPerson(stage.browser, { lang: 'en', width: 360, height: 740 });
  people.push(p);
  await p.page.goto(`${stage.server.url}/m/${meetingId}`);
  await tid(p.page, 'join-form').waitFor({ timeout: WAIT_MS });
  return p.page;
}

describe("the meeting's language", () => {
  it('an English phone at a bokmål meeting gets the door, its name check and the meeting in bokmål, also after a reload', { timeout: 120_000 }, async () => {
    const nb = dict('nb');
    const page = await englishPhoneAtBokmalDoor();
    await page.waitForFunction(() => document.documentElement.lang === 'nb', undefined, { timeout: WAIT_MS });
    await waitText(tid(page, 'join-submit'), nb.joinSubmit);
    // The switch names the language it goes to in full, in that language, also on a phone.
    expect((await tid(page, 'lang-switch').innerText()).trim()).toBe('English');
    // The server's refusal of a pseudonym, as the door shows it before sending.
    await tid(page, 'join-name').fill('kari@example.com');
    await waitText(tid(page, 'join-name-warning'), ERROR_MESSAGES.NAME_CONTACT.nb);
    await joinAtDoor(page, 'Grå Måke');
    await waitText(tid(page, 'meeting-phase'), nb.phase_gathering);
    await page.reload();
    await waitJoined(page);
    expect(await htmlLang(page)).toBe('nb');
    // The person's own choice wins, and stays over a reload.
    await tid(page, 'lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: WAIT_MS });
    await page.reload();
    await waitJoined(page);
    expect(await htmlLang(page)).toBe('en');
  });

  // The followed language stayed with the tab: the next meeting link opened there, an English
  // meeting's, came up in bokmål on an English phone.
  it("a language followed from one meeting is not carried to the next meeting's door in the tab", { timeout: 120_000 }, async () => {
    const en = dict('en');
    const page = await englishPhoneAtBokmalDoor();
    await page.waitForFunction(() => document.documentElement.lang === 'nb', undefined, { timeout: WAIT_MS });
    const { meetingId } = await createMeeting(stage.server.url, { language: 'en', title: 'Thursday circle' });
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
    await waitText(tid(page, 'join-submit'), en.joinSubmit);
    expect(await htmlLang(page)).toBe('en');
    // Back at the bokmål meeting's page, it follows that meeting again.
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'nb', undefined, { timeout: WAIT_MS });
  });

  it('a language chosen on the front page is kept at the door of a meeting in the other language', { timeout: 120_000 }, async () => {
    const en = dict('en');
    const { meetingId } = await createMeeting(stage.server.url, { language: 'nb', title: 'Torsdagsrunden' });
    const p = await newPerson(stage.browser, { lang: 'nb' });
    people.push(p);
    const { page } = p;
    await page.goto(`${stage.server.url}/`);
    await tid(page, 'lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: WAIT_MS });
    // The link pasted into the same tab (a new history entry: the choice travels in the tab).
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
    await waitText(tid(page, 'join-submit'), en.joinSubmit);
    expect(await htmlLang(page)).toBe('en');
  });

  // A fourth fresh tester (2026-12-04): a pseudonym of only spaces left the button grey with
  // nothing said. The door says what is missing, in the meeting's language.
  it('the door says in words why it cannot be entered yet', { timeout: 60_000 }, async () => {
    const nb = dict('nb');
    const page = await englishPhoneAtBokmalDoor();
    await tid(page, 'join-name').fill('   ');
    await waitText(tid(page, 'join-submit-reason'), `${nb.joinNeedsName} ${nb.joinNeedsPledge}`);
    expect(await tid(page, 'join-submit').isDisabled()).toBe(true);
    await tid(page, 'join-name').fill('Grå Måke');
    await expect.poll(() => tid(page, 'join-submit-reason').textContent()).toBe(nb.joinNeedsPledge);
    await tid(page, 'join-pledge').check();
    await expect.poll(() => tid(page, 'join-submit-reason').isHidden()).toBe(true);
    expect(await tid(page, 'join-submit').isDisabled()).toBe(false);
  });
});

