// The one loop that runs a list of advice rules over a text: advice.ts ("you should") and
// recommend.ts (markers, dressed-up recommendations, verdicts, imperatives) each keep their own
// rules and share this runner, so a rule's `sentenceStart` and `skip` mean the same in both.
import { HINTS } from './hints.js';
import type { Found } from './patterns.js';
import { isSentenceStart, matches } from './patterns.js';

/** One advice pattern: its regex (global, Unicode) and when a match of it is let pass. */
export interface AdviceRule {
  re: RegExp;
  /** The rule only holds for the first words of a sentence (imperatives). */
  sentenceStart?: boolean;
  /** Whether to let a match pass: a conditional, a wish, an idiom, the speaker's own experience. */
  skip?: (text: string, index: number, match: string) => boolean;
}

/** Every match of `rules` in `text` that no rule lets pass, as advice findings (overlaps kept). */
export function findByRules(text: string, rules: readonly AdviceRule[]): Found[] {
  const out: Found[] = [];
  for (const rule of rules) {
    for (const { index, match } of matches(text, rule.re)) {
      if (rule.sentenceStart && !isSentenceStart(text, index)) continue;
      if (rule.skip?.(text, index, match)) continue;
      out.push({ kind: 'advice', index, match, hint: HINTS.advice });
    }
  }
  return out;
}
