// Sentences said to nobody in particular, which the server's model (model.ts) must not judge, and
// which the rules must not read as a reply either: a fresh tester (2026-12-06) had each refused.
//   - A welcome to newcomers said to the whole room, as a condition: "If you are new, you are in
//     the right place", "Hvis du er ny, er du på rett sted" (every format's opening says as much;
//     the "you" is whoever is new, not one member). An order after it stays the rules' finding:
//     "If you are new, you should get a sponsor", "If you are new, get a sponsor", "Hvis du er ny,
//     bør du skaffe deg en sponsor"; a slogan after it is the room's words ("…, keep coming back").
//   - "We" language about the speaker and everyone: "Vi burde alle være snillere mot oss selv",
//     "We should all be kinder to ourselves" (domain.md, "No advice": second-person directives and
//     naming a member are what the guard catches, not the speaker's "we").
//   - A plain statement with nothing in it said to anyone or telling anyone what to do: "Tante Kari
//     var den som fant ham" (a story), "Line one before the drop" (a test line). The model, whose
//     weights are mostly character n-grams, was sure of them (0.98) from their letters alone.
// Each is asked only of a sentence the model is already sure of, so a plain share costs nothing.
import { START, prepareRegex, preparedMatches, wordsBefore } from './patterns.js';
import { isReported } from './reported.js';
import { isSlogan } from './slogans.js';
import { EN_VERBS, NB_VERBS } from './verbs.js';
import { KIN, isFullNamePair } from './words.js';

// Constants, not inline: see FAREWELL_NEXT in recommend.ts (Issue 10).

/** A quotation mark or bracket that may open a sentence (\u00AB, \u201C: the bundle stays Latin-1). */
const LEAD = String.raw`^[\s"'\u00AB\u201C(]*(?:(?:and|but|so|og|men|s\u00E5)\s+)?`;

/**
 * A sentence opening with a condition that picks out whoever is new: "If you are new", "If
 * you're new here", "If this is your first meeting", "Hvis du er ny", "Om du er ny her",
 * "Er du ny,", "Hvis dette er ditt første møte".
 */
const NEWCOMER_CONDITION = new RegExp(
  LEAD +
    String.raw`(?:(?:if|when)\s+(?:(?:you|u)(?:'re|\u2019re|\s+are|\s+r)|ur|you(?:'ve|\u2019ve|\s+have)\s+just)\s+(?:just\s+)?(?:new|a\s+newcomer|joined|here\s+for\s+the\s+first\s+time|coming\s+for\s+the\s+first\s+time)` +
    String.raw`|(?:if|when)\s+(?:this|it|tonight|today)(?:'s|\u2019s|\s+is)\s+your\s+(?:very\s+)?(?:first|1st)\s+(?:meeting|time)` +
    String.raw`|(?:hvis|om|dersom|n\u00E5r)\s+(?:du|dere)\s+er\s+(?:helt\s+)?(?:ny|nye|nykommer|nykommere|her\s+for\s+f\u00F8rste\s+gang)` +
    String.raw`|(?:hvis|om|dersom|n\u00E5r)\s+(?:dette|det|kvelden|i\s+kveld)\s+er\s+(?:ditt|deres|det)\s+(?:aller\s+)?f\u00F8rste\s+(?:m\u00F8te|gang)` +
    String.raw`|er\s+(?:du|dere)\s+(?:helt\s+)?(?:ny|nye)(?:\s+her)?\s*,)(?![\p{L}])`,
  'iu',
);

