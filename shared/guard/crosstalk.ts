// Crosstalk: speaking to or about another participant instead of from oneself. One person
// speaks at a time and nobody comments on another's share (domain.md, "No crosstalk"); the
// server already allows no replies or mentions, so this catches the written habit of them.
import { findAddressed } from './addressed.js';
import { findEarlierShare } from './earlier.js';
import { HINTS } from './hints.js';
import { literalChecks } from './literals.js';
import type { Found } from './patterns.js';
import { APOS, CAP_WORD, END, START, escapeRegex, isSentenceStart, matches, phrase, prepareRegex, preparedExecAll, preparedMatches, wordsBefore, type PreparedRegex } from './patterns.js';
import { perRoom } from './room.js';
import { isEverydayWord, isNotName } from './words.js';

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
  phrase('svar til (?:forrige|den)|til den (?:forrige |siste )?som (?:delte|snakket|sa)|til den nye|enig med den som|forrige deling'),
  phrase('(?:tusen )?takk for (?:at du delte|delingen|det du delte)|jeg hører deg|delingen din|det som ble sagt (?:før meg|i sted|nettopp)|uenig (?:i|med) (?:det|den|deg)|kondolerer'),
  phrase(`(?:agree|disagree) with (?:the (?:last|previous)|what was said)|to the (?:newcomer|new (?:person|member|guy|woman|man|people))|the (?:last|previous) (?:speaker|share)`),
  phrase(`thank(?:s| you) for (?:sharing|your share|what you shared)|i hear you|your (?:share|story)|what was said (?:before me|earlier|just now)|sorry for your loss`),
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

const KIN = new Set(
  'my min mitt mi sister brother son daughter mother father wife husband friend partner colleague neighbour neighbor niece nephew aunt uncle cousin søster bror sønn datter mor far kone mann venn venninne kollega nabo niese nevø tante onkel fetter kusine sønnen datteren søsteren broren vennen venninnen kona mannen'.split(' '),
);
// "Sol you are so brave", "Grace du er…": a name followed straight by "you" is someone spoken to;
// so is "Håp thank you", "Sol I think you meant…"; "Grace's share" is someone's share.
const ADDRESSED = /^(?:\s*[,:]|\s+(?:you|u|du|dere|i hear you|jeg hører deg)(?![\p{L}'\u2019])|\s+(?:is|was|har|var|er) (?:so |så |helt |absolutely |quite )?(?:right|rett)|\s+(?:said|sa|shared|delte|mentioned|nevnte)\b|\s+(?:thank you|thanks|takk|i think (?:you|u)|jeg tror (?:du|dere)|did you|do you|are you|har du|er du|sa du)(?![\p{L}'\u2019])|\s+(?:share|story|words|sharing|deling|delingen)(?![\p{L}]))/iu;

/** A name as a pattern: regex characters escaped, any run of white space matching any other. */
const namePattern = (name: string): string => escapeRegex(name).replace(/\s+/gu, String.raw`\s+`);

/** The room's names (NFC, trimmed, none empty) and a test whether any of them occurs in a text (anyNameIn). */
interface RoomNames {
  names: ReadonlySet<string>;
  test: RegExp | null;
  /** findName's pattern for each name, in the order of `names`. */
  people: Person[];
}

interface Person {
  re: PreparedRegex;
  /** A one- or two-letter name, or one that is an everyday word: it counts only when written as a name. */
  strict: boolean;
}

const roomNames = perRoom((otherNames): RoomNames => {
  const names = new Set(otherNames.map((n) => n.normalize('NFC').trim()).filter((n) => n.length > 0));
  return { names, test: names.size === 0 ? null : new RegExp([...names].map(namePattern).join('|'), 'iu'), people: [...names].map(person) };
});

/**
 * findName's pattern for `name`, made once per room (Issue 10: CPU per delivery). Made per share,
 * for every name in the room whenever one of them occurred ("Per" in "person" will do), each new
 * regex was compiled or looked up in V8's cache, had its literals read (literals.ts) and added a
 * requirement to the literal program, which grew with every such share. A kept regex keeps its
 * literals, so matches() skips the names a share does not hold.
 */
function person(name: string): Person {
  const escaped = namePattern(name);
  // Norwegian and English possessives: "Karis", "Kari's". A name inside an e-mail address or a
  // link is left to the PII check.
  const re = new RegExp(`${START}(?<![.@/])${escaped}(?:['’]?s)?${END}(?!@|\\.[\\p{L}\\p{N}])`, 'giu');
  // A one- or two-letter name, or one that is an everyday word, counts only when written as a
  // name: capitalised and not merely first in its sentence.
  return { re: prepareRegex(re), strict: [...name].length <= 2 || isEverydayWord(name) };
}

/**
 * Whether any of the room's names occurs in `text` at all, matched as findName's own pattern
 * matches it (the same flags, no word-boundary or context checks). Every finding of findName is
 * such an occurrence, so when this is false findName would find nothing for any of them. One pass
 * over the text for the whole room instead of one per person (Issue 10: 49 patterns per share in
 * a 50-person meeting were the server's largest CPU cost). The pattern is kept per room (perRoom).
 */
function anyNameIn(text: string, room: RoomNames): boolean {
  return room.test !== null && room.test.test(text);
}

function findName(text: string, { re, strict }: Person): Found[] {
  const out: Found[] = [];
  for (const { index, match } of preparedMatches(text, re)) {
    const first = match[0] ?? '';
    // "my sister Sol", "søsteren min Kari" is someone outside the meeting who shares a name.
    if (wordsBefore(text, index, 1).some((w) => KIN.has(w))) continue;
    // An everyday word as a name counts first in a sentence only when it is addressed ("Grace,")
    // or spoken of ("Grace is so right", "Håp sa").
    const addressed = ADDRESSED.test(text.slice(index + match.length, index + match.length + 24));
    if (strict && (first === first.toLowerCase() || (isSentenceStart(text, index) && !addressed))) continue;
    out.push({ kind: 'crosstalk', index, match, hint: HINTS.crosstalkName });
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
  if (anyNameIn(text, room)) for (const p of room.people) out.push(...findName(text, p));
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
  out.push(...findMentions(text, names));
  // Every quoted line holds a ">"; most shares have none (Issue 10: the multiline scan ran over each).
  const quotedLines = !literalChecks.on || text.includes('>') ? matches(text, QUOTED_LINE) : [];
  for (const { index, match } of quotedLines) {
    const trimmed = match.trimStart();
    out.push({ kind: 'crosstalk', index: index + match.length - trimmed.length, match: trimmed, hint: HINTS.crosstalkReply });
  }
  return out;
}
