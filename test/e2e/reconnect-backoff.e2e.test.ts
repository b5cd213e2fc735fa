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
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { pause } from '../helpers/meeting.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitJoined } from '../helpers/browser.js';

const stage = e2eStage();
const opened = stage.opened;
const clients = stage.clients;

/**
 * A relay in front of the test server that can stop listening (`down`: every connection closed,
 * new ones refused by the system, as a stopped process's port refuses them) and listen again on
 * the same port (`up`).
 */
async function stoppableLine(targetUrl: string): Promise<{ url: string; down(): Promise<void>; up(): Promise<void>; close(): Promise<void> }> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  const make = (): Server =>
    createServer((near) => {
      // The first WebSocket upgrade is dropped, as a proxy that drops upgrades does: the page
      // then starts over with polling first (connection.ts watchEngine), the case that looped.
      if (!upgradeDropped) {
        near.once('data', (chunk: Buffer) => {
          if (!upgradeDropped && /upgrade: websocket/i.test(chunk.toString('latin1'))) {
            upgradeDropped = true;
            near.destroy();
            return;
          }
          const far = connect(Number(target.port), target.hostname, () => far.write(chunk));
          relay(near, far);
        });
        return;
      }
      relay(near, connect(Number(target.port), target.hostname));
    });
  const relay = (near: Socket, far: Socket): void => {
      sockets.add(near).add(far);
      near.pipe(far).pipe(near);
      const drop = (): void => {
        near.destroy();
        far.destroy();
        sockets.delete(near);
        sockets.delete(far);
      };
      near.on('error', drop).on('close', drop);
      far.on('error', drop).on('close', drop);
  };
  let upgradeDropped = false;
  let server = make();
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const port = (server.address() as AddressInfo).port;
  const down = async (): Promise<void> => {
    const closed = new Promise<void>((res) => server.close(() => res()));
    for (const x of sockets) x.destroy();
    sockets.clear();
    await closed;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    down,
    up: async () => {
      server = make();
      await new Promise<void>((res) => server.listen(port, '127.0.0.1', res));
    },
    close: async () => {
      if (server.listening) await down();
    },
  };
}

/** Down for this long (ms): the back-off (250 ms doubling to 8 s) allows about five tries in it. */
const DOWN_MS = 6_000;

describe('a server that cannot be reached', () => {
  it('is tried with back-off, not at once over and over, and the page comes back once it can be', { timeout: 90_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'en' });
    const chair = await TestClient.connect(stage.server.url);
    clients.push(chair);
    await chair.join(meetingId, 'Calm River', { chairKey });
    const line = await stoppableLine(stage.server.url);
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
      await line.down();
      await pause(DOWN_MS);
      counting = false;
      // Each try may be a poll and a WebSocket: a few tries, not hundreds.
      expect(tries).toBeGreaterThan(0);
      expect(tries).toBeLessThanOrEqual(24);
      await line.up();
      await tid(p.page, 'connection-status').waitFor({ state: 'hidden', timeout: 30_000 });
      await waitJoined(p.page);
    } finally {
      await line.close();
    }
  });
});