/** Whoever is new, as a welcome names them: "our newcomer", "those who are new", "deg som er ny", "nykommeren". */
const NEW_ONES =
  String.raw`(?:(?:(?:the|our|all\s+the|all\s+our|any|every)\s+)?(?:newcomers?|new\s+(?:people|members?|ones?|faces?|person|friends?|comers?))` +
  String.raw`|(?:whoever|anyone|anybody|those|all\s+of\s+you|you)\s+(?:who\s+)?(?:is|are|(?:'|\u2019)s|(?:'|\u2019)re)\s+(?:new|here\s+for\s+the\s+first\s+time)` +
  String.raw`|(?:deg|den|han|hun)\s+som\s+er\s+(?:helt\s+)?(?:ny|her\s+for\s+f\u00F8rste\s+gang)|(?:dere|de|alle)\s+som\s+er\s+(?:helt\s+)?(?:nye|her\s+for\s+f\u00F8rste\s+gang)` +
  String.raw`|(?:alle\s+)?nykommer(?:en|ne|e)|(?:den|de|alle)\s+nye)(?:\s+(?:here|tonight|today|with\s+us|her|i\s+kveld|i\s+dag|med\s+oss))*`;
/** "Welcome", "a special welcome", "en hjertelig velkommen": the welcome itself, before "to" / "til". */
const WELCOME_WORD = String.raw`(?:(?:a|an|en|et)\s+)?(?:(?:very|special|warm|big|hearty|heartfelt|s\u00E6rlig|spesiell|varm|stor|hjertelig|ekstra)\s+)?(?:welcome|velkommen)`;

/**
 * Whoever is new, called by it right after "welcome" (the vocative): "Welcome, newcomer", "Welcome
 * newcomers", "Velkommen, nykommer", "Velkommen, du som er ny" (a fresh tester, 2026-12-06, had
 * "Welcome, newcomer. You are in the right place." refused as a reply where "Welcome to the
 * newcomer. …" passed). NEW_ONES, and the forms one calls someone by: "nykommer", "du som er ny".
 */
const CALLED_NEW =
  String.raw`(?:${NEW_ONES}|(?:(?:my|dear|kj\u00E6re)\s+)?(?:newcomers?|new\s+(?:friends?|ones?)|nykommere?|nye\s+venner?)|(?:du|dere)\s+som\s+er\s+(?:helt\s+)?(?:ny|nye|her\s+for\s+f\u00F8rste\s+gang))` +
  String.raw`(?:\s+(?:here|tonight|today|her|i\s+kveld|i\s+dag))*`;

/**
 * The speaker's words that lead up to a welcome inside its sentence: "I just want to say", "Can I
 * just say", "We'd like to", "Let me", "Jeg vil bare si", "Vil bare si", "Jeg har lyst til å si",
 * "Og så vil jeg". What follows is the welcome as it would open a sentence (NEWCOMER_WELCOME), or
 * "welcome" / "ønske … velkommen" as a verb ("I want to welcome the newcomers", "Jeg vil ønske
 * deg som er ny velkommen").
 */
const WELCOME_FRAME =
  String.raw`(?:(?:also|just|s\u00E5|ogs\u00E5|bare)\s*,?\s+)*` +
  String.raw`(?:(?:(?:i|we)\s+)?(?:(?:just|only|also|really|simply)\s+)*(?:want(?:ed)?\s+to|would\s+(?:just\s+|really\s+)?like\s+to)|(?:i|we)(?:'|\u2019)d\s+(?:just\s+|really\s+)?like\s+to` +
  String.raw`|(?:i|we)(?:(?:'|\u2019)ll|\s+will)|let\s+me|(?:can|may|could)\s+(?:i|we)|(?:i|we)(?=\s+(?:(?:just|also)\s+)*say\s)` +
  String.raw`|(?:(?:jeg|vi)\s+)?(?:vil|ville|skal|m\u00E5|kan)(?:\s+(?:jeg|vi))?|(?:(?:jeg|vi)\s+)?har\s+lyst\s+til\s+\u00E5|la\s+meg|(?:jeg|vi)(?=\s+(?:(?:bare|ogs\u00E5)\s+)*sier\s))\s+` +
  String.raw`(?:(?:just|also|really|bare|ogs\u00E5|gjerne|nok)\s+)*`;

