// Issue 15's "Done when": one person practises a whole meeting alone with the simulated members in
// real Chromium, from opening the practice room on the landing page (with the member who
// interrupts) through the welcome, the readings, the silence (it ends by itself), the topic, the
// round and open sharing to the closing and the end, and uses every chair tool the issue names:
// extend, freeze (and thaw), skip, mute (and unmute), send to the waiting room (and admit back),
// remove, hand the chair on (and get it back). The script is scaled down (scriptScale) so the
// silence takes seconds; every wait is generous for a loaded machine.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { SEGMENT_WORDS } from '../../shared/meeting/formats.js';
import { INTERRUPTER_NAME, PRACTICE_NAMES } from '../../server/practice.js';
import { TestClient } from '../helpers/client.js';
import { joinAtDoor, newPerson, participantId, tid, waitText, WAIT_MS } from '../helpers/browser.js';


// The 1-minute silence takes 6 s.
const SCALE = 0.1;
/** A turn of a practice member (5 s of "typing") on a loaded machine. */
const TURN_MS = 45_000;

const stage = e2eStage({ settings: { scriptScale: SCALE } });
const opened = stage.opened;

/** Clicks, then answers the confirm step named `confirm` if one was asked. */
async function clickConfirming(page: Page, button: Locator, confirm: string): Promise<void> {
  await button.click();
  const yes = tid(page, `${confirm}-yes`);
  if (await yes.isVisible()) await yes.click();
}

/** Opens a person's chair menu (if closed) and presses one of its items. */
async function menuItem(page: Page, action: string, id: string): Promise<void> {
  const menu = tid(page, `chair-menu-${id}`);
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  await tid(page, `chair-${action}-${id}`).click();
}

