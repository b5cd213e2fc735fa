// Where a report goes, in words for the reporter (fresh tester on Issue 15: a chairless meeting
// still said "Tell the chair" as if someone would read it now). The server keeps a report made
// while nobody holds the chair (shared/meeting/reports.ts: it lives in the meeting's state), and
// whoever takes the chair sees it in their view: the reporter is told exactly that. Pure.
import type { Dict } from '../i18n.js';

/** The question above the reasons and the thanks after one, for a meeting with or without a chair now. */
export function reportWords(hasChair: boolean, t: Dict): { title: string; sent: string } {
  return hasChair ? { title: t.reportTitle, sent: t.reportSent } : { title: t.reportTitleNoChair, sent: t.reportSentNoChair };
}
