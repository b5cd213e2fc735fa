// A whole meeting in three real browsers: create on the landing page, join at the door, the
// round, a share and a pass, the chair handed on, the end; and the quick exit that leaves no trace.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import {
  batchingLink,
  joinAtDoor,
  newPerson,
  participantId,
  sessionStorageLength,
  tid,
  waitText,
  WAIT_MS,
  skipOpening,
} from '../helpers/browser.js';
import { keepPagesBetweenTests } from '../helpers/open-browsers.js';

// Its tests go on with the pages the test before them opened.
keepPagesBetweenTests();


const stage = e2eStage();
const people = stage.opened;

async function person(lang: 'nb' | 'en' = 'nb'): Promise<Page> {
  const p = await newPerson(stage.browser, { lang });
  people.push(p);
  return p.page;
}

describe('a meeting from creation to the end, in three browsers', () => {
  let ended: Record<'chair' | 'sharer' | 'listener', Page> | null = null;

  it('runs: create, join at the door, turns in order, share, pass, chair handed on, ended for all', { timeout: 60_000 }, async () => {
    const chair = await person();
    const sharer = await person();
    const listener = await person();

    // The chair creates the meeting on the landing page and lands at the door with the chair key.
    await chair.goto(`${stage.server.url}/`);
    await tid(chair, 'landing-create-form').waitFor();
    await tid(chair, 'create-title').fill('Torsdagsmøtet');
    await tid(chair, 'create-format').selectOption('standard');
    await tid(chair, 'create-language').selectOption('nb');
    await tid(chair, 'create-listed').uncheck();
    await tid(chair, 'create-submit').click();
    await tid(chair, 'join-page').waitFor();
    expect(new URL(chair.url()).pathname).toMatch(/^\/m\/[A-Za-z0-9_-]+$/);
    // The chair key left the address bar for sessionStorage at once.
    expect(new URL(chair.url()).hash).toBe('');
    await waitText(tid(chair, 'join-title'), 'Torsdagsmøtet');
    await tid(chair, 'join-chair-note').waitFor();
    await joinAtDoor(chair, 'Rolig Elv');
    await tid(chair, 'chair-panel').waitFor();

    // The link the chair hands out carries no chair key.
    const link = await tid(chair, 'chair-link').inputValue();
    expect(link).toBe(chair.url());
    expect(link).not.toContain('#');

    await sharer.goto(link);
    await joinAtDoor(sharer, 'Stille Fjord', { role: 'participant', volunteer: true });
    await listener.goto(link);
    await joinAtDoor(listener, 'Lys Morgen', { role: 'listener' });
    for (const p of [chair, sharer, listener]) await expect.poll(() => p.locator('[data-testid="circle"] li[data-participant]').count(), { timeout: WAIT_MS }).toBe(3);
    // Only the chair has the chair panel.
    expect(await tid(sharer, 'chair-panel').count()).toBe(0);
    expect(await tid(listener, 'chair-panel').count()).toBe(0);

    // Before the round nobody can write.
    expect(await tid(sharer, 'composer').isDisabled()).toBe(true);

    // The chair opens the meeting and moves on to the round; the first in the circle speaks.
    await tid(chair, 'chair-start').click();
    await tid(chair, 'chair-advance').waitFor();
    await skipOpening(chair);
    await chair.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await expect.poll(() => tid(chair, 'composer').isEnabled(), { timeout: WAIT_MS }).toBe(true);

    // Out of turn the composer is disabled and says whose turn it is.
    await waitText(tid(sharer, 'turn-status'), 'Rolig Elv');
    await waitText(tid(sharer, 'composer-reason'), 'Rolig Elv');
    expect(await tid(sharer, 'composer').isDisabled()).toBe(true);
    expect(await tid(sharer, 'composer-send').isDisabled()).toBe(true);
    expect(await tid(sharer, 'pass').isDisabled()).toBe(true);
    // The speaker's time left shows on every page and counts down on its own.
    const shown = (await tid(sharer, 'countdown').textContent()) ?? '';
    expect(shown).toMatch(/^\d+:\d\d$/);
    await expect.poll(() => tid(sharer, 'countdown').textContent(), { timeout: 3000, interval: 100 }).not.toBe(shown);
    // A listener has no box at all, only the note saying so.
    await waitText(tid(listener, 'turn-status'), 'Rolig Elv');
    expect(await tid(listener, 'composer').isVisible()).toBe(false);
    expect((await tid(listener, 'composer-reason').textContent())?.length).toBeGreaterThan(0);

    // A share typed by the speaker appears on the other pages, as it is sent.
    const words = 'Jeg har hatt en rolig uke, og jeg er glad for å være her.';
    await tid(chair, 'composer').fill(words);
    await tid(chair, 'composer').press('Enter');
    for (const p of [sharer, listener, chair]) await waitText(p.locator('[data-testid="transcript-share"] [data-testid="share-chunk"]'), words);
    const chairId = await participantId(sharer, 'Rolig Elv');
    expect(await sharer.locator(`[data-testid="transcript-share"][data-speaker="${chairId}"]`).count()).toBe(1);

    // Done: the turn moves to the next in the circle (the listener has no turn).
    await tid(chair, 'finish-share').click();
    await sharer.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await expect.poll(() => tid(sharer, 'composer').isEnabled(), { timeout: WAIT_MS }).toBe(true);
    expect(await tid(chair, 'composer').isDisabled()).toBe(true);
    await waitText(tid(chair, 'composer-reason'), 'Stille Fjord');

    // A pass: the turn ends without words and the circle shows it.
    const sharerId = await participantId(chair, 'Stille Fjord');
    await tid(sharer, 'pass').click();
    for (const p of [chair, listener]) {
      await p.locator(`[data-testid="transcript-share"].empty[data-speaker="${sharerId}"]`).waitFor({ timeout: WAIT_MS });
      await p.locator(`[data-testid="circle-item-${sharerId}"].done`).waitFor({ timeout: WAIT_MS });
    }
    expect(await tid(sharer, 'composer').isDisabled()).toBe(true);
    expect(await chair.locator(`[data-testid="transcript-share"][data-speaker="${sharerId}"] [data-testid="share-chunk"]`).count()).toBe(0);

    // The chair hands the chair on through the panel; the other page then shows the chair panel.
    await tid(chair, `chair-menu-${sharerId}`).locator('summary').click();
    // It asks first, in words (nothing happens on the tap itself; a double tap never confirms).
    await tid(chair, `chair-handchair-${sharerId}`).dblclick();
    await waitText(tid(chair, `person-confirm-${sharerId}-text`), /(Hand the chair to|Gi møteleder-rollen til) Stille Fjord\? (You will no longer chair|Du er ikke møteleder lenger)\./);
    await new Promise((r) => setTimeout(r, 300));
    expect(await tid(sharer, 'chair-panel').count()).toBe(0);
    expect(await tid(chair, 'chair-bar').isVisible()).toBe(true);
    await tid(chair, `person-confirm-${sharerId}-yes`).click();
    await tid(sharer, 'chair-panel').waitFor({ timeout: WAIT_MS });
    await tid(chair, 'chair-panel').waitFor({ state: 'detached', timeout: WAIT_MS });
    expect(await tid(listener, 'chair-panel').count()).toBe(0);

    // The new chair ends the meeting (it asks once first); every page shows the end.
    await tid(sharer, 'chair-end').click();
    await tid(sharer, 'chair-end-confirm-yes').click();
    for (const p of [chair, sharer, listener]) {
      await p.locator('[data-testid="meeting-closed"][data-reason="ended"]').waitFor({ timeout: WAIT_MS });
      expect(await tid(p, 'meeting').count()).toBe(0);
    }
    ended = { chair, sharer, listener };
  });

  it('after the end no page keeps its seat (resume token) in sessionStorage', async () => {
    if (!ended) throw new Error('the meeting above did not reach its end');
    const seats: Record<string, string | null> = {};
    for (const [who, p] of Object.entries(ended)) seats[who] = await p.evaluate(() => sessionStorage.getItem('runde.seat'));
    expect(seats).toEqual({ chair: null, sharer: null, listener: null });
  });
});

