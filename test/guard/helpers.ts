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

/** The corpus meeting's other participants (scripts/guard-score.ts CORPUS_NAMES). */
const ROOM = ['Kari', 'Per', 'Grace', 'Tom', 'Håp', 'Sol'];

/** The kinds of advice and crosstalk hints for a draft in the corpus meeting (personal details left out). */
export function kinds(text: string, lang: 'nb' | 'en'): string[] {
  return hints(text, ROOM, lang)
    .map((h) => h.kind)
    .filter((k) => k !== 'pii');
}
