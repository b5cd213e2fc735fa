// Advice without "you" as its subject: the impersonal rule ("One should never lend money to a
// drinker", "Man bør aldri låne bort penger"), advice to the whole room ("Everyone here should read
// the chapter", "Folks, call your sponsors tonight", "Alle nye her må gå på nitti møter"), the
// importance of doing something ("It's vital not to rescue them", "Det viktigste er at du…"),
// a verdict on the listener's people ("What that man needs is rehab") and one's own way held out
// to the listener ("it will work for you too", "klarer du det også"). Written after corpus batch
// 10, whose members wrote these where the rules looked for "you should". A share's own lessons
// stay experience: "I learned one should…" (afterOwnThought), "important to me", "for meg", and
// anything with the speaker in the subject ("people who love me should…") pass.
import { APOS, phrase, textAfter, wordsBefore } from './patterns.js';
import { afterOwnThought } from './questions.js';
import type { AdviceRule } from './rules.js';
import { EN_VERBS, NB_INF, NB_VERBS } from './verbs.js';

const A = `${APOS}?`;
/** The speaker in the matched words: "people who love me should" is about the speaker. */
// A Norwegian "i" is a preposition ("den som har det tungt i kveld"), not the speaker.
const SPEAKER_IN = /(?<![\p{L}'\u2019])(?:i(?! (?:kveld|dag|går|morgen|natt|det|en|et|ei|hele|fjor|stedet|tide|alle|denne|dette|livet|familien|gruppa|rommet|sånn|samme|[\p{L}]+(?:en|et|a|ene)(?![\p{L}])))|me|my|myself|jeg|meg|min|mitt|mine)(?![\p{L}'\u2019])/iu;
/** "…to me", "…for meg": what matters to the speaker, not to the listener. */
const FOR_ME_NEXT = /^\s*(?:me|myself|meg|meg selv|min del)(?![\p{L}])|^[^.!?\n]{0,40}?(?<![\p{L}])(?:for (?:me|meg|min del)|to me|til meg)(?![\p{L}])/iu;
// The subject opens its clause: first in the sentence, after a comma, or after a word that leads
// into an opinion ("and honestly everyone here should…", "jeg tror at man bør…"); not an object
// ("I don't trust anyone who…", "det ble en bør").
const LEAD_WORDS = new Set(
  'and but so or honestly seriously really yeah yes well imo think believe feel guess that because og men så eller ærlig seriøst ja vel jo tror mener synes syns føler at fordi'.split(' '),
);
const subjectOpens = (text: string, index: number): boolean => {
  const prev = wordsBefore(text, index, 1)[0];
  return prev === undefined || LEAD_WORDS.has(prev) || /,\s*$/u.test(text.slice(Math.max(0, index - 3), index));
};
/** The speaker close after the match ("…must think I'm mad", "…to remember that I didn't cause it"), or a
 * verb of belief or feeling ("everyone here must think…", "one has to laugh", "alle her må tro…"): not an order. */
