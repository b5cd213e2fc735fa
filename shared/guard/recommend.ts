// Advice that does not say "you should": an explicit marker ("my advice:", "et godt råd:"), a
// recommendation dressed as a statement ("the smartest move would be to", "det lureste er å"), a
// verdict on the other person ("you're making a mistake", "du tar feil"), a rhetorical "why
// not" ("hvorfor gjør du ikke bare"), permission given to someone else ("you don't have to
// accept", "du trenger ikke tåle"), and imperatives without "you" ("Just stop answering his
// calls", "Slutt å svare når han ringer"). Issue 12 lists these as the kinds the first rules
// missed. What the meetings welcome instead is experience told in the first person (seeds-digest
// R1, R2), so each rule keeps to forms that address someone else or tell them what to do, and
// past tense or "for me" turns a statement back into experience ("the only way for me was").
import type { Found } from './patterns.js';
import { APOS, phrase, textAfter, toSpeaker, wordsBefore } from './patterns.js';
import { afterOwnThought, findQuestionsToYou, QUESTION_RULES } from './questions.js';
import { findByRules, type AdviceRule } from './rules.js';
import { AIMED_RULES, OWN_PAST } from './aimed.js';
import { IMPERSONAL_RULES } from './impersonal.js';
import { SOFT_RULES } from './soft.js';
import { EN_VERBS, englishAfterHomograph, NB_INF, NB_VERBS } from './verbs.js';

type Rule = AdviceRule;

const after = textAfter;
/** "for me", "for meg", "I did", "jeg gjorde": the statement is about the speaker's own experience. */
const OWN = /^[^.!?\n]{0,24}?(?:\bfor (?:me|meg|min del|my part)\b|\btil meg selv\b|\bto myself\b)/iu;
const ownExperience = (text: string, index: number, match: string): boolean => OWN.test(after(text, index, match));

// ---- explicit markers ----
const MARKERS: Rule[] = [
  {
    re: phrase(
      `(?:here${APOS}?s|here is|my|a|one|(?:a|one|my) piece of|word of|some) (?:advice|tip|suggestion)s?|(?:advice|tips?|suggestion) (?:for|to) (?:anyone|everyone|newcomers|new people|the newcomers?|you|all of you)(?: new| here)?(?=\\s*[:,-])|my two cents|i(?:${APOS}d| would)? (?:strongly )?(?:advise|recommend|suggest)(?: that)? you|i(?:${APOS}d| would) (?:advise|recommend|suggest)`,
    ),
    // "I got some advice from my sponsor", "my advice to myself": received or self-addressed.
    skip: (text, index, match) =>
      /\b(?:got|get|gets|received|given|gave me)\b/iu.test(wordsBefore(text, index, 3).join(' ')) ||
      /^\s*(?:to myself|for myself|from (?!me\b))/iu.test(after(text, index, match)) ||
      (/^(?:a|one|some) (?:advice|tip|suggestion)$/iu.test(match.replace(/\s+/gu, ' ')) && !/^\s*(?:from me\s*)?[:,]/iu.test(after(text, index, match))),
  },
  {
    re: phrase(
      '(?:råd|tips|forslag) til (?:nye|alle|deg|dere|de nye|nykommere|nykommerne)(?=\\s*[:,-])|(?:et|mitt|ett|noen|et lite) (?:godt )?(?:råd|tips|forslag)|(?:rådet|tipset|forslaget) mitt|her er (?:mitt|et) (?:råd|tips)|ta et råd|jeg (?:vil|vil gjerne|kan) (?:råde|anbefale) deg|jeg (?:anbefaler|foreslår|råder)(?: deg| at du| dere| at dere| å)?',
    ),
    skip: (text, index, match) =>
      /\b(?:fikk|får|ga meg|gav meg)\b/iu.test(wordsBefore(text, index, 3).join(' ')) ||
      /^\s*(?:til meg selv|fra (?!meg\b))/iu.test(after(text, index, match)) ||
      (/^(?:et|ett|noen|et lite) (?:godt )?(?:råd|tips|forslag)$/iu.test(match.replace(/\s+/gu, ' ')) && !/^\s*(?:fra meg\s*)?[:,]/iu.test(after(text, index, match))) ||
      (/^jeg (?:anbefaler|foreslår|råder)$/iu.test(match.replace(/\s+/gu, ' ')) && /^\s*(?:meg|oss)\b/iu.test(after(text, index, match))),
  },
];

