import { analyzeShare } from '../../shared/guard/index.js';
import type { GuardHint } from '../../shared/guard/index.js';

export function hints(text: string, otherNames: string[] = [], lang: 'nb' | 'en' = 'nb'): GuardHint[] {
  return analyzeShare(text, { otherNames, lang });
}

/** The matched stretches of one kind, in order. */
export function found(kind: GuardHint['kind'], text: string, otherNames: string[] = [], lang: 'nb' | 'en' = 'nb'): string[] {
  return hints(text, otherNames, lang)
    .filter((h) => h.kind === kind)
    .map((h) => h.match);
}
