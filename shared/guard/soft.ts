// Advice made soft or made a fact: "it might be worth…", "maybe consider…", "could be an idea
// to…", "quick tip:", "I'd gently suggest…", "one option is to…"; and "what you need is…", "the
// answer is to…", "det du trenger er…", "løsningen er å…". A softer wording is still telling
// someone else what to do (domain.md, "No advice"). Each rule keeps to the present or the
// conditional and to a listener: the speaker's own past ("it was worth it", "the answer for me
// was"), their own thought ("I thought it might be worth calling my sponsor, so I did") and
// "for me" are experience and pass.
import { APOS, phrase, textAfter, wordsBefore } from './patterns.js';
import { afterOwnThought } from './questions.js';
import type { AdviceRule } from './rules.js';

const after = textAfter;
const A = `${APOS}?`;
/** The suggestion is the speaker's own: "I thought it might be worth…", "…for me". */
const own = (text: string, index: number, match: string): boolean =>
  afterOwnThought(text, index) ||
  /\b(?:for|to|til) (?:me|meg|myself)\b/iu.test(wordsBefore(text, index, 4).reverse().join(' ')) ||
  /^[^.!?\n]{0,12}?\b(?:for (?:me|meg|myself|min del|oss)|til meg selv)\b/iu.test(after(text, index, match));
