// The one loop that runs a list of rules over a text: advice.ts ("you should"), recommend.ts,
// questions.ts and soft.ts (advice), earlier.ts and addressed.ts (crosstalk) each keep their own
// rules and share this runner, so a rule's `sentenceStart` and `skip` mean the same in all.
import { HINTS, type Text } from './hints.js';
import type { Found, GuardKind } from './patterns.js';
import { matches, mayMatch, sentenceStarts } from './patterns.js';
import { isReported } from './reported.js';

/** One advice pattern: its regex (global, Unicode) and when a match of it is let pass. */
export interface AdviceRule {
  re: RegExp;
  /** The rule only holds for the first words of a sentence (imperatives). */
  sentenceStart?: boolean;
  /** Whether to let a match pass: a conditional, a wish, an idiom, the speaker's own experience. */
  skip?: (text: string, index: number, match: string) => boolean;
}

export interface RuleOptions {
  kind: GuardKind;
  hint: Text;
  /** Let a match pass when it is someone's words told in a story (reported.ts). */
  reportedPasses: boolean;
}

const ADVICE: RuleOptions = { kind: 'advice', hint: HINTS.advice, reportedPasses: false };

/**
 * Every match of `rules` in `text` that no rule lets pass, as findings of `options.kind`
 * (advice by default; the caller filters reported speech from advice itself), overlaps kept.
 */
export function findByRules(text: string, rules: readonly AdviceRule[], options: RuleOptions = ADVICE): Found[] {
  const out: Found[] = [];
  // A sentence-start rule is tried only where a sentence starts (a sticky regex at each), not
  // scanned across the whole share: most of the guard's rules are of this kind, and a share has
  // a few dozen sentences in 2,000 characters.
  let starts: number[] | undefined;
  for (const rule of rules) {
    // matches() checks mayMatch itself.
    let found: Iterable<{ index: number; match: string }>;
    if (!rule.sentenceStart) found = matches(text, rule.re);
    else if (!mayMatch(text, rule.re)) continue;
    else found = atStarts(text, rule.re, (starts ??= startsOf(text)));
    for (const { index, match } of found) {
      if (rule.skip?.(text, index, match)) continue;
      if (options.reportedPasses && isReported(text, index, match)) continue;
      out.push({ kind: options.kind, index, match, hint: options.hint });
    }
  }
  return out;
}

// The sentence starts of the last text: findByRules runs over one share several times (advice,
// recommendations, crosstalk), and a string is never changed.
let startsText: string | undefined;
let startsCached: number[] = [];
function startsOf(text: string): number[] {
  if (text !== startsText) {
    startsText = text;
    startsCached = sentenceStarts(text);
  }
  return startsCached;
}

const STICKY = new WeakMap<RegExp, RegExp>();

/** The match of `re` that begins exactly at each offset in `starts`, if any. */
function* atStarts(text: string, re: RegExp, starts: readonly number[]): Generator<{ index: number; match: string }> {
  let sticky = STICKY.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    STICKY.set(re, sticky);
  }
  for (const at of starts) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) yield { index: at, match: m[0] };
  }
}
