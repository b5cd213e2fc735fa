// Crosstalk: speaking to or about another participant instead of from oneself. One person
// speaks at a time and nobody comments on another's share (domain.md, "No crosstalk"); the
// server already allows no replies or mentions, so this catches the written habit of them.
import { findAddressed } from './addressed.js';
import { findEarlierShare } from './earlier.js';
import { HINTS } from './hints.js';
import { literalChecks, mayHoldPhrase, phraseOf } from './literals.js';
import type { Found } from './patterns.js';
import { APOS, CAP_WORD, END, START, escapeRegex, execUnkept, isSentenceStart, matches, phrase, prepareRegex, preparedExecAll, preparedMatches, wordsBefore } from './patterns.js';
import { perName, perRoom } from './room.js';
import { KIN, isEverydayWord, isGivenName, isNotName } from './words.js';
import { inNewcomerWelcome, promisesAfterWelcome, surnameEnd } from './unaddressed.js';

const REPLIES: RegExp[] = [
  // nb
  phrase('som (?:du|dere) (?:sa|sier|skrev|nevnte|delte|fortalte)'),
  phrase('(?:det|det som|slik|sånn|alt|noe|alt det) (?:du|dere) (?:sa|skrev|nevnte|delte|fortalte|beskriver|beskrev|forteller|snakker om|snakket om|går gjennom|står i)'),
  phrase('til (?:deg|dere) som'),
  phrase('du som (?:delte|snakket|sa|skrev)'),
  phrase('svar(?:er)? (?:til|på) (?:deg|dere|det du)'),
  phrase(`[Ss]var(?:er)? (?:til|på) ${CAP_WORD}`, 'gu'),
  phrase('enig med (?:deg|dere)'),
  phrase(`[Ee]nig med ${CAP_WORD}`, 'gu'),
  // en
  phrase(`(?:what|like|everything|all|anything|something) (?:(?:that )?(?:you|u) (?:just )?(?:said|shared|mentioned|wrote|were saying|were talking about|talked about|described|brought up|are going through|went through)|(?:you${APOS}?re|you are|u r|ur) (?:describing|going through|talking about|saying|dealing with))`),
  phrase('to the (?:person|one|people|guy|woman|man|lady) who'),
  phrase('(?:in )?(?:reply|replying|response|responding) to'),
  phrase('you who (?:shared|spoke|said)'),
  phrase('agree with you'),
  // Answering the last share, thanking or consoling its speaker: all addressed to someone.
  phrase('svar til (?:forrige|den)|til den (?:forrige |siste )?som (?:delte|snakket|sa)|enig med den som|forrige deling'),
  phrase('(?:tusen )?takk for (?:at du delte|delingen|det du delte)|jeg hører deg|delingen din|det som ble sagt (?:før meg|i sted|nettopp)|uenig (?:i|med) (?:det|den|deg)|kondolerer'),
  phrase(`(?:agree|disagree) with (?:the (?:last|previous)|what was said)|the (?:last|previous) (?:speaker|share)`),
  // Not "thank you for sharing and listening": the closing words' thanks to the whole room.
  phrase(`thank(?:s| you) for (?:sharing(?! and (?:for )?listening)|your share|what you shared)|i hear you|your (?:share|story)|what was said (?:before me|earlier|just now)|sorry for your loss`),
  phrase(`[Aa]gree with ${CAP_WORD}`, 'gu'),
];

// "som Kari sa", "as Kari said": someone quoted by name, unless it is a day, a title or a faith
// word. These run case-sensitively (under `i`, \p{Lu} would match any letter), hence [Ss].
const QUOTING = [
  phrase(`[Ss]om (${CAP_WORD}) (?:sa|sier|skrev|nevnte|delte|fortalte)`, 'gu'),
  phrase(`[Aa]s (?:you|(${CAP_WORD})) (?:said|say|mentioned|shared|wrote|put it|were saying)`, 'gu'),
];

// Prepared once (patterns.ts prepareRegex), so no per-share lookup (Issue 10).
const REPLIES_PREPARED = REPLIES.map((re) => prepareRegex(re));
const QUOTING_PREPARED = QUOTING.map((re) => prepareRegex(re));

