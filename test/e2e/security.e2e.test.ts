// What the browser enforces for us and what the page must never do: a Trusted Types CSP, no
// request to another origin, no cookies, shares rendered as text; and the meeting still works
// where WebSockets do not (long-polling).
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import {
  joinAtDoor,
  newPerson,
  tid,
  waitText,
  WAIT_MS,
  type Person,
} from '../helpers/browser.js';


const stage = e2eStage();
const opened = stage.opened;

async function person(): Promise<Person> {
  const p = await newPerson(stage.browser);
  opened.push(p);
  return p;
}

/** A meeting whose chair (a socket client) is in the round and holds the turn. */
async function meetingWithSpeaker(): Promise<{ meetingId: string; speaker: TestClient }> {
  const { meetingId, chairKey } = await createMeeting(stage.server.url);
  const speaker = await TestClient.connect(stage.server.url);
  expect((await speaker.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
  return { meetingId, speaker };
}

async function startRound(speaker: TestClient): Promise<void> {
  await speaker.ok('start');
  await speaker.ok('advance');
  await speaker.waitFor((c) => c.latest.speaker?.id === c.you, 'the first turn');
}

describe('headers', () => {
  it('every page carries a CSP that requires Trusted Types for scripts and allows only this origin', async () => {
    const { page } = await person();
    for (const path of ['/', '/m/abc', '/exit']) {
      const res = await page.goto(`${stage.server.url}${path}`);
      const csp = (await res?.headerValue('content-security-policy')) ?? '';
      expect(csp, path).toContain("require-trusted-types-for 'script'");
      expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      expect(csp, path).toMatch(/connect-src 'self'(;|$)/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(await res?.headerValue('referrer-policy'), path).toBe('no-referrer');
      expect(await res?.headerValue('set-cookie'), path).toBeNull();
    }
  });
});

describe('in the page', () => {
  it('an innerHTML assignment throws (Trusted Types are enforced)', async () => {
    const { page } = await person();
    await page.goto(`${stage.server.url}/`);
    await tid(page, 'landing').waitFor();
    const outcome = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<img src=x>';
        return 'assigned';
      } catch (err) {
        return `${(err as Error).name}: ${(err as Error).message}`;
      }
    });
    expect(outcome).toMatch(/^TypeError: .*TrustedHTML/);
  });

  it('a whole visit (landing, door, meeting, a share) requests nothing from another origin and sets no cookie', async () => {
    const { context, page } = await person();
    const origin = new URL(stage.server.url);
    const requests: string[] = [];
    const sockets: string[] = [];
    const cookieHeaders: string[] = [];
    const record = (r: Request) => requests.push(r.url());
    context.on('request', record);
    context.on('response', (r) => void r.headerValue('set-cookie').then((v) => v && cookieHeaders.push(v)));
    page.on('websocket', (ws) => sockets.push(ws.url()));

    const { meetingId, speaker } = await meetingWithSpeaker();
    await page.goto(`${stage.server.url}/`);
    await page.locator('[data-testid="directory"]:not([aria-busy])').waitFor({ timeout: WAIT_MS });
    await tid(page, 'help-button').click();
    await tid(page, 'help-line').first().waitFor({ timeout: WAIT_MS });
    await tid(page, 'help-close').click();
    await tid(page, 'join-link-input').fill(`/m/${meetingId}`);
    await tid(page, 'join-link-submit').click();
    await joinAtDoor(page, 'Stille Fjord');
    await startRound(speaker);
    await speaker.ok('share', { text: 'Jeg er glad for at jeg kom i dag.' });
    await waitText(tid(page, 'share-chunk'), 'Jeg er glad for at jeg kom i dag.');
    speaker.close();

    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((u) => new URL(u).origin !== origin.origin)).toEqual([]);
    expect(sockets.length).toBeGreaterThan(0);
    expect(sockets.filter((u) => new URL(u).host !== origin.host)).toEqual([]);
    expect(cookieHeaders).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });

  it('a share holding markup is shown as text: no element is made from it and no handler runs', async () => {
    const { page } = await person();
    const { meetingId, speaker } = await meetingWithSpeaker();
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(page, 'Stille Fjord');
    await startRound(speaker);
    // Today the server's tag-stripping backstop decodes the escaped tag into a real one (it reads
    // back textContent); only rendering as text keeps it harmless. The raw tag is stripped.
    // Sent as is after the guard's hint (`window.__pwned` reads as a handle: personal details).
    await speaker.ok('share', { text: 'Dette er <b>min</b> dag &lt;img src=x onerror="window.__pwned=1"&gt;', confirm: true });
    await speaker.ok('share', { text: 'Og <img src=x onerror="window.__pwned=2"> dette.', confirm: true });
    await expect.poll(() => tid(page, 'share-chunk').count(), { timeout: WAIT_MS }).toBe(2);
    const transcript = tid(page, 'transcript');
    // Shown as the characters it is, whether or not the server decoded the entities.
    expect(await tid(page, 'share-chunk').first().textContent()).toMatch(/(<|&lt;)img src=x onerror="window.__pwned=1"(>|&gt;)/);
    expect(await transcript.locator('img, b, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    speaker.close();
  });
});

describe('long-polling', () => {
  async function joinAndHear(page: Page, path: (meetingId: string) => string): Promise<void> {
    const { meetingId, speaker } = await meetingWithSpeaker();
    await page.goto(`${stage.server.url}${path(meetingId)}`);
    await joinAtDoor(page, 'Stille Fjord');
    await startRound(speaker);
    await speaker.ok('share', { text: 'Jeg hører dere godt.' });
    await waitText(tid(page, 'share-chunk'), 'Jeg hører dere godt.');
    speaker.close();
  }

  it('a page forced to long-polling (?polling=1) joins and sees a share, without any WebSocket', async () => {
    const { page } = await person();
    const sockets: string[] = [];
    const polls: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    page.on('request', (r) => r.url().includes('/socket.io/') && polls.push(r.url()));
    await joinAndHear(page, (id) => `/m/${id}?polling=1`);
    expect(sockets).toEqual([]);
    expect(polls.length).toBeGreaterThan(1);
    expect(polls.every((u) => new URL(u).searchParams.get('transport') === 'polling')).toBe(true);
  });

  it('where a WebSocket is dropped as soon as it opens, the page falls back to long-polling and still works', async () => {
    const { page } = await person();
    let dropped = 0;
    // A proxy that accepts the upgrade and then cuts it: the WebSocket never carries a packet.
    await page.routeWebSocket(/\/socket\.io\//, (ws) => {
      dropped += 1;
      void ws.close({ code: 1006 });
    });
    const polls: string[] = [];
    page.on('request', (r) => r.url().includes('transport=polling') && polls.push(r.url()));
    await joinAndHear(page, (id) => `/m/${id}`);
    expect(dropped).toBeGreaterThan(0);
    expect(polls.length).toBeGreaterThan(1);
  });
});
