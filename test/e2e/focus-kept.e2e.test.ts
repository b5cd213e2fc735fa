// Keyboard focus is never dropped on <body> (client/meeting/focus-keeper.ts): a fresh tester
// (2026-12-05, keyboard only) found focus on the page's body after Start, every "Go on", Pass and
// Done, and the next Tab jumped past the new step.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eStage } from '../helpers/e2e-stage.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, WAIT_MS } from '../helpers/browser.js';
import { FOCUS_RETURN_MS } from '../../client/meeting/focus-keeper.js';

// The script at a twentieth of its length: the silence lasts three seconds, not a minute.
const stage = e2eStage({ settings: { scriptScale: 0.05 } });

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

/**
 * Where focus is at moments up to FOCUS_RETURN_MS + 400 ms after a press: never the body, not even
 * for a moment (a second keyboard tester found it there for a second or more while a pressed
 * button was off), except within the browser's first frame.
 */
async function neverOnBody(page: Page, what: string): Promise<void> {
  const samples = await page.evaluate(async (until) => {
    const out: string[] = [];
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, 100));
    while (performance.now() - t0 < until) {
      out.push(document.activeElement === document.body ? 'BODY' : (document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? 'NONE'));
      await new Promise((r) => setTimeout(r, 50));
    }
    return out;
  }, FOCUS_RETURN_MS + 400);
  expect(samples.filter((x) => x === 'BODY' || x === 'NONE'), `${what}: ${samples.join(' ')}`).toEqual([]);
}

describe('focus after a control goes', () => {
  it('(en) the chair presses Start and every Go on with the keyboard: focus stays on the next step; a member who passes and finishes by keyboard keeps focus on the page', { timeout: 120_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'en' });
    const chair = await newPerson(stage.browser, { lang: 'en', width: 390, height: 844 });
    stage.opened.push(chair);
    const page = chair.page;
    await page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(page, 'Calm Chair');
    const member = await newPerson(stage.browser, { lang: 'en', width: 390, height: 844 });
    stage.opened.push(member);
    await member.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(member.page, 'Quiet Lake');
    const other = await TestClient.connect(stage.server.url);
    stage.clients.push(other);
    expect(await other.join(meetingId, 'Still Water')).toMatchObject({ ok: true });

    await tid(page, 'chair-start').waitFor({ timeout: WAIT_MS });
    await expect.poll(() => tid(page, 'chair-start').isEnabled(), { timeout: WAIT_MS }).toBe(true);
    await tid(page, 'chair-start').focus();
    await page.keyboard.press('Enter');
    await neverOnBody(page, 'after Start');
    await other.waitFor((c) => c.latest.phase !== 'gathering', 'the start', WAIT_MS);
    // Through the opening by the keyboard alone: each press leaves focus on a control, never the body.
    for (let i = 0; i < 20 && other.latest.phase === 'opening'; i++) {
      const next = page.locator('[data-testid="chair-next-segment"]:visible');
      if ((await next.count()) === 0 || !(await next.isEnabled())) {
        await page.waitForTimeout(500);
        continue;
      }
      const seq = other.lastSeq();
      await next.focus();
      await page.keyboard.press('Enter');
      // A step that asks first: its own dialog has focus; answered by the keyboard too.
      const yes = page.locator('[data-testid="chair-confirm-yes"]:visible');
      if (await yes.count()) {
        await yes.focus();
        await page.keyboard.press('Enter');
      }
      await neverOnBody(page, `after step ${i}`);
      await other.waitFor((c) => c.lastSeq() > seq, 'the step', WAIT_MS);
    }
    await other.waitFor((c) => c.latest.phase === 'round' && !!c.latest.speaker, 'the round', 15_000);
    // The chair shares first and finishes by the keyboard.
    await expect.poll(() => tid(page, 'composer').isEnabled(), { timeout: WAIT_MS }).toBe(true);
    await tid(page, 'composer').fill('I am glad to be here tonight.');
    await tid(page, 'finish-share').focus();
    await page.keyboard.press('Enter');
    const quiet = member.page;
    await neverOnBody(page, 'after Done');
    await quiet.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    // The member passes by the keyboard: Pass goes, focus does not fall to the body.
    await tid(quiet, 'pass').focus();
    await quiet.keyboard.press('Enter');
    await neverOnBody(quiet, 'after Pass');
    await other.waitFor((c) => c.latest.speaker?.id === c.you, 'the turn moved on', WAIT_MS);
    expect(await focused(quiet)).not.toBeNull();
  });
});
