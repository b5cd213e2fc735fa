// The one loop that runs a list of rules over a text: advice.ts ("you should"), recommend.ts,
// questions.ts and soft.ts (advice), earlier.ts and addressed.ts (crosstalk) each keep their own
// rules and share this runner, so a rule's `sentenceStart` and `skip` mean the same in all.
import { HINTS, type Text } from './hints.js';
import type { Found, GuardKind } from './patterns.js';
import { prepareRegex, preparedMatches, preparedMayMatch, sentenceStarts, type PreparedRegex } from './patterns.js';
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

// Each rule list's regexes with their literals, START-less and sticky forms worked out, made on
// the list's first use (Issue 10: CPU per delivery). Looking each rule's regex up in two WeakMaps
// at every share (COMPILED in patterns.ts, a sticky one here) was ~1 % of the server's CPU.
interface PreparedRule {
  rule: AdviceRule;
  regex: PreparedRegex;
}
const PREPARED = new WeakMap<readonly AdviceRule[], PreparedRule[]>();

function prepared(rules: readonly AdviceRule[]): PreparedRule[] {
  let list = PREPARED.get(rules);
  if (list === undefined) {
    list = rules.map((rule) => ({ rule, regex: prepareRegex(rule.re, rule.sentenceStart === true) }));
    PREPARED.set(rules, list);
  }
  return list;
}

/**
 * Every match of `rules` in `text` that no rule lets pass, as findings of `options.kind`
 * (advice by default; the caller filters reported speech from advice itself), overlaps kept.
 * A rule list must not be changed after its first use here (its regexes are prepared once).
 */
export function findByRules(text: string, rules: readonly AdviceRule[], options: RuleOptions = ADVICE): Found[] {
  const out: Found[] = [];
  // A sentence-start rule is tried only where a sentence starts (a sticky regex at each), not
  // scanned across the whole share: most of the guard's rules are of this kind, and a share has
  // a few dozen sentences in 2,000 characters.
  let starts: number[] | undefined;
  for (const { rule, regex } of prepared(rules)) {
    if (!rule.sentenceStart) {
      // preparedMatches checks the literals itself.
      for (const { index, match } of preparedMatches(text, regex)) add(out, text, rule, options, index, match);
      continue;
    }
    if (!preparedMayMatch(text, regex)) continue;
    // The match that begins exactly at each sentence start, if any. Collected before any skip
    // runs, as before: a skip may run other regexes, never this rule's sticky one.
    const sticky = regex.sticky!;
    const found: { index: number; match: string }[] = [];
    for (const at of (starts ??= startsOf(text))) {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m) found.push({ index: at, match: m[0] });
    }
    for (const { index, match } of found) add(out, text, rule, options, index, match);
  }
  return out;
}

/** Adds the match to `out` unless its rule lets it pass (a function, not a closure made per call). */
function add(out: Found[], text: string, rule: AdviceRule, options: RuleOptions, index: number, match: string): void {
  if (rule.skip?.(text, index, match)) return;
  if (options.reportedPasses && isReported(text, index, match)) return;
  out.push({ kind: options.kind, index, match, hint: options.hint });
}

// The sentence starts of the last text: findByRules runs over one share several times (advice,
// recommendations, crosstalk), and a string is never changed.
let startsText: string | undefined;
let startsCached: number[] = [];
/** Lets go of the last text (guard index.ts forgetGuardMemory). */
export function forgetStarts(): void {
  startsText = undefined;
  startsCached = [];
}

function startsOf(text: string): number[] {
  if (text !== startsText) {
    startsText = text;
    startsCached = sentenceStarts(text);
  }
  return startsCached;
}