// ---- recommendations dressed as statements (present or conditional, never past) ----
const EN_DRESSED =
  `the (?:smartest|smart|sensible|best|wisest|healthiest|healthy|kindest|right|only|safest|first) (?:move|thing|step|way(?: out)?|option)(?: to do| you can do| for you)? (?:is|would be|${APOS}d be)|` +
  `(?:the )?best thing is|what (?:works|helps) is|it(?:${APOS}s| is| would be|${APOS}d be) (?:wise|smart|best|better|a good idea|important for you|healthy) to|` +
  `it might be (?:a good idea|wise|smart|best) to|(?:a )?better idea (?:is|would be)|it(?:${APOS}s| is) important that you|` +
  `the (?:key|trick|secret|answer|solution) is|it would help to|you${APOS}d do well to|(?:something|one thing) that (?:helps|works|can help|might help|may help) is`;
const NB_DRESSED =
  'det (?:lureste|beste|smarteste|smarte|fornuftige|klokeste|sunneste|riktige|riktigste|eneste riktige|første du bør gjøre) (?:du kan gjøre |for deg )?(?:er|ville vært|hadde vært|blir) å|' +
  'den eneste veien(?: ut)? er å|det som (?:virker|hjelper|funker) er å|det (?:hadde|ville|kan|kunne) (?:vært|være) (?:lurt|smart|klokt|best|bra|en god idé|sunt) å|' +
  'det er (?:best|lurt|smart|klokt|viktig) å|det er viktig at du|(?:en )?bedre idé (?:er|ville vært)|nøkkelen er å|løsningen er|' +
  'det (?:ville|hadde) hjulpet å|det beste er å|(?:trikset|hemmeligheten|kunsten) er å|noe som (?:hjelper|virker|funker) er å|' +
  'en (?:god |bedre )?idé (?:kan være|er|kunne være|kunne vært|ville vært|hadde vært) å';
// "The answer is to…", "løsningen er å…", but not "the answer is usually 'fine'": an answer or a
// solution is advice when what follows is what to do.
const ANSWER = /(?:answer|solution|svaret|løsningen) (?:is|er)$/iu;
const ANSWER_NEXT = /^\s*(?:(?:to|just|bare|at du|å)(?!\p{L})|simple|simply|easy|obvious|clear|always|[:,\-\u2013]|enkel|enkelt|opplagt)/iu;
const dressedSkip = (text: string, index: number, match: string): boolean =>
  ownExperience(text, index, match) || (ANSWER.test(match.replace(/\s+/gu, ' ')) && !ANSWER_NEXT.test(after(text, index, match)));
const DRESSED: Rule[] = [
  { re: phrase(EN_DRESSED), skip: dressedSkip },
  { re: phrase(NB_DRESSED), skip: dressedSkip },
];

