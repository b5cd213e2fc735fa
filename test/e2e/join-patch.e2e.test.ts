// Found by a fresh tester (Issue 10, lean fan-out): every arrival sent every seated page a whole
// view (~6 KB at 30 people); a throttled phone fell behind and was dropped while a meeting
// filled. Now the `joined` event carries the newcomer's entry and the page patches the view it
// holds. In real Chromium: a member's circle shows each newcomer, in place, with the count, and
// no view frame came for the arrivals.
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, WAIT_MS } from '../helpers/browser.js';

const stage = e2eStage({ settings: { graceMs: 60_000 } });
const opened = stage.opened;


const client = stage.client;

describe('a member’s circle shows newcomers from their joined events alone', () => {
  it('three arrive: each is in the circle, in the order of the chair’s view, and no view frame came', async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'nb' });
    const chair = await client(meetingId, 'Rolig Elv', { chairKey });
    const member = await newPerson(stage.browser, { lang: 'nb' });
    opened.push(member);
    const frames: string[] = [];
    member.page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
    await member.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(member.page, 'Stille Fjord');
    await tid(member.page, `circle-item-${chair.you}`).waitFor({ timeout: WAIT_MS });
    const mark = frames.length;
    const late = [await client(meetingId, 'Lys Morgen'), await client(meetingId, 'Klar Himmel'), await client(meetingId, 'Grønn Eng')];
    for (const c of late) await tid(member.page, `circle-item-${c.you}`).waitFor({ timeout: WAIT_MS });
    await expect.poll(() => tid(member.page, 'circle').locator('.count').textContent(), { timeout: WAIT_MS }).toContain('5');
    const order = await member.page.locator('[data-testid="circle"] li.circle-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-participant')));
    await chair.waitFor((c) => c.latest.present === 5, 'the chair sees five');
    expect(order).toEqual(chair.latest.participants.map((p) => p.id));
    expect(await tid(member.page, `circle-item-${late[2]!.you}`).textContent()).toContain('Grønn Eng');
    const after = frames.slice(mark);
    expect(after.filter((f) => f.startsWith('42["view"')), 'views sent to the member for arrivals').toEqual([]);
    expect(after.filter((f) => f.includes('"joined"'))).toHaveLength(3);
  }, 60_000);
});
