// The share box's text after a send was accepted, and words found to have been shared after all
// (pure, no DOM: unit-tested).
import { normalizeText } from '../../shared/text.js';

/**
 * What stays in the share box after `sent` (the box's whole text when Send was pressed) was
 * accepted, the box now holding `now`: what was typed after it, or the box as it is when the sent
 * part itself was changed meanwhile (nothing is thrown away that the person may still need).
 */
export function unsentAfter(now: string, sent: string): string {
  if (now.startsWith(sent)) return now.slice(sent.length).replace(/^\s+/u, '');
  return now.trim() === sent.trim() ? '' : now;
}

/** A share's words with only what cleaning cannot change: no whitespace, no angle brackets. */
const bare = (s: string): string => normalizeText(s).replace(/[\s<>]/gu, '');
/** The text of `s` without its tags, as the server's cleaning leaves it (roughly: a tag's text stays). */
const untagged = (s: string): string => s.replace(/<\/?[A-Za-z][^<>]*>/g, '');

/**
 * Whether `delivered`, a `share` event's text (as the server normalised and cleaned it:
 * docs/protocol.md "Text and limits"), is the share `sent` as this page sent it: equal once
 * normalised, or, where cleaning changed it (markup taken out, a space put after a `<`), equal in
 * everything but whitespace and angle brackets, tags taken out or not. Only shares this page sent
 * are ever compared, so a loose match cannot take another's words for them.
 */
export function sameShare(sent: string, delivered: string): boolean {
  const d = normalizeText(delivered);
  if (d === '') return false;
  if (normalizeText(sent) === d) return true;
  const key = bare(d);
  return key !== '' && (bare(sent) === key || bare(untagged(sent)) === key);
}

/** A box's text with shared words cut out: `text`, where `from`..`to` of the old text became `put`. */
export interface Cut {
  text: string;
  from: number;
  to: number;
  put: string;
}

/** A letter, digit or combining mark: a cut never starts or ends between two of these. */
const WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * `box` without the words of a share that went to the room, `sent` (the text as sent), wherever
 * they stand in it now: the share box, or the draft box they were moved to when the turn ended
 * (after or before other words). `written` (the share box's whole text when Send was pressed):
 * where the box still begins with it, what follows is what was typed after (unsentAfter). Else
 * only where `sent` stands unchanged and as whole words ("Takk" is never cut out of
 * "Takknemlig"); the words around it are joined by a line break (or a space) as they were. Null
 * when the words are not there so: nothing is taken out that was not shared.
 */
export function cutShared(box: string, sent: string, written?: string): Cut | null {
  // A word is never cut in two: the words cut out start and end where a word does.
  const wordAt = (i: number): boolean => i >= 0 && i < box.length && WORD.test(box[i]!);
  if (written?.trim() && box.startsWith(written) && !(WORD.test(written[written.length - 1]!) && wordAt(written.length))) {
    const rest = box.slice(written.length);
    const to = box.length - rest.replace(/^\s+/u, '').length;
    return { text: box.slice(to), from: 0, to, put: '' };
  }
  const s = sent.trim();
  if (!s) return null;
  for (let i = box.indexOf(s); i >= 0; i = box.indexOf(s, i + 1)) {
    const end = i + s.length;
    if ((wordAt(i - 1) && WORD.test(s[0]!)) || (wordAt(end) && WORD.test(s[s.length - 1]!))) continue;
    const from = box.slice(0, i).replace(/\s+$/u, '').length;
    const to = box.length - box.slice(end).replace(/^\s+/u, '').length;
    const gap = box.slice(from, i) + box.slice(end, to);
    const put = from > 0 && to < box.length ? (gap.includes('\n') ? '\n' : ' ') : '';
    return { text: box.slice(0, from) + put + box.slice(to), from, to, put };
  }
  return null;
}
