// A segment's planned length in words, for the chair's "Next step: …" and the transcript's
// "Now: …" lines. Pure (the words come in), so describe.ts and its tests can use it.
import type { Dict } from '../i18n.js';

/**
 * `ms` (a planned length in ms) as words: whole minutes from a minute up ("5 min"), seconds below
 * ("12 sec", a shortened script), or null when there is nothing worth saying (under half a
 * second). Never "0 min".
 */
export function plannedLength(ms: number, t: Dict): string | null {
  if (ms >= 60_000) return t.scriptLengthMin(Math.round(ms / 60_000));
  const s = Math.round(ms / 1000);
  return s > 0 ? t.scriptLengthSec(s) : null;
}
