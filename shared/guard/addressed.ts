// Speaking to the listener rather than from oneself: "You are not alone", "Sorry to hear about
// your dad", "My heart goes out to you", "Leit å høre om faren din", "Du klarer dette". A share
// is told in the first person (domain.md, "No crosstalk"); "you" in it points at someone in the
// room, except in three forms the rules let pass: reported speech ("she said: you're not alone",
// reported.ts), the generic "you" of a condition or a habit ("when your own child lies to your
// face", "you get used to it", "du blir vant til det") and fillers ("you know,", "thank you").
import { HINTS } from './hints.js';
import type { Found } from './patterns.js';
import { APOS, isSentenceStart, phrase, textAfter, wordsBefore } from './patterns.js';
import { findByRules, type AdviceRule } from './rules.js';
import { WITH_THE_ROOM, WITH_THE_ROOM_NB, afterNewcomerCondition } from './unaddressed.js';

const A = `${APOS}?`;
const after = textAfter;

type Rule = AdviceRule;

/** A condition or time clause before, in the same sentence: the generic "you" ("when your…"). */
const GENERIC_LEAD = new Set(['when', 'whenever', 'if', 'once', 'until', 'unless', 'before', 'after', 'because', 'når', 'hvis', 'om', 'dersom', 'før', 'etter', 'fordi', 'mens', 'enten']);
/**
 * How many words back every rule here looks for such a condition, one bound for all (it was 8 for
 * some rules, 12 for others). At least 9: "with you", "med deg" end a sentence, after the
 * condition's whole clause ("When you love an addict, the fear is always with you": "when" is 9
 * words back). At most 11: further back the condition has given way to a main clause of
 * instructions ("Når det blir vanskelig, så tar du en pause og ringer til fadderen din": "når"
 * is 12 words back), advice the rules must catch.
 */
const GENERIC_WORDS = 10;
const generic = (text: string, index: number): boolean => wordsBefore(text, index, GENERIC_WORDS).some((w) => GENERIC_LEAD.has(w));
const EN_PERSONS = 'person|one|guy|woman|lady|man|gentleman|newcomer|people|folks|speaker|girl|fella';
// The listener's people and story: "your son", "sønnen din". Words that also serve the generic
// "you" ("your mind", "your feelings", "your whole world") are left out on purpose.
const EN_THEIRS =
  'son|sons|daughter|daughters|husband|wife|partner|spouse|hubby|dad|father|mum|mom|mother|mam|parents|kids|kid|children|child|baby|teen|teenager|' +
  'doctor|gp|therapist|counsellor|counselor|family|brother|sister|boy|girl|boys|girls|ex|boyfriend|girlfriend|fianc[eé]|sponsor|grandson|granddaughter|grandkids|grandchildren|in-laws|' +
  'share|story|situation|loss|marriage|words|honesty|courage|strength|bravery|journey|sharing';
const NB_THEIRS =
  'far|faren|pappa|mor|moren|mora|mamma|foreldre|foreldrene|sønn|sønnen|sønner|sønnene|datter|datteren|døtre|døtrene|barn|barna|unge|ungen|ungene|' +
  'mann|mannen|kone|kona|kjæreste|kjæresten|partner|partneren|samboer|samboeren|eks|eksen|bror|broren|søster|søsteren|familie|familien|' +
  'lege|legen|fastlege|fastlegen|terapeut|terapeuten|psykolog|psykologen|fadder|fadderen|gutt|gutten|jente|jenta|barnebarn|barnebarna|svigermor|svigerfar|deling|delingen|historie|historien|situasjon|situasjonen|' +
  'tap|tapet|ekteskap|ekteskapet|ordene|ærlighet|ærligheten|mot|motet|styrke|styrken';
