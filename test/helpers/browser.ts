// Real headless Chromium for the end-to-end tests (the system's /usr/bin/chromium through
// playwright-core; no browser is ever downloaded), a server serving a freshly built client, and
// the few page steps every e2e file repeats (join at the door, wait for a testid's text).
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { pollUntil } from './poll.js';
import { buildClient, DEFAULT_OUT_DIR } from '../../scripts/build-client.js';
import { launchedBrowsers } from './open-browsers.js';
import type { Config } from '../../server/config.js';
import { createMeeting as createMeetingViaApi, startTestServer } from './server.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** A headless Chromium; the contexts each test opens in it are closed after that test (close-test-pages.ts). */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  launchedBrowsers.add(browser);
  browser.on('disconnected', () => launchedBrowsers.delete(browser));
  return browser;
}

export type Lang = 'nb' | 'en';

export interface PersonOptions {
  lang?: Lang;
  width?: number;
  height?: number;
  /** Only for injecting test tooling (axe-core) into pages whose CSP forbids inline scripts. */
  bypassCSP?: boolean;
  colorScheme?: 'light' | 'dark';
}

export interface Person {
  context: BrowserContext;
  page: Page;
}

/** One person = one browser context: their own sessionStorage, their own language. */
export async function newPerson(browser: Browser, o: PersonOptions = {}): Promise<Person> {
  const context = await browser.newContext({
    // The client picks its language from navigator.languages.
    locale: (o.lang ?? 'nb') === 'nb' ? 'nb-NO' : 'en-US',
    viewport: { width: o.width ?? 1000, height: o.height ?? 760 },
    reducedMotion: 'reduce',
    bypassCSP: o.bypassCSP ?? false,
    colorScheme: o.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  return { context, page };
}

// ---- the built client -------------------------------------------------------------------------

const LOCK = join(tmpdir(), `runde-client-build-${createHash('sha256').update(DEFAULT_OUT_DIR).digest('hex').slice(0, 12)}.lock`);

/** Two test files (two vitest workers) may ask at once; the build deletes dist first, so take turns. */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = await stat(LOCK).then((s) => Date.now() - s.mtimeMs, () => 0);
      // A worker killed mid-build leaves the lock behind; no build takes a minute.
      if (age > 60_000) await rm(LOCK, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`client build lock ${LOCK} held too long`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds dist/client if any client source is newer (`--if-needed`), then copies it to a private
 * directory for this test file: the client is edited while tests run, and a rebuild by someone
 * else deletes dist/client first, which must not pull the pages out from under a running test.
 */
export async function builtClient(): Promise<{ dir: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'runde-e2e-client-'));
  await withBuildLock(async () => {
    await buildClient({ ifNeeded: true, quiet: true });
    await cp(DEFAULT_OUT_DIR, dir, { recursive: true });
  });
  await stat(join(dir, 'index.html'));
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export interface E2eServer {
  url: string;
  close(): Promise<void>;
}

/** A real server (memory store, port 0) serving the freshly built client. */
export async function startE2eServer(overrides: Partial<Config> = {}): Promise<E2eServer> {
  const client = await builtClient();
  const server = await startTestServer({ distDir: client.dir, createPerHour: 1000, practicePerHour: 1000, ...overrides });
  return {
    url: server.url,
    async close() {
      await server.close();
      await client.dispose();
    },
  };
}

// ---- page steps --------------------------------------------------------------------------------

export const WAIT_MS = 10_000;

export function tid(page: Page, id: string): Locator {
  return page.locator(`[data-testid="${id}"]`);
}

/** Waits until the element's text matches; the failure message shows the last text seen. */
export async function waitText(loc: Locator, want: RegExp | string, timeout = WAIT_MS): Promise<void> {
  const re = typeof want === 'string' ? new RegExp(want.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : want;
  // One protocol round trip per look, every 100 ms: each look costs the browser and the test
  // worker CPU, and a suite of browser files is CPU-bound (two files at once on two cores).
  await pollUntil(() => loc.evaluateAll((els) => (els.length ? (els[0]!.textContent ?? '') : '<missing>')), (t) => t.search(re) >= 0, { timeout, what: `text matching ${re}` });
}

export interface DoorOptions {
  role?: 'participant' | 'listener';
  volunteer?: boolean;
}

/** At the door of /m/<id>: pseudonym, role, "I can chair", the pledge, join; waits for the room. */
export async function joinAtDoor(page: Page, name: string, o: DoorOptions = {}): Promise<void> {
  await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
  await tid(page, 'join-name').fill(name);
  await tid(page, o.role === 'listener' ? 'join-role-listener' : 'join-role-share').check();
  if (o.volunteer) await tid(page, 'join-volunteer').check();
  const submit = tid(page, 'join-submit');
  expect(await submit.isDisabled()).toBe(true);
  await tid(page, 'join-pledge').check();
  await submit.click();
  await waitJoined(page);
}

/** The meeting page is up and connected (its status banner hides once the seat is taken). */
export async function waitJoined(page: Page): Promise<void> {
  await tid(page, 'meeting').waitFor({ timeout: WAIT_MS });
  await page.locator('[data-testid="circle"] li.me').waitFor({ timeout: WAIT_MS });
  await tid(page, 'connection-status').waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** The ephemeral participant id behind the named row of the circle. */
export async function participantId(page: Page, name: string): Promise<string> {
  const row = page.locator('[data-testid="circle"] li[data-participant]', { hasText: name }).first();
  await row.waitFor({ timeout: WAIT_MS });
  const id = await row.getAttribute('data-participant');
  if (!id) throw new Error(`no participant id for ${name}`);
  return id;
}

export function sessionStorageLength(page: Page): Promise<number> {
  return page.evaluate(() => sessionStorage.length);
}

// ---- a meeting in its round, seen from three browsers -------------------------------------------

export interface RoundScene {
  meetingId: string;
  /** The chair key the chair came in with (its link: /m/<id>#chair=<key>). */
  chairKey: string;
  chair: Person;
  speaker: Person;
  listener: Person;
  close(): Promise<void>;
}

const SCENE_TEXT = {
  nb: {
    title: 'Torsdagsmøtet',
    topic: 'Å ta én dag om gangen',
    share: 'Jeg heter Rolig Elv. Denne uken har jeg øvd på å si nei uten å forklare meg. Det var vanskelig, men jeg klarte det to ganger.',
  },
  en: {
    title: 'Thursday meeting',
    topic: 'One day at a time',
    share: 'I am Rolig Elv. This week I practised saying no without explaining myself. It was hard, but I managed it twice.',
  },
} as const;

/**
 * The chair skips the rest of the opening (More tools → Skip the rest of the opening). It leaves
 * texts not posted yet, so it asks first, naming them: the chair answers yes ("Yes — Start the share round").
 */
export async function skipOpening(page: Page): Promise<void> {
  await tid(page, 'chair-advance').click();
  // The question is shown by the click itself; with every text posted there is none.
  const yes = tid(page, 'chair-skip-opening-confirm-yes');
  if (await yes.isVisible()) await yes.click();
}

/**
 * Three people in one meeting, all in browsers of one UI language: the chair (first in the circle)
 * read the welcome, set a topic, shared and finished; now the speaker holds the turn; the listener
 * listens. What every page of a meeting in progress looks like.
 */
export async function roundScene(browser: Browser, url: string, lang: Lang, o: PersonOptions = {}): Promise<RoundScene> {
  const text = SCENE_TEXT[lang];
  const { meetingId, chairKey } = await createMeetingViaApi(url, { title: text.title, language: lang });
  const [chair, speaker, listener] = await Promise.all([0, 1, 2].map(() => newPerson(browser, { ...o, lang })));
  if (!chair || !speaker || !listener) throw new Error('unreachable');
  const close = () => Promise.all([chair, speaker, listener].map((p) => p.context.close())).then(() => undefined);
  try {
    await chair.page.goto(`${url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(chair.page, 'Rolig Elv');
    await speaker.page.goto(`${url}/m/${meetingId}`);
    await joinAtDoor(speaker.page, 'Stille Fjord', { volunteer: true });
    await listener.page.goto(`${url}/m/${meetingId}`);
    await joinAtDoor(listener.page, 'Lys Morgen', { role: 'listener' });
    const c = chair.page;
    await tid(c, 'chair-start').click();
    await tid(c, 'chair-advance').waitFor({ timeout: WAIT_MS });
    await tid(c, 'chair-reading-welcome').click();
    await tid(c, 'chair-topic').fill(text.topic);
    await tid(c, 'chair-topic-set').click();
    await tid(listener.page, 'transcript-topic').waitFor({ timeout: WAIT_MS });
    await skipOpening(c);
    await c.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await pollUntil(() => tid(c, 'composer').isEnabled(), (on) => on, { timeout: WAIT_MS, what: 'the composer enabled' });
    await tid(c, 'composer').fill(text.share);
    await tid(c, 'finish-share').click();
    // The turn moves once the share and its finish are committed and delivered; on a loaded CI
    // machine that once took longer than WAIT_MS (one run in three). Wait longer, and if it still
    // does not come, say what the pages show, so the cause is in the failure.
    await speaker.page
      .locator('[data-testid="turn-status"].mine')
      .waitFor({ timeout: 2 * WAIT_MS })
      .catch(async (err: Error) => {
        const shown = async (p: Page, id: string): Promise<string> => (await tid(p, id).first().textContent({ timeout: 1000 }).catch(() => '?'))?.trim() ?? '';
        const composer = await tid(c, 'composer').inputValue({ timeout: 1000 }).catch(() => '?');
        throw new Error(`${err.message}\nchair's composer: ${JSON.stringify(composer)}; chair's turn status: ${JSON.stringify(await shown(c, 'turn-status'))}; speaker's: ${JSON.stringify(await shown(speaker.page, 'turn-status'))}; chunks on the speaker's page: ${await tid(speaker.page, 'share-chunk').count()}`);
      });
    await pollUntil(() => tid(speaker.page, 'composer').isEnabled(), (on) => on, { timeout: WAIT_MS, what: 'the composer enabled' });
    for (const p of [chair, speaker, listener]) await waitText(p.page.locator('[data-testid="share-chunk"]'), text.share.slice(0, 20));
    return { meetingId, chairKey, chair, speaker, listener, close };
  } catch (err) {
    await close();
    throw err;
  }
}

// ---- a network that batches -------------------------------------------------------------------

export interface BatchingLink {
  url: string;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of the server that passes what the browser sends in batches, one write
 * per `windowMs`, the way a real network often delivers small frames sent back to back in one
 * segment (and the server then reads them in one go). Replies pass straight through.
 */
export async function batchingLink(targetUrl: string, windowMs = 20): Promise<BatchingLink> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  const server = createNetServer((down) => {
    const up = connect(Number(target.port), target.hostname);
    sockets.add(down).add(up);
    let pending: Buffer[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (pending.length && !up.destroyed) up.write(Buffer.concat(pending));
      pending = [];
    };
    down.on('data', (d: Buffer) => {
      pending.push(d);
      timer ??= setTimeout(flush, windowMs);
    });
    down.on('end', () => {
      flush();
      up.end();
    });
    up.pipe(down);
    const drop = () => {
      down.destroy();
      up.destroy();
      sockets.delete(down);
      sockets.delete(up);
    };
    down.on('error', drop);
    up.on('error', drop);
    down.on('close', () => sockets.delete(down));
    up.on('close', () => {
      sockets.delete(up);
      down.end();
    });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolveClose());
      }),
  };
}