/**
 * A sentence opening with a welcome to whoever is new, or words addressed to them as such: "Welcome
 * to our newcomer", "A special welcome to those who are new", "To the newcomer:", "Velkommen til
 * deg som er ny", "Til nykommeren:". Every format's opening says as much, and the chair's bar
 * suggests "a special welcome to whoever is new": said to the room, not a reply to one member.
 * So is a welcome the speaker leads up to (WELCOME_FRAME): "I just want to say welcome to the
 * newcomer", "Jeg vil bare si velkommen til deg som er ny", "Can I just say to the newcomer,
 * welcome", "Vil bare si til den nye: velkommen" (a fresh tester, 2026-12-06, had the bokmål
 * refused where the opening form passed); there the words to them must be a welcome.
 */
const NEWCOMER_WELCOME = new RegExp(
  LEAD +
    String.raw`(?:${WELCOME_WORD}\s+(?:to|til)\s+${NEW_ONES}(?![\p{L}])` +
    String.raw`|(?:welcome|velkommen)\s*[,:\u2013\u2014-]?\s+${CALLED_NEW}(?![\p{L}])` +
    String.raw`|(?:to|til)\s+${NEW_ONES}\s*[,:\u2013\u2014-]` +
    String.raw`|${WELCOME_FRAME}(?:(?:say|si|sier)\s+)?(?:${WELCOME_WORD}\s+(?:to|til)\s+${NEW_ONES}(?![\p{L}])|(?:to|til)\s+${NEW_ONES}\s*[,:\u2013\u2014-]\s*${WELCOME_WORD}(?![\p{L}]))` +
    String.raw`|${WELCOME_FRAME}(?:welcome\s+${NEW_ONES}(?![\p{L}])|(?:\u00F8nske|\u00F8nsker)\s+${NEW_ONES}\s+(?:(?:hjertelig|varmt|s\u00E6rlig|spesielt|ekstra)\s+)?velkommen(?![\p{L}])))`,
  'iu',
);

/** Where the clauses after a newcomer's condition or welcome part. */
const CLAUSE_BREAK = /[,:;\u2013\u2014]/u;
/** Words a clause may open with before its verb: "and", "so", "then". */
const CLAUSE_LEAD = /^(?:and|og|s\u00E5|so|then)\s+/iu;

/**
 * Whether `sentence` opens with a condition addressed to whoever is new in the room (see above),
 * or a welcome to them (NEWCOMER_WELCOME), and no clause after it opens with an order: "If you
 * are new, get a sponsor", "Hvis du er ny, så gå på nitti møter", "To the newcomer: get a sponsor"
 * are advice to the newcomer, and still judged. A slogan is the room's words ("…, keep coming back").
 */
export function toNewcomers(sentence: string): boolean {
  const m = NEWCOMER_CONDITION.exec(sentence) ?? NEWCOMER_WELCOME.exec(sentence);
  if (m === null) return false;
  const clauses = sentence.slice(m.index + m[0].length).split(CLAUSE_BREAK).slice(1);
  // A closing separator of the welcome itself ("To the newcomer:") is in its match: the first
  // clause after it is what is said to them.
  if (CLAUSE_BREAK.test(m[0].slice(-1))) clauses.unshift(sentence.slice(m.index + m[0].length).split(CLAUSE_BREAK)[0] ?? '');
  return clauses.every((c) => {
    const after = c.trimStart().replace(CLAUSE_LEAD, '');
    return !ORDER_FIRST.test(after) || isSlogan(after, 0);
  });
}

/**
 * A promise about the listener's life: "it gets better", "it'll be okay", "things get easier",
 * "det blir bedre", "det går over", "alt blir bra", "det ordner seg". After a welcome it tells the
 * newcomer how their life will go, a reply to them as the corpus labels it ("To the newcomer:
 * welcome, it gets better"; aimed.ts makes such a promise with a condition advice), not the room's
 * welcome. In the present or future only: "for me it got better" is the speaker's own story. Not
 * before "to" / "å": "it will be good to have you here" is a welcome's.
 */
