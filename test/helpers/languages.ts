// Which language a browser case runs in when its walk is the same in both.
import type { Lang } from './browser.js';

/**
 * Returns a function that gives the file's browser cases the two languages in turn, one per
 * call: `first`, then the other, then `first` again (so `'nb' | 'en'`, never both for one case).
 *
 * For a case whose walk through the page is the same in bokmål and English: it runs once, and a
 * file with two or more such cases walks both languages. Every word of both languages is checked
 * where it lives, in the dictionaries (test/client/i18n.test.ts: every string in both, non-empty,
 * with the same arguments). Walking each path twice, once per language, was about a sixth of the
 * browser files' time (2026-12-04: 1,990 s summed over them; the suite ~28 of CI's 30 minutes).
 */
export function languagesInTurn(first: Lang = 'nb'): () => Lang {
  let next: Lang = first;
  return () => {
    const lang = next;
    next = lang === 'nb' ? 'en' : 'nb';
    return lang;
  };
}
