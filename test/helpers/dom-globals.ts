// A jsdom window's globals (document, HTMLElement, …) put on globalThis for the tests of one file,
// so the page's modules run with the real code in a DOM; put back as they were after the file.
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll } from 'vitest';

/** Longer than any debounced render of the page (live-hints.ts waits 300 ms). */
const DEBOUNCE_DRAIN_MS = 500;

/** Installs `keys` of a fresh jsdom window as globals for this test file (beforeAll / afterAll); returns the window. */
export function useDomGlobals(keys: readonly string[], prepare: (w: Record<string, unknown>) => void = () => undefined): Record<string, unknown> {
  const dom = new JSDOM('<!doctype html><body></body>', { url: 'http://localhost/' });
  const w = dom.window as unknown as Record<string, unknown>;
  prepare(w);
  const g = globalThis as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  beforeAll(() => {
    for (const k of keys) {
      saved.set(k, g[k]);
      Object.defineProperty(g, k, { value: w[k], configurable: true, writable: true });
    }
  });
  afterAll(async () => {
    // The page's debounced renders (live-hints.ts: 300 ms after the last keystroke) may still be
    // due after a file's last test: they run in the DOM before it goes, never into a missing one
    // (a rehearsal, 2026-12-05: composer.test's hint timer fired after the globals were put back,
    // "Cannot read properties of undefined (reading 'createElement')", an error outside any test).
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_DRAIN_MS));
    for (const k of keys) Object.defineProperty(g, k, { value: saved.get(k), configurable: true, writable: true });
  });
  return w;
}