const PROMISE_BODY =
  String.raw`(?:it|things|life|everything|this)(?:\s+(?:gets|get|will\s+get|does\s+get|can\s+get|is\s+going\s+to\s+get|is\s+gonna\s+get)|(?:'|\u2019)ll\s+get|(?:'|\u2019)s\s+(?:going\s+to|gonna)\s+get)\s+(?:(?:so\s+much|a\s+lot|way|much)\s+)?(?:better|easier|lighter)` +
  String.raw`|(?:it|things|everything|this)(?:\s+(?:will|is\s+going\s+to|is\s+gonna)|(?:'|\u2019)ll|(?:'|\u2019)s\s+(?:going\s+to|gonna))\s+be\s+(?:ok|okay|alright|all\s+right|fine|better|easier)` +
  String.raw`|(?:it|this)(?:\s+(?:will\s+)?pass(?:es)?|(?:'|\u2019)ll\s+pass)` +
  String.raw`|(?:det|livet|ting|alt)\s+(?:blir|kommer\s+til\s+\u00E5\s+bli|vil\s+bli|skal\s+bli)\s+(?:(?:s\u00E5\s+mye|mye)\s+)?(?:bedre|lettere)` +
  String.raw`|alt\s+(?:blir|kommer\s+til\s+\u00E5\s+bli|vil\s+bli|skal\s+bli|kommer\s+til\s+\u00E5\s+g\u00E5)\s+(?:bra|greit|fint)` +
  String.raw`|det\s+(?:kommer\s+til\s+\u00E5|vil|skal)\s+g\u00E5\s+(?:bra|fint|greit|over)|det\s+g\u00E5r\s+over|det\s+(?:ordner|l\u00F8ser)\s+seg`;
const PROMISE_TAIL = String.raw`(?![\p{L}])(?!\s+(?:to|\u00E5)(?![\p{L}]))`;
const PROMISE = new RegExp(String.raw`(?<![\p{L}])(?:${PROMISE_BODY})${PROMISE_TAIL}`, 'iu');
/** Every promise in a text (promisesAfterWelcome), prepared: most shares lack its words, and are not scanned (literals.ts). */
const P_PROMISES = prepareRegex(new RegExp(`${START}(?:${PROMISE_BODY})${PROMISE_TAIL}`, 'giu'));

/**
 * Whether the sentence holding `index` of `text` opens with a welcome to whoever is new
 * (NEWCOMER_WELCOME): "Velkommen til deg som er ny" for the finding "til deg som", "Welcome to our
 * newcomer, you are in the right place" for "you are in the right place", "To the newcomer:
 * welcome, I am glad you came". What is said to them there is said to the room; an order there
 * is the advice rules' finding, as any order is. Only asked of a finding.
 */
export function inNewcomerWelcome(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && !STOP.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && !STOP.test(text[end]!)) end++;
  const sentence = text.slice(start, end);
  return (NEWCOMER_WELCOME.test(sentence) && !PROMISE.test(sentence)) || followsNewcomerWelcome(text, start, sentence);
}

/** A sentence's end: ".", "!", "?", "…" or a line break. */
const STOP = /[.!?\n\u2026]/u;
/** A sentence's end with the space around it, stepped over back to the sentence before. */
const STOP_OR_SPACE = /[\s.!?\u2026]/u;

