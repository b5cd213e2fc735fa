// The chair's page on a slow phone link: its skip is on its way while the speaker presses Done.
// The page names the turn it showed (view.speaker.turn), so the server refuses the late skip
// (TURN_ENDED) and the next person keeps their turn; the page says so in plain words. The link's
// latency is made exact: the page's skip frame is held until the speaker's Done has landed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitText, WAIT_MS, type Lang, skipOpening } from '../helpers/browser.js';
import { languagesInTurn } from '../helpers/languages.js';

/** Cases whose walk is the same in either language run once, in the two languages in turn. */
const nextLang = languagesInTurn('nb');

const stage = e2eStage();
const opened = stage.opened;


const REFUSED = { nb: 'Den turen var allerede over, så ingenting ble endret.', en: 'That turn had already ended, so nothing was changed.' } as const;

/** The chair's page, whose outgoing `skip` frames wait until `release()`; `held` holds them. */
async function slowChair(lang: Lang, meetingId: string, chairKey: string): Promise<{ page: Page; held: string[]; release: () => void }> {
  const p = await newPerson(stage.browser, { lang });
  opened.push(p);
  const held: string[] = [];
  let release = (): void => undefined;
  await p.page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const up = ws.connectToServer();
    up.onMessage((m) => ws.send(m));
    ws.onMessage((m) => {
      const frame = String(m);
      if (!frame.includes('"skip"')) return up.send(m);
      held.push(frame);
      release = () => up.send(m);
    });
  });
  await p.page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
  await joinAtDoor(p.page, 'Rolig Elv');
  return { page: p.page, held, release: () => release() };
}

const client = stage.client;

describe('a chair\'s skip that arrives after the speaker pressed Done', () => {
  {
    const lang = nextLang();
    it(`(${lang}) is refused in plain words, and the next person keeps their turn`, { timeout: 90_000 }, async () => {
      const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: lang });
      const { page, held, release } = await slowChair(lang, meetingId, chairKey);
      const b = await client(meetingId, 'Stille Fjord');
      const c = await client(meetingId, 'Lys Morgen');
      await tid(page, 'chair-start').click();
      await skipOpening(page);
      await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
      await tid(page, 'pass').click();
      await b.waitFor((x) => x.latest.speaker?.id === b.you, 'b speaks');
      const turnOfB = b.latest.speaker!.turn;
      // The chair skips b (asked once: b is still sharing); the skip is on its way...
      await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid="turn-status"]')?.textContent ?? ''), { timeout: WAIT_MS }).toContain('Stille Fjord');
      await tid(page, 'chair-skip').click();
      await tid(page, 'chair-skip-confirm-yes').click();
      await expect.poll(() => held.length, { timeout: WAIT_MS }).toBe(1);
      // ...naming the turn the page showed.
      expect(held[0]).toContain(`"turn":${turnOfB}`);
      // Meanwhile b, who has shared, presses Done: c's turn begins.
      await b.ok('share', { text: 'Jeg deler litt.' });
      await b.ok('finishShare');
      await c.waitFor((x) => x.latest.speaker?.id === c.you, 'c speaks');
      release();
      await waitText(tid(page, 'inline-error'), REFUSED[lang]);
      // c still holds the turn, unskipped, and shares.
      await c.ok('share', { text: 'Min tur likevel.' });
      expect(c.latest.speaker?.id).toBe(c.you);
      expect(c.latest.participants.find((p) => p.id === c.you)?.status).toBe('pending');
      expect(b.latest.participants.find((p) => p.id === b.you)?.status).toBe('shared');
    });
  }
});