// ---- verdicts on the other person ----
const VERDICTS: Rule[] = [
  {
    re: phrase(
      `(?:(?:you|u)(?:${APOS}?re| are| r)|ur) (?:(?:still|just|only|really|so|being|way|far|much|a bit|a little|always|clearly|obviously|totally|completely|definitely|probably|simply|literally|honestly|kind of|sort of) ){0,3}(?:making (?:a|the same|a big|a huge) mistake|wrong|in denial|enabling|too (?:hard|soft|focused|easy)|not ready|kidding yourself|fooling yourself|making excuses|doing it (?:wrong|the wrong way)|codependent|being (?:too|so))|` +
        `you${APOS}ve got it (?:all )?wrong|(?:(?:you|u)(?:${APOS}?re| are| r)|ur) (?:(?:just|still|really|clearly|always) )?(?:letting|allowing) (?:him|her|them|people|everyone|everybody)(?= [\\p{L}])|(?:you${APOS}ve|you have) done (?:way |far |much )?more than enough|you${APOS}re doing it wrong|what you(?:${APOS}re| are) doing is|that is codependency|` +
        `(?:(?:you|u)(?:${APOS}?re| are| r)|ur) (?:(?:just|really|so|totally|clearly) )?(?:overthinking|overreacting|catastrophi[sz]ing|minimi[sz]ing|projecting|people-pleasing|lying to yourself|rescuing (?:him|her|them))|` +
        `(?:that${APOS}?s|that is|this is|it${APOS}s|it is) not (?:love|help|kindness|care)(?![^.!?\\n]{0,12}\\bi\\b)`,
    ),
  },
  {
    re: phrase(
      'du (?:lar (?:ham|han|henne|hun|dem|de|folk) [\\p{L}]+e|er (?:(?:tydeligvis|åpenbart|helt klart|klart|jo|bare|virkelig|faktisk|nok|egentlig|fortsatt|så|altfor) ){1,2}(?:medavhengig|i fornektelse|ikke klar|naiv|blind|redd for å|for (?:snill|hard|streng|myk))|gjør en (?:stor |alvorlig )?feil|tar feil|lurer deg selv|muliggjør|unnskylder|har misforstått|gjør det (?:på )?feil|er (?:for|altfor|så|fortsatt) (?:hard|snill|opptatt|myk|streng)|er i fornektelse|er ikke klar|er medavhengig|overtenker|overreagerer|overdriver|bagatelliserer|lyver for deg selv|redder (?:ham|han|henne|dem))|det du driver med|' +
        '(?:det|dette|det der) er (?:jo |nok |bare |egentlig )?(?:ikke|ikkje) (?:kjærlighet|hjelp|omsorg|godhet)(?![^.!?\\n]{0,12}(?<!\\p{L})jeg(?!\\p{L}))',
    ),
  },
];

// ---- rhetorical "why not" and "couldn't you just" ----
const WHY_NOT: Rule[] = [
  { re: phrase(`why (?:don${APOS}t|do not|wouldn${APOS}t|won${APOS}t|can${APOS}t) you|why not (?:just )?[a-z]+|couldn${APOS}t you(?: just)?|could you not`) },
  { re: phrase('hvorfor [\\p{L}]+ du ikke|hvorfor ikke (?:bare )?[\\p{L}]+|kunne du ikke(?: bare)?|kan du ikke bare') },
];

// ---- permission given to someone else ----
const PERMISSION: Rule[] = [
  {
    re: phrase(
      `(?:it${APOS}?s|it is) (?:ok|okay|alright|all right|fine|allowed) (?:to|if you)|(?:no one|nobody|no-one) (?:would|could|will|can|should) (?:ever )?(?:blame|judge|fault|think less of) (?:you|u)|(?:you${APOS}re|you are) under no obligation|you have no (?:obligation|duty) to|(?:nobody|no one|no-one) (?:expects|wants|needs|is asking) (?:you|u)|(?:you|u) (?:don${APOS}?t|do not|never) (?:have|need|owe)|you needn${APOS}t|you(?:${APOS}re| are) allowed to|you have (?:every|the|a) right|(?:nobody|no one|no-one) can (?:make|force) you|you (?:deserve|owe)`,
    ),
    // "I learned it's okay to cry": the speaker's own lesson.
    skip: (text, index) => afterOwnThought(text, index),
  },
  { re: phrase('ingen (?:ville|kunne|vil|kan|skal) (?:ha )?(?:klandret|klandre|dømt|dømme|bebreidet|bebreide|tenkt dårligere om) (?:deg|dere)|du har ingen (?:plikt|forpliktelse) til|du (?:trenger|må) ikke (?:tåle|finne deg|be om|bære|ta|godta|akseptere|unnskylde)|du trenger ikke (?:å [\\p{L}]+|[\\p{L}]+e|gå|ha|få|se|stå|dra|bo|gi|ta|si)(?!\\p{L})|du har (?:lov|all rett|rett|all grunn|god grunn|full rett) til|ingen kan (?:tvinge|få) deg|ingen (?:forventer|krever|ber) (?:at du|deg|av deg)|det er (?:helt )?(?:greit|lov|ok|i orden) å|du skylder|du fortjener'), skip: (text, index) => afterOwnThought(text, index) },
];

