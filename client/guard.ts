// Soft warnings under the composer, from the shared guard (pure text analysis, bundled here).
import { analyzeShare } from '../shared/guard/index.js';
import type { GuardHint } from './meeting/composer.js';

export function analyze(text: string, otherNames: string[], lang: 'nb' | 'en'): GuardHint[] {
  return analyzeShare(text, { otherNames, lang });
}
