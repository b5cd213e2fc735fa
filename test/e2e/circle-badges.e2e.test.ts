// Found by a fresh tester: in open sharing (raised hands, no turn order) the circle on the page
// still said "passed" (nb "sto over") of whoever had passed in the round before, and of whoever
// passed on a raised hand. Only a circle round has a turn order to pass in (view.ts `status`).
import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { e2eStage } from '../helpers/e2e-stage.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitText } from '../helpers/browser.js';

const stage = e2eStage();
const opened = stage.opened;


const client = stage.client;

describe('the circle says "passed" only in a circle round', () => {
  it('passed in the round: shown; in open sharing, after the round and after a pass on a raised hand: not shown', async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'nb', formatId: 'standard' });
    const chair = await client(meetingId, 'Rolig Elv', { chairKey, role: 'listener' });
    const page = await newPerson(stage.browser, { lang: 'nb' });
    opened.push(page);
    await page.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(page.page, 'Stille Fjord', { role: 'listener' });
    const lys = await client(meetingId, 'Lys Morgen');
    const klar = await client(meetingId, 'Klar Himmel');
    const badges = (c: TestClient) => tid(page.page, `circle-item-${c.you}`).locator('.badges');
    await chair.ok('start');
    await chair.ok('advance');
    await lys.waitFor((c) => c.latest.speaker?.id === c.you, 'her turn');
    await lys.ok('pass');
    await klar.waitFor((c) => c.latest.speaker?.id === c.you, 'his turn');
    await klar.ok('share', { text: 'Jeg har hatt en lang uke.' });
    await klar.ok('finishShare');
    // The round's own summary: who passed and who shared in turn.
    await waitText(badges(lys), 'sto over');
    await waitText(badges(klar), 'har delt');
    await chair.ok('advance');
    await lys.waitFor((c) => c.latest.phase === 'open', 'open sharing');
    await expect.poll(async () => (await badges(lys).textContent()) ?? '', { timeout: 10_000 }).not.toMatch(/sto over/);
    expect((await badges(klar).textContent()) ?? '').not.toMatch(/har delt/);
    // A hand raised in open sharing and passed: still no "passed".
    await lys.ok('raiseHand');
    await lys.waitFor((c) => c.latest.speaker?.id === c.you, 'her turn by hand');
    await lys.ok('pass');
    await page.page.waitForTimeout(500);
    expect((await badges(lys).textContent()) ?? '').not.toMatch(/sto over/);
    expect(await page.page.locator('[data-testid="circle"] li.done').count()).toBe(0);
  }, 60_000);
});
