// Rhetorical questions aimed at someone: "Don't you think it's time you…?", "What are you waiting
// for?", "Synes du ikke…?", "Hva venter du på?", "Isn't it obvious that…?". A share is told in the
// first person (domain.md, "No advice"); a question put to "you" in it is a judgement or a
// suggestion in question form, whatever its words. So the rule is the question's structure — an
// auxiliary or finite verb, after an optional question word, with "you"/"du" as its subject —
// not a list of sentences. Questions to oneself ("Why do I keep doing this?"), questions someone
// else asked in a story (quoted or after "she asked": reported.ts) and the fillers that ask
// nothing ("you know what I mean?", "kan du tenke deg") are let pass.
import { HINTS } from './hints.js';
import type { Found } from './patterns.js';
import { APOS, phrase, textAfter, wordsBefore } from './patterns.js';
import { isReported } from './reported.js';
import type { AdviceRule } from './rules.js';

const after = textAfter;
const A = `${APOS}?`;

// ---- English ----
const EN_FILLERS = `(?:(?:so|but|and|honestly|seriously|really|i mean|like|ok|okay|well|look|listen|come on|sorry|sorry but|i${A}m sorry but)[,]? ){0,3}`;
const EN_WH = `(?:why(?: on earth| in the world| the hell| the heck)?|what(?: else| on earth)?|how(?: long| much(?: more| longer)?| many(?: more| times)?| often| come)?|when|where|who|whom)`;
const EN_AUX =
  `(?:do|does|did|don${A}t|doesn${A}t|didn${A}t|are|aren${A}t|were|weren${A}t|have|haven${A}t|can|can${A}t|cannot|could|couldn${A}t|` +
  `would|wouldn${A}t|will|won${A}t|should|shouldn${A}t|must|mustn${A}t|need|shall|r)`;
