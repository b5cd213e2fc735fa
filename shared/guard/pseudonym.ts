// Pseudonyms are checked at the door (issue 12): a name that holds a phone number, an e-mail
// address or a social-media handle would tie the person to the outside world. The pseudonym
// charset (letters, digits, space, `-`, `_`) already rules out `@` and `.`; what is left to catch
// is a run of digits that reads as a phone number and handle-like names ("kari_84", "per_nordmann").
import { findPii } from './pii.js';
import { HINTS } from './hints.js';

/** Whether `name` looks like contact details (phone, e-mail, handle). Pure; used by the server. */
export function pseudonymHasContact(name: string): boolean {
  if (findPii(name, 'nb', []).some((f) => f.hint === HINTS.phone || f.hint === HINTS.email || f.hint === HINTS.url)) return true;
  // Five or more digits in all: a phone number, written in pieces or not.
  if ((name.match(/\p{N}/gu)?.length ?? 0) >= 5) return true;
  if (/[@.]/u.test(name)) return true;
  // A handle: words joined by "_" (no spaces), or "_" next to digits.
  return /^[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+$/u.test(name) || /_\p{N}|\p{N}_/u.test(name);
}