describe('quick exit', () => {
  /** A meeting with a chair (a socket client) and one browser seated in it via the landing page. */
  async function seatedBrowser(base = stage.server.url): Promise<{ page: Page; observer: TestClient; meetingId: string }> {
    const { meetingId, chairKey } = await createMeeting(stage.server.url);
    const observer = await TestClient.connect(stage.server.url);
    expect((await observer.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
    const page = await person();
    // Come from the landing page so there is a page before the meeting in this tab's history.
    await page.goto(`${base}/`);
    await tid(page, 'join-link-input').fill(`/m/${meetingId}`);
    await tid(page, 'join-link-submit').click();
    await joinAtDoor(page, 'Stille Fjord');
    await observer.waitFor((c) => c.latest.participants.length === 2, 'the browser seated');
    expect(await page.evaluate(() => sessionStorage.getItem('runde.seat'))).not.toBeNull();
    return { page, observer, meetingId };
  }

  async function assertGone(page: Page, meetingId: string): Promise<void> {
    await page.waitForURL((u) => u.pathname === '/exit', { timeout: WAIT_MS });
    expect(await sessionStorageLength(page)).toBe(0);
    // The meeting page was replaced in history, and Back to the page before it (the front page,
    // "for those who struggle with addiction") goes on to the neutral page again: a fresh tester
    // (2026-12-04) pressed Back once and saw the front page.
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/exit', { timeout: WAIT_MS });
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).not.toContain(meetingId);
    expect(await sessionStorageLength(page)).toBe(0);
    expect(await tid(page, 'meeting').count()).toBe(0);
    expect(await tid(page, 'topbar').count()).toBe(0);
    // Runde opened anew in the tab (the address typed) shows as usual.
    await page.goto(`${new URL(page.url()).origin}/`);
    await tid(page, 'topbar').waitFor({ timeout: WAIT_MS });
  }

  it('the quick exit button clears sessionStorage and replaces the page so Back does not return', async () => {
    const { page, observer, meetingId } = await seatedBrowser();
    await tid(page, 'quick-exit').click();
    await assertGone(page, meetingId);
    observer.close();
  });

  it('Escape pressed twice quick-exits the same way', async () => {
    const { page, observer, meetingId } = await seatedBrowser();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await assertGone(page, meetingId);
    observer.close();
  });

  it('one Escape alone does not leave the meeting', async () => {
    const { page, observer } = await seatedBrowser();
    await page.keyboard.press('Escape');
    // The rule is about time: past the double-press window, a second press is a first press again.
    await page.waitForTimeout(1100);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    expect(new URL(page.url()).pathname).toMatch(/^\/m\//);
    expect(await tid(page, 'meeting').isVisible()).toBe(true);
    expect(observer.latest.participants.length).toBe(2);
    observer.close();
  });

  async function assertSeatGone(observer: TestClient): Promise<void> {
    // Not left sitting "offline" in the circle, pseudonym on show, for the whole grace period.
    await observer.waitFor((c) => c.latest.participants.length === 1, 'the seat to be given up', 3000).catch((err: unknown) => {
      const left = observer.latest.participants.map((p) => `${p.name}${p.connected ? '' : ' (offline)'}`);
      throw new Error(`${String(err)}; the circle still shows: ${left.join(', ')}`);
    });
    observer.close();
  }

  // On a real network the frames a page sends back to back often reach the server in one read.
  // Through this link (which passes on what the page sent every 100 ms) they always do. (A page
  // that navigates away may die before it sends its goodbye frame at all; then the leave gets
  // through anyway, so on a very busy machine the quick exit case can pass by luck.)
  it('(the batching link itself delivers a leave that waits for its answer before disconnecting)', async () => {
    const link = await batchingLink(stage.server.url, 100);
    try {
      const { meetingId, chairKey } = await createMeeting(stage.server.url);
      const observer = await TestClient.connect(stage.server.url);
      expect((await observer.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
      const viaLink = await TestClient.connect(link.url);
      expect((await viaLink.join(meetingId, 'Stille Fjord')).ok).toBe(true);
      await observer.waitFor((c) => c.latest.participants.length === 2, 'the second seat');
      await viaLink.ok('leave');
      viaLink.close();
      await assertSeatGone(observer);
    } finally {
      await link.close();
    }
  });

  it('quick exit gives up the seat even when the network delivers its frames together', async () => {
    const link = await batchingLink(stage.server.url, 100);
    try {
      const { page, observer } = await seatedBrowser(link.url);
      await tid(page, 'quick-exit').click();
      await page.waitForURL((u) => u.pathname === '/exit', { timeout: WAIT_MS });
      await assertSeatGone(observer);
    } finally {
      await link.close();
    }
  });

  it('the leave button gives up the seat even when the network delivers its frames together', async () => {
    const link = await batchingLink(stage.server.url, 100);
    try {
      const { page, observer } = await seatedBrowser(link.url);
      await tid(page, 'leave').click();
      await page.locator('[data-testid="meeting-closed"][data-reason="left"]').waitFor({ timeout: WAIT_MS });
      await assertSeatGone(observer);
    } finally {
      await link.close();
    }
  });
});
