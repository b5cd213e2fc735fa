// A jsdom window's globals (document, HTMLElement, …) put on globalThis for the tests of one file,
// so the page's modules run with the real code in a DOM; put back as they were after the file.
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll } from 'vitest';

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
  afterAll(() => {
    for (const k of keys) Object.defineProperty(g, k, { value: saved.get(k), configurable: true, writable: true });
  });
  return w;
}
