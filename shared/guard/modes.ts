// Which of the guard's findings count in which mode (issue 12), in one place for the server's
// check (shared/meeting/guard-mode.ts) and the page's live hints (client/meeting/composer.ts), so
// the page never shows a hint the server would not act on, nor the other way round.
//   off   — contact details only (phone, identity or account number, e-mail, link, @handle, street address);
//   nudge, hold — contact details, advice, crosstalk and full names stop a share; the hint on place
//           names shows while typing but never stops anything. A full name went to the whole room
//           with one press while advice was stopped (two fresh testers, 2026-12-02): a third
//           party's name, or the writer's own, is what anonymity protects first; a false one (two
//           capitalised words) costs one more press.
import type { GuardMode } from '../meeting/guard-mode.js';
import { HINTS, type Text } from './hints.js';
import type { GuardKind } from './patterns.js';

interface Finding {
  kind: GuardKind | string;
  hint: Text;
}

const CONTACT = new Set<Text>([HINTS.phone, HINTS.idNumber, HINTS.email, HINTS.url, HINTS.handle, HINTS.address]);
const NAMES = new Set<Text>([HINTS.fullName, HINTS.ownFullName]);

/** Contact details: the personal-details hint in every mode, the guard off or not. */
export const isContactHint = (f: Finding): boolean => CONTACT.has(f.hint);

/**
 * Whether the finding stops what a chair writes to the whole room (a note, the topic) for a look
 * in `mode`: contact details in every mode, and full names where they stop a share (not `off`).
 * The chair may name members by their pseudonyms (the room's names are crosstalk to the guard,
 * never stopped here), and advice and crosstalk are the rules of a share, not of the chair's
 * words; but a phone number in a note reached everyone at once (a fresh tester, 2026-12-05: in a
 * rotating format any volunteer becomes the chair), and so did "Thank you Per Hansen" (another).
 * A help line's number is sent with one more press.
 */
export const stopsKeeperText = (f: Finding, mode: GuardMode): boolean => isContactHint(f) || (mode !== 'off' && NAMES.has(f.hint));

/** Whether the finding stops a share for a look in `mode` (GUARD_HINT in nudge/off, held in hold). */
export const stopsShare = (f: Finding, mode: GuardMode): boolean =>
  isContactHint(f) || (mode !== 'off' && (f.kind === 'advice' || f.kind === 'crosstalk' || NAMES.has(f.hint)));

/** Whether the page shows the finding while typing in `mode`: in `off` exactly what the server stops. */
export const shownWhileTyping = (f: Finding, mode: GuardMode): boolean => (mode === 'off' ? isContactHint(f) : true);

/**
 * The page's hints after the server refused a share with GUARD_HINT: its own (`shown`), plus a
 * general hint in the words of that kind for each advice or crosstalk finding of the server's
 * that the page's rules did not see (the server's model, shared/guard/model.ts, which the page
 * does not load), so the speaker is never asked to look again with nothing to look at; with the
 * words the server found (`matches`: its `match`, a whole sentence for the model) for the page to
 * quote: with only the general hint, a fresh tester (2026-12-06) could not tell what was meant,
 * while the page went on about "the words quoted above".
 */
export function withServerFindings<H extends Finding>(shown: H[], findings: { kind: string; match?: string }[]): (H | (Finding & { matches?: string[] }))[] {
  const out: (H | (Finding & { matches?: string[] }))[] = [...shown];
  for (const f of findings) {
    if ((f.kind !== 'advice' && f.kind !== 'crosstalk') || out.some((h) => h.kind === f.kind)) continue;
    out.push({ kind: f.kind, hint: f.kind === 'advice' ? HINTS.advice : HINTS.crosstalkReply, ...(f.match ? { matches: [f.match] } : {}) });
  }
  return out;
}
