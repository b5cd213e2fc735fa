// Issue 10, lean fan-out: every turn change and every leave sent every seated page a whole view
// (~7.5 KB at 30 people; in a circle round one per person per turn). Now the turn's first event
// carries what changed (`patch`) and the page patches the view it holds. In real Chromium: a
// member's page shows the new speaker with their full time (counted from the event's arrival,
// not from the old view's), the round's badges and who left, and no view frame came for them.
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitText, WAIT_MS } from '../helpers/browser.js';

const stage = e2eStage({ settings: { shareMs: 120_000 } });
const opened = stage.opened;


const client = stage.client;

describe('a member’s page follows turn changes and leaves from their events alone', () => {
  it('done, then a leave: the new speaker with full time, the badges, the circle without the leaver; no view frame', async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'nb', formatId: 'standard' });
    const chair = await client(meetingId, 'Rolig Elv', { chairKey, role: 'listener' });
    const lys = await client(meetingId, 'Lys Morgen');
    const klar = await client(meetingId, 'Klar Himmel');
    const gronn = await client(meetingId, 'Grønn Eng');
    const member = await newPerson(stage.browser, { lang: 'nb' });
    opened.push(member);
    const frames: string[] = [];
    member.page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
    await member.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(member.page, 'Stille Fjord');
    await chair.ok('start');
    await chair.ok('advance');
    await lys.waitFor((c) => c.latest.speaker?.id === c.you, 'her turn');
    await waitText(tid(member.page, 'turn-status'), 'Lys Morgen');
    // The view the page holds grows old: a patched turn must not count the new speaker's time from it.
    await member.page.waitForTimeout(4000);
    await lys.ok('share', { text: 'Jeg deler litt.' });
    const mark = frames.length;
    await lys.ok('finishShare');
    await klar.waitFor((c) => c.latest.speaker?.id === c.you, 'his turn');
    await waitText(tid(member.page, 'turn-status'), 'Klar Himmel');
    expect(await tid(member.page, 'countdown').textContent()).toMatch(/^(2:00|1:59)/);
    await waitText(tid(member.page, `circle-item-${lys.you}`).locator('.badges'), 'har delt');
    await gronn.ok('leave');
    await expect.poll(() => tid(member.page, `circle-item-${gronn.you}`).count(), { timeout: WAIT_MS }).toBe(0);
    await expect.poll(() => tid(member.page, 'circle').locator('.count').textContent(), { timeout: WAIT_MS }).toContain('4');
    const order = await member.page.locator('[data-testid="circle"] li.circle-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-participant')));
    await chair.waitFor((c) => c.latest.present === 4, 'the chair sees four');
    expect(order).toEqual(chair.latest.participants.map((p) => p.id));
    const after = frames.slice(mark);
    expect(after.filter((f) => f.startsWith('42["view"')), 'views sent to the member for a turn change and a leave').toEqual([]);
    expect(after.filter((f) => f.includes('"patch"'))).toHaveLength(2);
    // Klar is done: the page's own turn comes (the new speaker is sent a view).
    await klar.ok('finishShare');
    await expect.poll(() => frames.slice(mark).filter((f) => f.startsWith('42["view"')).length, { timeout: WAIT_MS }).toBe(1);
    await expect.poll(async () => (await tid(member.page, 'turn-status').getAttribute('class')) ?? '', { timeout: WAIT_MS }).toMatch(/\bmine\b/);
  }, 90_000);
});