const SPEAKER_NEXT = /^[^.!?\n]{0,30}?(?<![\p{L}'\u2019])(?:i|i['\u2019]m|me|my|jeg|meg|min|mitt|mine)(?![\p{L}'\u2019])|^\s*(?:think|thinks|believe|wonder|know|have noticed|hate|laugh|admit|hope|imagine|admire|feel|tro|synes|syns|tenke|mene|lure|vite|hate|le|innrømme|håpe|beundre|føle)(?![\p{L}])/iu;
const ownLesson = (text: string, index: number, match: string): boolean =>
  afterOwnThought(text, index) || SPEAKER_IN.test(match) || !subjectOpens(text, index) || SPEAKER_NEXT.test(textAfter(text, index, match));

const EN_MODAL = `(?:should(?:n${A}t| not)?|ought(?:n${A}t)? to|must(?:n${A}t| not)?|needs? to|has to|have to|had better|gotta)`;
// Whom the impersonal rule is about: anyone, or the people of the room ("everyone here", "alle nye").
const EN_QUALIFIER = `(?: (?:new here|here|new|in (?:early )?(?:recovery|sobriety)|in (?:their|the) first [\\p{L}]+|in (?:this|the|our) (?:room|meeting|group|program|programme|fellowship)|in (?:your|that|such a|this|a) (?:position|situation|place|shoes)|(?:who|that|living|dealing|married|coping|struggling|in a relationship|of|with) [^.!?\\n,]{1,40}?))`;
// "one" but not "no one", "the one", "every one": those are someone, not the impersonal rule.
const EN_ANYONE = `(?:(?<!(?:no|the|this|that|which|any|some|every|each|last|first|little|loved|next|only) )one|anyone|anybody|everyone|everybody|(?:a |the |any |every )?newcomers?|(?:people|folks|parents|partners|wives|husbands|mothers|fathers|mums|moms|dads|relatives|family members|families|spouses|loved ones)(?=${EN_QUALIFIER}))`;
const NB_WHO_QUALIFIER = '(?: (?:her|nye|nye her|i (?:denne|din|en sånn|sånn en|samme|en slik) (?:situasjonen|situasjon|gruppa|gruppen|posisjon)|som [^.!?\\n,]{1,40}?|med [^.!?\\n,]{1,30}?))';
// The room addressed as a whole, then an order: "All of you newcomers, go to…", "Folkens, ring…".
const EN_ROOM = `(?:all of you|all you|every one of you|each of you|you all|y${APOS}all|you guys|everyone|everybody|folks|guys|friends|newcomers|anyone new)(?: (?:newcomers|new ones|here|out there|tonight))?`;
const NB_ROOM = '(?:alle sammen|alle dere|dere alle|alle nye|dere nye|folkens|venner|alle her|dere som er nye)';
const EN_ORDER = `(?:(?:please|just|so|and|now|really|seriously)[,]? ){0,2}(?:(?:don${A}t|do not|never) [a-z]+|${EN_VERBS}|do yourselves a favou?r)(?![\\p{L}])`;
const NB_ORDER = `(?:(?:bare|vær så snill og|så|og|nå|ærlig talt,?) ){0,2}(?:(?:ikke|aldri) (?:${NB_INF}|${NB_VERBS})|${NB_VERBS})(?![\\p{L}])`;

// A generic group or one of its members as the subject, with no qualifier: "parents need to stop
// paying", "a mother's job is to love, not to rescue", "en mor skal elske, ikke redde".
const EN_GROUP = '(?:parents|partners|relatives|families|family members|spouses|wives|husbands|mothers|fathers|mums|moms|dads|newcomers|addicts|alcoholics|drinkers)';
const EN_ONE_OF = '(?:a|any|every|a good) (?:mother|father|parent|wife|husband|partner|mum|mom|dad|sponsor|friend)';
const NB_ONE_OF = '(?:en|enhver|ei) (?:mor|far|forelder|kone|mann|partner|fadder|venn)';

export const IMPERSONAL_RULES: AdviceRule[] = [
  {
    re: phrase(
      `${EN_GROUP} (?:(?:really|always|just|honestly) )?(?:should(?:n${A}t| not)?|ought(?:n${A}t)? to|must(?:n${A}t| not)?|need to|have to|had better)|` +
        `${EN_ONE_OF}(?:${APOS}s (?:job|role|duty|task) is to| (?:should(?:n${A}t| not)?|ought to|must(?:n${A}t)?|needs to|has to|is supposed to))|` +
        `${NB_ONE_OF}(?:s (?:jobb|oppgave|plikt|rolle) er å| (?:skal|bør|burde|må))`,
    ),
    skip: ownLesson,
  },
  // "Nye burde gå på seks møter", "Man skal aldri låne penger til en som ruser seg": the newcomers
  // as subject, and "man skal/må" with a never, a not or an always (without, "man må jo leve" is a share's generic "one").
  { re: phrase('nye (?:bør|burde|må|skal)'), sentenceStart: true, skip: ownLesson },
  { re: phrase('(?:man|en) (?:skal|må) (?:aldri|ikke|alltid)'), skip: ownLesson },
  // "One should never…", "anyone living with a drinker ought to…", "everybody in this meeting needs to…"
  { re: phrase(`${EN_ANYONE}${EN_QUALIFIER}? (?:(?:really|always|never|definitely|probably|honestly|just) )?${EN_MODAL}`), skip: ownLesson },
  // "Whoever is struggling tonight should call someone", "den som har det tungt bør ringe noen"
  { re: phrase(`whoever [^.!?\\n,]{1,40}? ${EN_MODAL}|(?:den|de|enhver) som [^.!?\\n,]{1,40}? (?:bør|burde)`), skip: ownLesson },
  // "Parents of addicts need to stop paying", "foreldre til rusavhengige må slutte å betale"
  { re: phrase(`(?:foreldre|pårørende|nykommere|en nykommer|nykommeren|familier|partnere|mødre|fedre) (?:(?:til|av|med|som|i) [^.!?\\n,]{1,30}? )?(?:bør|burde|må|trenger å)`), skip: ownLesson },
  // "Man bør aldri…", "en bør jo ha…", "Alle her burde…", "alle nye her må…": "man"/"en" only with
  // bør/burde, since "man må jo leve" is the generic "one" of a share.
  {
    re: phrase(`(?:man|en) (?:bør|burde)|(?:alle|enhver|folk|nykommere|pårørende)(?:${NB_WHO_QUALIFIER})? (?:bør|burde)|(?:alle|enhver|folk|nykommere|pårørende)${NB_WHO_QUALIFIER} (?:må|trenger å|skal)`),
    skip: ownLesson,
  },
  // "Folks, please call your sponsors tonight", "I'd say to all of you, don't pick up", "Alle sammen: ring…"
  {
    re: phrase(`${EN_ROOM}[,:] ?${EN_ORDER}|${NB_ROOM}[,:] ?${NB_ORDER}`),
    sentenceStart: true,
    // "Friends, let me say…", "Venner, la meg…": the speaker asking for the room's ear.
    skip: (text, index, match) => /^\s*(?:me|us|['\u2019]s|meg|oss)(?![\p{L}])/iu.test(textAfter(text, index, match)),
  },
  { re: phrase(`(?:say|said|saying|tell|telling) (?:to )?${EN_ROOM}[,:]? ${EN_ORDER}|(?:si|sier|sa) (?:til )?${NB_ROOM}[,:]? ${NB_ORDER}`) },
  { re: phrase('do (?:yourselves|yourself|urself) a favou?r|gjør (?:deg selv|dere selv) en tjeneste') },
  // "It's vital not to rescue them", "it is so important to…", "the most important thing is to…"
  {
    re: phrase(
      `(?:it${A}s|it is|it${APOS}d be|it would be|it will be)(?: (?:so|really|very|super|absolutely|just|also))? (?:important|essential|vital|crucial|key|necessary|critical) (?:to|not to|that (?:you|u)|for (?:you|u)(?: to)?)|` +
        `the (?:most important|main|biggest|number one|one|key|crucial) thing (?:is|${APOS}s|would be) (?:to|not to|that (?:you|u))`,
    ),
    skip: (text, index, match) => FOR_ME_NEXT.test(textAfter(text, index, match)) || SPEAKER_NEXT.test(textAfter(text, index, match)) || afterOwnThought(text, index),
  },
  {
    re: phrase('det (?:er|blir) (?:så |veldig |helt |kjempe|utrolig )?(?:viktig|avgjørende|nødvendig|essensielt) (?:å|at (?:du|dere))|det (?:viktigste|eneste|beste|lureste|første|smarteste) (?:du kan gjøre )?(?:er|blir) (?:at (?:du|dere)|å)'),
    skip: (text, index, match) => FOR_ME_NEXT.test(textAfter(text, index, match)) || SPEAKER_NEXT.test(textAfter(text, index, match)) || afterOwnThought(text, index),
  },
  // "I'd maybe look at whether you're ready", "I would call your doctor": the speaker's conditional
  // held out to the listener (the listener later in the sentence).
  {
    re: phrase(`i(?:${APOS}d| would)(?: (?:maybe|probably|perhaps|personally|honestly|definitely|seriously|really|just|also|first))? (?:look at|look into|think about|think twice|consider|talk to|speak to|ring|call|leave|get|try|ask|wait|take|start|stop|keep|find|write|put|move|change|lock|hide|block|check|see a|go to|go and)(?=[^.!?\\n]*(?<![\\p{L}'’])(?:you|your|yourself|u|ur)(?![\\p{L}]))`),
    skip: (text, index, match) => afterOwnThought(text, index) || /^[^.!?\n]{0,30}?\bif i\b/iu.test(textAfter(text, index, match)),
  },
  // "The only thing that'll change anything is you stepping back", "det eneste som hjelper er at du…"
  {
    re: phrase(`the (?:only|one|best) (?:thing|way|answer|solution)[^.!?\\n]{0,40}? (?:is|${APOS}s|would be) (?:(?:you|u) [\\p{L}]+ing|for (?:you|u) to)|det (?:eneste|beste) som (?:hjelper|virker|funker|nytter|kan hjelpe|vil hjelpe)[^.!?\\n]{0,20}? (?:at (?:du|dere)|for (?:deg|dere) å)`),
    skip: (text, index, match) => FOR_ME_NEXT.test(textAfter(text, index, match)) || afterOwnThought(text, index),
  },
  // "What you're missing is a support network", "det du mangler er…"
  { re: phrase(`what (?:you${APOS}re|you are|u r|ur) (?:really |probably )?(?:missing|lacking) (?:is|${APOS}s)|det (?:du|dere) mangler(?: nå)? er`) },
  // "…and I think it would be for you too", "…det hadde vært det for deg også": one's own way held out.
  { re: phrase(`for (?:you|u) (?:too|as well)(?=\\s*[.!,;)]|\\s*$)|for (?:deg|dere) også(?=\\s*[.!,;)]|\\s*$)`), skip: (text, index) => afterOwnThought(text, index) },
  // "Might be something for you", "kanskje noe for deg"
  { re: phrase(`(?:it |that |this )?(?:might|may|could|would) (?:also )?be (?:something|one|an option) for (?:you|u)|something for (?:you|u) to (?:try|consider|think about|look at)|(?:kanskje|kan være|kunne være|kunne vært) (?:noe|et alternativ) for (?:deg|dere)`) },
  // "What that man needs is rehab", "what your son needs is…", "det sønnen din trenger er…"
  {
    re: phrase(
      `(?:what|all) (?:that|this|your|ur) (?:poor |young |old )?(?:man|woman|guy|boy|girl|kid|lady|fella|lad|lass|bloke|chap|person|husband|wife|son|daughter|partner|mum|mom|dad|mother|father|brother|sister|boyfriend|girlfriend|family) (?:really |actually |probably )?needs? (?:is|${APOS}s)|det (?:[\\p{L}]+ (?:din|di|ditt|dine)|den (?:mannen|kvinnen|fyren|gutten|jenta|dama)) (?:virkelig |egentlig )?trenger(?: nå)? er`,
    ),
  },
  // "…and it will work for you too", "if I could do it, you can too", "klarer du det også"
  {
    re: phrase(
      `(?:it|that|this|the program|the programme|the steps)(?:${APOS}ll| will| can| could| might| would| should)? (?:work|works|worked) for (?:you|u)(?: too| as well)?|(?:you|u) can (?:do it |do this |make it )?too(?=\\s*[.!,;)]|\\s*$)|so can (?:you|u)(?=\\s*[.!,;)]|\\s*$)|` +
        `(?:det|dette|programmet|stegene)(?: vil| kan| kommer til å| skal)? (?:funke|funker|fungere|fungerer|virke|virker) for (?:deg|dere)|klarer (?:du|dere) (?:det )?også(?![\\p{L}])|kan (?:du|dere) (?:det )?også(?=\\s*[.!,;)]|\\s*$)|det (?:klarer|kan) (?:du|dere) også`,
    ),
    skip: (text, index) => afterOwnThought(text, index),
  },
];
