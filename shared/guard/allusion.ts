// Crosstalk that alludes to an earlier share without naming its speaker, in the forms corpus
// batches 12 and 13 found (written by two people who never saw the rules): a reaction to a bit of
// it ("really felt that last bit about shame", "that line hit me hard", "kjente meg igjen i det
// siste om skam"), one's own home compared with it ("sånn var det hjemme hos oss også", "same in
// our house"), building on it, asking who said it or what they meant ("who was it who mentioned the
// court case?", "sa du at han tok bilen igjen?"), correcting it ("I don't think that's how step 4
// works", "du blander litt"), and a speaker described instead of named ("the lady with the
// grandson, I hope he's ok"). The speaker's own story stays sharing: "that line in the Big Book",
// "det siste jeg gjorde", "the one who mentioned it to me years ago" (earlier.ts's checks).
import { APOS, phrase, textAfter } from './patterns.js';
import { isReported } from './reported.js';
import type { AdviceRule } from './rules.js';

const A = `${APOS}?`;
/** A book, a film, a song or a card the speaker read: "that line in the Big Book hit me". */
const READ_ELSEWHERE = /(?<![\p{L}])(?:book|bok|boka|boken|film|movie|song|sang|card|kort|poem|dikt|reading|lesning|literature|litteraturen|read|leste|lest)(?![\p{L}])/iu;