describe('practising a whole meeting alone', () => {
  it('(en) from the landing page to the end, with every chair tool', { timeout: 300_000 }, async () => {
    const me = await newPerson(stage.browser, { lang: 'en' });
    opened.push(me);
    const page = me.page;
    const [anna] = PRACTICE_NAMES.en as unknown as [string];
    const eric = INTERRUPTER_NAME.en;
    const turn = () => tid(page, 'turn-status').textContent().then((t) => t ?? '');
    const words = () => tid(page, 'script-chair-words').textContent().then((t) => t ?? '');

    // The landing page: a practice meeting with the member who interrupts.
    await page.goto(`${stage.server.url}/`);
    await tid(page, 'practice-interrupter').check();
    await tid(page, 'practice-open').click();
    await tid(page, 'join-chair-note').waitFor({ timeout: WAIT_MS });
    const meetingId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await joinAtDoor(page, 'Rolig Elv');
    for (const name of [...PRACTICE_NAMES.en, eric]) await waitText(tid(page, 'circle'), name, 20_000);
    const ericId = await participantId(page, eric);
    const annaId = await participantId(page, anna);

    // Welcome, then the readings: one posted.
    await tid(page, 'chair-start').click();
    await waitText(tid(page, 'script-chair-words'), SEGMENT_WORDS.welcome.chair.en);
    // Going on without the welcome posted asks first: yes.
    await clickConfirming(page, tid(page, 'chair-next-segment'), 'chair-confirm');
    await waitText(tid(page, 'script-chair-words'), SEGMENT_WORDS.readings.chair.en);
    await page.locator('[data-testid^="chair-reading-"]:visible').first().click();
    await tid(page, 'transcript-reading').first().waitFor({ timeout: WAIT_MS });
    // The silence: a countdown, and it ends by itself (the two other texts skipped, asked first).
    await clickConfirming(page, tid(page, 'chair-next-segment'), 'chair-confirm');
    await tid(page, 'silence-countdown').waitFor({ timeout: WAIT_MS });
    await expect.poll(words, { timeout: 30_000 }).toContain(SEGMENT_WORDS.topic.chair.en);
    // The topic, then the round.
    await tid(page, 'chair-next-segment').click();
    await expect.poll(words, { timeout: WAIT_MS }).toContain(SEGMENT_WORDS.round.chair.en);

    // The first speaker: one more minute, a pause and on again, then skipped (asked once).
    await expect.poll(turn, { timeout: TURN_MS }).toMatch(/Practice/);
    const first = (await turn()).match(/Practice \w+/)![0];
    await tid(page, 'chair-extend').click();
    await expect.poll(() => tid(page, 'chair-extend').isDisabled(), { timeout: WAIT_MS }).toBe(true);
    await tid(page, 'chair-freeze').click();
    await tid(page, 'frozen-banner').waitFor({ timeout: WAIT_MS });
    // Paused: the bar's one next step is to continue.
    await tid(page, 'chair-continue').click();
    await tid(page, 'frozen-banner').waitFor({ state: 'hidden', timeout: WAIT_MS });
    await clickConfirming(page, tid(page, 'chair-skip'), 'chair-skip-confirm');
    await expect.poll(turn, { timeout: WAIT_MS }).not.toContain(first);

    // The interrupter muted (on his turn: confirmed in words) and unmuted; my own turn: I pass.
    // Whichever comes first in the circle.
    const mine = () => page.locator('[data-testid="turn-status"].mine').count().then((n) => n > 0);
    const muteAndUnmute = async () => {
      await menuItem(page, 'mute', ericId);
      if (await tid(page, `person-confirm-${ericId}-yes`).isVisible()) await tid(page, `person-confirm-${ericId}-yes`).click();
      await waitText(tid(page, `circle-item-${ericId}`), /muted/i);
      await menuItem(page, 'mute', ericId);
      await expect.poll(async () => (await tid(page, `circle-item-${ericId}`).textContent()) ?? '', { timeout: WAIT_MS }).not.toMatch(/muted/i);
    };
    let ericDone = first === eric;
    if (ericDone) await muteAndUnmute();
    let passed = false;
    while (!ericDone || !passed) {
      await expect.poll(async () => (!passed && (await mine())) || (!ericDone && (await turn()).includes(eric)), { timeout: 3 * TURN_MS }).toBe(true);
      if (!passed && (await mine())) {
        await tid(page, 'pass').click();
        passed = true;
        await expect.poll(mine, { timeout: WAIT_MS }).toBe(false);
      } else {
        await muteAndUnmute();
        ericDone = true;
      }
    }

    // Open sharing: hands go up; the interrupter's goes up and down.
    await clickConfirming(page, tid(page, 'chair-next-segment'), 'chair-confirm');
    await expect.poll(words, { timeout: WAIT_MS }).toContain(SEGMENT_WORDS.open.chair.en);
    const chunksAtOpen = await page.locator('[data-testid="share-chunk"]').count();
    // The interrupter to the waiting room (asked in words); he accepts the guidelines there, and
    // the chair lets him back in.
    await menuItem(page, 'waiting', ericId);
    await tid(page, `person-confirm-${ericId}-yes`).click();
    const admit = tid(page, `chair-admit-${ericId}`);
    if (!(await admit.isVisible())) await tid(page, 'door-banner-go').click().catch(() => undefined);
    await waitText(tid(page, `waiting-accepted-${ericId}`), 'has accepted the guidelines', 20_000);
    await admit.click();
    await tid(page, `circle-item-${ericId}`).waitFor({ timeout: WAIT_MS });
    // Then removed (asked in words): gone, and the others stay.
    await menuItem(page, 'remove', ericId);
    await tid(page, `person-confirm-${ericId}-yes`).click();
    await expect.poll(() => tid(page, `circle-item-${ericId}`).count(), { timeout: WAIT_MS }).toBe(0);
    // The chair handed on to Anna, and handed back to me.
    await menuItem(page, 'handchair', annaId);
    await waitText(tid(page, `person-confirm-${annaId}-text`), /^Hand the chair to .+\? You will no longer chair\.$/);
    await tid(page, `person-confirm-${annaId}-yes`).click();
    await tid(page, 'chair-bar').waitFor({ state: 'hidden', timeout: WAIT_MS });
    await tid(page, 'chair-bar').waitFor({ timeout: 30_000 });

    // Someone shares in open sharing (Anna's hand came up), then on to the closing.
    await expect.poll(() => page.locator('[data-testid="share-chunk"]').count(), { timeout: 3 * TURN_MS }).toBeGreaterThan(chunksAtOpen);
    await clickConfirming(page, tid(page, 'chair-next-segment'), 'chair-confirm');
    await expect.poll(words, { timeout: WAIT_MS }).not.toContain(SEGMENT_WORDS.open.chair.en);
    // Through the rest of the script to the closing words.
    for (let i = 0; i < 4 && !(await words()).includes(SEGMENT_WORDS.closing.chair.en); i++) {
      const before = await words();
      await clickConfirming(page, tid(page, 'chair-next-segment'), 'chair-confirm');
      await expect.poll(words, { timeout: WAIT_MS }).not.toBe(before);
    }
    expect(await words()).toContain(SEGMENT_WORDS.closing.chair.en);
    // The end: asked once; the meeting is closed, and nothing is left to join.
    await clickConfirming(page, tid(page, 'chair-end'), 'chair-end-confirm');
    await tid(page, 'meeting-closed').waitFor({ timeout: WAIT_MS });
    const late = await TestClient.connect(stage.server.url);
    await expect.poll(async () => ((await late.join(meetingId, 'Rolig Elv')) as { code?: string }).code, { timeout: WAIT_MS }).toBe('MEETING_ENDED');
    late.close();
  });
});
