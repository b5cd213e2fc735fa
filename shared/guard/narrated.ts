// A line of a story told in the third person and the past, with "you" ("deg") only as its object:
// "Han ville ikke snakke med deg", "Hun sa at hun aldri ville tilgi deg", "He said he would never
// forgive you", "My dad wouldn't talk to you". The "you" is someone in the story (reported
// speech, a quarrel retold), not a member; the server's model (model.ts), whose weights are mostly
// character n-grams, was sure of them (0.97-1.00) from "med deg" and "to you" alone, and a fresh
// tester's story line was refused (2026-12-06). Not judged by the model when nothing in it is an
// order, a condition, a counterfactual, a question, or the listener's own ("your", "du", "din"):
// "Han burde snakke med deg", "He would have left you", "She would leave you if you let her",
// "He never deserved your love" stay the model's to judge (and the rules' where they catch it).
import { KIN } from './words.js';

// Constants, not inline: see FAREWELL_NEXT in recommend.ts (Issue 10).

/** A third person as the subject: a pronoun, a kin word, "my X", "X min". */
const SUBJECT = String.raw`(?:he|she|they|han|hun|de|(?:my|our|min|mi|mitt|mine|v\u00E5r|v\u00E5rt)\s+\p{L}+|\p{L}+\s+(?:min|mi|mitt|mine|v\u00E5r)|${[...KIN].filter((w) => !/^(?:my|min|mitt|mi)$/u.test(w)).join('|')})`;
/** Adverbs between the subject and its verb (English) or after it. */
const ADVERBS = String.raw`(?:(?:never|not|just|always|still|even|also|only|then|suddenly|aldri|ikke|bare|alltid|fortsatt|heller|ogs\u00E5|plutselig|da|s\u00E5)\s+)*`;
/**
 * A verb in the past; "would", "could", "ville", "kunne" only with a negation ("would not", "ville
 * ikke": a refusal in the past), since alone they also predict or offer ("Han kunne hjelpe deg").
 */
const PAST = String.raw`(?:was|wasn't|were|weren't|had|hadn't|did|didn't|said|told|wanted|refused|tried|would\s+(?:not|never)|wouldn't|could\s+(?:not|never)|couldn't|saw|left|took|gave|went|came|made|got|kept|felt|thought|knew|found|lost|hit|hurt|broke|blamed|yelled|screamed|hated|ignored|\p{L}{2,}ed|` +
  String.raw`(?:ville|kunne)\s+(?:ikke|aldri)|var|hadde|sa|fortalte|gadd|turte|orket|fikk|gikk|kom|tok|ga|gav|s\u00E5|slo|l\u00F8y|\p{L}{2,}(?:et|te|de|dde))`;
/** The sentence opens with the story's subject and a past verb: "Han ville", "He said", "Da ville han". */
const NARRATION = new RegExp(
  String.raw`^[\s"'\u00AB\u201C(]*(?:(?:and|but|so|then|og|men|s\u00E5|da)\s+)?(?:${SUBJECT}\s+${ADVERBS}${PAST}|(?:da|s\u00E5|etterp\u00E5|senere|plutselig|then)\s+${PAST}\s+${SUBJECT})(?![\p{L}'\u2019])`,
  'iu',
);
/** A relative after the subject points at someone present: "Han som snakket sist", "she who shared". */
const POINTER = /^[\s"'\u00AB\u201C(]*(?:(?:and|but|so|then|og|men|s\u00E5|da)\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:som|who|that)(?![\p{L}])/iu;
/**
 * What makes it more than a story: an order or a weighing of one, a condition, a counterfactual
 * ("would have", "ville vært", "kunne gjort"), a feeling for the listener, the listener as subject or
 * owner, a question.
 */
const NOT_A_STORY = new RegExp(
  String.raw`\?\s*$|(?<![\p{L}\p{N}])(?:should|shouldn't|must|mustn't|ought|need|needs|have\s+to|has\s+to|got\s+to|gotta|better|best|try|recommend|suggest|advice|advise|if|unless|would\s+(?:\p{L}+\s+)?(?:have|be)|would've|could\s+(?:\p{L}+\s+)?(?:have|be)|could've|burde|b\u00F8r|m\u00E5|m\u00E5tte|trenger|lurt|lurest|bedre|beste|pr\u00F8v|anbefal\p{L}*|r\u00E5d\p{L}*|hvis|om|dersom|med\s+mindre|` +
    String.raw`(?:ville|kunne|skulle)\s+(?:(?:ikke|aldri|nok|bare)\s+)?(?:ha|hatt|v\u00E6rt|gjort|f\u00E5tt|blitt|\p{L}+et)|` +
    // A feeling for the listener is comfort said to them: "She loved you so much", "Han fortjente deg aldri".
    String.raw`lov\p{L}*|elsk\p{L}*|deserv\p{L}*|fortjen\p{L}*|miss\p{L}*|savn\p{L}*|proud|stolt|lucky|heldig|cared|brydde|` +
    String.raw`your|yours|yourself|yourselves|u|ur|du|din|ditt|dine|di|deres|dokker|d\u00E6)(?![\p{L}\p{N}'\u2019])`,
  'iu',
);
/** "you" as the object, where the words after it are not its verb: "to you.", "you again", "you and left". */
const YOU = /(?<![\p{L}\p{N}])you(?![\p{L}\p{N}'\u2019])/giu;
const YOU_ENDS = /^(?:\s*(?:[.,!;:\u2026)"'\u00BB\u201D-]|$)|\s+(?:again|anymore|any\s+more|either|too|back|about|at|in|on|for|with|when|after|before|because|and|but|or|then|anything|everything|nothing|once|twice|there|home|out|up|down|off|over|all|every|that\s+(?:night|day|time|week|year))(?![\p{L}]))/iu;

/**
 * Whether `sentence` (NFC, one sentence as model.ts splits them) is a line of a story: a third
 * person's past act with the listener's word only as its object ("deg", "dere", "you"), and
 * nothing in it an order, a condition, a counterfactual, a question or the listener's own.
 * Asked only of a sentence over the model's threshold.
 */
export function narratedToYou(sentence: string): boolean {
  const s = sentence.replace(/[\u2019\u2018`\u00B4]/gu, "'");
  if (!NARRATION.test(s) || POINTER.test(s) || NOT_A_STORY.test(s)) return false;
  YOU.lastIndex = 0;
  for (let m = YOU.exec(s); m !== null; m = YOU.exec(s)) if (!YOU_ENDS.test(s.slice(m.index + m[0].length))) return false;
  return true;
}
