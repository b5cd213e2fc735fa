// What the chair's list of reports quotes of a share (reports-panel.ts). The server sends the
// chair the share's pseudonym and words on each entry (ReportView `name`, `text`), whenever the
// chair came in: a fresh tester (2026-12-06), back through the chair link, was asked to remove or
// leave "a share from before you came in this time (its words are not shown again here)", and it
// held a phone number. A long share is cut to an excerpt with a way to read it whole: what the
// guard found may sit at its end. Pure.
import type { ReportView } from '../../shared/meeting/reports.js';
import type { Dict } from '../i18n.js';

/** How many characters of a share the list shows before "Show the whole share". */
export const EXCERPT_CHARS = 280;

/** A share's author (pseudonym) and words. */
export interface QuotedShare {
  name: string;
  text: string;
}

/**
 * The share a report entry concerns: its words from the view (the server's, for the chair), else
 * from this page's transcript (`fromPage`, for an entry recorded before the server kept the words,
 * 2026-12-06), else null.
 */
export function reportedShare(entry: Pick<ReportView, 'name' | 'text'>, fromPage: QuotedShare | null): QuotedShare | null {
  if (entry.text !== null) return { name: entry.name ?? '', text: entry.text };
  return fromPage;
}

/**
 * The list's quote of `share` (`Name: words`), cut to EXCERPT_CHARS with " …" unless `whole`,
 * and the label of the button that shows the rest or cuts it again (null: the share is short, no
 * button). A share whose words are known nowhere says so (`reportsEarlier`), with no button.
 */
export function reportQuote(share: QuotedShare | null, whole: boolean, t: Dict): { quote: string; toggle: string | null } {
  if (!share) return { quote: t.reportsEarlier, toggle: null };
  const long = share.text.length > EXCERPT_CHARS;
  const text = long && !whole ? `${share.text.slice(0, EXCERPT_CHARS)} …` : share.text;
  return { quote: share.name ? `${share.name}: ${text}` : text, toggle: long ? (whole ? t.reportShowLess : t.reportShowWhole) : null };
}
