// The transcript by keyboard and screen reader, in real Chromium (client/meeting/transcript.ts):
// a tester with a screen reader heard "Tell the chair …" after every share of a long round (the
// list itself was the live region, menus and all), and had to tab past one "Tell the chair" per
// share to get from the transcript to the share box. The transcript is one tab stop now; the
// arrow keys choose a share and Enter opens its menu; what is heard of a share is its words.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { e2eStage } from '../helpers/e2e-stage.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, tid, waitText, WAIT_MS } from '../helpers/browser.js';

const stage = e2eStage();

const SHARES = ['I slept better this week.', 'Talking to someone helped.', 'I am going to meetings again.', 'Thank you for letting me share.', 'It was a hard weekend.', 'But I got through it.'];

/** Where focus is: its test id, or its tag, and whether it is in the transcript. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return { id: a?.getAttribute('data-testid') ?? a?.tagName ?? '', text: a?.textContent ?? '', inTranscript: !!a?.closest('[data-testid="transcript"]') };
  });

describe('the transcript by keyboard', () => {
  it('(en) six shares: heard as their words alone; Tab from the transcript reaches the share box without a stop per share; arrows and Enter tell the chair about the share chosen', { timeout: 90_000 }, async () => {
    const t = dict('en');
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'en' });
    const chair = await TestClient.connect(stage.server.url);
    stage.clients.push(chair);
    expect((await chair.join(meetingId, 'Calm Chair', { chairKey })).ok).toBe(true);
    // The one who shares is not the chair: reports on the chair's own share wait for the next chair.
    const sharer = await stage.client(meetingId, 'Still Water');
    const me = await stage.person({ lang: 'en' });
    const page = me.page;
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(page, 'Quiet Lake');
    await chair.ok('start');
    await chair.ok('advance');
    await chair.waitFor((x) => x.latest.speaker?.id === x.you, 'the chair first in the circle', WAIT_MS);
    await chair.ok('pass');
    await sharer.waitFor((x) => x.latest.speaker?.id === x.you, 'the sharer next', WAIT_MS);
    for (const text of SHARES) await sharer.ok('share', { text });
    const chunks = page.locator('[data-testid="share-chunk"]');
    await expect.poll(() => chunks.count(), { timeout: WAIT_MS }).toBe(SHARES.length);

    // A screen reader is given the words, never the menu's: no live region in the transcript but
    // the one that says its new entries, and that one says no control.
    const live = await tid(page, 'transcript').evaluate((el) => [...el.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="log"], [role="alert"]')].filter((r) => !r.closest('.share-menu')).map((r) => r.getAttribute('data-testid')));
    expect(live).toEqual(['transcript-announce']);
    const said = (await tid(page, 'transcript-announce').textContent()) ?? '';
    for (const text of SHARES) expect(said).toContain(text);
    for (const words of [t.reportOpen, t.hideShare, t.reportReason_advice]) expect(said).not.toContain(words);

    // The turn comes to me: the share box is open.
    await sharer.ok('finishShare');
    await expect.poll(() => tid(page, 'composer').isEnabled(), { timeout: WAIT_MS }).toBe(true);

    // From the top of the page, Tab by Tab to the share box: the transcript is passed in at most
    // two stops (its entry and that entry's own "Tell the chair"), never one per share.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const path: { id: string; inTranscript: boolean }[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      path.push(f);
      if (f.id === 'composer') break;
    }
    expect(path.at(-1)?.id, path.map((p) => p.id).join(' ')).toBe('composer');
    const inside = path.filter((p) => p.inTranscript);
    expect(inside.length, inside.map((p) => p.id).join(' ')).toBeGreaterThanOrEqual(1);
    expect(inside.length, inside.map((p) => p.id).join(' ')).toBeLessThanOrEqual(2);
    expect(inside.filter((p) => p.id === 'report-open').length).toBeLessThanOrEqual(1);

    // Back into the transcript by keyboard, up to the third share, Enter: its menu, the first
    // reason; Enter tells the chair about that share and no other.
    for (let i = 0; i < 6 && !(await focused(page)).inTranscript; i++) await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).inTranscript).toBe(true);
    if ((await focused(page)).id === 'report-open') await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 20 && (await focused(page)).text !== SHARES[2]; i++) await page.keyboard.press('ArrowUp');
    const chosen = await focused(page);
    expect(chosen).toMatchObject({ id: 'share-chunk', text: SHARES[2] });
    const seq = Number(await page.evaluate(() => document.activeElement?.getAttribute('data-seq')));
    await page.keyboard.press('Enter');
    const menu = page.locator(`.share-menu[data-seq="${seq}"]`);
    expect(await menu.locator('[data-testid="report-reason-advice"]').evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await waitText(menu.locator('[data-testid="report-sent"]'), t.reportSent);
    await chair.waitFor((x) => (x.latest.reports ?? []).some((r) => r.share === seq && r.reason === 'advice'), 'the report on the third share', WAIT_MS);
    expect(chair.latest.reports?.map((r) => r.share)).toEqual([seq]);
    // Focus stays with that menu (on its toggle), and Escape closes it there.
    expect((await focused(page)).id).toBe('report-open');
    await page.keyboard.press('Escape');
    expect(await menu.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await menu.locator('[data-testid="report-open"]').evaluate((s) => s === document.activeElement)).toBe(true);
    // The keys are said while a keyboard is in the transcript.
    expect(await tid(page, 'transcript-keys').isVisible()).toBe(true);
    await waitText(tid(page, 'transcript-keys'), t.transcriptKeys);
  });
});
