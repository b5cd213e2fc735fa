// Advice aimed at the listener in forms found by corpus batches 12 and 13 (written by two people
// who never saw the rules): an order after a marker that says it is the point of the story ("so
// my point is, don't wait", "the lesson for anyone sitting where I was is: get…", "det jeg vil si
// er: ikke vent"), "whatever you do, don't…", an order after ", so" at the end of one's own story
// ("…, so go to bed"), a promise about the listener's life ("it gets better if you let go",
// "du kommer til å få det bedre når du slutter…"), a warning ("you'll never be at peace until
// you…", "du har bare deg selv å takke"), the best/worst thing someone in the listener's place can
// do, "what might help is if you…", the speaker's conditional about the listener's situation ("if
// it were my son I'd…", "I'd have thrown him out months ago"), rhetorical questions that push a
// choice without "you" ("is it really worth staying with someone who…?", "how many more chances
// does he get?", "would it really hurt to…?") and a verdict seen by all ("everyone can see it but
// you"). The speaker's own lesson stays sharing: "the best thing I ever did", "what helped me",
// "the lesson for me", "if it were my fault", a question with the speaker in it.
import { APOS, phrase, textAfter, toSpeaker } from './patterns.js';
import { afterOwnThought } from './questions.js';
import type { AdviceRule } from './rules.js';
import { EN_VERBS, NB_VERBS } from './verbs.js';

