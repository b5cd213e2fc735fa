// Found by a fresh tester, real headless Chromium offline through context.setOffline:
// - N1: back online, the page waited out socket.io's back-off (up to 8 s) before trying again.
//   Now the browser's `online` event (and the page becoming visible) connects at once.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, launchBrowser, newPerson, startE2eServer, tid, WAIT_MS, type E2eServer, type Lang, type Person } from '../helpers/browser.js';

let server: E2eServer;
let browser: Browser;
const people: Person[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all(people.map((p) => p.context.close().catch(() => undefined)));
  await browser?.close();
  await server?.close();
});

/** A raw chair in a fresh meeting, and a listener's page seated in it; the listener's participant id. */
async function seated(lang: Lang, name: string): Promise<{ chair: TestClient; p: Person; id: string }> {
  const { meetingId, chairKey } = await createMeeting(server.url, { language: lang });
  const chair = await TestClient.connect(server.url);
  clients.push(chair);
  await chair.join(meetingId, 'Rolig Elv', { chairKey });
  const p = await newPerson(browser, { lang });
  people.push(p);
  await p.page.goto(`${server.url}/m/${meetingId}`);
  await joinAtDoor(p.page, name, { role: 'listener' });
  await chair.waitFor((c) => c.views.some((v) => v.participants.some((x) => x.name === name)), 'the listener seated', WAIT_MS);
  const id = chair.latest.participants.find((x) => x.name === name)!.id;
  return { chair, p, id };
}

/** Offline until the page itself says the connection dropped (socket.io's ping timeout, ≤ ~20 s). */
async function offlineNoticed(p: Person): Promise<void> {
  await p.context.setOffline(true);
  await tid(p.page, 'connection-status').waitFor({ state: 'visible', timeout: 45_000 });
}

describe('offline and back, in the browser', () => {
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
