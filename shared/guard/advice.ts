// Advice: second-person directives. The meetings' rule is "we do not give advice"; what they
// welcome instead is experience told in the first person: "then I did this" (seeds-digest R1,
// R2). So only "you"-forms and imperatives are caught; "jeg burde", "I should have", "I tried"
// never are, and nothing here looks at how strong the feelings in a share are.
import type { Found } from './patterns.js';
import { APOS, phrase, toSpeaker, wordsBefore } from './patterns.js';
import { findByRules, type AdviceRule } from './rules.js';

type Rule = AdviceRule;

const lower = (s: string): string => s.toLowerCase().replace(/\s+/gu, ' ');
const before = (text: string, index: number, set: ReadonlySet<string>): boolean =>
  wordsBefore(text, index, 1).some((w) => set.has(w));

// "når du skal …", "hvis du må …", "at du skulle …": a condition or a wish, not a directive.
const NB_SUBORDINATE = new Set(['hvis', 'om', 'dersom', 'når', 'før', 'mens', 'da', 'at', 'som', 'enn']);
const NB_CONDITIONAL = new Set(['hvis', 'om', 'dersom', 'når', 'før', 'mens']);
// "du skulle (bare) sett/visst", "du burde sett", "du skal ha takk": idioms, not advice. Whole
// words only: "du burde sette grenser" is advice (a fresh tester's share passed as the idiom).
const NB_IDIOM = /^du\s+(?:skulle|burde)\s+(?:bare\s+)?(?:ha\s+)?(?:sett|hørt|visst|vite)(?![\p{L}\p{M}\p{N}_])|^du\s+skal\s+ha\s+takk(?![\p{L}\p{M}\p{N}_])/iu;

const nb: Rule[] = [
  {
    re: phrase('du (?:bør|burde|må|maa|skal|skulle|kan jo|kunne jo|kan heller|kunne heller|kan prøve|kunne prøve)'),
    skip: (text, index, match) => {
      if (NB_IDIOM.test(text.slice(index, index + match.length + 20))) return true;
      const verb = lower(match).split(' ')[1];
      if (verb === 'må' || verb === 'maa') return before(text, index, NB_CONDITIONAL);
      if (verb === 'skal' || verb === 'skulle') return before(text, index, NB_SUBORDINATE);
      return false;
    },
  },
  { re: phrase('dere (?:bør|burde|må)'), skip: (text, index) => before(text, index, NB_CONDITIONAL) },
  { re: phrase('(?:bør|burde) (?:du|dere)') },
  // "Slik jeg ser det, må du komme deg ut": the verb before "du" after a fronted clause.
  { re: /(?<=,\s*)(?:må|skal|skulle)\s+(?:du|dere)(?![\p{L}\p{M}\p{N}_])/giu },
  // "Før eller siden må du spørre deg selv…", "snart bør du…": an adverbial fronted before the verb.
  { re: phrase('(?:før eller siden|snart|i kveld|i morgen|med en gang|etter hvert|en dag|til slutt|først|nå) (?:må|bør|burde|skal) (?:du|dere)'), sentenceStart: true },
  { re: phrase('(?:hvis|om|dersom) jeg var (?:deg|dere)|var jeg (?:deg|dere)') },
  { re: phrase('har (?:du|dere) (?:prøvd|forsøkt|tenkt på|vurdert)') },
  // "prøv" is only ever the imperative ("prøve", "prøver", "prøvde" are the other forms).
  { re: phrase('prøv') },
  {
    re: phrase('(?:husk|slutt å|slutt med|sørg for|snakk med|ta kontakt|ring|søk hjelp|gå på|gå til|les|hold deg|la (?:ham|han|henne|hun|dem|de))'),
    sentenceStart: true,
    skip: toSpeaker,
  },
];

const EN_CONDITIONAL = new Set(['if', 'when', 'whenever', 'unless', 'until', 'as', 'before', 'because']);
const EN_IDIOM = /^you\s+(?:should(?:['\u2019]ve|\s+have)|(?:had|['\u2019]d)\s+better|must\s+have)\s+(?:seen|heard|known|been)(?![\p{L}\p{M}\p{N}_])/iu;
// Anyone who tries is telling of themselves: "I try to", "we'll try and", "she tried to".
const EN_SUBJECTS = new Set(['i', "i'll", "i'd", "i've", 'we', "we'll", "we'd", 'they', "they'll", 'he', "he'll", 'she', "she'll", 'it', 'people', 'one', 'you', 'u']);
const EN_AUX = new Set(['to', 'will', 'would', 'could', 'can', 'might', 'may', 'must', 'should', 'shall', 'did', 'does', 'gonna', 'wanna', "didn't", "won't", "can't", "couldn't", 'always', 'still']);

const en: Rule[] = [
  {
    re: phrase(
      `(?:you|u)(?:${APOS}d better|${APOS}ve got to| (?:(?:really|honestly|seriously|definitely|probably|just|totally|absolutely|still|truly) )?(?:should|shouldn${APOS}?t|should not|ought to|need (?:to|2)|needn${APOS}?t|must|mustn${APOS}?t|have to|had better|better|gotta|could try|can try|might try|could always|can always|might want to|may want to|should consider|might consider))`,
    ),
    skip: (text, index, match) => {
      if (EN_IDIOM.test(text.slice(index, index + match.length + 20))) return true;
      return /have to|need to|must|gotta|got to/iu.test(match) && before(text, index, EN_CONDITIONAL);
    },
  },
  { re: phrase(`if i (?:were|was) (?:you|in your (?:shoes|position|place))`) },
  { re: phrase('(?:have|did) you (?:tried|try|considered|thought about|thought of)') },
  { re: phrase(`why (?:don${APOS}t|do not) you|why not try`) },
  {
    re: phrase('try (?:to|and)'),
    // "Try to be patient with me": the speaker asking the room for themselves (toSpeaker).
    skip: (text, index, match) => {
      const prev = wordsBefore(text, index, 4);
      return (prev[0] !== undefined && EN_AUX.has(prev[0])) || prev.some((w) => EN_SUBJECTS.has(w)) || toSpeaker(text, index, match);
    },
  },
  {
    re: phrase(
      `(?:(?:just|maybe|perhaps|please|so|and|then|also) )?(?:try|make sure|remember to|don${APOS}t forget|do not forget|talk to|reach out|consider|go to|get (?:some )?help|let (?:him|her|them|it) go)`,
    ),
    sentenceStart: true,
    skip: toSpeaker,
  },
];

const RULES: Rule[] = [...nb, ...en];

export function findAdvice(text: string): Found[] {
  return findByRules(text, RULES);
}
