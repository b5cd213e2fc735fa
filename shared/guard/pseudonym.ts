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

/** Why a pseudonym is refused; the codes' words are in shared/errors.ts (nb, en). */
export type PseudonymProblem = 'NAME_CONTACT' | 'NAME_CHARACTERS';

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
 * NAME_CHARACTERS, so "+4791234567" is told it is a phone number, not that `+` is not a letter.
 * Length is the schema's (shared/protocol.ts `pseudonym`); uniqueness the meeting's (NAME_TAKEN).
 */
export function pseudonymProblem(name: string): PseudonymProblem | null {
  if (pseudonymHasContact(name)) return 'NAME_CONTACT';
  if (!ALLOWED.test(name) || !LETTER_OR_DIGIT.test(name)) return 'NAME_CHARACTERS';
  return null;
}
