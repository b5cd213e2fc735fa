// Found by a fresh tester in headless Chromium on a weak link (CDP emulateNetworkConditions:
// 2,000 B/s, 300 ms): (1) the new speaker's own clock ran ~3 s behind the truth for the whole
// turn: the turn came as a small patch, then the whole view for the same turn arrived seconds
// later and reset the clock to what was true when it was built; (2) back after a drop, the
// hidden screen-reader line still said "You are next" under "You are number 3 in line."; (3) an
// offline page went on counting down someone else's turn that had long ended. Real Chromium.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { e2eStage } from '../helpers/e2e-stage.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitText, WAIT_MS, type Person, skipOpening } from '../helpers/browser.js';

const stage = e2eStage({ settings: { shareMs: 120_000, graceMs: 90_000 } });
const people = stage.opened;


const OTHERS = ['Klar Himmel', 'Grønn Eng', 'Varm Vind', 'Mild Regn', 'Høyt Fjell', 'Lun Kveld'];

/** Seconds shown by a clock ("1:24", "Time left: 1:24 (paused)"). */
async function secondsShown(page: Page, id: string): Promise<number> {
  const text = (await tid(page, id).textContent()) ?? '';
  const m = /(\d+):(\d\d)/.exec(text);
  if (!m) throw new Error(`no clock in ${JSON.stringify(text)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * A meeting in English: the chair's page (first in the circle), Anna's page (second: on deck
 * while the chair shares), then six members on raw sockets (their seats make every view bigger).
 * The chair has started and speaks.
 */
async function scene(): Promise<{ chair: Page; anna: Person; others: TestClient[] }> {
  const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'en', formatId: 'standard' });
  const chair = await newPerson(stage.browser, { lang: 'en' });
  const anna = await newPerson(stage.browser, { lang: 'en' });
  people.push(chair, anna);
  await chair.page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
  await joinAtDoor(chair.page, 'Rolig Elv');
  await anna.page.goto(`${stage.server.url}/m/${meetingId}`);
  await joinAtDoor(anna.page, 'Anna Lind');
  const others: TestClient[] = [];
  for (const name of OTHERS) {
    others.push(await stage.client(meetingId, name));
  }
  await tid(chair.page, 'chair-start').click();
  await tid(chair.page, 'chair-advance').waitFor({ timeout: WAIT_MS });
  await skipOpening(chair.page);
  await chair.page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
  await expect.poll(() => tid(chair.page, 'composer').isEnabled(), { timeout: WAIT_MS }).toBe(true);
  await waitText(tid(anna.page, 'on-deck'), 'You are next');
  return { chair: chair.page, anna, others };
}

describe('clocks and the on-deck line on a weak link', () => {
  it('a throttled new speaker’s clock stays within a second of the chair’s (the late whole view does not set it back)', { timeout: 180_000 }, async () => {
    const { chair, anna } = await scene();
    const cdp = await anna.context.newCDPSession(anna.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: 2_000, uploadThroughput: 2_000 });
    await tid(chair, 'pass').click();
    await anna.page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: 30_000 });
    // Long enough for the whole view to arrive over the slow link after the turn's patch.
    await anna.page.waitForTimeout(8_000);
    const [mine, theirs, box] = await Promise.all([secondsShown(anna.page, 'countdown'), secondsShown(chair, 'countdown'), secondsShown(anna.page, 'composer-time')]);
    expect(Math.abs(mine - theirs), `speaker shows ${mine} s, the chair ${theirs} s`).toBeLessThanOrEqual(1);
    expect(Math.abs(box - theirs), `the speaker's time box ${box} s, the chair ${theirs} s`).toBeLessThanOrEqual(1);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  });

  it('offline, someone else’s clock stops and says it is not live; back online it runs again', { timeout: 240_000 }, async () => {
    const { anna } = await scene();
    await anna.context.setOffline(true);
    // The chair's turn, as the offline page shows it: stopped and marked.
    await waitText(tid(anna.page, 'countdown'), /not updated, no connection/, 60_000);
    // And the banner says to stay and how long her seat is still kept (the stage's 90 s grace
    // period, from her view), counting down.
    const kept = /^(?:Connection lost\. Reconnecting …|No connection on this device\.) Stay on this page: it reconnects by itself\. Your seat is kept for about (\d+) more seconds; if it takes longer, you can join again\.$/;
    await waitText(tid(anna.page, 'connection-status'), kept);
    const keptFor = async (): Promise<number> => Number(kept.exec((await tid(anna.page, 'connection-status').textContent()) ?? '')?.[1]);
    const first = await keptFor();
    expect(first).toBeLessThanOrEqual(90);
    expect(first).toBeGreaterThan(75);
    const stopped = await tid(anna.page, 'countdown').textContent();
    // Every second, not only when a reconnect attempt happens to redraw the banner (a fresh
    // tester saw it stand still for 3–6 s).
    let before = first;
    for (let i = 0; i < 3; i++) {
      await anna.page.waitForTimeout(1_100);
      const now = await keptFor();
      expect(now).toBeLessThan(before);
      before = now;
    }
    expect(await tid(anna.page, 'countdown').textContent()).toBe(stopped);
    await anna.context.setOffline(false);
    await expect.poll(() => tid(anna.page, 'countdown').textContent(), { timeout: 60_000 }).not.toMatch(/no connection/);
    expect(await tid(anna.page, 'connection-status').isHidden()).toBe(true);
    const live = await secondsShown(anna.page, 'countdown');
    await anna.page.waitForTimeout(2_500);
    expect(await secondsShown(anna.page, 'countdown')).toBeLessThan(live);
  });

  // A tester on a weak phone link: the chair paused the meeting for a break, their connection
  // dropped during it, and after the break the seat was gone. The pause keeps the seat (the core's
  // seat-grace.ts), and the offline banner says so, with no countdown running during the pause.
  it('offline during the chair’s pause, the banner says the seat is kept while the meeting is paused, and counts nothing down', { timeout: 240_000 }, async () => {
    const { chair, anna } = await scene();
    await tid(chair, 'chair-freeze').click();
    await tid(anna.page, 'frozen-banner').waitFor({ timeout: WAIT_MS });
    await anna.context.setOffline(true);
    const paused = 'No connection on this device. Stay on this page: it reconnects by itself. Your seat is kept while the meeting is paused, and for about 90 seconds after the chair resumes.';
    await waitText(tid(anna.page, 'connection-status'), paused, 60_000);
    await anna.page.waitForTimeout(2_200);
    expect(await tid(anna.page, 'connection-status').textContent()).toBe(paused);
    await anna.context.setOffline(false);
    await expect.poll(() => tid(anna.page, 'connection-status').isHidden(), { timeout: 60_000 }).toBe(true);
  });

  it('back after the turn passed her while offline, the screen-reader line no longer says "you are next"', { timeout: 240_000 }, async () => {
    const { chair, anna, others } = await scene();
    await waitText(tid(anna.page, 'on-deck-announce'), 'You are next');
    const id = await anna.page.locator('[data-testid="circle"] li.me').getAttribute('data-participant');
    await anna.context.setOffline(true);
    // The server notices the drop; the chair passes and the turn passes Anna by.
    await others[0]!.waitFor((c) => c.latest.participants.find((p) => p.id === id)?.connected === false, 'Anna marked offline', 90_000);
    await tid(chair, 'pass').click();
    await others[0]!.waitFor((c) => !!c.latest.speaker && c.latest.speaker.id !== id && c.latest.speaker.id !== c.latest.chairId, 'the turn passed Anna', 20_000);
    await anna.context.setOffline(false);
    await waitText(tid(anna.page, 'on-deck'), /You are number \d+ in line/, 60_000);
    await anna.page.waitForTimeout(1_000);
    expect(await tid(anna.page, 'on-deck-announce').textContent()).toBe('');
    expect(await tid(anna.page, 'on-deck').textContent()).not.toMatch(/You are next/);
  });
});