/** "was worth a try", "har vært verdt": the speaker's past, not a suggestion. */
const pastBefore = (text: string, index: number): boolean =>
  wordsBefore(text, index, 2).some((w) => /^(?:was|were|been|wasn't|had|var|vært|ble)$/u.test(w));

// ---- English ----
const EN_SOFT: AdviceRule[] = [
  {
    // "It might be worth talking…", "could be an idea to…", "it may help to…"
    re: phrase(
      `(?:it )?(?:might|may|could|would|will|can|should)(?: well| also| just| really| definitely)? (?:be (?:worth|an idea|a (?:good |nice |smart )?idea|a thought|helpful|useful|worthwhile|wise|smart) (?:to|if you|[\\p{L}]+ing)|help (?:to|if you|you to))`,
    ),
    skip: (text, index, match) => own(text, index, match) || (/^would help/iu.test(match) && pastBefore(text, index)),
  },
  // "It might be good to give yourself time", "could be kind to let yourself rest": a weaker word
  // than "worth", so only with the listener later in the sentence.
  {
    re: phrase(`(?:it )?(?:might|may|could|would|will|can)(?: well| also| just| really| definitely| probably)? be (?:good|nice|better|best|healthy|kind|kinder|important|a kindness|healing) to(?! (?:see|hear|meet|have|be with) )(?=[^.!?\\n]*\\b(?:you|your|yourself|u|ur)\\b)`),
    skip: (text, index, match) => own(text, index, match) || pastBefore(text, index),
  },
  // "Det kunne vært fint å skrive ned…": a weaker word than "lurt", so only with the listener in the sentence.
  {
    re: phrase('(?:det )?(?:kan|kunne|vil|ville|hadde)(?: det)?(?: kanskje| nok| sikkert)? (?:vært|være) (?:fint|godt|bra|sunt|deilig) å(?=[^.!?\\n]*(?<!\\p{L})(?:du|deg|din|ditt|dine|dere)(?!\\p{L}))'),
    skip: (text, index, match) => own(text, index, match) || pastBefore(text, index),
  },
  // "I'd encourage you to…", "jeg vil oppfordre deg til…", "the best advice I can give is…"
  {
    re: phrase(
      `i(?:${APOS}d| would| will)? (?:[\\p{L}]+ly |really |just )?(?:encourage|urge|invite|challenge) (?:you|u)|(?:the )?(?:best|only|one) (?:advice|tip|suggestion) i (?:can|could|would|${APOS}d) (?:give|offer)|` +
        `jeg (?:vil |ville |kan |kunne )?(?:[\\p{L}]+ )?(?:oppfordre|oppfordrer|oppmuntre|oppmuntrer|utfordre|utfordrer) (?:deg|dere)|(?:det )?(?:beste|eneste) (?:rådet|tipset) jeg kan gi`,
    ),
  },
  // "Maybe it's time to put yourself first": time to…, with the listener in the sentence.
  { re: phrase(`(?:maybe |perhaps )?it(?:${APOS}s| is) (?:about |high |probably )?time (?:to|for you)(?=[^.!?\\n]*\\b(?:you|your|yourself|u|ur)\\b)`) },
  // "Wouldn't hurt to talk to a lawyer", "no harm in trying", "det skader ikke å", "ingen skade i å"
  {
    re: phrase(
      `(?:it )?(?:wouldn${APOS}?t|won${APOS}?t|doesn${APOS}?t|can${APOS}?t|couldn${APOS}?t) hurt (?:to|if you)|(?:there${APOS}?s |there is )?no harm in|` +
        `(?:det )?(?:skader ikke|kan ikke skade|skader ingenting) å|ingen skade i å|verdt å (?:tenke på|prøve|vurdere|sjekke|se på)`,
    ),
    skip: (text, index, match) => pastBefore(text, index) || own(text, index, match),
  },
  // "If I could suggest one thing…", "Hvis jeg kan foreslå én ting…"
  { re: phrase('if i (?:could|can|may|might) (?:suggest|recommend|offer|give) (?:one|a|some|any)|(?:hvis|om) jeg (?:kan|kunne|får) (?:foreslå|anbefale|gi|komme med) (?:én|en|ett|et)') },
  // "Best to keep your distance", "Best å holde avstand", "Whats the harm in…?": at a sentence's start.
  { re: phrase(`best (?:to|not to|å|ikke å)|what${APOS}?s the harm in|what is the harm in|hva er skaden (?:i|ved) å|(?:about |high )?time (?:to|for you)(?=[^.!?\\n]*\\b(?:you|your|yourself|u|ur)\\b)|(?:på )?(?:høy )?tide? å(?=[^.!?\\n]*(?<!\\p{L})(?:deg|du|din|ditt|dine)(?!\\p{L}))`), sentenceStart: true },
  // "I'd be careful trusting him", "jeg ville vært forsiktig med å…", "det kan hjelpe å…"
  { re: phrase(`i(?:${APOS}d| would) be (?:careful|wary|cautious|very careful)|jeg ville (?:ha )?vært (?:forsiktig|varsom)|(?:det )?(?:kan|kunne|vil|ville) (?:nok |kanskje |også )?hjelpe å`), skip: own },
  // "Might be time to think about yourself", "kanskje på tide å…"
  { re: phrase(`(?:it )?(?:might|may|could) (?:well )?be (?:about |high )?time (?:to|for you)|kanskje (?:det er )?(?:på (?:høy )?tide|på tide) å`), skip: own },
  { re: phrase('worth (?:a (?:try|shot|go|look)|considering|looking into|trying|thinking about|checking out)'), skip: (text, index, match) => pastBefore(text, index) || own(text, index, match) },
  {
    // "One option is to…", "another idea would be to…"
    re: phrase(`(?:one|another|an|the other|a good|a better|a) (?:option|alternative|idea|possibility|approach) (?:is|${APOS}s|would be|could be|might be|may be) (?:to|that you|for you)`),
    skip: own,
  },
  {
    // "quick tip:", "just a small tip,", "a thought:", "food for thought", "if you want my opinion"
    re: phrase(
      `(?:(?:just )?(?:a |one )?(?:quick|small|little|pro|friendly|helpful|gentle|tiny) (?:tip|hint|suggestion|reminder)|just (?:a|one) (?:tip|suggestion|thought|idea)|a thought(?=\\s*[:,-])|food for thought|something to (?:consider|think about|keep in mind|try)|` +
        `if you (?:want|ask for|asked for|care for) my (?:opinion|advice|two cents|take)|if you ask me|not to tell you what to do|(?:i${A}m )?just saying|for what it${A}s worth,? i(?:${A}d| would)|(?:i know )?we don${A}t (?:give|do) advice(?: here)?,? but|not (?:trying )?to give advice,? but)`,
    ),
  },
  // "I'd gently suggest…", "I would really recommend…" (recommend.ts has the plain forms).
  { re: phrase(`i(?:${APOS}d| would| will)? (?:[\\p{L}]+ly|really|just|only) (?:advise|recommend|suggest|urge)(?! myself)`) },
  // "You might find the big book helpful", "du vil kanskje finne store boka nyttig"
  { re: phrase('(?:you|u) (?:might|may|could|will|would|${APOS}ll) (?:also )?find [^.!?\\n]{1,40}? (?:helpful|useful|helps|a help)|(?:du|dere) (?:vil|kan|kunne|ville) (?:kanskje )?finne [^.!?\\n]{1,40}? (?:nyttig|nyttige|til hjelp|hjelpsom)'.replace('${APOS}', APOS)) },
  // "You may wish to…", "you might like to…"
  { re: phrase('(?:you|u) (?:may|might|could) (?:wish|like) to|(?:you|u) (?:could|may|might|can) (?:consider|look into|think about)') },
  // "It'd do you good", "it would be good for you to", "the sooner you leave the better"
  {
    re: phrase(
      `(?:it|that|this)(?:${APOS}d| would| will|${APOS}ll| could| might) (?:really )?do (?:you|u) good|(?:it|that|this)(?:${APOS}d| would| will|${APOS}ll| could| might| is|${APOS}s) (?:be )?(?:good|healthy|helpful|best|better|important) for (?:you|u)|` +
        `the (?:sooner|earlier|faster|quicker|less|more) (?:you|u)|i (?:really |truly |just |do )?(?:hope|wish|want|pray)(?: that)? (?:you|u)(?:${APOS}ll| will| can| could| would| get| find| try| take| go| talk| give| think| consider| start| stop| leave| let| see)|i${A}d (?:love|like) (?:to see )?(?:you|u)(?! too)|` +
        `(?:nothing|it|things|that) (?:will|won${APOS}t|is going to|isn${APOS}t going to|can${APOS}t|cannot|doesn${APOS}t)(?: \\S+){0,4} (?:until|unless|before|till) (?:you|u)|` +
        `(?:ingenting|det|ting) (?:endrer seg|blir bedre|skjer|vil endre seg|kommer til å endre seg|går over|løser seg)(?: \\S+){0,4} (?:før|til|med mindre) (?:du|dere)`,
    ),
    skip: own,
  },
  {
    re: phrase(
      `(?:what|all|the (?:only |one |first )?thing) (?:you|u) (?:really |actually |just |truly |honestly |probably )?(?:need|have|got|gotta|must|should|ought|want|can)(?: to)?(?: do)?(?: (?:right )?now| here| today| first)? (?:is|${APOS}s|would be)|` +
        `(?:the )?(?:only |one |best |first |next |right |smartest |kindest )?thing to do (?:is|${APOS}s|would be|now is)|(?:the )?(?:best|only|one|first|smartest|kindest) thing (?:you|u) (?:can|could|should|must|need to|have to) do (?:is|${APOS}s|would be)|` +
        `the only thing that(?:${APOS}ll| will| would|${APOS}s going to| is going to)? (?:work|works|help|helps) (?:is|${APOS}s)|` +
        `(?:your|ur) (?:best|only|safest|next|first) (?:bet|option|move|step|chance|hope)(?: now| here)? (?:is|${APOS}s|would be)|` +
        `the (?:first|next|best|only) (?:step|thing|move) for (?:you|u) (?:is|${APOS}s|would be)|` +
        `the (?:only|best|one) (?:real |sensible |healthy |safe )?(?:option|choice|way|solution)(?: here| now| left)? (?:is|${APOS}s) to|` +
        `(?:i${APOS}?m )?not saying (?:you|u|leave|go|that you|to)[^.!?\\n]{0,40}?,? but|jeg sier ikke at (?:du|dere)[^.!?\\n]{0,40}?,? men`,
    ),
  },
];

// ---- bokmål ----
const NB_SOFT: AdviceRule[] = [
  {
    // "Det kan være en idé å…", "kunne vært en tanke å…", "Det er kanskje verdt å…", "kanskje lurt å…"
    re: phrase(
      '(?:(?:det )?(?:kan|kunne|vil|ville|hadde|er|blir)(?: det)?(?: kanskje| nok| sikkert| muligens| jo| absolutt| også)? (?:være |vært |bli )?|kanskje )' +
        '(?:lurt|smart|klokt|nyttig|verdt(?: et forsøk| det)?|en (?:god )?idé|en tanke|et alternativ|en mulighet|på sin plass) (?:å|med)',
    ),
    skip: own,
  },
  { re: phrase('lønne(?:r)? seg(?: for (?:deg|dere))? å'), skip: own },
  {
    // "Et alternativ er å…", "en annen mulighet kunne vært å…"
    re: phrase('(?:et|ett|et annet|en|en annen|ett annet) (?:alternativ|mulighet|idé|forslag|løsning) (?:er|kan være|kunne være|kunne vært|hadde vært|ville vært|blir) (?:å|at du|at dere)'),
    skip: own,
  },
  {
    // "Lite tips:", "bare et lite tips,", "en tanke:", "noe å tenke på:", "uten å gi råd, men"
    re: phrase(
      '(?:(?:bare )?(?:et |ett )?(?:lite|lita|liten|kjapt|raskt|vennlig|forsiktig) (?:tips|råd|forslag|innspill)|bare (?:et|ett) (?:tips|råd|forslag|innspill)|(?:en tanke|et innspill)(?=\\s*[:,-])|noe å tenke på|til ettertanke|' +
        'uten å (?:gi råd|skulle gi råd|være belærende)|ikke for å gi råd|jeg vet (?:at )?vi ikke (?:skal )?gi(?:r)? råd|(?:om|hvis) du (?:vil ha|spør om|spør etter|vil høre) (?:min mening|mitt råd)|(?:hvis|om) du spør meg|jeg bare sier det)',
    ),
  },
  // "Jeg vil forsiktig foreslå…", "jeg vil virkelig anbefale…" (recommend.ts has the plain forms).
  { re: phrase('jeg (?:vil|ville|kan|kunne|skal) (?:gjerne |forsiktig |bare |virkelig |sterkt |varmt |absolutt )+(?:råde|anbefale|foreslå)(?! meg selv)') },
  // "kanskje vurdere et åpent møte", "evt. ringe fastlegen": the infinitive as a suggestion.
  {
    re: phrase('(?:kanskje|evt\\.?|eventuelt|gjerne) (?:bare )?(?:vurdere|prøve|ringe|snakke med|ta kontakt|kontakte|skrive|finne|søke|tenke på|se på|sjekke|lese|skaffe deg|be om|gå på|gå til|melde deg|slutte)'),
    sentenceStart: true,
  },
  // "Det hadde gjort deg godt", "det ville vært bra for deg å", "jo før du går, jo bedre", "jeg håper du…"
  {
    re: phrase(
      '(?:det |dette )?(?:hadde|ville|vil|kunne|kan) (?:nok |sikkert |kanskje )?(?:gjøre|gjort) (?:deg|dere) godt|(?:det |dette )?(?:hadde|ville|vil|kunne|kan|er) (?:nok |sikkert |kanskje )?(?:vært |være )?(?:godt|bra|sunt|best|lurt|viktig) for (?:deg|dere)|' +
        'jo (?:før|tidligere|fortere|raskere|mindre|mer) (?:du|dere)|jeg (?:håper|ønsker|vil|skulle ønske|ber om)(?: virkelig| bare)?(?: at)? (?:du|dere)(?! også)',
    ),
    skip: own,
  },
  // "Det du trenger er…", "alt du trenger å gjøre er…", "Svaret er å…", "Første steg for deg er…"
  {
    re: phrase(
      '(?:det|alt|det eneste) (?:du|dere|u) (?:egentlig |virkelig |bare |faktisk |nok )?(?:trenger|må|bør|burde|skal|vil|kan)(?: å)?(?: gjøre)?(?: nå| akkurat nå| først| her)? (?:er|blir)|' +
        'det eneste som (?:virker|hjelper|funker|nytter) er|svaret er (?:å|enkelt|enkel|at du)|' +
        '(?:ditt|din|den) (?:beste|eneste|neste|første) (?:sjanse|valg|alternativ|steg|skritt|håp)(?: nå)? (?:er|blir)|' +
        '(?:første|neste|beste|eneste) (?:steg|skritt|trinn) for (?:deg|dere) (?:er|blir|må være)|' +
        'det (?:eneste|beste) (?:reelle |fornuftige |sunne |trygge )?(?:alternativet|valget)(?: her| nå)? er å',
    ),
    skip: own,
  },
];

export const SOFT_RULES: AdviceRule[] = [...EN_SOFT, ...NB_SOFT];