/** The room's place and time after a follow-up: "…, here tonight", "… i kveld". */
const FOLLOW_UP_TAIL = String.raw`(?:\s+(?:here|tonight|today|with\s+us|in\s+this\s+room|her|i\s+kveld|i\s+dag|med\s+oss|i\s+dette\s+rommet))*`;
/** One clause of a welcome's follow-up (WELCOME_FOLLOW_UP). */
const FOLLOW_UP_CLAUSE =
  // "You are in the right place", "you're so welcome here", "you're among friends"
  String.raw`(?:(?:you|u)(?:'|\u2019)?re|(?:you|u)\s+(?:are|r)|ur|you\s+all\s+are)\s+(?:(?:so|very|most|really|truly|absolutely|more\s+than|all|exactly)\s+)*(?:welcome|in\s+the\s+right\s+place|where\s+you\s+(?:need\s+to|belong|should|ought\s+to|are\s+meant\s+to)(?:\s+be)?|among\s+friends)` +
  // "(We're) so glad you came", "I'm happy you found us", "glad to have you"
  String.raw`|(?:(?:i|we)(?:(?:'|\u2019)m|(?:'|\u2019)re|\s+am|\s+are)\s+)?(?:(?:so|really|very|truly|just)\s+)*(?:glad|happy|pleased|grateful|thankful)\s+(?:that\s+)?(?:(?:you|u)(?:(?:'|\u2019)re|\s+are)\s+(?:here|with\s+us)|(?:you|u)\s+(?:came|made\s+it|found\s+us|found\s+your\s+way(?:\s+here)?|joined(?:\s+us)?|could\s+(?:come|make\s+it)|decided\s+to\s+come)|to\s+have\s+you)` +
  // "It's good that you came", "so good to have you here"
  String.raw`|(?:it(?:(?:'|\u2019)s|\s+is)\s+)?(?:(?:so|really|very)\s+)?(?:good|great|nice|lovely|wonderful)\s+(?:that\s+(?:you|u)\s+(?:came|made\s+it|found\s+us)|that\s+(?:you|u)(?:(?:'|\u2019)re|\s+are)\s+here|to\s+(?:have|see)\s+you)` +
  String.raw`|(?:thank\s+you|thanks)\s+for\s+(?:coming|being\s+here|joining(?:\s+us)?)|(?:(?:please|just|and)\s+)?keep\s+coming(?:\s+back)?` +
  // "Du er på rett sted", "dere er hjertelig velkomne", "du er blant venner"
  String.raw`|(?:du|dere)\s+er\s+(?:(?:s\u00E5|veldig|hjertelig|mer\s+enn|absolutt|helt)\s+)*(?:velkommen|velkomne|p\u00E5\s+(?:rett|riktig)\s+sted|blant\s+venner)` +
  // "(Jeg er) så glad for at du kom", "vi er glade for at dere fant veien hit"
  String.raw`|(?:(?:jeg|vi)\s+er\s+)?(?:(?:s\u00E5|veldig|kjempe|utrolig)\s+)*(?:glad|glade|takknemlig|takknemlige)\s+(?:for\s+)?at\s+(?:du|dere)\s+(?:kom(?:\s+hit)?|er\s+her|fant\s+(?:oss|veien\s+hit|hit)|ble\s+med|valgte\s+\u00E5\s+komme)` +
  // "Godt at du kom", "så fint å ha deg her", "takk for at du kom"
  String.raw`|(?:det\s+er\s+)?(?:(?:s\u00E5|veldig)\s+)?(?:godt|fint|flott|deilig|bra|kjekt|koselig)\s+(?:at\s+(?:du|dere)\s+(?:kom(?:\s+hit)?|er\s+her|fant\s+(?:oss|veien\s+hit|hit)|ble\s+med)|\u00E5\s+(?:ha|se)\s+(?:deg|dere))` +
  String.raw`|takk\s+for\s+at\s+(?:du|dere)\s+(?:kom|er\s+her|ble\s+med)|(?:(?:bare|og)\s+)?(?:fortsett\s+\u00E5\s+komme(?:\s+tilbake)?|kom\s+tilbake(?:\s+igjen)?)`;
/**
 * A whole sentence of welcoming words to whoever is new, as one follows a welcome: "You are in the
 * right place", "We're so glad you came", "Keep coming back", "Du er på rett sted", "Godt at du
 * kom", "Fortsett å komme". Nothing else may be in it: an order or a promise about their life
 * ("You are in the right place, get a sponsor", "It gets better") is not a welcome's.
 */
const WELCOME_FOLLOW_UP = new RegExp(
  String.raw`${LEAD}(?:${FOLLOW_UP_CLAUSE})${FOLLOW_UP_TAIL}(?:\s*(?:,|;|\u2013|\u2014|-|\s(?:and|og|so|s\u00E5))\s*(?:${FOLLOW_UP_CLAUSE})${FOLLOW_UP_TAIL})*[^\p{L}\p{N}]*$`,
  'iu',
);