// "@Kari", but not the middle of an e-mail address. Every @handle is contact details (pii.ts);
// it is crosstalk as well only when it names someone in the meeting: see findMentions.
const MENTION = /(?<![\p{L}\p{M}\p{N}_.+-])@[\p{L}\p{M}\p{N}_-]+/gu;
// A quoted line, as in e-mail: "> what someone said".
const QUOTED_LINE = /^[ \t]*>.*$/gmu;

// "Sol you are so brave", "Grace du er…": a name followed straight by "you" is someone spoken to;
// so is "Håp thank you", "Sol I think you meant…"; "Grace's share" is someone's share.
const ADDRESSED = /^(?:\s*[,:]|\s+(?:you|u|du|dere|i hear you|jeg hører deg)(?![\p{L}'\u2019])|\s+(?:is|was|har|var|er) (?:so |så |helt |absolutely |quite )?(?:right|rett)|\s+(?:said|sa|shared|delte|mentioned|nevnte)\b|\s+(?:thank you|thanks|takk|i think (?:you|u)|jeg tror (?:du|dere)|did you|do you|are you|har du|er du|sa du)(?![\p{L}'\u2019])|\s+(?:share|story|words|sharing|deling|delingen)(?![\p{L}]))/iu;

/** A name as a pattern: regex characters escaped, any run of white space matching any other. */
const namePattern = (name: string): string => escapeRegex(name).replace(/\s+/gu, String.raw`\s+`);

/** The room's names (NFC, trimmed, none empty). */
interface RoomNames {
  names: ReadonlySet<string>;
  /** findName's pattern for each name, in the order of `names`. */
  people: Person[];
  /** findPartAddressed's words of the room's pseudonyms of two words or more, or null when there are none. */
  parts: Parts | null;
}

/** The words of the room's longer pseudonyms by which someone may be spoken to ("Kari" of "Kari Nordmann"). */
interface Parts {
  /** Any of the words, whole, any case: made when first needed, never in the literal program (see Person). */
  re: () => RegExp;
  /** Each word (lower case): whether it is a given name, and so needs less to count (findPartAddressed). */
  given: ReadonlyMap<string, boolean>;
  /** The words (lower case), each checked with literals.ts mayHoldPhrase before `re` is run. */
  words: string[];
}

interface Person {
  /**
   * The name, whole, any case: made when a text first may hold `phrase` (the name in lower case,
   * literals.ts mayHoldPhrase), since most names are never met (constructing one costs ~30 µs:
   * its Unicode classes), and kept out of the literal program.
   */
  re: () => RegExp;
  phrase: string;
  /** A one- or two-letter name, or one that is an everyday word: it counts only when written as a name. */
  strict: boolean;
  /**
   * A pseudonym of two ordinary words or more, no given name ("Grå Måke", "Stille Fjord"): also
   * counts written small when the whole of it opens a sentence and is said to or of its bearer.
   */
  ordinary: boolean;
}

const roomNames = perRoom((otherNames): RoomNames => {
  const names = new Set(otherNames.map((n) => n.normalize('NFC').trim()).filter((n) => n.length > 0));
  return { names, people: [...names].map(person), parts: parts(names) };
});

const DIGIT = /\p{N}/u;
/** A word of letters alone, three or more: what the door's suggested pseudonyms are made of ("Grå", "Måke", "Heron"). */
const ORDINARY_WORD = /^\p{L}{3,}$/u;

/**
 * The words of the room's pseudonyms of two words or more that someone may be spoken to by: of
 * three letters or more, no digits, and not a function, family, day or faith word ("Den", "Mor",
 * "Dag" of "Øvemedlem Dag"). A given name ("Kari" of "Kari Nordmann", "Ola" of "Stille Ola") is
 * what people are called by; any other word ("Grå" of "Grå Måke") is also an everyday word, and
 * counts only in the plainest address (findPartAddressed). A word shared by two pseudonyms is a
 * given name if it is one in either.
 */