// What is said to a listener after a first "you": comfort, praise, a verdict. Only these, since a
// sentence that opens with "you" is as often the generic "you" of a share ("You walk on eggshells
// for years", "Du går på nåler i årevis"), which the guard leaves alone.
const EN_TO_LISTENER =
  `(?:${APOS}?re| are| r) (?:(?:so|really|very|truly|definitely|clearly|already|not) )?(?:not alone|brave|strong|stronger|loved|worth it|worthy|enough|doing (?:great|well|good|so well|the right thing|amazing)|` +
  `right|wrong|amazing|welcome|not crazy|not to blame|not responsible|in the right place|going to be (?:ok|okay|fine|alright)|gonna be (?:ok|okay|fine|alright)|safe here|an inspiration|` +
  `a (?:good|great|wonderful|strong|brave) (?:mum|mom|dad|mother|father|person|wife|husband)|not a bad|not the problem|not the one)|` +
  `(?:${APOS}?re| are) in (?:my|our) (?:prayers|thoughts|heart)|(?:${APOS}?ve| have) (?:got this|done (?:so well|nothing wrong|the right thing|enough|great|amazing)|every right|nothing to (?:be ashamed|feel guilty|apologi[sz]e))|` +
  ` got this| can do (?:this|it)|(?:${APOS}?re| are| r) [^.!?\\n]{1,30}? than (?:you|u) (?:think|know|realise|realize|believe)|(?:${APOS}ve got| have(?: got)?| got) (?:more|so much) [^.!?\\n]{1,20}?than (?:you|u)| deserve| matter| did (?:the right thing|nothing wrong|great|good|well|your best|everything you could|so well)| should be (?:so |really )?proud|` +
  `(?: will|${APOS}ll) (?:be (?:ok|okay|fine|alright)|get through|make it|find your way)| owe| already know| know (?:deep down|what you (?:need|have) to|you (?:need|have|can${APOS}?t|should|must))`;
const NB_TO_LISTENER =
  '(?:er|e) (?:(?:så|veldig|virkelig|ikke) )?(?:ikke alene|modig|sterk|sterkere|verdt det|god nok|bra nok|elsket|ikke gal|ikke skyld|ikke ansvarlig|på rett sted|trygg her|en inspirasjon|' +
  'en (?:god|flott|sterk|modig) (?:mor|far|mamma|pappa|person|kone|mann)|ikke problemet)|klarer (?:dette|det|deg)|fortjener|betyr noe|' +
  'gjorde (?:det rette|det riktige|ingenting galt|så godt|ditt beste|det bra|alt du kunne)|har (?:all rett|gjort (?:det riktige|det rette|ingenting galt|så godt)|ingenting å skamme)|' +
  'er i (?:mine|mitt|våre) (?:bønner|tanker|hjerte)|(?:er|har) [^.!?\\n]{1,30}? enn du (?:tror|vet|aner|skjønner)|(?:skal|kan|må) være (?:så )?stolt|kommer (?:til å klare|gjennom)|(?:vil|skal) klare|skylder|vet (?:allerede|innerst inne|hva du må|at du må|at du ikke kan|at du bør)';

