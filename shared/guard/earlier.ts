// Crosstalk without a name: pointing at an earlier share or its speaker ("the person before me",
// "you who just talked about…", "det som ble sagt om…", "til deg som delte sist"), answering,
// agreeing, disagreeing or thanking it ("I want to answer the last share", "helt enig", "thank
// you for your honesty"). Nobody comments on another's share (domain.md, "No crosstalk"), named
// or not. Each rule needs both a pointer to the share or its speaker and a time or sharing word,
// so a share about one's own past meeting ("the last time I shared here", "jeg var den som delte
// om sønnen min forrige uke"), someone in a story ("hun som delte rom med meg") or thanks to the
// group ("thank you for letting me share") passes.
import { ALLUSION_RULES } from './allusion.js';
import { HINTS } from './hints.js';
import type { Found } from './patterns.js';
import { APOS, isSentenceStart, phrase, textAfter, wordsBefore } from './patterns.js';
import { findByRules, type AdviceRule } from './rules.js';

const A = `${APOS}?`;
const after = textAfter;

type Rule = AdviceRule;

/** "I was the one who shared…", "jeg var den som delte…": the speaker points at themselves. */
const self = (text: string, index: number): boolean => {
  const [a, b] = wordsBefore(text, index, 2);
  return a === "i'm" || a === 'im' || ((a === 'was' || a === 'am' || a === 'er' || a === 'var') && (b === 'i' || b === 'jeg'));
};
/** "That woman who spoke at the open meeting in 2015": a story from another time and place. */
const elsewhere = (text: string, index: number, match: string): boolean =>
  /^[^.!?\n]{0,12}?\b(?:at (?:a|an|the|my) [^.!?\n]{0,20}?(?:meeting|convention|conference|rehab|treatment)|in (?:19|20)\d\d|years ago|last (?:week|year|month)|på (?:et|det|mitt) [^.!?\n]{0,20}?(?:møte|behandling)|i (?:19|20)\d\d|for \S+ år siden|forrige (?:uke|år|måned))/iu.test(after(text, index, match, 60));