function parts(names: ReadonlySet<string>): Parts | null {
  const given = new Map<string, boolean>();
  for (const name of names) for (const [key, isGiven] of partsOf(name)) given.set(key, given.get(key) === true || isGiven);
  if (given.size === 0) return null;
  const words = [...given.keys()];
  let re: RegExp | undefined;
  return { re: () => (re ??= new RegExp(`${START}(?:${words.map(escapeRegex).join('|')})${END}`, 'giu')), given, words };
}

/** One pseudonym's words as `parts` counts them (lower case, and whether a given name), kept per name. */
const partsOf = perName((name): [string, boolean][] => {
  const words = name.split(/\s+/u);
  if (words.length < 2) return [];
  const out: [string, boolean][] = [];
  for (const w of words) if (!([...w].length < 3 || DIGIT.test(w) || isNotName(w))) out.push([w.toLowerCase(), isGivenName(w) && !isEverydayWord(w)]);
  return out;
});

/**
 * findName's pattern for `name`, made once per name (perName) until the rooms are forgotten.
 * The name is looked for with mayHoldPhrase before its pattern is run, and the pattern is never
 * put in the literal program: a name compiled there stayed for the life of the process, and every
 * turn of every meeting (each speaker's list of the others is a list of its own) added the room's
 * names again (Issue 10: a new list cost ~5 ms of the guard, most of it reading and compiling the
 * names' patterns).
 */
const person = perName((name: string): Person => {
  const escaped = namePattern(name);
  // Norwegian and English possessives: "Karis", "Kari's". A name inside an e-mail address or a
  // link is left to the PII check.
  let re: RegExp | undefined;
  const made = (): RegExp => (re ??= new RegExp(`${START}(?<![.@/])${escaped}(?:['’]?s)?${END}(?!@|\\.[\\p{L}\\p{N}])`, 'giu'));
  // A one- or two-letter name, or one that is an everyday word, counts only when written as a
  // name: capitalised and not merely first in its sentence. So does a pseudonym of two words or
  // more none of which is a given name ("Grå Måke", "Quiet Heron", as the door suggests them):
  // "Jeg så en grå måke på brygga" is a bird, not the member (a second tester, 2026-12-03).
  const words = name.split(/\s+/u);
  const ordinary = words.length > 1 && words.every((w) => ORDINARY_WORD.test(w) && !isGivenName(w));
  return { re: made, phrase: phraseOf(name), strict: [...name].length <= 2 || isEverydayWord(name) || ordinary, ordinary };
});

function findName(text: string, { re, phrase, strict, ordinary }: Person): Found[] {
  const out: Found[] = [];
  if (!mayHoldPhrase(text, phrase)) return out;
  for (const { index, 0: match } of execUnkept(text, re())) {
    const first = match[0] ?? '';
    // "my sister Sol", "søsteren min Kari" is someone outside the meeting who shares a name.
    if (wordsBefore(text, index, 1).some((w) => KIN.has(w))) continue;
    // An everyday word as a name counts first in a sentence only when it is addressed ("Grace,")
    // or spoken of ("Grace is so right", "Håp sa").
    const addressed = ADDRESSED.test(text.slice(index + match.length, index + match.length + 24)) || REPLY_AFTER.test(text.slice(index + match.length, index + match.length + 40));
    // Written small, an ordinary-word pseudonym counts only opening a sentence, said to or of its
    // bearer ("stille fjord, jeg kjenner meg igjen", "stille fjord har rett"): a fresh tester
    // (2026-12-04) found those sent, and older members type on phones without capitals.
    const start = isSentenceStart(text, index);
    if (strict && (first === first.toLowerCase() ? !(ordinary && start && addressed) : start && !addressed)) continue;
    const surname = surnameEnd(text, index + match.length, match);
    if (surname >= 0) {
      // A full name whose given name is a member's pseudonym is a third party's ("Kari Nordmann på
      // kommunen ringte"), unless it is said to her: opening its sentence (or after a greeting),
      // then a comma and a "you" or a reply ("Kari Nordmann, du har rett", "Per Hansen, thank
      // you"; a fresh tester, 2026-12-06, got only the full-name hint). Then the whole name is
      // the crosstalk finding, and the full-name hint on the same words gives way to it (index.ts).
      if (calledBy(text, index, surname)) out.push({ kind: 'crosstalk', index, match: text.slice(index, surname), hint: HINTS.crosstalkName });
      continue;
    }
    out.push({ kind: 'crosstalk', index, match, hint: HINTS.crosstalkName });
  }
  return out;
}

