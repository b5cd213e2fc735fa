// Closes, after each test, every browser context that test opened (a vitest setup file, so it
// holds for every e2e file). A context left open keeps its page running — its socket, its
// timers, its re-renders on every event of a meeting nobody ends — for the rest of the file:
// a full run had 84 renderer processes alive at once, and the host's CPU was saturated by
// pages whose tests had finished. Contexts opened in a beforeAll (shared by a file's tests)
// existed before the test began and are left to that file's afterAll, as are all of a file
// whose tests are steps of one walk (keepPagesBetweenTests).
//
// Tests that run at once (`describe.concurrent`) cannot tell whose context is whose, so the
// contexts opened while any of them ran are closed when the last of them ends: a test never loses
// its pages to another's end. (Browser files run their cases one at a time: tried at once,
// 2026-12-04, the browser suite took longer on a loaded 2-core host, 16.6 against 15.1 minutes,
// since Chromium keeps both cores busy, and timed cases failed.)
import { afterEach, beforeEach } from 'vitest';
import { closing, launchedBrowsers } from './open-browsers.js';

let before = new Set<unknown>();
let running = 0;
const openContexts = () => [...launchedBrowsers].flatMap((b) => b.contexts());

beforeEach(() => {
  if (running === 0) before = new Set(openContexts());
  running++;
});

afterEach(async () => {
  running--;
  if (!closing.afterEachTest || running > 0) return;
  const opened = openContexts().filter((c) => !before.has(c));
  await Promise.all(opened.map((c) => c.close().catch(() => undefined)));
});
