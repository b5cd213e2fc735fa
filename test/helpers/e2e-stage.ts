// The stage most browser tests set up: one server and one Chromium for the file, raw socket
// clients and browser people opened on the way, all closed after the file's tests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../server/config.js';
import { TestClient } from './client.js';
import { launchBrowser, newPerson, startE2eServer, type E2eServer, type Person, type PersonOptions } from './browser.js';

export interface E2eStage {
  /** The server (after beforeAll). */
  readonly server: E2eServer;
  /** The browser (after beforeAll). */
  readonly browser: Browser;
  /** Browser people the file opened, closed after it (push what you open with newPerson yourself). */
  readonly opened: Person[];
  /** Raw socket clients, closed after the file: those of `client`, and any the file opens with TestClient.connect and pushes here. */
  readonly clients: TestClient[];
  /** A new browser person, closed after the file. */
  person(o?: PersonOptions): Promise<Person>;
  /** A raw socket client seated in `meetingId` as `name`; throws when the join is refused. Closed after the file. */
  client(meetingId: string, name: string, o?: { role?: 'participant' | 'listener'; chairKey?: string }): Promise<TestClient>;
}

/**
 * Registers the file's beforeAll/afterAll: a server with `overrides` and a browser. After the
 * file's tests it closes, in this order, the raw clients, the browser people, the browser and the
 * server. Vitest runs afterAll hooks as a stack: a file's own afterAll registered after this call
 * runs before it (the stage still up), one registered before it runs after.
 */
export function e2eStage(overrides: Partial<Config> = {}): E2eStage {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  const opened: Person[] = [];
  const clients: TestClient[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(overrides), launchBrowser()]);
  }, 240_000);
  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all(opened.map((p) => p.context.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });
  const stage: E2eStage = {
    get server() {
      if (!server) throw new Error('the stage is not up yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the stage is not up yet');
      return browser;
    },
    opened,
    clients,
    async person(o = {}) {
      const p = await newPerson(stage.browser, o);
      opened.push(p);
      return p;
    },
    async client(meetingId, name, o = {}) {
      const c = await TestClient.connect(stage.server.url);
      clients.push(c);
      const ack = await c.join(meetingId, name, o);
      if (!ack.ok) throw new Error(`join failed: ${ack.code}`);
      return c;
    },
  };
  return stage;
}