// How a word of a pseudonym is said to its bearer ("Kari, I think you…", "Grå, du burde…"). Right
// after it, a "you" or a question to them; for a given name also thanks. For any other word
// ("Grå"), not "du vet" / "you know": "Grå, du vet, var hele dagen" is a filler, not an address.
const YOU_FORMS = String.raw`du|dere|you|u|(?:i think|jeg tror) (?:you|u|du|dere)|(?:did|do|are|have|can|will|should) you|(?:har|er|sa|kan|vil|skal|bør|burde|må) (?:du|dere)`;
const TO_YOU = new RegExp(String.raw`^\s*[,:]?\s+(?:${YOU_FORMS}|thank you|thanks|takk|i hear you|jeg hører deg)(?![\p{L}'\u2019])`, 'iu');
const TO_YOU_WEAK = new RegExp(String.raw`^\s*[,:]?\s+(?:(?:${YOU_FORMS})(?![\p{L}'\u2019])(?!\s+(?:vet|skjønner|know|see)(?![\p{L}]))|(?:thank you|thanks|takk)(?![\p{L}'\u2019]))`, 'iu');
/**
 * What is said to someone right after their name, without a "you" first: "Spruce, I know how you
 * feel", "Quiet, hang in there", "Grå, jeg er med deg", "Fjord, jeg også." (a fresh tester,
 * 2026-12-06: a word of a two-word pseudonym before these went out as a share). A comfort, a
 * standing-by or an agreement: each is a reply to the one named, in either language.
 */