/**
 * Whether `sentence`, at `start` of `text`, is a welcome's follow-up (WELCOME_FOLLOW_UP) right
 * after a welcome to whoever is new, perhaps after other follow-ups: "Velkommen til deg som er ny.
 * Du er på rett sted.", "Welcome to our newcomer. You are in the right place. Keep coming back."
 * (a fresh tester, 2026-12-06, had the second sentence refused as a reply). Said to whoever is
 * new, as the welcome is: to the room. A welcome with a promise in it ("Welcome, it gets better")
 * is a reply, and so is what follows it. Asked only of a finding, or of a sentence the model is
 * already sure of.
 */
export function followsNewcomerWelcome(text: string, start: number, sentence: string): boolean {
  if (!WELCOME_FOLLOW_UP.test(sentence)) return false;
  const welcome = welcomeBefore(text, start);
  return welcome !== null && !PROMISE.test(welcome);
}

/**
 * The welcome to whoever is new (NEWCOMER_WELCOME) that the sentence starting at `start` of `text`
 * follows: the sentence before it, or the one before at most three welcoming follow-ups
 * (WELCOME_FOLLOW_UP); null when there is none.
 */
function welcomeBefore(text: string, start: number): string | null {
  let end = start;
  for (let k = 0; k < 4; k++) {
    while (end > 0 && STOP_OR_SPACE.test(text[end - 1]!)) end--;
    if (end === 0) return null;
    let from = end;
    while (from > 0 && !STOP.test(text[from - 1]!)) from--;
    const before = text.slice(from, end);
    if (NEWCOMER_WELCOME.test(before)) return before;
    if (!WELCOME_FOLLOW_UP.test(before)) return null;
    end = from;
  }
  return null;
}

/**
 * The promises about the listener's life (PROMISE) after a welcome to whoever is new: in its own
 * sentence ("Welcome to the newcomer, it'll be okay"), in the sentence right after it, or after
 * its welcoming follow-ups ("Welcome to the newcomer. It gets better.", "Velkommen til deg som er
 * ny. Det blir bedre.", "Welcome to our newcomer. Keep coming back. It gets better."). They tell
 * the newcomer how their life will go, a reply to them (a fresh tester, 2026-12-06, had the two
 * sentences pass): crosstalk, which inNewcomerWelcome leaves standing. Each `{ index, match }` quotes the promise as written in
 * `text`. A promise told in a story ("they told me it gets better") is the speaker's, as reported
 * speech is elsewhere. Most shares hold no promise's words, and cost the literal check only
 * (P_PROMISES).
 */
export function promisesAfterWelcome(text: string): { index: number; match: string }[] {
  const out: { index: number; match: string }[] = [];
  for (const { index, match } of preparedMatches(text, P_PROMISES)) {
    let start = index;
    while (start > 0 && !STOP.test(text[start - 1]!)) start--;
    const welcomed = NEWCOMER_WELCOME.test(text.slice(start, index)) || welcomeBefore(text, start) !== null;
    if (!welcomed || isReported(text, index, match)) continue;
    out.push({ index, match });
  }
  return out;
}

/**
 * Whether the sentence holding `index` of `text` opens with such a condition, before `index`:
 * "If you are new, you are in the right place" for the finding "you are in the right place".
 */
export function afterNewcomerCondition(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && !/[.!?\n\u2026]/u.test(text[start - 1]!)) start--;
  return toNewcomers(text.slice(start, index));
}

/** A sentence whose subject is the speaker with everyone: "Vi burde alle…", "We should all…", "Let's…". */
const WE_SUBJECT = new RegExp(
  LEAD + String.raw`(?:(?:maybe|perhaps|i\s+think|kanskje|jeg\s+tror)\s+)?(?:we|vi|all\s+of\s+us|each\s+of\s+us|alle\s+vi|hver\s+av\s+oss|hver\s+og\s+en\s+av\s+oss|let's|let\u2019s|let\s+us|la\s+oss)(?![\p{L}'\u2019])`,
  'iu',
);

