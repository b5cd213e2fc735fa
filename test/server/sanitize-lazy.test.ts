// Issue 10: the sanitizer's parser is loaded on the first text that holds something tag-like,
// never at start and never for plain shares; and no DOM (jsdom, DOMPurify) is loaded by the
// server at all, not even then: their first load blocked the event loop of every meeting of the
// process for 1–2.5 s.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

describe('sanitizer loads its parser lazily, and no DOM', () => {
  it('an imported server and plain text leave parse5 unloaded; the first markup loads it, never jsdom or DOMPurify', async () => {
    const require = createRequire(import.meta.url);
    const loaded = (name: string): boolean => Object.keys(require.cache).some((k) => k.includes(`/node_modules/${name}/`));
    // The whole server, as `npm start` runs it, is imported without touching the parser.
    await import('../../server/app.js');
    const { parserLoaded, sanitizeText } = await import('../../server/sanitize.js');
    expect(sanitizeText('Jeg har det bra <3, a < b og b > c')).toBe('Jeg har det bra <3, a < b og b > c');
    expect(parserLoaded()).toBe(false);
    expect(loaded('parse5')).toBe(false);
    expect(sanitizeText('Jeg <b>er</b> her')).toBe('Jeg er her');
    expect(parserLoaded()).toBe(true);
    expect(loaded('parse5')).toBe(true);
    expect(loaded('jsdom')).toBe(false);
    expect(loaded('dompurify')).toBe(false);
  });
});