const RULES: AdviceRule[] = [
  // "really felt that last bit about shame", "the last bit about…", "kjente meg så igjen i det siste om skam"
  {
    re: phrase(
      `(?:that|the) (?:last|earlier|previous|first) (?:bit|part|line|story|point|comment|thing said)(?= (?:about|on|where|with|re)(?![\\p{L}])|\\s*[.!,]|\\s*$)|` +
        `kjen(?:ner|te) meg (?:så |veldig |godt |skikkelig )?igjen i (?:det siste|det forrige|det (?:du|hun|han|dere) (?:nettopp )?(?:sa|delte|fortalte))|` +
        `(?:i )?(?:det|den biten|det siste) (?:du|hun|han) (?:nettopp |akkurat )?(?:sa|delte) om`,
    ),
  },
  // "that line hit me hard", "det trefte meg rett i hjertet", "I needed that laugh tonight"
  {
    re: phrase(
      `(?:that|this|the last) (?:line|sentence|bit|part|story|phrase|word) (?:really |just )?(?:hit|got|struck|touched|moved|gutted|stayed with|resonated with|landed with) (?:me|home)|` +
        `(?:den|denne|det) (?:linja|linjen|setningen|biten|delen|historien) (?:traff|trefte|rørte|satt i) (?:meg|mæ)|` +
        `i (?:really )?needed (?:that laugh|to hear that|that) (?:tonight|today|right now)|(?:jeg )?trengte (?:å høre (?:det|akkurat det)|den latteren) (?:i kveld|i dag|akkurat nå)`,
    ),
    skip: (text, index, match) => READ_ELSEWHERE.test(text.slice(Math.max(0, index - 80), index)) || READ_ELSEWHERE.test(textAfter(text, index, match, 60).split(/[.!?\n]/u)[0] ?? ''),
  },
  // "det med tomflaskene i garasjen, sånn var det hjemme hos oss også", "same in our house", "- samme her"
  {
    re: phrase(
      `(?:sånn|slik|likt|akkurat sånn|det samme) var det (?:også )?(?:hjemme )?(?:hos (?:oss|meg)|for (?:oss|meg)) også|` +
        // After a fronted topic ("the hidden bottles, it was the same in our house") or with "too";
        // not "It was the same in our house growing up", one's own past.
        `(?<=,\\s?)(?:it was|that was|same) (?:exactly )?(?:the same )?(?:in our house|at ours|at our place|in my house|for us|with us)(?: too)?|(?:it was|that was|same) (?:exactly )?(?:the same )?(?:in our house|at ours|at our place|in my house|for us|with us) too|` +
        `(?<=[–—-]\\s?)(?:samme her|same here|same(?=\\s*[.!,]|\\s*$))`,
    ),
  },
  // "Bygger videre på det forrige sa om sinne", "building on what was said", "to build on that"
  {
    re: phrase(`bygg(?:er|e)? videre på(?=\\s)(?!\\s+(?:meg|mitt|min|mine|det jeg|egen|eget)(?![\\p{L}]))|(?:building|build|piggybacking|piggyback) on (?:what|that|the last|the previous|something)`),
    // "Building on what I learned last year": the speaker's own.
    skip: (text, index, match) => /^\s*(?:i|i['\u2019]ve|we|my|jeg|vi|min|mitt)(?![\p{L}])/iu.test(textAfter(text, index, match, 12)),
  },
  // "who was it who mentioned the court case?", "hvem var det som snakka om tingretten i stad?"
  // Not "who was it that said let go and let God?": the source of a saying.
  { re: phrase('who was it (?:who|that) (?:mentioned|talked|shared|spoke|brought up|was talking)|hvem var det som (?:snakka|snakket|nevnte|delte|fortalte|prata|pratet|tok opp)') },
  // "vent, sa du at han tok bilen igjen??", "did you just say…?", "what you said about shame, it got me"
  {
    re: phrase(`(?:sa|sei) (?:du|dere) (?:at|nettopp|virkelig)(?=[^.!\\n]*\\?)|did (?:you|u) (?:just |really )?(?:say|mean)(?=[^.!\\n]*\\?)|(?:ka|koss|kor|hva) (?:du|dere) (?:sa|sei|delte|fortalte) om`),
    // "Did you say something, love? my husband asks": the question reported after it.
    skip: (text, index, match) => ASKED_AFTER.test(textAfter(text, index, match, 120)),
  },
  { re: phrase('(?:det|det som|alt|noe) (?:du|dere) (?:nettopp|akkurat|i sted|nå nettopp) (?:sa|delte|fortalte|nevnte|skrev)') },
  // Corrections: "I don't think that's how step 4 works", "I think you meant step 3", "du blander litt"
  {
    re: phrase(
      `(?:i don${A}t think|i do not think|that${A}s not|that is not|that isn${A}t) (?:that${A}s |that is )?(?:how|what) (?:step|the steps?|the program|the programme|sponsorship|the traditions?|tradition|the big book)(?: [\\p{L}\\p{N}]+)? (?:works?|means?|says?|is about|are about)|` +
        `(?:i think )?(?:you|u) meant (?:step|the (?:[\\p{L}]+ )?(?:step|tradition|promise|chapter|concept)|to say)|(?:du|dere) blander (?:litt|sammen|to ting|nok)|(?:jeg tror )?(?:du|dere) mente (?:steg|å si)`,
    ),
  },
  // "like was just said", "I don't agree that … like was just said"
  { re: phrase(`(?:like|as) (?:was|has been|it was) just (?:said|mentioned|shared)|like (?:was|has been|it was) (?:said|mentioned) (?:here|before|earlier|tonight)`) },
  // "the lady with the grandson, I hope he's ok tonight", "dama med barnebarnet, jeg håper…"
  {
    re: phrase(
      `(?:to )?(?:the|that) (?:lady|woman|man|guy|gentleman|person|girl|fella|mum|mother|dad|father|newcomer) (?:with|whose) (?:the |his |her )?[\\p{L}]+(?: [\\p{L}]+)?,\\s*(?:i hope|hope|i${A}m|thinking|sending|praying|you)|` +
        `(?:til )?(?:damen|dama|mannen|kvinnen|fyren|herren|hun|han|den nye) (?:med|som har) (?:den |det |de )?[\\p{L}]+(?: [\\p{L}]+)?,\\s*(?:jeg håper|håper|tenker|jeg tenker|du|ber for)`,
    ),
    sentenceStart: true,
  },
];

/** The rules above; any of them passes when it is someone's words told in a story ("my wife asked
 * me, did you say you'd be home by ten?", "sånn var det hos oss også, sa søsteren min"). */
/** A reporting clause right after a question: "…? my husband asks", "…? spurte hun". */
const ASKED_AFTER = /^[^?\n]*\?+\s*[»\u201D"']?\s*(?:(?:my|min|mi|he|she|they|han|hun|de|mamma|pappa|mum|dad)\s+(?:[\p{L}]+\s+)?)?(?:asks|asked|says|said|spurte|spør|sa|sier)(?![\p{L}])/iu;

export const ALLUSION_RULES: AdviceRule[] = RULES.map((rule) => ({
  ...rule,
  skip: (text, index, match) => isReported(text, index, match) || (rule.skip?.(text, index, match) ?? false),
}));