const RULES: Rule[] = [
  // "your husband", "ur kids", "your share": the listener's people and story; not after "when".
  { re: phrase(`(?:your|ur|yer) (?:${EN_THEIRS})`), skip: (text, index) => generic(text, index) },
  // "mannen din", "barna dine", "kona di", "din sønn", "delingen din"
  { re: phrase(`(?:${NB_THEIRS}) (?:din|ditt|dine|di)|(?:din|ditt|dine) (?:${NB_THEIRS})`), skip: (text, index) => generic(text, index) },
  // "You are not alone", "You've got this", "u got this", "Du klarer dette", "Du er ikke alene":
  // at the start of a sentence or after a comma ("To the lady in blue, you're so brave").
  {
    re: phrase(`(?:(?:ps|p\\.s\\.|and|but|so|honestly|also|just know|remember|og|men|så|husk)[,:]? )?(?:(?:you|u)(?:${EN_TO_LISTENER})|du (?:${NB_TO_LISTENER}))`),
    // Not after a condition that picks out whoever is new: "If you are new, you are in the right
    // place", "Hvis du er ny, er du på rett sted" welcome the room's newcomers (unaddressed.ts).
    skip: (text, index) => (!isSentenceStart(text, index) && !/,\s*$/u.test(text.slice(Math.max(0, index - 4), index))) || afterNewcomerCondition(text, index),
  },
  // "It's not your fault", "none of this is your fault", "Det er ikke din feil", "ikke din skyld":
  // acquitting the listener, said to them as "You are not to blame" is (a fresh tester,
  // 2026-12-06: the English was refused, the bokmål went out). Told in a story it passes as
  // reported speech ("My sponsor told me: it's not your fault", "Hun sa: det er ikke din feil"),
  // and so does the generic "you" of a condition ("When your child drinks, it is not your fault").
  // Every match holds "fault", "feil" or "skyld": a share without them is not looked at.
  {
    re: phrase(
      `(?:not|(?:is|was|ai)n${A}?t|never|in no way|none of (?:this|it|that|what happened) (?:is|was)) (?:your|ur) fault|` +
        `(?:ikke|aldri|ingenting av (?:dette|det) er|ingenting av (?:dette|det) var) din (?:feil|skyld)|(?:ikke|aldri) (?:feilen|skylden) din|(?:du|dere) har (?:ingen|ikke noe|ikke) skyld`,
    ),
    skip: (text, index) => generic(text, index),
  },
  // "My heart goes out to you", "proud of you", "thinking of you", "jeg føler med deg", "stolt av deg"
  {
    re: phrase(
      `(?:goes out to|proud of|here for|thinking of|thinking about|praying for|rooting for|feel for|happy for|sorry for|glad for|better for|easier for|brave of|strong of|good on|good for) (?:you|u|ya)(?=\\s*[.!,]|\\s*$| for| to| that)|well done|` +
        `(?:går ut til|stolt av|her for|tenker på|ber for|heier på|føler med|glad på vegne av|lei meg på vegne av|bedre for|lettere for|modig av|sterkt av|bra av|godt av) (?:deg|dere)(?=\\s*[.!,]|\\s*$| å| at)|(?:bra|godt|sterkt) jobba|` +
        `(?:sending|sender) (?:you |deg |dere )?(?:love|hugs|strength|prayers|a hug|klemmer|en klem|styrke|varme tanker|gode tanker)`,
    ),
  },
  // "I'm with you", "with you all the way": standing by the listener. Not the room itself: "grateful
  // to be here with you", "to share this with you", "sitting with you tonight" speak to everyone
  // present, as "her med dere" does (a fresh tester's thanks to the room was called a reply).
  {
    re: phrase(`with (?:you|u|ya)(?=\\s*[.!,]|\\s*$| for| to| that| all the way| in this)`),
    skip: (text, index) => WITH_THE_ROOM.has(wordsBefore(text, index, 1)[0] ?? '') || generic(text, index),
  },
  // "I know how you feel.", "Jeg vet hvordan du har det.": telling the listener one knows their
  // feeling, as a sentence or a clause of its own (crosstalk.ts counts the same after a word of a
  // member's pseudonym). Not the generic "you" going on: "I know how you feel when your kid lies".
  {
    re: phrase(
      `i (?:know|understand|get) (?:exactly |just |so well )?(?:how (?:you|u) (?:feel|felt)|what (?:you|u) mean)|` +
        `jeg (?:vet|skj\u00F8nner|forst\u00E5r|kjenner) (?:s\u00E5 |godt |akkurat |veldig godt )?(?:hvordan (?:du|dere) har det|hva (?:du|dere) mener)`,
    ),
    skip: (text, index, match) => !/^\s*(?:[.!,\u2026]|$)/u.test(after(text, index, match)) || generic(text, index),
  },
  // The same in bokmål: "Jeg er med deg", "jeg står med deg hele veien" (a fresh tester found it
  // sent where "I'm with you" was stopped). "Med deg" is one listener ("her med dere" is the
  // room); the room's words and the generic "du" of a condition pass as in English ("Når du er
  // pårørende, er uroen alltid med deg").
  {
    re: phrase(`med deg(?=\\s*[.!,]|\\s*$| hele veien| i dette)`),
    skip: (text, index) => WITH_THE_ROOM_NB.has(wordsBefore(text, index, 1)[0] ?? '') || generic(text, index),
  },
  // "Sorry to hear about…", "so sorry you're going through this", "leit å høre", "lykke til"
  {
    re: phrase(
      `(?:so |really |very )?sorry to hear(?! myself)|sorry (?:that )?(?:you|u)(?:${A}re| are| have|${A}ve| had| went)|` +
        `(?:there${A}s )?no need to (?:apologi[sz]e|be sorry|feel (?:bad|guilty|ashamed)|explain)|(?:ikke )?(?:noe )?behov for å (?:be om unnskyldning|unnskylde|forklare)|yours (?:too|as well)|(?:ditt|din|dine) også(?=\\s*[.!]|\\s*$)|` +
        `(?:good|nice|lovely|great|comforting|helpful|reassuring|a relief) to hear (?:someone|somebody|you|u|others|another)|(?:godt|fint|deilig|trøstende|befriende) å høre (?:noen|deg|andre|at du)|` +
        `(?:big |warm |virtual |huge )?hugs? to (?:whoever|the|you|everyone who|anyone who)|(?:store |varme )?klemmer? til (?:den|deg|dere|alle som|han|hun)|` +
        `(?:hats off|kudos|respect|props) to (?:you|u)|hatten av for (?:deg|dere|at du)|(?:would|could|might|will|can)(?: really| definitely| also| so)? help (?:you|u)(?![\\p{L}])|(?:ville|kunne|vil|kan)(?: virkelig| nok| sikkert)? (?:hjelpe|hjulpet) (?:deg|dere)|` +
        `(?:love|hugs|prayers|strength|kjærlighet|klemmer|klem|styrke|tanker) (?:to|til) (?:the (?:${EN_PERSONS})|(?:hun|han|den|dama|damen|mannen|kvinnen|fyren) (?:med|som))|` +
        `(?:leit|trist|vondt|synd|fælt) å høre|lei meg for at du|(?:så |veldig |utrolig )?(?:leit|trist|vondt|fælt) at (?:du|dere) (?:har|er|må|går|opplever|sliter)|good luck(?! to me)|lykke til|welcome back|velkommen tilbake|glad (?:(?:that )?(?:you|u)(?:${A}re| are| came| made it| could make it| stayed| came back| found| joined| decided)(?! all\\b)|(?:for at )?du (?:fant|kom|er her|ble|valgte))|godt å se deg|good to see you|(?:fint|godt|deilig) at du (?:kom|er her|ble)|glad for at du (?:kom|er her)`,
    ),
  },
  // "Sounds like you need a sponsor", "seems like you already know", "høres ut som du trenger"
  {
    re: phrase(
      `(?:it )?(?:sounds|seems|looks|feels) (?:to me )?like (?:you|u)(?!\\s+(?:know|said))|` +
        // "Sounds like he's just using you": a verdict on the listener's people, with the listener in it.
        `(?:it )?(?:sounds|seems|looks) (?:to me )?like (?:he|she|they|your [\\p{L}]+)(?:${A}s| is| are|${A}re)(?=[^.!?\\n]*\\b(?:you|your|u|ur)\\b(?! know))|` +
        `(?:det )?(?:høres|virker|ser) (?:det )?(?:ut )?(?:for meg )?(?:som|som om) (?:han|hun|de)(?=[^.!?\\n]*(?<!\\p{L})(?:deg|du|din|ditt|dine)(?!\\p{L}))|` +
        `(?:det )?(?:høres|virker|ser) (?:det )?(?:ut )?(?:for meg )?(?:som|som om) (?:du|dere)`,
    ),
  },
];

/** Findings (crosstalkReply hints) where the share speaks to the listener; reported speech passes. */
export function findAddressed(text: string): Found[] {
  return findByRules(text, RULES, { kind: 'crosstalk', hint: HINTS.crosstalkReply, reportedPasses: true });
}