const EN_YOU = `(?:you|u|ya|y${APOS}all|you all|you guys)`;
/** What may follow "do you…" without asking anything of the listener. */
const EN_FILLER_NEXT = /^\s*(?:know what i mean|know what|know\?|see what i mean|get what i mean|believe|imagine|guess what|remember when|ever (?:feel|get|notice|wonder)|hear me)/iu;
// "What do you do when…", "what can you do": the generic "you" of someone at a loss.
const EN_GENERIC = /^(?:(?:so|but|and)[, ]+)?what(?: else)? (?:do|can|could) (?:you|u)$/iu;
const EN_GREETING = /^how (?:are|r) (?:you|u|ya|you all|you guys|y'all)$/iu;
// "How do you love someone who keeps lying?": the generic "you" wondering how anyone could; "how
// can you let him…" asks the listener.
const EN_GENERIC_HOW = /^how (?:do|does|are) (?:you|u)$/iu;
const NB_GREETING = /^hvordan (?:har|går) (?:du|dere)$/u;

// ---- bokmål ----
const NB_FILLERS = '(?:(?:men|og|så|altså|ærlig talt|seriøst|helt ærlig|unnskyld men|hør her|jammen|nei men|ja men)[,]? ){0,3}';
const NB_WH = '(?:hvorfor(?: i all verden| i huleste| i alle dager| i det hele tatt)?|hva(?: i all verden)?|hvor(?: lenge(?: til)?| mye(?: mer| lenger)?| mange(?: ganger)?| ofte)?|når|hvordan|hvem)';
// A finite verb first in the sentence: the present (-r, -s) or a modal. Words that end so but are
// not verbs, and words that may stand first before "du" in a statement ("Hvis du…", "Før du…").
const NB_VERB = '(?:[\\p{L}]+(?:r|s)|kan|skal|vil|må|bør|burde|ville|skulle|kunne|tør|gidder|orker)';
const NB_NOT_VERB = new Set(
  'hvor når før der her eller etter over under for mer enn hvis om dersom fordi mens enten selv og men så nå kanskje takk ja nei alt hos pluss minus siden inntil ettersom uansett derfor altså hvorfor hva hvordan hvem lenge mye mange ofte ganger'.split(' '),
);
const NB_FILLER_NEXT = /^\s*(?:hva jeg mener|hva jeg snakker om|hva[,.!]|tenke deg|forestille deg)/iu;
// "Trenger du hjelp nå, finner du hjelpelinjer under «Hjelp»", "Vil du gi noe, tar din egen
// gruppe imot bidrag": a verb first, then after a comma a main clause with its verb before its
// subject, is bokmål's condition without "hvis" (the room's own closing words, formats/readings.ts),
// not a question; the sentence ends without "?". What the main clause says is the other rules' to
// judge ("Vil du bli frisk, må du slutte" stays advice for its "må du"); one that opens with an
// order ("Trenger du hjelp, ring legen") is not a condition to this test and stays a question,
// as does one with a question word ("Hva trenger du, tror du").
const NB_CONDITION = /^[^.!?\n,]*,\s*(?:[\p{L}]+(?:r|s)|kan|skal|vil|må|bør|burde|ville|skulle|kunne)\s+(?:du|dere|jeg|vi|han|hun|de|det|den|man|din|ditt|dine|deres|noen)(?![\p{L}])[^?\n]*?(?:[.!\u2026]|$)/iu;
const NB_GENERIC = /^(?:(?:så|men|og)[, ]+)?hva (?:gjør|kan|skal) (?:du|man)$/iu;
/** "… gjøre da?", "… do when…": the generic "what is one to do", not "what will you do about it". */
const GENERIC_DO_NEXT = /^\s*(?:(?:gjøre|do|even do)\s*(?:da\b|then\b|når|hvis|om\b|when|if|with|\?|$)|når|hvis|om\b|when|if\b|\?|$)/iu;

// Any question put to "you" with no "I" in it: "Is there a reason you haven't called the police?",
// "Hva om du går til fastlegen?". The rules above name the common openings; this one catches the
// rest by the question mark. A question that is the speaker's own ("Do you think I should…?"), a
// filler ("you know?"), the generic "how do you…" and a question the speaker answers in the first
// person pass.
// "What about your own life?", "hvordan er det rettferdig mot deg?": the listener as object or owner.
const YOU = /(?<![\p{L}\p{M}\p{N}_'\u2019])(?:you|u|your|yourself|du|dere|deg|din|ditt|dine)(?![\p{L}\p{M}\p{N}_'\u2019])/iu;
const ME = /(?<![\p{L}\p{M}\p{N}_'\u2019])(?:i|i['\u2019]m|i['\u2019]ve|i['\u2019]d|i['\u2019]ll|me|my|myself|jeg|meg|min|mitt|mine|vi|we|us|oss)(?![\p{L}\p{M}\p{N}_'\u2019])/iu;
const NOT_ASKING = /(?:you know|know what i mean|can you believe|can you imagine|would you believe|vet dere hva jeg mener|vet du hva jeg mener|kan du tenke deg|what(?: else)? (?:do|can|could|are) (?:you|u) (?:even |supposed to |meant to )?do\b|(?:^|\s)hva (?:gjør|kan|skal) (?:du|man)\b|how (?:do|are|does) (?:you|u)\b|hva gjør (?:du|man)|hvordan (?!kan|kunne|orker|gidder|tør|skal|vil)\S+ (?:du|dere)\b|how are you|hvordan har du det|hvordan går det)/iu;
/** How far back (UTF-16 units) from a question mark its sentence is looked for. */
const QUESTION_WINDOW = 300;

/**
 * Questions put to "you" that no rule above named, as advice findings on the "you" word (so a
 * named opening such as "Har du prøvd", found at the same place, is the one shown). Linear in the
 * text: each question mark looks back at most QUESTION_WINDOW units to its sentence's start.
 */
export function findQuestionsToYou(text: string): Found[] {
  const out: Found[] = [];
  for (let q = text.indexOf('?'); q >= 0; q = text.indexOf('?', q + 1)) {
    let start = q;
    while (start > 0 && q - start < QUESTION_WINDOW && !/[.!?\n]/u.test(text[start - 1] as string)) start--;
    const sentence = text.slice(start, q + 1);
    const you = YOU.exec(sentence);
    if (!you) continue;
    // An English "i" is a Norwegian preposition ("i kveld"): "i" counts as the speaker only when
    // it is not followed by what a Norwegian "i" takes.
    const me = ME.exec(sentence);
    const speaker = me !== null && !(me[0] === 'i' && /(?<![\p{L}])i (?:kveld|dag|går|morgen|det|en|et|hele|fjor|stedet|tide|alle|mitt|min|denne|dette)(?![\p{L}])/u.test(sentence.toLowerCase()));
    if (speaker || NOT_ASKING.test(sentence) || answeredByOneself(text, start)) continue;
    // «…», she said: the question is someone's words in a story when its "you" is.
    const at = start + you.index;
    if (isReported(text, at, you[0])) continue;
    out.push({ kind: 'advice', index: at, match: you[0], hint: HINTS.advice });
  }
  return out;
}

export const QUESTION_RULES: AdviceRule[] = [
  // "How about trying…?", "What about going to your GP?", "Hva med å prøve…?"
  { re: phrase('(?:how|what) about [\\p{L}]+ing|hva med å|hva om (?:du|dere)'), sentenceStart: true },
  {
    // "Don't you think…", "What are you waiting for", "how long are you going to…", "cant you see…"
    re: phrase(`${EN_FILLERS}(?:${EN_WH} )?${EN_AUX}(?: not)? ${EN_YOU}`),
    sentenceStart: true,
    skip: (text, index, match) => {
      const m = match.toLowerCase().replace(/\s+/gu, ' ').replace(/^(?:(?:so|but|and|honestly|seriously|really|i mean|like|ok|okay|well|look|listen|come on|sorry|sorry but|i'm sorry but)[,]? )+/u, '');
      return EN_FILLER_NEXT.test(after(text, index, match)) || (EN_GENERIC.test(m) && GENERIC_DO_NEXT.test(after(text, index, match))) || EN_GREETING.test(m) || EN_GENERIC_HOW.test(m) || answeredByOneself(text, index);
    },
  },
  // "what's stopping you", "what is holding you back", "why would anyone stay with you like that"
  { re: phrase(`what(?:${APOS}s| is) (?:stopping|holding|keeping) (?:you|u)`), sentenceStart: true },
  // "Isn't it obvious that…", "Isn't it about time…", "Wouldn't it make more sense to…"
  {
    re: phrase(
      `(?:(?:isn${A}t|wouldn${A}t|won${A}t|doesn${A}t|shouldn${A}t) it|(?:would|is|does) it not) (?:be |make )?(?:about |high |past )?(?:time|obvious|clear|better|easier|wiser|smarter|kinder|healthier|safer|more sense|sense|best)`,
    ),
    // Only the negated forms lean on the listener: "Is it time to let go? I don't know yet" and
    // "Would it be better if I left?" are open questions to oneself.
    sentenceStart: true,
  },
  // Tags anywhere: "…, don't you think?", "…, wouldn't you say?"; and "it's time you…".
  { re: phrase(`(?:don${A}t|do) you (?:think|agree)(?=\\s*[?!]|\\s*$)|wouldn${A}t you (?:say|agree)|(?:it${A}s|it is) (?:about |high |past )?time (?:you|u)`) },
  {
    // "Synes du ikke…", "Hva venter du på", "hvor lenge skal du…", "Burde ikke du…"
    re: phrase(`${NB_FILLERS}(?:${NB_WH} )?${NB_VERB}(?: ikke)? (?:du|dere|u)`),
    sentenceStart: true,
    skip: (text, index, match) => {
      const m = match.toLowerCase().replace(/\s+/gu, ' ').replace(/^(?:(?:men|og|så|altså|ærlig talt|seriøst|helt ærlig|unnskyld men|hør her|jammen|nei men|ja men)[,]? )+/u, '');
      // The verb is the word before "(ikke) du": "Når du…" has a question word and no verb.
      const words = m.split(' ').filter((w) => w !== 'ikke');
      const verb = words[words.length - 2] ?? '';
      if (NB_NOT_VERB.has(verb)) return true;
      // "Vet du hva, …", "vet dere hva jeg mener": a filler, not a question.
      if (/^vet (?:du|dere)$/u.test(m) && /^(?:\s*hva(?:\s+jeg\s+mener|[,.!]|\s*$)|\s*,)/iu.test(after(text, index, match))) return true;
      if (words.length === 2 && NB_CONDITION.test(after(text, index, match, 200))) return true;
      return NB_FILLER_NEXT.test(after(text, index, match)) || (NB_GENERIC.test(m) && GENERIC_DO_NEXT.test(after(text, index, match))) || NB_GREETING.test(m) || /^hvordan (?!kan|kunne|orker|gidder|tør|skal|vil)\S+ (?:du|dere)$/u.test(m) || answeredByOneself(text, index);
    },
  },
  // "hva er det som holder deg tilbake", "hva stopper deg"
  { re: phrase('hva (?:er det som )?(?:stopper|holder|hindrer) (?:deg|dere)'), sentenceStart: true },
  // "Er det ikke på tide…", "Ville det ikke vært bedre å…", "Ville ikke det vært lurt…", "Er det ikke åpenbart at…"
  {
    re: phrase(
      '(?:(?:er|ville|hadde|blir|vil|kan|kunne) det ikke|(?:er|ville|hadde|blir|vil|kan|kunne) ikke det) (?:vært |være |bli |blitt )?(?:på tide|på høy tid|åpenbart|klart|opplagt|bedre|lurere|lurt|smartere|klokere|lettere|best|enklere|sunnere|tryggere|mer fornuftig)',
    ),
    sentenceStart: true,
  },
  // "Ever thought about…?", "You ever tried…?", "Aldri tenkt på…?", "Noen gang vurdert…?"
  { re: phrase('(?:(?:you|u) )?ever (?:thought|tried|considered|think|try|consider|been to|looked into|asked yourself|wondered)'), sentenceStart: true },
  { re: phrase('(?:(?:har )?(?:du|dere) )?(?:aldri|noen gang|ikke) (?:tenkt på|prøvd|vurdert|forsøkt|sett på|spurt deg selv|lurt på)'), sentenceStart: true },
  // "Why keep torturing yourself?", "Hvorfor fortsette å plage deg selv?": why + a bare verb.
  {
    re: phrase('why (?:on earth |even )?(?:keep|stay|bother|go back|put up|let|stick|waste|torture|give|lend|continue|wait|risk|hold on|make|take|pay|cover|protect|carry|answer)'),
    sentenceStart: true,
  },
  {
    re: phrase('hvorfor (?:i all verden |egentlig )?[\\p{L}]+e(?= )'),
    sentenceStart: true,
    // "Hvorfor ble jeg…", "hvorfor gjorde han…": a past verb with its subject, a real question.
    skip: (text, index, match) => /^\s*(?:jeg|han|hun|vi|de|det|den|dette|man|du|dere|ikke|meg)\b/iu.test(after(text, index, match)) || /(?:ble|bare|gjerne)$/iu.test(match),
  },
  // "What's the point of staying with someone who lies to you?": only with the listener in it,
  // since "what's the point of even trying" may be despair, which the guard never touches.
  { re: phrase(`(?:what${APOS}?s|what is) the (?:point|use|sense) (?:of|in)(?=[^.!?\\n]*\\b(?:you|your|u)\\b)|hva er (?:vitsen|poenget) (?:med|i) å(?=[^.!?\\n]*(?<!\\p{L})(?:du|deg|din|ditt|dine)(?!\\p{L}))`), sentenceStart: true },
  // "How is giving her money helping anyone?"
  { re: phrase('how (?:is|does|will|would|was) [^.!?\\n]{1,40}? help(?:ing)? (?:anyone|anybody|you|him|her|them|anything)'), sentenceStart: true },
  // "You know you can't fix him, right?", "Du vet at du ikke kan fikse ham, ikke sant?": a tag
  // question with the listener in it.
  { re: phrase('(?:you|u|du)(?= )[^.!?\\n]{1,80}?,? (?:right|yeah|no|ok|okay|ikke sant|sant|eller hva|ikke|hæ)(?=\\s*\\?)') },
  // "Surely you can see…", "Du ser vel selv…", "du vet vel at…"
  { re: phrase(`surely (?:you|u)|(?:du|dere) [\\p{L}]+r vel(?= )`) },
  // "Isn't that just enabling him?", "Er ikke det bare å muliggjøre ham?": a verdict as a question.
  { re: phrase(`isn${A}t (?:that|this|it) (?:just |exactly |basically |really |kind of )?(?:enabling|codependen(?:cy|t)|letting|rescuing|giving in|covering|making excuses|the same)|er ikke (?:det|dette) (?:bare |akkurat |egentlig )?(?:å (?:muliggjøre|redde|dekke|gi etter|la)|medavhengighet|det samme)`), sentenceStart: true },
  // "What would happen if you just stopped…?", "Would it kill you to…?", "Hadde det vært så farlig å…?"
  { re: phrase(`what (?:would|will|${APOS}d|could) happen if (?:you|u)|would it (?:kill|hurt) (?:you|u)|hva (?:ville|vil|hadde|kunne) (?:skjedd|skje) (?:om|hvis) (?:du|dere)|(?:hadde|ville|er) det (?:vært )?så (?:farlig|vanskelig|ille|umulig) å`) },
  // "Hvem er det du beskytter", "Hva er det du venter på"
  { re: phrase(`(?:hva|hvem|hvor|hvorfor) er det (?:som )?(?:du|dere)`), sentenceStart: true },
  // Tags anywhere: "…, syns du ikke?"; and "det er på tide at du…".
  { re: phrase('(?:synes|syns|tror|mener) (?:du|dere) ikke(?=\\s*[?!]|\\s*$)|(?:på|på høy) tide? at (?:du|dere)|på høy tid at (?:du|dere)') },
];

// A constant, not inline: a build that lowers \p{…} literals (esbuild for the page's targets, tsx) makes an inline one a new RegExp per call (Issue 10).
const OWN_ANSWER = /^\?+\s*(?:(?:i|i['\u2019]m|i['\u2019]ve|i['\u2019]d|jeg)\s|(?:that['\u2019]?s|that is|det er|det var)\s+(?:my|what i|mitt|det jeg|spørsmålet mitt)|det (?:spør|lurer|tenker) jeg|(?:that['\u2019]?s|that is|det er|det var) (?:what|hva|det) [^.!?\n]{0,30}?(?:asked|said|spurte|sa)(?!\p{L}))/iu;

/**
 * Whether the question at `index` is answered by the speaker in the next sentence, in the first
 * person: "Are you allowed to be angry at someone who is sick? I didn't think I was." That is a
 * question the speaker put to themselves, with the generic "you".
 */
export function answeredByOneself(text: string, index: number): boolean {
  const rest = text.slice(index, index + 300);
  const q = rest.search(/\?/u);
  if (q < 0 || /[.!\n]/u.test(rest.slice(0, q))) return false;
  return OWN_ANSWER.test(rest.slice(q));
}

/** Whether the words just before `index` are the speaker's own thought ("I thought", "jeg tenkte"). */
export function afterOwnThought(text: string, index: number): boolean {
  const prev = wordsBefore(text, index, 6);
  const subject = prev.findIndex((w) => w === 'i' || w === "i'm" || w === "i've" || w === 'jeg' || w === 'we' || w === 'vi');
  if (subject < 0) return false;
  return prev
    .slice(0, subject)
    .some((w) => /^(?:thought|figured|decided|wondered|knew|felt|realised|realized|guessed|learned|learnt|learning|tenkte|trodde|syntes|skjønte|fant|bestemte|innså|visste|lurte|kjente|lærte|lærer)$/u.test(w));
}