// ---- more questions and "in your shoes" ----
const ownPast = (text: string, index: number, match: string): boolean => OWN_PAST.test(after(text, index, match, 60));
const QUESTIONS: Rule[] = [
  { re: phrase('(?:have|did) you (?:ever |not )?(?:tried|try|considered|consider|thought about|thought of|think about|think of|looked into|look into|asked)') },
  { re: phrase('har (?:du|dere) (?:noen gang |ikke )?(?:prøvd|forsøkt|tenkt på|vurdert|sett på|spurt|snakket med)') },
  // Not "if that were me ten years ago", "hvis det var meg den gangen": one's own past.
  { re: phrase(`in your (?:position|shoes|place|situation)|if (?:it|that) (?:were|was) me|were i you|if i were in your`), skip: ownPast },
  { re: phrase('i (?:din|deres) (?:situasjon|posisjon)|i ditt sted|(?:hadde|var) jeg (?:vært )?(?:deg|dere)|hvis det var meg|om det var meg'), skip: ownPast },
  { re: phrase(`(?:maybe|perhaps) you (?:could|should|can|might)|you (?:really|honestly|definitely|seriously) (?:should|need to|must|have to)`) },
  { re: phrase('(?:kanskje|kan hende) (?:du|dere) (?:bare |heller )?(?:kunne|skulle|burde|bør|kan)|du (?:kan|kunne) (?:alltids|alltid|heller|godt)|du får (?:heller|bare)') },
];