const A = `${APOS}?`;
const EN_ORDER = `(?:(?:just|please|really|seriously) )?(?:(?:don${A}t|do not|never) [\\p{L}]+|${EN_VERBS})(?![\\p{L}'’])`;
const NB_ORDER = `(?:(?:bare|heller|virkelig) )?(?:(?:ikke|ikkje|aldri) [\\p{L}]+|${NB_VERBS})(?![\\p{L}])`;
/** The speaker in the sentence around a match: the question or conditional is about oneself. */
const SPEAKER = /(?<![\p{L}'\u2019])(?:i|i['\u2019]m|i['\u2019]ve|i['\u2019]d|me|my|myself|jeg|meg|min|mitt|mine|vi|we|us)(?![\p{L}'\u2019])/iu;
/** The sentence a match stands in (from the previous stop to the next). */
function sentenceAt(text: string, index: number, match: string): string {
  const start = Math.max(text.lastIndexOf('.', index), text.lastIndexOf('!', index), text.lastIndexOf('?', index - 1), text.lastIndexOf('\n', index)) + 1;
  const rest = text.slice(index + match.length);
  const end = rest.search(/[.!?\n]/u);
  return text.slice(start, index + match.length + (end < 0 ? rest.length : end + 1));
}
/** A bokmål sentence: its "i" is the preposition, not the speaker. */
const BOKMAL = /(?<![\p{L}])(?:det|er|og|å|ikke|han|hun|som|på|til|med|skal|har)(?![\p{L}])/iu;
const withSpeaker = (text: string, index: number, match: string): boolean => {
  const sentence = sentenceAt(text, index, match);
  return SPEAKER.test(BOKMAL.test(sentence) ? sentence.replace(/(?<![\p{L}])i(?![\p{L}'\u2019])/giu, '') : sentence);
};
/** Forms that are questions without a question mark ("seriously how many more chances does he get"). */
const QUESTION_OPENS = /^(?:how many more|hvor mange)/iu;
/** A time in the speaker's past right after a conditional: "if that were me ten years ago". */
export const OWN_PAST = /^[^.!?\n]{0,30}?(?<![\p{L}])(?:ago|back then|at the time|den gangen|siden|før i tida|da jeg var)(?![\p{L}])/iu;
const isQuestion = (text: string, index: number, match: string): boolean => /\?\s*$/u.test(sentenceAt(text, index, match));

// "so be gentle", "så vær tålmodige": asking the room for gentleness, unless it is aimed at the listener.
const GENTLE = /^(?:gentle|patient|kind|nice|snill|snille|tålmodig|tålmodige|grei|greie)(?![\p{L}])/u;
const LISTENER = /(?<![\p{L}])(?:deg|dere|you|yourself|yourselves)(?![\p{L}])/iu;
const CLAUSE_END = /[.!?\n,;]/u;

export const AIMED_RULES: AdviceRule[] = [
  // "So my point is, don't wait as long as I did", "the lesson, for anyone sitting where I was, is
  // get the police involved early", "så det jeg vil si er: ikke vent", "lærdommen for alle … er: få…"
  {
    re: phrase(
      `(?:my (?:point|message)|the point|what i(?:${A}m| am) saying|what i want to say|all i(?:${A}m| am) saying|the (?:lesson|moral)(?: here)?(?:,? (?:for|to) (?:anyone|everyone|you|u|those|all|newcomers)[^.!?\\n]{0,40}?,?)?) is[:,]? ${EN_ORDER}|` +
        `(?:det jeg vil si|poenget(?: mitt)?|budskapet(?: mitt)?|(?:lærdommen|moralen)(?: her)?(?:,? (?:for|til) (?:alle|deg|dere|den|de|nye)[^.!?\\n]{0,40}?,?)?) er[:,]? ${NB_ORDER}`,
    ),
  },
  // "Whatever you do, don't drive over there", "Uansett hva du gjør, ikke kjør dit i kveld"
  { re: phrase(`whatever (?:you|u) do,? ${EN_ORDER}|uansett hva (?:du|dere) gjør,? ${NB_ORDER}`) },
  // "Detach with love. That's all I have to say to you.", "Det er alt jeg har å si til deg."
  { re: phrase(`(?:that${A}s|that is|this is) (?:all|what) i (?:have to|want to|wanted to|${APOS}d|would|can) (?:say|tell) (?:to )?(?:you|u)|(?:det er )?(?:alt|det) jeg (?:har å|vil|ville) si (?:til )?(?:deg|dere)`) },
  // "…, so go to bed and sleep even if he isn't home", "…, så legg deg og sov": the order at the
  // end of one's own story, or after a clause about the listener ("du høres utslitt ut, gå til legen").
  {
    re: phrase(`(?<=[,;–—-]\\s?)(?:and so|so|så|og så) (?:${EN_ORDER}|${NB_ORDER})|(?<=(?<![\\p{L}'’])(?:you|u|du)(?:\\s[\\p{L}'’]+){1,6},\\s?)(?:bare )?(?:gå til|ring|snakk med|ta kontakt|søk hjelp|skaff deg|legg deg)(?![\\p{L}])`),
    skip: (text, index, match) => {
      const next = textAfter(text, index, match, 12).trimStart().toLowerCase();
      // "so be it", "so let me", "så la meg", "så ha det bra", "så la han seg": idioms, the speaker, a past tense;
      // "so get this", "so take that as you will", "så ta det for hva det er", "so call it rock bottom": asides.
      if (/^(?:it|me|us|figure|meg|oss|det bra|i|jeg|han|hun|vi|de|man|we|he|she|they)(?![\p{L}])/u.test(next)) return true;
      if (/^(?:this|that|it|det|den|dette)\s+(?:as|for|som)(?![\p{L}])|^this(?![\p{L}])/u.test(next) || /(?:call|kall)$/u.test(match.toLowerCase())) return true;
      // "so go easy on me", "so be gentle", "så vær snill med meg", "så vær tålmodige med meg": the
      // speaker asking the room for themselves (toSpeaker, the rule the plain imperatives use too).
      // "så vær snill med deg selv" is advice again: the kindness is the listener's to themselves.
      if (toSpeaker(text, index, match) || /^[^.!?\n,]{0,15}?(?<![\p{L}])(?:me|us|meg|oss)(?![\p{L}])/u.test(next)) return true;
      if (GENTLE.test(next) && !LISTENER.test(textAfter(text, index, match, 48).split(CLAUSE_END)[0] ?? '')) return true;
      return false;
    },
  },
  // ", don't try to manage it on your own", "…, dont bail him out again" after a clause.
  { re: phrase(`(?<=,\\s?)(?:and )?(?:don${A}t|do not|never) (?:try|lend|bail|pick up|answer|drive|rescue|cover|pay|argue|give (?:him|her|them)|wait|let (?:him|her|them))(?![\\p{L}])`) },
  // Promises about the listener's life: "It gets better if you let go", "du kommer til å få det
  // mye bedre når du slutter å sjekke", "det blir bedre bare du slipper taket".
  {
    re: phrase(
      `(?:it|things|life|everything)(?: really)? (?:gets|get|will get|${APOS}ll get|is going to get|will be|${APOS}ll be|can get) (?:so much |a lot |way )?(?:better|easier|lighter) (?:if|when|once|as soon as|the (?:minute|moment|day)) (?:you|u)(?![\\p{L}])|` +
        `(?:you|u)(?:${APOS}ll| will| are going to| r gonna|${APOS}re going to|${APOS}re gonna) (?:feel|be|do|sleep|get on) (?:so much |a lot |way )?(?:better|easier|happier|freer|lighter) (?:if|when|once|as soon as|the (?:minute|moment|day)) (?:you|u)(?![\\p{L}])|` +
        `(?:det|livet|alt|ting)(?: kommer til å bli| vil bli| blir) (?:så mye |mye |veldig mye )?(?:bedre|lettere) (?:bare|hvis|når|så snart|straks|den dagen|om) (?:du|dere)(?![\\p{L}])|` +
        `(?:du|dere) (?:kommer til å|vil|kommer til å få det|vil få det) (?:få det |ha det )?(?:så mye |mye |veldig mye )?(?:bedre|lettere|friere) (?:bare|hvis|når|så snart|straks|den dagen|om) (?:du|dere)(?![\\p{L}])`,
    ),
    skip: (text, index) => afterOwnThought(text, index),
  },
  // Warnings: "You'll never be at peace until you forgive her", "if you keep hanging around that
  // crowd you'll relapse", "du har bare deg selv å takke", "du får aldri fred før du…"
  {
    re: phrase(
      `(?:you|u)(?:${APOS}ll| will| won${A}t| will not|${APOS}re never going to| are never going to)(?: never| ever)? (?:be|get|have|find|feel|know|stay|heal)[^.!?\\n]{0,40}? (?:until|unless|till|til) (?:you|u)(?![\\p{L}])|` +
        `(?:if|as long as) (?:you|u) keep [\\p{L}]+ing[^.!?\\n]{0,50}? (?:you${APOS}ll|you will|u will|u${APOS}ll|you${APOS}re going to|you${APOS}re gonna|it${APOS}ll|it will)(?![\\p{L}])|` +
        `(?:only )?(?:have )?(?:yourself|urself) to (?:blame|thank)|(?:deg|dere) (?:selv|sjøl|sjøl) å takke|` +
        `(?:du|dere) (?:får|kommer til å få|vil få|finner|kommer til å finne) aldri [^.!?\\n]{0,40}? (?:før|uten at|med mindre) (?:du|dere)(?![\\p{L}])`,
    ),
  },
  // "The best thing a parent can do in that situation is stop paying", "the worst thing you can
  // possibly do right now is rescue him", "det lureste man kan gjøre som pårørende er å…";
  // not "the best thing I ever did was…".
  {
    re: phrase(
      `the (?:best|smartest|wisest|kindest|worst|most loving|only|first) thing (?!(?:i|we|my|our|his|her) )[\\p{L}'’]+(?: [\\p{L}'’]+)? (?:can|could|should|will ever|must) (?:possibly |ever |really )?do(?: [^.!?\\n]{0,40}?)? (?:is|would be|${APOS}s)|` +
        `det (?:beste|lureste|smarteste|klokeste|verste|viktigste|eneste|første) (?!(?:jeg|vi|min|mi|mitt|mine) )[\\p{L}]+(?: [\\p{L}]+)? (?:kan|bør|må|skal) (?:gjøre|gjøre nå)(?: [^.!?\\n]{0,40}?)? (?:er|blir) (?:å|at)`,
    ),
    skip: (text, index, match) => afterOwnThought(text, index) || /^\s*(?:for me|for meg)/iu.test(textAfter(text, index, match)),
  },
  // "A good tip is to keep a list…", "a good rule is never…", "et godt råd er å…", "lurt å ha ei bag klar"
  {
    re: phrase(`(?:a|one) (?:good|great|useful|handy|golden) (?:tip|rule|idea|trick|rule of thumb) (?:is|would be) (?:to|not to|never|always|don${A}t)|(?:et|ett|en) (?:godt|fint|nyttig|lurt|gyllent|god|fin|nyttig|gyllen) (?:tips|råd|triks|regel|tommelfingerregel|idé) er (?:å|aldri|alltid|ikke)`),
    skip: (text, index) => afterOwnThought(text, index),
  },
  { re: phrase('(?:lurt|smart|klokt|lurest|smartest|fornuftig) å'), sentenceStart: true },
  // "Anbefaler på det sterkeste å ta kontakt", "Could I suggest keeping a journal?", "jeg tillater meg å foreslå"
  { re: phrase('(?:anbefaler|foreslår|recommend|suggest)(?: (?:på det sterkeste|sterkt|virkelig|varmt|strongly|highly|really))? (?:å|at|to|that|getting|going|trying|keeping|talking|calling|[\\p{L}]+ing)'), sentenceStart: true },
  { re: phrase(`(?:could|can|may|might) i (?:suggest|recommend)|i (?:strongly |highly |really )?(?:recommend|suggest) (?:getting|going|trying|keeping|talking|calling|looking|finding|reading|writing)|(?:kan|kunne) jeg (?:foreslå|anbefale)|jeg (?:tillater meg å|vil|vil gjerne|må) (?:foreslå|anbefale)|jeg (?:anbefaler|foreslår) (?:på det sterkeste |sterkt |virkelig |varmt )?(?:å|at (?:du|dere|De))`) },
  // "I'm not telling you what to do but I would…": the disclaimer before advice (not before one's own story).
  { re: phrase(`not (?:telling|trying to tell|here to tell) (?:you|u) what to do[^.!?\\n]{0,6}? but (?:i(?:${APOS}d| would)|you|u|if i|maybe|perhaps)|ikke (?:for å |her for å )?(?:fortelle|si til|si) (?:deg|dere) hva (?:du|dere) skal gjøre[^.!?\\n]{0,6}? men (?:jeg ville|du|dere|hvis jeg|om jeg|kanskje)`) },
  // "You know what you need? A weekend away.", "vet du hva du trenger?"
  { re: phrase(`(?:you know|do you know|know|y${APOS}know) what (?:you|u) (?:need|should do|ought to do|have to do|gotta do)|vet (?:du|dere) hva (?:du|dere) (?:trenger|bør gjøre|burde gjøre|må gjøre)`) },
  // "I think what might help is if you wrote him a letter", "det som kunne hjulpet er om du skreiv…"
  { re: phrase(`what (?:might|would|could|will|may) (?:really )?help (?:is|would be|${APOS}s) (?:if (?:you|u)|(?:you|u) [\\p{L}]+ing|for (?:you|u)|to)|det som (?:kan|kunne|vil|ville|kanskje kan|kanskje kunne) (?:hjelpe|hjulpet|hjelpe deg) (?:er|var|hadde vært|blir) (?:om|hvis|at|å) (?:du|dere)?`) },
  // "Everyone can see it but you", "alle ser det unntatt deg/dæ"
  { re: phrase(`(?:everyone|everybody|all of us|the whole room) (?:can )?(?:sees?|knows?) (?:it|that) (?:but|except|apart from) (?:you|u)|(?:alle|alle andre) (?:ser|vet|skjønner) det (?:unntatt|bortsett fra|utenom|bare ikke) (?:deg|dæ|du)`) },
  // The speaker's conditional about the listener's situation: "if it were my son I'd…", "hvis det
  // var min sønn…", "I'd have thrown him out months ago" (not with "if I…" in the sentence: one's own past).
  {
    re: phrase(
      `if (?:it|that|this|he|she)(?: was| were|${APOS}s| had been| is) (?:my|me)(?: (?:own )?(?:son|daughter|kid|child|boy|girl|husband|wife|partner|mum|mom|mother|dad|father|brother|sister|money|house|marriage|family))?(?![\\p{L}])|` +
        `(?:hvis|om|dersom) (?:det|han|hun)(?: var| hadde vært| gjaldt) (?:min|mitt|mi|mine|meg)(?: (?:egen |eget )?(?:sønn|datter|unge|barn|gutt|jente|mann|kone|samboer|mor|far|bror|søster|penger|hus|ekteskap|familie))?(?![\\p{L}])|` +
        `i(?:${APOS}d| would)(?: have|${APOS}ve|ve)? (?:[\\p{L}]+ )(?:him|her|them|it)(?: out| off| away)? (?:months|weeks|years|long|ages) ago|` +
        `jeg (?:ville|hadde)(?: ha| ha)? (?:[\\p{L}]+ )(?:ham|han|henne|hun|dem|det)(?: ut| vekk| bort)? for (?:lenge|lengst|mange [\\p{L}]+|flere [\\p{L}]+|[\\p{L}]+ (?:måneder|år|uker)) siden`,
    ),
    skip: (text, index, match) => {
      const m = match.toLowerCase();
      // "if it was my fault", "hvis det var min feil": about oneself.
      // "if it was my fault", "hvis det var min feil": about oneself; "if that were me ten years ago": one's own past.
      if (/^(?:if|hvis|om|dersom)/u.test(m)) {
        return /^\s*(?:fault|choice|turn|problem|business|call|decision|feil|skyld|tur|valg|problem)(?![\p{L}])/iu.test(textAfter(text, index, match)) ||
          OWN_PAST.test(textAfter(text, index, match, 60));
      }
      return /(?<![\p{L}])(?:if i|hvis jeg|om jeg|dersom jeg)(?![\p{L}])/iu.test(sentenceAt(text, index, match));
    },
  },
  // "There's only one thing that helps, and that's to stop…", "det er bare én ting som hjelper og det er å…"
  {
    re: phrase(
      `(?:there${A}s|there is|theres) (?:only |just )?(?:one|1) thing that (?:helps|works|will help|matters|changes anything)(?:,)? (?:and )?(?:that${A}s|it${A}s|thats|that is|it is) (?:to|for (?:you|u)|(?:you|u)|[\\p{L}]+ing)(?![\\p{L}])|` +
        `det (?:er|finnes) (?:bare|kun) (?:én|en|ei|ett) ting som (?:hjelper|virker|nytter|funker)(?:,)? (?:og )?det er (?:å|at (?:du|dere))`,
    ),
    skip: (text, index) => afterOwnThought(text, index),
  },
  // "Speaking as someone who's been there, get out now", "trust me, leave", "tro meg, gå fra ham"
  {
    re: phrase(
      `(?:speaking as|as) (?:someone|somebody|one|a (?:mother|father|wife|husband|parent|mum|mom|dad|person)) (?:who${APOS}s|who has|who have|that${APOS}s|who was|who) [^,.!?\\n]{1,40}, ${EN_ORDER}|(?:trust me|take it from me|believe me),? ${EN_ORDER}|` +
        `(?:som en som har [^,.!?\\n]{1,40}|tro meg|ta det fra meg),? ${NB_ORDER}`,
    ),
  },
  // "nobody should have to put up with being screamed at", "ingen burde måtte ha det sånn i sitt eget hjem":
  // a verdict on what the listener lives with (not "no one should have to bury a child", a lament).
  { re: phrase(`(?:nobody|no one|no-one|noone) (?:should|ought to|deserves to) (?:have to )?(?:put up with|tolerate|be (?:treated|spoken to|talked to|screamed at|hit))|ingen (?:burde|bør|skal) (?:måtte )?(?:ha det sånn|ha det slik|tåle|finne seg i|bli (?:behandlet|snakket til|skreket til|slått))`) },
  // The formal "De" (capital, after "at", "om", "hvis", "når") is the listener: "…, at De ikke har
  // ansvaret for Deres sønns valg", "jeg foreslår at De vurderer…". Case-sensitive: "de" is "they".
  { re: /(?<![\p{L}])(?:at|om|hvis|når|dersom) De(?= (?:ikke |aldri |bare |kanskje |virkelig )?(?:har|bør|burde|må|skal|vurderer|trenger|kan|får|er|tar)(?![\p{L}]))/gu },
  // Rhetorical questions pushing a choice, with no "you" and no speaker: "is it really worth staying
  // with someone who lies?", "how many more chances does he get?", "would it really hurt to not pick up?",
  // "Surely it would be wiser to…?", "hvor mange sjanser til skal han få?"
  {
    re: phrase(
      `(?:is it|er det)(?: (?:really|honestly|virkelig|egentlig|seriøst))+ (?:worth|verdt)(?: it)? (?:to|å|[\\p{L}]+ing)(?![\\p{L}])|` +
        `(?:what${A}s|what is|hva er) (?:the point|vitsen) (?:of|in|med å) (?:staying|stay|going back|keep going back|bli|bo|fortsette|gå tilbake)(?: [\\p{L}]+)? (?:with|to|hos|med|sammen med|til)(?![\\p{L}])|` +
        `how many more [\\p{L}]+(?: [\\p{L}]+)? (?:does|do|will|is|are|can|has|have|must|should|before)(?![\\p{L}])|hvor mange (?:flere [\\p{L}]+|[\\p{L}]+ til)(?![\\p{L}])|` +
        `(?:would|will|could) it (?:really )?(?:hurt|kill (?:you|u)|be so (?:bad|hard|terrible)) (?:to|if)|(?:ville|vil|hadde) det (?:virkelig |egentlig )?(?:skadet|skade|vært så farlig|vært så ille|drept deg) (?:å|om|hvis)|` +
        `surely (?:it (?:would|${APOS}d) be|it${APOS}s|it is) (?:wiser|better|best|kinder|safer|smarter|time)|det (?:ville|hadde) vel (?:vært|være) (?:lurere|bedre|klokere|tryggere|på tide)`,
    ),
    skip: (text, index, match) => !(isQuestion(text, index, match) || QUESTION_OPENS.test(match)) || (withSpeaker(text, index, match) && !/(?<![\p{L}])(?:you|u|your|du|deg|din|ditt|dine)(?![\p{L}])/iu.test(sentenceAt(text, index, match))),
  },
];
