// Closes, after each test, every browser context that test opened (a vitest setup file, so it
// holds for every e2e file). A context left open keeps its page running — its socket, its
// timers, its re-renders on every event of a meeting nobody ends — for the rest of the file:
// a full run had 84 renderer processes alive at once, and the host's CPU was saturated by
// pages whose tests had finished. Contexts opened in a beforeAll (shared by a file's tests)
// existed before the test began and are left to that file's afterAll, as are all of a file
// whose tests are steps of one walk (keepPagesBetweenTests).
import { afterEach, beforeEach } from 'vitest';
import { closing, launchedBrowsers } from './open-browsers.js';

let before = new Set<unknown>();
const openContexts = () => [...launchedBrowsers].flatMap((b) => b.contexts());

beforeEach(() => {
  before = new Set(openContexts());
});

afterEach(async () => {
  if (!closing.afterEachTest) return;
  const opened = openContexts().filter((c) => !before.has(c));
  await Promise.all(opened.map((c) => c.close().catch(() => undefined)));
});
