// A reload during one's own turn keeps the seat and the turn, not the words in the box: unsent
// text lives in the page's memory alone (Issue 14). A fresh tester (2026-12-03) reloaded an older
// member's page on her turn and the box came back empty without a word. Now the page says so once,
// for as long as the turn lasts; a reload when it is not your turn says nothing of it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { dict } from '../../client/i18n.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitJoined, waitText, WAIT_MS } from '../helpers/browser.js';


const stage = e2eStage();
const people = stage.opened;
const clients = stage.clients;

/** An English meeting whose chair is a socket, and a page (Grey Heron) whose turn it is now. */
async function onMyTurn(): Promise<{ meetingId: string; page: Page }> {
  const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'en', title: 'Evening circle' });
  const chair = await TestClient.connect(stage.server.url);
  clients.push(chair);
  expect((await chair.join(meetingId, 'Calm Chair', { chairKey })).ok).toBe(true);
  const person = await newPerson(stage.browser, { lang: 'en' });
  people.push(person);
  const { page } = person;
  await page.goto(`${stage.server.url}/m/${meetingId}`);
  await joinAtDoor(page, 'Grey Heron');
  await chair.ok('start');
  await chair.ok('advance');
  await chair.ok('finishShare');
  await tid(page, 'composer-send').waitFor({ timeout: WAIT_MS });
  return { meetingId, page };
}

describe('a reload on your own turn', () => {
  it('says the unsent words could not be kept, while the turn lasts; not on a reload out of turn', { timeout: 240_000 }, async () => {
    const en = dict('en');
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'en', title: 'Evening circle' });
    const chair = await TestClient.connect(stage.server.url);
    clients.push(chair);
    expect((await chair.join(meetingId, 'Calm Chair', { chairKey })).ok).toBe(true);
    const person = await newPerson(stage.browser, { lang: 'en', width: 360, height: 740 });
    people.push(person);
    const { page } = person;
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(page, 'Grey Heron');
    // Out of turn: a reload says nothing of unsent words.
    await page.reload();
    await waitJoined(page);
    expect(await tid(page, 'reloaded-on-turn').count()).toBe(0);
    await chair.ok('start');
    await chair.ok('advance');
    await chair.ok('finishShare');
    await tid(page, 'composer-send').waitFor({ timeout: WAIT_MS });
    await tid(page, 'composer').fill('My son came home drunk again and I did not shout.');
    await page.reload();
    await waitJoined(page);
    await waitText(tid(page, 'reloaded-on-turn'), en.reloadedOnTurn);
    expect(await tid(page, 'composer').inputValue()).toBe('');
    // Beside the share box, in view with it (a second fresh tester found it far above the screen).
    expect(await page.locator('[data-testid="composer-region"] [data-testid="reloaded-on-turn"]').count()).toBe(1);
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-testid="reloaded-on-turn"]')!.getBoundingClientRect();
      const top = document.querySelector('[data-testid="topbar"]')!.getBoundingClientRect().bottom;
      const box = document.querySelector('[data-testid="composer"]')!.getBoundingClientRect();
      return r.top >= top - 1 && r.bottom <= innerHeight && box.top < innerHeight;
    }, undefined, { timeout: WAIT_MS });
    // The turn goes on; once it ends, the note goes.
    await tid(page, 'pass').click();
    await tid(page, 'reloaded-on-turn').waitFor({ state: 'detached', timeout: WAIT_MS });
  });

  // A third fresh tester (C, 2026-12-03) opened the meeting link again in the same tab on her turn
  // (a navigation, not a reload): the box came back empty without a word. Any page that resumes
  // the seat without the words of the page before says so.
  it('opening the meeting link again in the same tab on your turn says the same', { timeout: 240_000 }, async () => {
    const en = dict('en');
    const { meetingId, page } = await onMyTurn();
    await tid(page, 'composer').fill('I left the meeting link open and tapped it again.');
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await waitJoined(page);
    expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type)).toBe('navigate');
    await waitText(tid(page, 'reloaded-on-turn'), en.reloadedOnTurn);
    expect(await tid(page, 'composer').inputValue()).toBe('');
    // Typing again takes it away: it must not stand over the box (and the offline line) all turn.
    await tid(page, 'composer').pressSequentially('I');
    await tid(page, 'reloaded-on-turn').waitFor({ state: 'detached', timeout: WAIT_MS });
  });

  // A fresh tester (2026-12-03) sent a part, reloaded, and was offered Pass again for a turn she had
  // already shared in: the part replayed after the reload counts as sent.
  it('after a part was sent, a reload still offers only Done (no Pass), and the how-to says "send more"', { timeout: 240_000 }, async () => {
    const en = dict('en');
    const { meetingId, page } = await onMyTurn();
    expect(await tid(page, 'pass').isVisible()).toBe(true);
    await tid(page, 'composer').fill('Today I went for a walk instead of checking his phone.');
    await tid(page, 'composer-send').click();
    await tid(page, 'pass').waitFor({ state: 'hidden', timeout: WAIT_MS });
    await page.reload();
    await waitJoined(page);
    await tid(page, 'finish-share').waitFor({ timeout: WAIT_MS });
    await waitText(tid(page, 'composer-reason'), en.turnYouHintSent);
    expect(await tid(page, 'pass').isVisible()).toBe(false);
  });
});
