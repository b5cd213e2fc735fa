// The pseudonym rule at the door (issue 12), one function for the server's join and the page's
// join form, so both say the same thing for the same name (docs/protocol.md "Pseudonyms").
//
// A pseudonym (after normalisation, 1–32 UTF-16 units) is made of letters of any script (with
// their combining marks), digits, spaces and hyphens, with at least one letter or digit. A name
// that looks like contact details is refused first, with its own code, because the person should
// hear why: a phone number ties them to the outside world as surely as their real name.
//   contact details: an `@` (an e-mail address or a handle: "kari@example.com", "@kari"), a `.`
//   (a web address or an e-mail: "kari.no"), a `_` (how handles are written: "kari_84",
//   "Ola_Nordmann"), `://`, or five or more digits in all (a phone number, written in pieces
//   or not: "+4791234567", "412 34 567").
// `_` is therefore never allowed: it is the handle mark, and a page that allowed it in the
// character rule but refused it as a handle would say two things at once.
//
// A name that is a title of the meeting's keepers or of the service ("Møteleder", "Moderator",
// "Chair", "Admin", "Runde") is refused last, with its own code: in the transcript it would read
// «Møteleder deler …» beside the real chair, and a newcomer cannot tell (a fresh tester,
// 2026-12-04). Only the whole name counts, so "Calm Chair" and "Vertinne Lys" are pseudonyms.
//
// A pseudonym that looks like a real full name is not refused, only doubted aloud on the join
// page (pseudonymLooksReal): the person may have made it up, and the hint is a question.
import { EVERYDAY_SURNAMES, isEverydayWord, isGivenName, isSurname, STORY_NAMES } from './words.js';

/** Why a pseudonym is refused; the codes' words are in shared/errors.ts (nb, en). */
export type PseudonymProblem = 'NAME_CONTACT' | 'NAME_CHARACTERS' | 'NAME_ROLE';

/**
 * Titles of the meeting's keepers and of the service, lower case, words joined by one space: a
 * pseudonym that is one of them, digits and a leading article aside, is NAME_ROLE.
 */
const ROLE_TITLES: ReadonlySet<string> = new Set([
  // bokmål (and nynorsk's "møteleiar")
  'møteleder', 'møtelederen', 'møteledar', 'møteleiar', 'medmøteleder', 'medleder', 'ordstyrer', 'ordstyreren',
  'moderator', 'moderatoren', 'admin', 'adminen', 'administrator', 'administratoren', 'administrasjonen',
  'runde', 'runde admin', 'runde team', 'runde teamet', 'runde support', 'support', 'system', 'systemet', 'server', 'serveren',
  // English
  'chair', 'chairperson', 'chairman', 'chairwoman', 'co chair', 'cochair', 'host', 'co host', 'cohost', 'mod', 'staff',
]);
/** A leading article or possessive that still makes the rest a title ("The Chair", "Din møteleder"). */
const TITLE_LEAD = /^(?:the|your|our|din|deres|vår|en|ein) /u;
const NOT_WORD = /[\p{N}\s-]+/gu;

/** Whether a normalised pseudonym is a title of the meeting's keepers or of the service (NAME_ROLE). Pure. */
export function pseudonymIsTitle(name: string): boolean {
  const words = name.normalize('NFC').toLowerCase().replace(NOT_WORD, ' ').trim();
  return ROLE_TITLES.has(words) || ROLE_TITLES.has(words.replace(TITLE_LEAD, ''));
}

const CONTACT_MARK = /[@._]|:\/\//u;
const ALLOWED = /^[\p{L}\p{M}\p{N} -]+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// A constant, not inline: a build that lowers \p{…} literals (esbuild for the page's targets, tsx) makes an inline one a new RegExp per call (Issue 10).
const DIGITS = /\p{N}/gu;
/** Five digits are a phone number in pieces; "Gjest 17" and "Tom 1984" are names. */
const PHONE_DIGITS = 5;

/** Whether `name` looks like contact details (phone, e-mail, handle, web address). Pure. */
export function pseudonymHasContact(name: string): boolean {
  return CONTACT_MARK.test(name) || (name.match(DIGITS)?.length ?? 0) >= PHONE_DIGITS;
}

/**
 * What is wrong with a normalised pseudonym, or null when it is fine: NAME_CONTACT before
 * NAME_CHARACTERS, so "+4791234567" is told it is a phone number, not that `+` is not a letter;
 * then NAME_ROLE (a keeper's or the service's title).
 * Length is the schema's (shared/protocol.ts `pseudonym`); uniqueness the meeting's (NAME_TAKEN).
 */
export function pseudonymProblem(name: string): PseudonymProblem | null {
  if (pseudonymHasContact(name)) return 'NAME_CONTACT';
  if (!ALLOWED.test(name) || !LETTER_OR_DIGIT.test(name)) return 'NAME_CHARACTERS';
  if (pseudonymIsTitle(name)) return 'NAME_ROLE';
  return null;
}

/** A word of a name: letters (with marks), hyphen-joined parts allowed ("Anne-Lise", "Berg-Hansen"). */
const NAME_WORD = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*$/u;
const ONLY_DIGITS = /^\p{N}+$/u;

/**
 * Whether a pseudonym looks like a real first name and surname, for the join page's soft
 * warning (client/pages/join.ts). Capitals alone say nothing here: every pseudonym is written
 * like a name ("Grå Måke", "Tired Mum"), so the rule asks for a name's parts. It is a full name
 * when, after dropping words of digits ("Kari Nordmann 2"), two to four words of letters are
 *   - a known given name (words.ts GIVEN_NAMES; each part of "Anne-Lise", "Per-Olav",
 *     "Mary-Jane"), then given names, initials or other words that are not everyday words
 *     ("Gro Harlem Brundtland"; not "Kari fra Bergen"), then a last word of two letters or more
 *     that is a surname (words.ts isSurname: "Dahl", "-sen", "-son", "-mann") or, after a given
 *     name that is not also an everyday word, any word that is neither an everyday word nor a
 *     given name ("Anne-Lise Berg", "Kari Nordmann"; not "Kari Glad", "Per Olav", "Kari N",
 *     and "Liv Glad" but "Liv Ullmann" is one);
 *   - or any first word that is not an everyday word, then a surname ("Tormod Kristiansen"; not
 *     "Rolig Hansen", and not "Grå Gåsen": a noun in the definite form is no patronymic).
 * A given name alone, or with an initial, is how members have long been known: never warned of;
 * nor is a story character's whole name (words.ts STORY_NAMES: "Ole Brumm", "Per Spelmann").
 */
export function pseudonymLooksReal(name: string): boolean {
  const words = name.normalize('NFC').trim().split(/\s+/u).filter((w) => !ONLY_DIGITS.test(w));
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return false;
  if (STORY_NAMES.has(words.join(' ').toLowerCase())) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if ([...last].length < 2) return false;
  if (isGivenName(first)) {
    if (!words.slice(1, -1).every((w) => isGivenName(w) || [...w].length === 1 || !isEverydayWord(w))) return false;
    if (isSurname(last)) return true;
    if (!isEverydayWord(first) && EVERYDAY_SURNAMES.has(last.toLowerCase())) return true;
    return !isEverydayWord(first) && !isEverydayWord(last) && !isGivenName(last);
  }
  return !isEverydayWord(first) && isSurname(last);
}