/** A word of the listener's: "you", "your", "u", "du", "deg", "din", "dere"… */
const SECOND_PERSON =
  /(?<![\p{L}\p{N}])(?:you|your|yours|yourself|yourselves|u|ur|ya|yer|youre|youve|youll|youd|y'all|du|deg|din|ditt|dine|di|dere|deres|dokker|d\u00E6)(?![\p{L}\p{N}])/iu;

/** Whether `sentence` is "we" language: its subject is "we" ("vi"), and no listener is in it. */
export function weLanguage(sentence: string): boolean {
  return WE_SUBJECT.test(sentence) && !SECOND_PERSON.test(sentence);
}

/** An order's verb first in the sentence, perhaps after a softener ("Just leave", "Bare gå"). */
const ORDER_FIRST = new RegExp(
  LEAD + String.raw`(?:(?:just|please|pls|simply|now|then|bare|n\u00E5|f\u00F8rst|heller)\s+)?(?:don't|don\u2019t|do\s+not|never|ikke|aldri|${EN_VERBS}|${NB_VERBS})(?![\p{L}'\u2019])`,
  'iu',
);

/**
 * Words that tell someone what to do, or weigh a course of action, without a "you": "should",
 * "must", "better", "try", "burde", "bør", "må", "lurt", "prøv"; an infinitive or a conditional
 * ("The only way out is to leave", "Det ville vært snillest å kaste ham ut", "Kicking him out
 * would be the kindest thing", as the model exists to catch); and words of another's share
 * ("hun som nevnte bryllupet, jeg håper det går bra").
 */
const DIRECTION =
  /(?<![\p{L}\p{N}])(?:should|shouldn't|shouldnt|must|mustn't|ought|need|needs|needed|have\s+to|has\s+to|got\s+to|gotta|better|best|important|try|trying|recommend|suggest|advice|advise|would|could|might|to|only|answer|solution|key|trick|works|helps|kindest|wisest|smartest|burde|b\u00F8r|m\u00E5|m\u00E5tte|trenger|lurt|lurest|lureste|bedre|beste|viktig|pr\u00F8v|pr\u00F8ve|anbefal\p{L}*|r\u00E5d\p{L}*|\u00E5|ville|kunne|skulle|eneste|svaret|l\u00F8sningen|n\u00F8kkelen|trikset|virker|hjelper|snillest|klokest|smartest|said|says|shared|sharing|share|mentioned|sa|sier|delte|deler|deling\p{L}*|nevnte)(?![\p{L}\p{N}])/iu;

/**
 * Whether `sentence` holds something said to someone or telling someone what to do: a word of the
 * listener's, a question, an order's verb first, or a word of direction or of another's share
 * (see DIRECTION). `named`: whether a name of someone in the room is in it (the caller knows).
 * A sentence with none of these is a plain statement, and no advice or reply.
 */
export function addressesSomeone(sentence: string, named: boolean): boolean {
  return named || SECOND_PERSON.test(sentence) || /\?\s*$/u.test(sentence) || ORDER_FIRST.test(sentence) || DIRECTION.test(sentence);
}

/**
 * Whether `sentence` names someone in the room (`names`: the room's names, global, as model.ts
 * makes them) other than after a family word: "Tante Kari var den som fant ham", "min søster
 * Sol" speak of someone outside the meeting who shares a member's name, and so does a full name
 * ("Per Hansen fra barnevernet", surnameAfter); crosstalk.ts reads them so too. Asked only of a
 * sentence over the model's threshold that may hold a name.
 */
export function namesMember(sentence: string, names: RegExp): boolean {
  names.lastIndex = 0;
  for (let m = names.exec(sentence); m !== null; m = names.exec(sentence)) {
    if (m[0].length === 0) names.lastIndex++;
    else if (!wordsBefore(sentence, m.index, 1).some((w) => KIN.has(w)) && !surnameAfter(sentence, m.index + m[0].length, m[0])) {
      names.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** One space and a capitalised word after a name: the surname of "Kari Nordmann" (group 1). */
const NEXT_CAPITALISED = /^ (\p{Lu}[\p{L}\p{M}'\u2019-]*)/u;

/**
 * Whether the one-word name `match`, ending at `end` of `text`, opens the full name of someone
 * else: a given name, one space and a capitalised surname ("Kari Nordmann på kommunen ringte", "Per
 * Hansen from the school"). That is a third party named in full, which pii.ts gives the full-name
 * hint, not the member Kari spoken to (a fresh tester, 2026-12-06, was told only «Kari» was
 * crosstalk). A name followed by a comma, or of two words or more, is not asked. crosstalk.ts
 * and namesMember (for the model) both read it so.
 */
export function surnameAfter(text: string, end: number, match: string): boolean {
  return surnameEnd(text, end, match) >= 0;
}

/** Where the surname surnameAfter finds after `match` (ending at `end` of `text`) ends, or -1 when it finds none. */
export function surnameEnd(text: string, end: number, match: string): number {
  if (/\s/u.test(match) || text.charCodeAt(end) !== 32) return -1;
  const next = NEXT_CAPITALISED.exec(text.slice(end, end + 40));
  return next !== null && isFullNamePair(match.replace(/['\u2019]?s$/u, ''), next[1]!) ? end + next[0].length : -1;
}

/** Words before "with you" where "you" is the room, not one listener ("be here with you", "share this with you"). */
export const WITH_THE_ROOM: ReadonlySet<string> = new Set(['here', 'there', 'tonight', 'today', 'be', 'being', 'been', 'sit', 'sitting', 'share', 'sharing', 'shared', 'this', 'that', 'it', 'talk', 'talking', 'speak', 'speaking', 'meet', 'meeting', 'online', 'together']);

/** The same words in bokm\u00E5l: "\u00E5 v\u00E6re her med deg", "dele dette med deg" speak to everyone present. */
export const WITH_THE_ROOM_NB: ReadonlySet<string> = new Set(['her', 'der', 'kveld', 'dag', 'v\u00E6re', 'sitte', 'sitter', 'dele', 'deler', 'delt', 'delte', 'snakke', 'prate', 'm\u00F8te', 'sammen', 'dette', 'det']);

/** Words of an order or a weighing of one: with one, "with you" is not taken for the room. */
const OUGHT =
  /(?<![\p{L}\p{N}])(?:should|shouldn't|shouldnt|must|mustn't|ought|need|needs|have\s+to|has\s+to|got\s+to|gotta|better|best|try|burde|b\u00F8r|m\u00E5|m\u00E5tte|trenger|lurt|lurest|bedre|beste|pr\u00F8v|pr\u00F8ve)(?![\p{L}\p{N}])/iu;

/** "with you (all)", "med deg", "med dere (alle)": the words the room is named by after such a word. */
const WITH_YOU = /(?<![\p{L}\p{N}])(?:with\s+(?:you|u|ya)(?:\s+(?:all|guys|everyone|tonight|today|again|every\s+week|here))?|med\s+(?:deg|dere)(?:\s+(?:alle(?:\s+sammen)?|i\s+kveld|i\s+dag|igjen|hver\s+uke|her))?)(?![\p{L}\p{N}])/giu;

/**
 * The [start, end) spans of `sentence` where the room is named "you" after sharing, being or
 * sitting with it: "It means a lot to share this with you", "Det betyr mye \u00E5 dele dette med
 * deg", "sitting with you tonight" (the rules, addressed.ts, let these pass by the same words;
 * the model, which learnt "with you" from shares standing by one member, was sure of them, 0.97-0.98).
 * Empty when there are none. model.ts judges the sentence on what is left without them.
 */
export function roomWithYouSpans(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  // "Han burde snakke med deg", "You need to be here with your sponsor": an order is judged whole.
  if (OUGHT.test(sentence)) return out;
  WITH_YOU.lastIndex = 0;
  for (let m = WITH_YOU.exec(sentence); m !== null; m = WITH_YOU.exec(sentence)) {
    const before = wordsBefore(sentence, m.index, 1)[0] ?? '';
    if ((/^w/iu.test(m[0]) ? WITH_THE_ROOM : WITH_THE_ROOM_NB).has(before)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
