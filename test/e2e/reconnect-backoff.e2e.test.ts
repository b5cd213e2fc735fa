// A fresh tester (2026-12-06) stopped the process a phone was on and counted ~125 requests a
// second from the page (/socket.io/?transport=polling) until it came back. Not reproduced here
// (this test counted 8-9 tries in 6 s with and without the change it came with: connection.ts
// watchEngine starts over with polling first once only, where with polling first already a
// WebSocket failing last started over at once, past the back-off). What it holds: in real
// Chromium, with the first WebSocket upgrade dropped (as a proxy that drops upgrades does) and
// then the port refusing every connection for 6 s, the page tries with back-off, and comes back.
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { TestClient } from '../helpers/client.js';
import { cutLine } from '../helpers/cut-line.js';
import { pause } from '../helpers/meeting.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitJoined } from '../helpers/browser.js';

const stage = e2eStage();
const opened = stage.opened;
const clients = stage.clients;

/** Down for this long (ms): the back-off (250 ms doubling to 8 s) allows about five tries in it. */
const DOWN_MS = 6_000;

describe('a server that cannot be reached', () => {
  it('is tried with back-off, not at once over and over, and the page comes back once it can be', { timeout: 90_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'en' });
    const chair = await TestClient.connect(stage.server.url);
    clients.push(chair);
    await chair.join(meetingId, 'Calm River', { chairKey });
    const line = await cutLine(stage.server.url, { dropFirstUpgrade: true });
    try {
      const p = await newPerson(stage.browser, { lang: 'en', width: 360, height: 740 });
      opened.push(p);
      await p.page.goto(`${line.url}/m/${meetingId}`);
      await joinAtDoor(p.page, 'Quiet Shore');
      let tries = 0;
      let counting = false;
      p.page.on('request', (r) => {
        if (counting && r.url().includes('/socket.io/')) tries++;
      });
      p.page.on('websocket', () => {
        if (counting) tries++;
      });
      counting = true;
      await line.stop();
      await pause(DOWN_MS);
      counting = false;
      // Each try may be a poll and a WebSocket: a few tries, not hundreds.
      expect(tries).toBeGreaterThan(0);
      expect(tries).toBeLessThanOrEqual(24);
      await line.start();
      await tid(p.page, 'connection-status').waitFor({ state: 'hidden', timeout: 30_000 });
      await waitJoined(p.page);
    } finally {
      await line.close();
    }
  });
});