/** "the share about my dad", "den biten om faren min": the speaker's own subject. */
const OWN_SUBJECT = /^(?:\s+[\p{L}'\u2019]+)?\s+(?:my|mine|min|mi|mitt)(?!\p{L})/iu;
/** "as someone said to me years ago", "som noen sa til meg en gang": a story, not this meeting. */
const longAgo = (text: string, index: number, match: string): boolean =>
  /^[^.!?\n]{0,6}?\b(?:to me|once|years|long ago|til meg|en gang|for (?:mange )?år)/iu.test(after(text, index, match));
// "What was said here stays here", "Det som ble sagt her, blir her": the confidentiality every
// meeting reads at its close (formats/readings.ts), not a pointer to one share; a member repeating
// it was told it was crosstalk (a fresh tester, 2026-12-05).
const STAYS_HERE = /^\s*,?\s*(?:(?:blir|forblir|skal bli|bør bli|stays|remains|should stay|must stay|will stay)\s+(?:her|here)|(?:la|let)\s+(?:det|it)\s+(?:bli|stay)\s+(?:her|here))(?![\p{L}])/iu;
const staysHere = (text: string, index: number, match: string): boolean => STAYS_HERE.test(after(text, index, match));
// "I hear myself in what was shared tonight", "jeg kjenner meg igjen i det som ble delt i kveld":
// the evening's shares together, which a member may say they recognise themselves in (domain.md:
// "you can tell about a similar situation"), not one share; a fresh tester's was called a reply.
// Only where nothing follows that picks one share out ("what was shared tonight about anger").
const WHOLE_EVENING = /^(?:what|everything|det som|alt som)\s[^]*(?:tonight|here|i kveld|her)$/iu;
const NOTHING_PICKED = /^\s*(?:[.!?\u2026,]|$|(?:and|og)(?![\p{L}])|(?:tonight|i kveld)(?![\p{L}])\s*(?:[.!?\u2026,]|$))/iu;
const wholeEvening = (text: string, index: number, match: string): boolean =>
  WHOLE_EVENING.test(match) && NOTHING_PICKED.test(after(text, index, match));
// "I relate to what was shared tonight", "I identify with everything that was said here": the
// same recognition as above, said with "relate" or "identify" (agreeing is a verdict: not these).
const RELATE = /^(?:relate|related|identify|identified)\s/iu;
const SAID_THIS_EVENING = /^\s*(?:(?:said|shared|mentioned)\s+)?(?:here\s+)?(?:tonight|here)\s*(?:[.!?\u2026,]|$|and(?![\p{L}]))/iu;
const relatesToEvening = (text: string, index: number, match: string): boolean =>
  RELATE.test(match) && /(?:was|that)$/iu.test(match) && SAID_THIS_EVENING.test(after(text, index, match, 60).replace(/^\s*(?:said|shared|mentioned)/iu, ''));
/** Words just before "to the newcomer" that make it a welcome. */
const WELCOMES = new Set(['welcome', 'welcomes', 'velkommen', 'velkomst']);
/** "We do not give advice or comment on what others share": the guidelines stated, no comment on anyone's share. */
const NEGATION = new Set(['not', "don't", 'dont', 'never', 'nor', 'no', 'nobody', "won't", "shouldn't", "mustn't", "can't", 'cannot']);
const WHAT_OTHERS = /what\s+others$/iu;
const OTHERS_DO = /^\s+(?:share|say|write|tell)(?![\p{L}])/iu;
const ruleStated = (text: string, index: number, match: string): boolean =>
  WHAT_OTHERS.test(match) && OTHERS_DO.test(after(text, index, match)) && wordsBefore(text, index, 6).some((w) => NEGATION.has(w));

// ---- English ----
const EN_PERSON = '(?:person|one|guy|woman|lady|man|gentleman|friend|member|newcomer|people|folks|speaker|sharer|girl|fella|gal|dude)';
const EN_SHARED = '(?:shared|spoke|talked|mentioned|said|went|brought up|wrote|posted|was talking|were talking|was sharing|just shared|read)';
const EN_ADV = '(?:just |right |earlier |first |last |previously |before |a minute ago |tonight )?';
// A constant, not inline: a build that lowers \p{…} literals (esbuild for the page's targets, tsx) makes an inline one a new RegExp per call (Issue 10).
const TO_SPEAKER_AFTER = /^\s*(?:me|us|my|i|meg|oss|min|mitt|mine|jeg)(?!\p{L})/iu;

const EN: Rule[] = [
  // "the person before me", "the guy who mentioned his wife", "that woman who just shared"
  { re: phrase(`(?:the|that|this) (?:(?:young|older|old|new|lovely|brave|other) )?${EN_PERSON} (?:(?:just |right )?before me|(?:who|that) ${EN_ADV}${EN_SHARED})`), skip: (text, index, match) => self(text, index) || elsewhere(text, index, match) },
  // "To the newcomer: keep coming back", "til den nye": words to one person in the room. Not a
  // welcome ("Welcome to the newcomer", "velkommen til den nye"): every format's opening welcomes
  // newcomers, and a member who does the same was told it was a reply (a fresh tester).
  { re: phrase('to the (?:newcomer|new (?:person|member|guy|woman|man|people))|til den nye'), skip: (text, index) => WELCOMES.has(wordsBefore(text, index, 1)[0] ?? '') },
  // "to the last person", "like the last one said"; not "the last person I trusted".
  { re: phrase(`(?:to|with|like|as|thank|thanks) the (?:last|previous|earlier) ${EN_PERSON}`) },
  { re: phrase(`whoever ${EN_ADV}${EN_SHARED}|you who ${EN_ADV}${EN_SHARED}`) },
  // "the last share", "the previous speaker", "the share before mine", "that share just now"
  {
    re: phrase(
      `(?:the|that|this) (?:last|previous|earlier|prior|first|second|other|latest) (?:share|sharer|speaker|person to share|one to share|shares|comment)|` +
        `the (?:share|one) (?:before|after) (?:mine|me)|that (?:last|previous) (?:person|one|guy|lady|woman|man|speaker|sharer)|(?:that|this) share (?:just now|earlier|before)`,
    ),
  },
  // "As someone mentioned", "like others said", "as was said before"
  {
    re: phrase(
      `(?:as|like) (?:someone|somebody|some of you|some people|others|other people|a few (?:people|of you)|many of you|several people|a lot of you|the (?:last|previous|earlier) (?:person|speaker|share)) (?:here |earlier |before |just |also |already |tonight )?(?:said|mentioned|shared|put it|pointed out|wrote|were saying|was saying|talked about|brought up)|` +
        `as (?:was|has been|it was|it has been|has already been) (?:said|mentioned|shared|pointed out)`,
    ),
    skip: (text, index, match) => longAgo(text, index, match) || elsewhere(text, index, match),
  },
  // "what was said earlier", "what someone said about anger", "what the last person said"
  {
    re: phrase(
      `(?:what|something|the thing|the point|everything) (?:that )?(?:was|got|were|has been) (?:just (?:said|shared|mentioned)|(?:said|shared|mentioned|brought up) (?:earlier|before|just now|tonight|here|about|by))|` +
        `(?:someone|somebody|a few people|others|some of you|one of you) (?:just |here )?(?:mentioned|said|shared|talked about|brought up|asked)(?=[^.!?\\n]{0,40}\\b(?:earlier|tonight|just now|before me)\\b)|` +
        `(?:everything|all|what(?:ever)?|anything|something|things) (?:that )?(?:was |were |has been )?(?:said|shared) (?:right |just )?before me|` +
        `(?:what|something|the thing|everything) (?:someone|somebody|some of you|others|the (?:last|previous|earlier|first|second|other) (?:person|speaker|one|lady|guy|woman|man)|the (?:gentleman|lady|newcomer|woman|man|guy|speaker)(?= (?:just |earlier |here )?(?:said|shared|mentioned))|the ${EN_PERSON} (?:before me|who [\\p{L}]+)) (?:just |earlier |here )?(?:said|shared|mentioned|brought up|was saying|talked about|spoke about|wrote)`,
    ),
    skip: (text, index, match) => longAgo(text, index, match) || elsewhere(text, index, match) || staysHere(text, index, match) || wholeEvening(text, index, match),
  },
  // "I can relate to the story about the car keys", "kjenner meg igjen i historien om…"
  {
    re: phrase(
      '(?:relate|related|identify|identified|resonated?|connected?) (?:so much |a lot |strongly )?(?:to|with) (?:the|that|this) (?:story|bit|part|thing|comment) (?:about|of|with)|' +
        'kjen(?:ner|te) meg (?:så )?(?:igjen )?i (?:historien|det med|det om|delen om|biten om|det (?:hun|han) sa)',
    ),
  },
  // "To answer the question someone asked", "Somebody asked about sponsors, and…": answering a share.
  { re: phrase('answer(?:ing)? (?:the|your|that|a|an) question (?:(?:someone|somebody|one of you|you) )?(?:asked|raised|had|put)|svare på (?:spørsmålet|det) (?:noen|du|dere|en av dere|hun|han) (?:spurte|stilte|lurte)') },
  {
    re: phrase('(?:someone|somebody|one of you|noen|en av dere) (?:just |here |nettopp |her )?(?:asked|spurte) (?:about|if|whether|how|what|why|a question|om|hvordan|hva|hvorfor|et spørsmål)'),
    sentenceStart: true,
    // "Someone asked me…", "noen spurte om jeg…": the speaker's own story.
    skip: (text, index, match) => TO_SPEAKER_AFTER.test(after(text, index, match)),
  },
  // "That share about the wedding…", "den delingen om bryllupet": another's share, by its subject.
  { re: phrase('(?:that|this|the) share (?:about|on|where|with|from)|(?:den|denne|den siste|den forrige) delingen (?:om|med|der|fra)'), skip: (text, index, match) => elsewhere(text, index, match) || OWN_SUBJECT.test(after(text, index, match)) },
  // "That bit about the wine bottles…", "About the question of whether it gets easier: it does."
  { re: phrase('that (?:bit|part) (?:about|where|with)|den (?:biten|delen) (?:om|med|der)'), skip: (text, index, match) => elsewhere(text, index, match) || OWN_SUBJECT.test(after(text, index, match)) },
  { re: phrase('(?:about|on|re|regarding|as for|om|angående|når det gjelder) (?:the|that|det|spørsmålet) (?:question )?(?:of |about |om )?(?:whether|if|how|why|hvorvidt|om|hvordan|hvorfor)'), sentenceStart: true },
  // "That took guts to share", "det krevde mot å dele det der": praise for another's share.
  { re: phrase('(?:took|takes|must have taken|must take) (?:(?:real|a lot of|so much) )?(?:guts|courage|balls|bravery|strength) to (?:share|say)(?! (?:my|mine|about my|something about my))|(?:krevde|krever|må ha krevd) (?:mye |stort )?mot å (?:dele|si) (?:det|dette)') },
  // "jeg håper mannen før meg får sove": the one who shared before, whatever the verb.
  { re: phrase('(?:mannen|kvinnen|dama|damen|fyren|personen|karen|jenta|gutten) (?:rett |like )?før meg(?! i (?:køen|kø|rekka|butikken))') },
  // "What she said.", "Det hun sa.": the whole sentence agrees with someone.
  { re: phrase('(?:what|det) (?:she|he|they|hun|han|de) (?:said|sa)(?=\\s*[.!]*\\s*$)'), sentenceStart: true },
  // "I want to answer the last share", "respond to what was said", "going back to…", "echoing…"
  {
    re: phrase(
      `(?:answer|reply|respond|react|comment|add|going back|go back|coming back|come back|echo|echoing|piggyback|piggybacking|build|building)(?:ing)? (?:to |on )?(?:the (?:last|previous|earlier|first|other)|what (?:was|someone|somebody|the|you|others)|that last|this last|something (?:that was|someone|you))`,
    ),
    skip: ruleStated,
  },
  // "I agree with what the last person said", "couldn't agree more", "same here", "well said"
  {
    re: phrase(
      `(?:agree|disagree|relate|identify)(?:d)? (?:[\\p{L}]+ )?(?:with|to) (?:what (?:was|someone|somebody|the|they|everyone|others)|everything (?:that was|you|that)|the (?:last|previous|earlier|person|one|lady|guy|man|woman|speaker|share|sharer|newcomer))|` +
        `(?:great|beautiful|powerful|lovely|brave|amazing|moving|strong|honest|wonderful|inspiring|good|nice|touching|incredible|awesome) shares?(?! (?:of|in|with|price|prices|holder))|` +
        `(?:couldn${A}t|could not|can${A}t|cannot) agree more(?! with (?:my|myself|me)(?![\\p{L}]))|well said|(?:so |very )?well put|beautifully (?:said|put)|hear,? hear|i second (?:that|this)|` +
        `(?:i )?(?:totally|completely|fully|absolutely|strongly|100%) (?:agree|disagree)(?=\\s*[.!,]|\\s*$)`,
    ),
    skip: (text, index, match) => relatesToEvening(text, index, match),
  },
  {
    // "Agree 100%.", "Enig hundre prosent.": agreement alone at the start of a sentence.
    re: phrase('(?:agree|disagree|enig|uenig)(?: 100\\s?%| hundre prosent| fully| completely| totally| helt| fullt og helt)?(?=\\s*[.!]|\\s*$)'),
    sentenceStart: true,
  },
  {
    re: phrase(
      `(?:flott|vakker|sterk|modig|fin|god|rørende|ærlig|nydelig|fantastisk|kraftig|flotte|sterke|fine|gode|modige) deling(?:en|er)?|` +
        // Thanks to the whole group for being here is the chair's welcome, not a reply ("Takk for
        // at dere er her": a fresh tester's chair was stopped at the meeting's first line).
        `thank(?:s| you)(?: so much)? for being(?! (?:here|with us|part of (?:this|the) (?:group|meeting))\\b)|takk for at du (?:er|var|tør|turte|våget|kom|tok)|takk for at dere (?!(?:er|var) (?:her|med)\\b|kom(?: hit| i dag)?\\b)(?:er|var|tør|turte|våget|kom|tok)|kjen(?:ner|te) meg (?:så )?(?:igjen )?i (?:hun|han|den|de|personen|dama|mannen|kvinnen) (?:med|som)`,
    ),
  },
  // "Thanks to the one who spoke", "thank you for your honesty", "thanks for bringing that up"
  {
    re: phrase(
      `thank(?:s| you)(?: so much| all| very much)? (?:to )?(?:the (?:${EN_PERSON}|last|previous)|whoever|everyone who (?:shared|spoke|talked))|` +
        `thank(?:s| you)(?: so much| very much)? for (?:saying (?:what|that|this|it)|putting (?:it|that|into words)|your (?:honesty|courage|words|openness|story|sharing|share|vulnerability|insight)|the (?:last )?share|that share|those words|being so (?:honest|open|brave)|opening up|bringing (?:that|this|it) up|saying (?:that|this))`,
    ),
  },
];

// ---- bokmål ----
const NB_WHO = '(?:den|han|hun|de|personen|mannen|kvinnen|dama|damen|herren|fyren|karen|jenta|gutten)';
const NB_SHARED = '(?:delte|snakket|snakka|pratet|prata|sa|nevnte|fortalte|tok opp|skrev|var før meg|leste)';
const NB_ADV = '(?:nettopp |akkurat |sist |først |nå |i sted |tidligere |i kveld |rett før meg |før meg )?';
const NB_SHARED_NEXT = /^\s*(?:før meg|nå|nettopp|sist|først|i sted|tidligere|i kveld|om|at|det om|det med|[,:.!])/u;
const NB: Rule[] = [
  // "Den som delte før meg", "han som snakket sist", "til han som nevnte kona si"
  {
    re: phrase(`${NB_WHO}(?: (?:rett |like )?før meg)? som ${NB_ADV}${NB_SHARED}`),
    skip: (text, index, match) => {
      if (self(text, index)) return true;
      const m = match.toLowerCase().replace(/\s+/gu, ' ');
      // "til han som…", "takk til den som…": addressed to them; "…som delte før meg", "…som snakket
      // sist": a share in this meeting. Otherwise "hun som delte rom med meg" is someone in a story.
      if (/^(?:til|takk|takke|takker|hilse|hilsen|spørre|spør|svare)$/u.test(wordsBefore(text, index, 1)[0] ?? '')) return false;
      if (/ før meg | som (?:nettopp|akkurat|sist|først|nå|i sted|tidligere|i kveld|rett før meg|før meg) /u.test(` ${m} `)) return false;
      return !NB_SHARED_NEXT.test(after(text, index, match)) || elsewhere(text, index, match);
    },
  },
  { re: phrase(`${NB_WHO} (?:rett |like )?før meg(?= (?:sa|nevnte|delte|sier|har|er|snakket))|(?:med|til|som|takk til) ${NB_WHO} (?:rett |like )?før meg`) },
  { re: phrase(`(?:du|dere) som ${NB_ADV}${NB_SHARED}`) },
  // "den siste delingen", "forrige deling", "delingen før min", "den forrige."
  {
    re: phrase('(?:den )?(?:siste|forrige) (?:personen|taleren|damen|dama|mannen|kvinnen|fyren)(?! (?:jeg|som jeg))|forrige (?:person|taler|deler)(?! (?:jeg|som jeg))|(?:siste|forrige|tidligere|første) (?:delingen|deling|taleren)|delingen (?:før|etter) (?:min|meg)|den forrige(?=\\s*[.!,]|\\s*$| som)|(?:til|med|som|takk til) den forrige'),
    // "Min første deling", "my last share", "Første deling fra meg", "første deling min": the
    // speaker's own (a chair's "Første deling fra meg." was held as a reply).
    skip: (text, index, match) => /^(?:min|mi|mitt|my)$/u.test(wordsBefore(text, index, 1)[0] ?? '') || /^\s+(?:fra meg|min|mi)(?!\p{L})/iu.test(after(text, index, match)),
  },
  // "det som ble sagt om skam", "som det ble sagt", "som noen nevnte", "tilbake til det noen sa"
  {
    re: phrase(
      'det som (?:ble|er blitt|har blitt) (?:sagt|delt|nevnt|fortalt|tatt opp) (?:om|før meg|i sted|tidligere|nettopp|her|i kveld|av)|det som (?:nettopp|akkurat|i sted|tidligere) (?:ble|er blitt) (?:sagt|delt|nevnt|fortalt)|' +
        '(?:noen|en|flere|en av dere|noen av dere) (?:her )?(?:nevnte|sa|delte|snakket om|tok opp)(?=[^.!?\\n]{0,40}(?<!\\p{L})(?:tidligere|i kveld|i sted|nettopp|før meg)(?!\\p{L}))|' +
        'som det (?:ble|er blitt|har blitt|har vært) (?:sagt|nevnt|delt)|' +
        'som (?:noen|en annen|flere|mange|andre|en av dere|noen av dere)(?: her| før meg| i sted| tidligere| i kveld| også)? (?:sa|nevnte|delte|skrev|sier|påpekte|var inne på|snakket om)|' +
        '(?:hva|det) (?:den nye|herren|damen|dama|mannen|kvinnen|fyren|personen) (?:nettopp |i sted )?(?:sa|delte|nevnte|fortalte)|(?:what|such) a (?:[\\p{L}]+ )?(?:thing|story) to share|for en (?:[\\p{L}]+ )?(?:ting|historie) å dele|' +
        'det (?:noen|en annen|flere|den forrige|den første|den andre|den siste|hun før meg|han før meg) (?:sa|nevnte|delte|skrev|snakket om|tok opp)|(?:alt|det) som ble (?:sagt|delt) (?:rett )?før meg',
    ),
    skip: (text, index, match) => longAgo(text, index, match) || elsewhere(text, index, match) || staysHere(text, index, match) || wholeEvening(text, index, match),
  },
  // "Jeg vil svare på forrige deling", "kommentere det som ble sagt", "si meg enig med…"
  {
    re: phrase(
      '(?:svare|svar|svarer|kommentere|kommentar|tilbake|legge til|følge opp|bygge videre|bygger videre|bygg videre)(?: på| til)? (?:det (?:som ble|noen|dere|de andre|alle|flere)|forrige|den forrige|siste deling|delingen|den siste)|' +
        '(?:enig|uenig) (?:i|med) (?:det (?:som ble|noen|forrige)|den forrige|forrige|han som|hun som|den som|de som|delingen|dere som)|' +
        'si(?:er)? meg (?:enig|uenig)(?! med meg selv)',
    ),
  },
  // "Helt enig.", "Godt sagt!", "Så sant."
  {
    re: phrase('(?:(?:helt|så|veldig|fullstendig|hundre prosent|totalt) )?(?:enig|uenig)(?=\\s*[.!]|\\s*$)|godt sagt|vel talt|så sant(?=\\s*[.!]|\\s*$)'),
    // Alone, or "Jeg er (helt) enig." with nothing after it: agreeing with the share before.
    // "Kona mi er enig." is about someone at home.
    skip: (text, index) => {
      if (isSentenceStart(text, index)) return false;
      // "Hun som nevnte høytidene – samme her": after a dash, the reaction to what came before it.
      if (/[\u2013\u2014-]\s*$/u.test(text.slice(Math.max(0, index - 3), index))) return false;
      const [a, b] = wordsBefore(text, index, 2);
      return !((a === 'er' && b === 'jeg') || (a === 'jeg' && b === 'er'));
    },
  },
  // "Me too.", "Same here.", "Jeg også.", "Samme her, jeg…": agreeing with the share before, as a
  // sentence of its own or its opening; after a dash, with what came before it ("Hun som nevnte
  // høytidene – samme her"). The same in both languages: a fresh tester (2026-12-06) found "Me
  // too." sent where "Jeg også." was stopped. "He hit me too", "Min mann drakk, og jeg også" are
  // the speaker's story; "I identify with what was shared tonight" is the evening, not one share.
  // "Det samme her, jeg…" and "The same here, I…" as "Samme her, jeg…" and "Same here, I…" (a
  // fresh tester, 2026-12-06, found the bokmål passed where the English was stopped).
  {
    re: phrase(
      '(?:(?:yes|yeah|oh|ja|jepp|å)[,!]? )?(?:(?:me too|me as well|me neither|so do i|so did i|same for me|same with me|ditto|likewise|same|jeg også|meg også|samme for meg|samme med meg|likeså|samme)(?=\\s*[.!]|\\s*$)|(?:the )?same here|(?:det )?samme her)',
    ),
    skip: (text, index) => !isSentenceStart(text, index) && !/[\u2013\u2014-]\s*$/u.test(text.slice(Math.max(0, index - 3), index)),
  },
  // "Takk til den som…", "takk for ærligheten din", "takk for at du tok det opp"
  {
    re: phrase(
      // "Takk til dere (alle) som…", "takk til de som delte": thanks to the group, not to one speaker.
        'takk (?:til|for) (?:den|han|hun|personen|deg)(?: [\\p{L}]+)? som|takk for (?:ærligheten|delingen|ordene|motet|åpenheten|historien|innspillet)(?: din| ditt| dine| deres)?|takk for at (?:du|dere) (?:delte(?! og (?:for at dere )?lyttet)|fortalte|tok opp|sa)',
    ),
  },
];

const RULES: Rule[] = [...EN, ...NB, ...ALLUSION_RULES];

/** Crosstalk that points at an earlier share or its speaker without a name (crosstalkReply hints). */
export function findEarlierShare(text: string): Found[] {
  return findByRules(text, RULES, { kind: 'crosstalk', hint: HINTS.crosstalkReply, reportedPasses: false });
}