// ---- imperatives without "you" ----
const PAST_TIME = /(?<![\p{L}])(?:yesterday|last (?:night|week|month|year)|this morning|earlier today|ago|once)(?![\p{L}])/iu;
const EN_IMPERATIVE: Rule = {
  re: phrase(
    `(?:(?:just|please|so|and|then|also|now|simply|seriously|honestly|really|first|always|never|ever|maybe|perhaps|possibly)[,]? ){0,3}(?:(?:don${APOS}?t|do not|never)(?: ever)? (?!know|think|care|remember|want|like|understand|mind|really|get why|feel like|(?:i|we|they|he|she|it)(?![a-z]))[a-z]+|${EN_VERBS}|think (?:about|of|twice|hard|carefully|long and hard)|hand (?:it|him|her|them|over|back)|have a (?:think|look|go|word|chat)|do yourself a favou?r|do something (?:for yourself|nice))`,
  ),
  sentenceStart: true,
  skip: (text, index, match) => {
    const words = match.toLowerCase().split(/[\s,]+/u);
    const verb = words[words.length - 1] ?? '';
    const next = after(text, index, match, 20).trimStart().toLowerCase();
    // "Let me", "Let's": the speaker; "Don't know why": an elliptical first person.
    if (verb === 'let' && /^(?:me|us)\b|^[\u2019']s\b/u.test(next)) return true;
    // "Ring meg", "Call me": both languages' rules run over every share.
    if (toSpeaker(text, index, match)) return true;
    if (/^(?:[\u2019']s|[\u2019']ll|[\u2019']d)\b/u.test(next)) return true;
    // "Keep thinking about her", "Start to feel": a gerund after keep/start is the speaker's day.
    if (words.length === 1 && verb === 'keep' && /^\w+ing\b/u.test(next) && !/^(?:coming|going|trying)\b/u.test(next)) return true;
    // "Hang on, I lost my thread": asking the room to wait.
    if (verb === 'hang' && /^on\b/u.test(next)) return true;
    // "Read that on the card this morning", "Put it off again yesterday": a past tense with the
    // subject dropped, the speaker's diary, not an order.
    if (words.length === 1 && /^(?:read|put|cut|set|let|hit|quit|spread|shut)$/u.test(verb) && PAST_TIME.test(after(text, index, match, 80).split(/[.!?\n]/u)[0] ?? '')) return true;
    // A verb used as a noun or a name: "Call me Anne", "Break time".
    return /^(?:me|time|was|is|were)\b/u.test(next);
  },
};
// A constant, not inline: a build that lowers \p{…} literals (esbuild for the page's targets, tsx) makes an inline one a new RegExp per call (Issue 10).
const FAREWELL_NEXT = /^(?:[,!.]|ha\b|det|en (?:fin|god|riktig|fortsatt)|et (?:godt|fint))(?!\p{L})/u;
// "Vent litt", "Vent, jeg er ikke ferdig", "Vent!": the speaker asking the room to wait for them
// (a pause, then the speaker or their writing), not "Vent med å svare ham".
const WAIT_NEXT = /^(?:(?:litt|et øyeblikk|ett øyeblikk)(?!\p{L})|[,.!\u2026-]*\s*(?:$|(?:jeg|meg|ikke ferdig|skriver)(?!\p{L})))/u;
const NB_IMPERATIVE: Rule = {
  re: phrase(`(?:(?:bare|vær så snill og|vær så snill,|så|og|nå|først|ærlig talt,?|helt ærlig,?|seriøst,?|kanskje|heller|ok,?|okei,?|hør her,?) ){0,3}(?:(?:ikke|ikkje|aldri) (?:${NB_INF}|${NB_VERBS})|${NB_VERBS})`),
  sentenceStart: true,
  skip: (text, index, match) => {
    const written = after(text, index, match, 20).trimStart();
    const next = written.toLowerCase();
    const m = match.toLowerCase().replace(/\s+/gu, ' ');
    // "Still here after the reload", "Hell of a week": English, not a bokmål order.
    if (englishAfterHomograph(match, written)) return true;
    // "Sov dårlig i natt", "Kom hjem sent": the past tense of sove/komme, the speaker's own day.
    if (/(?:^|\s)sov$/u.test(m) && /^(?:dårlig|godt|lite|ikke|bra|i|hele|nesten)\b/u.test(next)) return true;
    // "Sett fra min side", "Gå ut fra at": set phrases, not orders.
    if (/(?:^|\s)sett$/u.test(m) && /^(?:fra|i lys av|utenfra)\b/u.test(next)) return true;
    // "Be" is also a noun-less English word in mixed text: "Be om" is the Norwegian imperative.
    if (/(?:^|\s)be$/u.test(m) && !/^(?:om|for|ham|henne|dem|de|noen|legen)\b/u.test(next)) return true;
    // "Ta det med ro" is comfort to the other person, still advice; but "La meg", "La oss" is the speaker.
    if (/(?:^|\s)la$/u.test(m) && /^(?:meg|oss)\b/u.test(next)) return true;
    // "Ha det bra", "Ha en fin kveld": a farewell, not an order.
    if (/(?:^|\s)ha$/u.test(m) && FAREWELL_NEXT.test(next)) return true;
    if (/(?:^|\s)få$/u.test(m) && !/^(?:deg|hjelp|en|et|noen)\b/u.test(next)) return true;
    // "Vent litt", "Gi meg et øyeblikk": asking the room for a moment, for the speaker's own sake.
    // "Tilgi meg hvis jeg gråter", "Gi meg et øyeblikk", "Vent litt": the speaker asking for themselves.
    if (toSpeaker(text, index, match) || (/(?:^|\s)vent$/u.test(m) && WAIT_NEXT.test(next))) return true;
    // "Tenk om han bare sluttet", "Tenk at det er ett år siden": a wish or wonder, not an order.
    if (/(?:^|\s)tenk$/u.test(m) && /^(?:om|hvis|at|deg|på at)\b/u.test(next)) return true;
    return false;
  },
};

// "Forgive yourself", "Ikke klandre deg selv", "Tilgi deg selv": an order about the listener's self.
const FIRST_NOT_VERB = /^(?:you|u|i|we|they|he|she|it|do|did|are|is|was|were|have|has|can|could|would|should|will|to|for|with|about|of|by|and|but|so|if|when|du|jeg|vi|de|han|hun|det|om|hvis|når|for|med|til|mot|på|fra|av|og|men|så|at|uten|mellom|hos|ved)$/iu;
const REFLEXIVE: Rule = {
  re: phrase(`(?:(?:don${APOS}?t|do not|never|ikke|aldri) )?[\\p{L}]+ (?:yourself|urself|deg selv|dere selv)`),
  sentenceStart: true,
  skip: (_text, _index, match) => FIRST_NOT_VERB.test(match.replace(/^(?:don['\u2019]?t|do not|never|ikke|aldri)\s+/iu, '').split(/\s+/u)[0] ?? ''),
};

const RULES: Rule[] = [REFLEXIVE, ...MARKERS, ...DRESSED, ...VERDICTS, ...WHY_NOT, ...PERMISSION, ...QUESTIONS, ...QUESTION_RULES, ...SOFT_RULES, ...IMPERSONAL_RULES, ...AIMED_RULES, EN_IMPERATIVE, NB_IMPERATIVE];

/** Advice of the kinds issue 12 lists, beyond "you should" (advice.ts has those). */
export function findRecommendations(text: string): Found[] {
  return [...findByRules(text, RULES), ...findQuestionsToYou(text)];
}
