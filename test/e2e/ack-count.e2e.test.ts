// Found by a fresh tester: the speaker's page was sent a whole view (~6.9 KB in a 30-person
// meeting) for every acknowledgement of their share, though only the count changed: 29
// acknowledgements cost ~200 KB on a weak phone link. Now the private `acknowledged` event carries
// the new count (`acks`) and no view follows. In real Chromium: the page shows the count from the
// events alone, received no view for them, and its share clock does not jump back to what the
// last view said when it patches that view (view-age.ts).
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitText, WAIT_MS, type Person } from '../helpers/browser.js';

const stage = e2eStage({ settings: { graceMs: 60_000, shareMs: 120_000 } });
const opened = stage.opened;


const client = stage.client;

/** Seconds on the page's share clock ("1:57" → 117). */
const secondsShown = async (p: Person): Promise<number> => {
  const text = (await tid(p.page, 'countdown').locator('.countdown-value').textContent()) ?? '';
  const m = /(\d+):(\d\d)/.exec(text);
  if (!m) throw new Error(`no clock on the page: ${JSON.stringify(text)}`);
  return Number(m[1]) * 60 + Number(m[2]);
};

describe("the speaker's count of acknowledgements arrives as small events, not whole views", () => {
  it('three acknowledgements: the count is on the page, no view frame came for them, the clock keeps counting', async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'nb' });
    const chair = await client(meetingId, 'Rolig Elv', { chairKey, role: 'listener' });
    const speaker = await newPerson(stage.browser, { lang: 'nb' });
    opened.push(speaker);
    // Every frame the page receives on its socket, to count the views among them.
    const frames: string[] = [];
    speaker.page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
    await speaker.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(speaker.page, 'Stille Fjord');
    const listeners = [await client(meetingId, 'Lys Morgen', { role: 'listener' }), await client(meetingId, 'Klar Himmel', { role: 'listener' }), await client(meetingId, 'Grønn Eng', { role: 'listener' })];
    await chair.ok('start');
    await chair.ok('advance');
    await speaker.page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await tid(speaker.page, 'composer').fill('Jeg har hatt en lang uke.');
    await tid(speaker.page, 'composer-send').click();
    await listeners[0]!.waitFor((c) => c.shares().length === 1, 'the share');
    // Let the clock run a while since the speaker's last view, so a view drawn again with its
    // old clock would show more time left than the one counting down.
    await new Promise((r) => setTimeout(r, 3_000));
    const before = await secondsShown(speaker);
    const mark = frames.length;
    for (const l of listeners) await l.ok('acknowledge', { kind: 'thanks' });
    await waitText(tid(speaker.page, 'ack-count'), '3 har vist at de lytter');
    await waitText(tid(speaker.page, 'ack-received'), 'Takk for at du delte');
    const after = frames.slice(mark);
    const views = after.filter((f) => f.startsWith('42["view"'));
    expect(views, 'views sent to the speaker for acknowledgements').toEqual([]);
    const acks = after.filter((f) => f.includes('"acknowledged"'));
    expect(acks).toHaveLength(3);
    for (const f of acks) expect(f.length, f).toBeLessThan(200);
    // The clock went on from where it was (not back to what the turn's view said 3 s earlier).
    expect(await secondsShown(speaker)).toBeLessThanOrEqual(before);
  }, 60_000);
});
