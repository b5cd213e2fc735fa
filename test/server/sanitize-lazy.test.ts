// jsdom is most of an idle server's heap (Issue 10): the DOM is loaded on the first text that
// holds something tag-like, never at start and never for plain shares.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

describe('sanitizer loads its DOM lazily', () => {
  it('an imported server and plain text leave jsdom unloaded; the first markup loads it', async () => {
    const require = createRequire(import.meta.url);
    const jsdomLoaded = (): boolean => Object.keys(require.cache).some((k) => k.includes('/node_modules/jsdom/'));
    // The whole server, as `npm start` runs it, is imported without touching jsdom.
    await import('../../server/app.js');
    const { domLoaded, sanitizeText } = await import('../../server/sanitize.js');
    expect(sanitizeText('Jeg har det bra <3, a < b og b > c')).toBe('Jeg har det bra <3, a < b og b > c');
    expect(domLoaded()).toBe(false);
    expect(jsdomLoaded()).toBe(false);
    expect(sanitizeText('Jeg <b>er</b> her')).toBe('Jeg er her');
    expect(domLoaded()).toBe(true);
    expect(jsdomLoaded()).toBe(true);
  });
});
