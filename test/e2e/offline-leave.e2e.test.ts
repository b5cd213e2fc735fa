// Found by a fresh tester (F2, N1), real headless Chromium offline through context.setOffline:
// - F2: "Leave the meeting" pressed while offline said "You have left" at once and forgot the seat,
//   but no `leave` ever reached the server: the others kept seeing the person (connected, then
//   dropped, then `left` with reason `gone` after the grace period), their turn held meanwhile.
//   Now the page says honestly that it is leaving and will finish when the connection is back,
//   and back online it resumes the seat and sends `leave`: the room sees `left` (reason `left`).
// - N1: back online, the page waited out socket.io's back-off (up to 8 s) before trying again.
//   Now the browser's `online` event (and the page becoming visible) connects at once.
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitText, WAIT_MS, type Lang, type Person } from '../helpers/browser.js';
import { languagesInTurn } from '../helpers/languages.js';

/** Cases whose walk is the same in either language run once, in the two languages in turn. */
const nextLang = languagesInTurn('nb');

// The default seat grace (60 s): a leave that only the grace period carries out fails the test.
const stage = e2eStage();
const people = stage.opened;
const clients = stage.clients;

const LEAVING: Record<Lang, RegExp> = {
  nb: /^Du går ut … .*så snart forbindelsen er tilbake.*Lukker du siden før det/,
  en: /^Leaving … .*as soon as the connection is back.*If you close it first/,
};
const LEFT: Record<Lang, string> = { nb: 'Du har gått ut av møtet.', en: 'You have left the meeting.' };

/** A raw chair in a fresh meeting, and a listener's page seated in it; the listener's participant id. */
async function seated(lang: Lang, name: string): Promise<{ chair: TestClient; p: Person; id: string }> {
  const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: lang });
  const chair = await TestClient.connect(stage.server.url);
  clients.push(chair);
  await chair.join(meetingId, 'Rolig Elv', { chairKey });
  const p = await newPerson(stage.browser, { lang });
  people.push(p);
  await p.page.goto(`${stage.server.url}/m/${meetingId}`);
  await joinAtDoor(p.page, name, { role: 'listener' });
  await chair.waitFor((c) => c.latest.participants.some((x) => x.name === name), 'the listener seated', WAIT_MS);
  const id = chair.latest.participants.find((x) => x.name === name)!.id;
  return { chair, p, id };
}

/** Offline until the page itself says the connection dropped (socket.io's ping timeout, ≤ ~20 s). */
async function offlineNoticed(p: Person): Promise<void> {
  await p.context.setOffline(true);
  await tid(p.page, 'connection-status').waitFor({ state: 'visible', timeout: 45_000 });
}

describe('offline and back, in the browser', () => {
  {
    const lang = nextLang();
    it(`${lang}: Leave pressed offline says it is waiting, and back online the room sees the person leave (reason left) at once`, { timeout: 120_000 }, async () => {
      const name = lang === 'nb' ? 'Stille Fjord' : 'Quiet Fjord';
      const { chair, p, id } = await seated(lang, name);
      await offlineNoticed(p);
      await tid(p.page, 'leave').click();
      // Honest: not "you have left" while the meeting cannot know it yet.
      await waitText(tid(p.page, 'meeting-closed-message'), LEAVING[lang]);
      expect(await tid(p.page, 'meeting-closed').getAttribute('data-reason')).toBe('leaving');
      // A reload meanwhile must not take the person back in: the stored seat is gone already.
      expect(await p.page.evaluate(() => sessionStorage.getItem('runde.seat'))).toBeNull();
      await p.page.waitForTimeout(1000);
      expect(chair.events.some((e) => e.event.type === 'left' && e.event.id === id)).toBe(false);
      const back = Date.now();
      await p.context.setOffline(false);
      await chair.waitFor((c) => c.events.some((e) => e.event.type === 'left' && e.event.id === id), 'the listener left', 10_000);
      const took = Date.now() - back;
      const left = chair.events.find((e) => e.event.type === 'left' && e.event.id === id)!.event;
      expect(left).toMatchObject({ type: 'left', reason: 'left' });
      console.log(`[offline-leave ${lang}] left (reason ${'reason' in left ? left.reason : '?'}) seen by the room ${took} ms after going online`);
      expect(took).toBeLessThan(5000);
      await waitText(tid(p.page, 'meeting-closed-message'), LEFT[lang]);
      expect(await tid(p.page, 'meeting-closed').getAttribute('data-reason')).toBe('left');
      // Never listed again: no connection mark for the seat after it left.
      await p.page.waitForTimeout(500);
      expect(chair.latest.participants.some((x) => x.id === id)).toBe(false);
    });
  }

  it('back online after an offline spell longer than the back-off, the page reconnects within about a second (three times)', { timeout: 180_000 }, async () => {
    const { chair, p, id } = await seated('en', 'Calm Lake');
    // Count the WebSockets the page opens: one per attempt, never a burst.
    const sockets: number[] = [];
    p.page.on('websocket', () => sockets.push(Date.now()));
    const took: number[] = [];
    const opened: number[] = [];
    // Three spells: socket.io's own retry may by luck fall just after going online once (its
    // back-off is up to 8 s ± 50 %), hardly three times in a row.
    for (let round = 0; round < 3; round++) {
      await offlineNoticed(p);
      // Long enough for the back-off to reach its maximum between attempts.
      await p.page.waitForTimeout(9_000);
      const before = chair.events.length;
      const back = Date.now();
      await p.context.setOffline(false);
      await chair.waitFor((c) => c.events.slice(before).some((e) => e.event.type === 'connection' && e.event.id === id && e.event.connected), 'the listener back', 15_000);
      took.push(Date.now() - back);
      opened.push(sockets.filter((t) => t >= back).length);
      await tid(p.page, 'connection-status').waitFor({ state: 'hidden', timeout: WAIT_MS });
    }
    console.log(`[offline-reconnect] back in the room after going online (ms): ${took.join(', ')}; websockets opened meanwhile: ${opened.join(', ')}`);
    expect(Math.max(...took)).toBeLessThan(1500);
    // One new socket each time, not a burst of them.
    expect(Math.max(...opened)).toBeLessThanOrEqual(2);
  });
});
