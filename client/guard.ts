// Soft warnings under the composer, from the shared guard (pure text analysis, bundled here).
import { analyzeShare } from '../shared/guard/index.js';
import type { GuardHint } from './meeting/composer.js';

/** `ownName`: the writer's own pseudonym, never warned of as a real name (GuardContext.ownName). */
export function analyze(text: string, otherNames: string[], lang: 'nb' | 'en', ownName?: string): GuardHint[] {
  return analyzeShare(text, { otherNames, lang, ...(ownName ? { ownName } : {}) });
}