const REPLY_AFTER = new RegExp(
  String.raw`^\s*[,:]?\s+(?:i (?:know|understand|get|feel|see) (?:exactly |just )?(?:how|what) (?:you|u)|i feel (?:you|for you)|i(?:'m|\u2019m| am) (?:with|here for|so sorry for|sorry for|proud of) (?:you|u)|hang in there|stay strong|(?:you(?:'ve|\u2019ve)? )?got this|me too|same here|(?:big |warm )?hugs|sending (?:love|hugs|strength)|(?:so |very |really )?sorry(?: for your loss| to hear)|` +
    String.raw`jeg (?:vet|skj\u00F8nner|forst\u00E5r) (?:s\u00E5 |godt |akkurat )?(?:hvordan|hva) (?:du|dere)|jeg (?:er|st\u00E5r) (?:med|her for) deg|jeg f\u00F8ler med deg|jeg er (?:s\u00E5 )?(?:stolt av|lei meg for) deg|hold ut|heng i|st\u00E5 p\u00E5|jeg ogs\u00E5|samme her|(?:store |varme )?klemm?(?:er)?|s\u00E5 leit|kondolerer)(?![\p{L}'\u2019])`,
  'iu',
);
/** A word of a pseudonym spoken of as the one who shared: "Like Grå said", "det Stille delte". */
const SAID_AFTER = /^\s+(?:said|says|shared|mentioned|sa|sier|delte|nevnte)(?![\p{L}])/iu;
/** A given name and a comma or colon, then the next word (is it an address or a list, an apposition?). */
const NAME_COMMA = /^\s*[,:]\s*([\p{L}'\u2019]+)/u;
/** After "Kari,": "Kari, min søster, …", "Kari, som…", "Kari, Ola og jeg…" speak of Kari, not to her. */
const APPOSITION = new Set(['som', 'who', 'which', 'that', 'og', 'and', 'eller', 'or', 'nor', 'the', 'a', 'an', 'en', 'ei', 'den']);
/** Thanks and greetings right before a name: "takk Kari", "Thank you, Grå", "Kjære Kari". */
const GREETINGS = new Set(['takk', 'thanks', 'hei', 'hi', 'hello', 'hey', 'kjære', 'dear']);
/** After a name that ends an address: the end of a sentence or clause, or "for" ("takk Kari for…"). */
const ADDRESS_END = /^(?:\s*(?:[,.!?;:)\u2026]|$)|\s+(?:for|fordi|because)(?![\p{L}]))/u;
const SENTENCE_END_AFTER = /^\s*(?:[.!?\u2026]|$)/u;
const COMMA_BEFORE = /,\s*$/u;
const UPPER_FIRST = /^\p{Lu}/u;

const VOCATIVE_COMMA = /^\s*[,:]/u;

/**
 * Whether the name at `index` of `text`, ending at `end` (a full name: surnameEnd), is said to
 * its bearer: first in its sentence or after a greeting ("Takk, Kari Nordmann, …" no; "Hei Kari
 * Nordmann, du…"), then a comma or colon and a "you" or a reply (TO_YOU_WEAK, REPLY_AFTER: not
 * "Kari Nordmann, du vet, var sjefen min"). Asked only of a member's name with a surname after it.
 */
function calledBy(text: string, index: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (!VOCATIVE_COMMA.test(after) || !(TO_YOU_WEAK.test(after) || REPLY_AFTER.test(after))) return false;
  return isSentenceStart(text, index) || GREETINGS.has(wordsBefore(text, index, 1)[0] ?? '');
}

/**
 * Whether a word of a room member's pseudonym, at `index`, is said to them: at the start of a
 * sentence before "you" ("Kari, I think you…", "Grå, du burde…", "Grå du burde…") or a reply
 * (REPLY_AFTER: "Spruce, I know how you feel", "Quiet, hang in there"), after thanks
 * or a greeting at the end of the address ("Takk Kari.", "thanks Grå, …", "Kjære Kari,"), or at
 * the end of a sentence after a comma ("Jeg hører deg, Kari."), or spoken of as the one who
 * shared ("Like Grå said", "det Kari sa"). A given name counts at the start
 * of a sentence before a comma too ("Kari, det traff meg"), unless a list or an apposition
 * follows ("Kari, Ola og jeg…", "Kari, søsteren min, …"); any other word must be capitalised, as
 * a name is: "Grå" of "Grå Måke" is an adjective in "en grå dag", and in "grå, du burde…" too.
 * Never after a family word ("min søster Kari"): someone outside the meeting who shares a name.
 */
function partAddressed(text: string, index: number, match: string, given: boolean): boolean {
  if (!given && !UPPER_FIRST.test(match)) return false;
  const after = text.slice(index + match.length, index + match.length + 40);
  const before = wordsBefore(text, index, 2);
  if (before.some((w) => KIN.has(w))) return false;
  if (before.length === 0 && isSentenceStart(text, index)) {
    if ((given ? TO_YOU : TO_YOU_WEAK).test(after) || REPLY_AFTER.test(after)) return true;
    if (!given) return false;
    const next = NAME_COMMA.exec(after)?.[1];
    if (next === undefined) return false;
    const lower = next.toLowerCase().replaceAll('\u2019', "'");
    return !KIN.has(lower) && !APPOSITION.has(lower) && !(UPPER_FIRST.test(next) && !isNotName(next));
  }
  // Spoken of as the one who shared: a given name anywhere, any other word as a name, mid-sentence.
  if (SAID_AFTER.test(after) && (given || !isSentenceStart(text, index))) return true;
  const greeted = GREETINGS.has(before[0] ?? '') || (before[0] === 'you' && before[1] === 'thank');
  if (greeted) return ADDRESS_END.test(after) || (given ? TO_YOU : TO_YOU_WEAK).test(after);
  return COMMA_BEFORE.test(text.slice(Math.max(0, index - 3), index)) && SENTENCE_END_AFTER.test(after);
}

/**
 * A room member spoken to by one word of a pseudonym of two words or more: "Kari, I think you…"
 * with "Kari Nordmann" present, "Grå, du burde…" with "Grå Måke" (partAddressed says when). The
 * whole pseudonym is findName's; a word of it alone may be someone else's name or an everyday
 * word, so only an address counts, never a mention.
 */
function findPartAddressed(text: string, parts: Parts): Found[] {
  const out: Found[] = [];
  if (!parts.words.some((w) => mayHoldPhrase(text, w))) return out;
  for (const { index, 0: match } of execUnkept(text, parts.re())) {
    const given = parts.given.get(match.toLowerCase());
    if (given === undefined) continue;
    if (partAddressed(text, index, match, given)) out.push({ kind: 'crosstalk', index, match, hint: HINTS.crosstalkName });
  }
  return out;
}

/** A pseudonym as it would be written after `@`: "Stille Fjord" is "@stillefjord" or "@Stille_Fjord". */
const handleForms = (name: string): string[] => {
  const lower = name.toLowerCase();
  return [lower, lower.replace(/[\s-]+/gu, ''), lower.replace(/[\s-]+/gu, '_')];
};

/** "@Kari" when Kari is in the meeting: addressed to someone present, so crosstalk (and a handle). */
function findMentions(text: string, names: ReadonlySet<string>): Found[] {
  // Most shares hold no @handle at all: the room's handle forms are built only for one that does.
  if (!text.includes('@')) return [];
  const present = new Set([...names].flatMap(handleForms));
  const out: Found[] = [];
  for (const { index, match } of matches(text, MENTION)) {
    if (present.has(match.slice(1).toLowerCase())) out.push({ kind: 'crosstalk', index, match, hint: HINTS.crosstalkName });
  }
  return out;
}

export function findCrosstalk(text: string, otherNames: readonly string[]): Found[] {
  const out: Found[] = [];
  const room = roomNames(otherNames);
  const names = room.names;
  for (const p of room.people) out.push(...findName(text, p));
  if (room.parts !== null) out.push(...findPartAddressed(text, room.parts));
  for (const re of REPLIES_PREPARED) {
    for (const { index, match } of preparedMatches(text, re)) out.push({ kind: 'crosstalk', index, match, hint: HINTS.crosstalkReply });
  }
  for (const re of QUOTING_PREPARED) {
    // preparedExecAll, not matchAll: matchAll builds (and may recompile) a new RegExp per call (Issue 10).
    for (const m of preparedExecAll(text, re)) {
      const quoted = m[1];
      if (quoted !== undefined && isNotName(quoted)) continue;
      out.push({ kind: 'crosstalk', index: m.index, match: m[0], hint: HINTS.crosstalkReply });
    }
  }
  out.push(...findEarlierShare(text), ...findAddressed(text));
  // "Welcome to the newcomer. It gets better.": a promise to them after a welcome (unaddressed.ts).
  for (const { index, match } of promisesAfterWelcome(text)) out.push({ kind: 'crosstalk', index, match, hint: HINTS.crosstalkReply });
  out.push(...findMentions(text, names));
  // Every quoted line holds a ">"; most shares have none (Issue 10: the multiline scan ran over each).
  const quotedLines = !literalChecks.on || text.includes('>') ? matches(text, QUOTED_LINE) : [];
  for (const { index, match } of quotedLines) {
    const trimmed = match.trimStart();
    out.push({ kind: 'crosstalk', index: index + match.length - trimmed.length, match: trimmed, hint: HINTS.crosstalkReply });
  }
  // A welcome to whoever is new is said to the room ("Velkommen til deg som er ny", "Welcome to
  // our newcomer, you are in the right place", "To the newcomer: welcome, I am glad you came"):
  // a fresh tester (2026-12-06) had each called a reply, though the chair's bar suggests "a
  // special welcome to whoever is new". Advice to them stays the advice rules' (unaddressed.ts).
  return out.some((f) => f.hint === HINTS.crosstalkReply) ? out.filter((f) => f.hint !== HINTS.crosstalkReply || !inNewcomerWelcome(text, f.index)) : out;
}
