// Telling the chair, quietly (issue 12): anyone seated can send the chair a wordless report with a
// fixed reason about a share they saw; the chair sees the reason and the share, never who sent
// it. The chair can hide a posted share: it is replaced by "removed by the chair" for everyone,
// live and in every replay served later (resume, a returning chair key), and its author is told.
// Source: domain.md "The rules the server enforces" (no crosstalk, no advice; "a harsh or
// intoxicated participant can wreck a meeting: the chair needs quiet, effective tools").
//
// A share is named by the seq of the command that posted it (LoggedEvent.seq): a share command
// (or releaseHeld) posts exactly one share event, so the seq is unique to it. The state keeps a
// record per posted share (seq, author, pseudonym, words, hidden, reports): the chair's list
// shows the words to the chair alone, whenever they came in (a latecomer gets no earlier shares,
// but a chair asked to remove or leave one must be able to read it: a fresh tester, 2026-12-06,
// was asked about "a share from before you came in", and it held a phone number). Hiding a share
// drops its words from the record too. Everything here lives in the meeting's state and goes
// with it when the meeting ends, or when a weekly group's meeting empties (membership.ts).
import type { ErrorCode } from '../errors.js';
import type { GuardKind } from '../guard/patterns.js';
import { LIMITS } from '../limits.js';
import type { MeetingEvent } from './events.js';
import type { MeetingState, Participant, PostedShare } from './state.js';
import type { LoggedEvent } from './view.js';

/** advice: advice or crosstalk; personal: personal details about someone; harassment; crisis: someone seems in crisis. */
export const REPORT_REASONS = ['advice', 'personal', 'harassment', 'crisis'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/**
 * What the chair sees of the reports on one share: the reason and how many sent it, never who.
 * `guardHint`: no person's report but the guard's own mark, the share went out after its hint
 * (count 1): a fresh tester (2026-12-05) saw a phone number and advice go out with one more press
 * while the chair bar said "you only need to step in if something goes wrong".
 */
export interface ReportView {
  /** The share's seq (LoggedEvent.seq of its `share` event). */
  share: number;
  reason: ReportReason | 'guardHint';
  count: number;
  /**
   * With `guardHint`: what the guard found, each kind once ('pii': contact details or a full
   * name; 'advice'; 'crosstalk'), so the chair knows what to look for (a fresh tester,
   * 2026-12-05: the mark did not say). Absent for a share recorded before the kinds were kept.
   */
  kinds?: GuardKind[];
  /**
   * The share's author's pseudonym and its words, whole, as they went out (the `share` event's
   * `name` and `text`), on every entry of the share: the chair judges the share from them, also
   * one posted before they came in (a fresh tester, 2026-12-06). Null only for a share recorded
   * before the words were kept (2026-12-06).
   */
  name: string | null;
  text: string | null;
}

const postedShares = (s: MeetingState): PostedShare[] => (s.shares ??= []);

/**
 * Puts `next` in place of the record at `seq`. Records are shared between a state and decide()'s
 * copy of it (clone.ts cloneState): one is replaced, never changed in place.
 */
function replaceShare(s: MeetingState, seq: number, next: PostedShare): void {
  const shares = postedShares(s);
  const i = shares.findIndex((x) => x.seq === seq);
  if (i >= 0) shares[i] = next;
}

/**
 * Records a share as it goes out; called wherever a `share` event is pushed (guard-mode.ts), with
 * the event's author (`author.id`, `author.name`: their pseudonym) and `text`, kept for the
 * chair's list (reportsView). `guardKinds`: it goes out after the guard's hint, which found these
 * kinds (the chair's list shows it); null for a share the guard let through.
 */
export function recordShare(s: MeetingState, author: Pick<Participant, 'id' | 'name'>, text: string, guardKinds: GuardKind[] | null = null): void {
  // decide() sets seq to state.seq + 1 for the command being applied: the share event's seq.
  const shares = postedShares(s);
  shares.push({ seq: s.seq + 1, id: author.id, name: author.name, text, hidden: false, reports: [], ...(guardKinds ? { guarded: true as const, ...(guardKinds.length > 0 ? { guardKinds: [...new Set(guardKinds)] } : {}) } : {}) });
  // Bounded like the log (which keeps the newest 2000 room events, so at most 2000 shares): a
  // share older than that is in no replay any more, and nobody can report what they cannot see.
  if (shares.length > LIMITS.sharesKept) shares.splice(0, shares.length - LIMITS.sharesKept);
}

/**
 * A report from `me` about the share posted at `seq`. Errors: UNKNOWN_SHARE (no such share, or
 * posted before `me` joined: they never saw it), NOT_ALLOWED (their own share, or the reporter
 * is the chair, who can act directly), ALREADY_DONE (they reported this share already, or it is
 * hidden), REPORT_LIMIT (LIMITS.reportsPerPerson reports in this meeting).
 */
export function report(s: MeetingState, me: Participant, seq: number, reason: ReportReason, ev: MeetingEvent[]): ErrorCode | undefined {
  const share = postedShares(s).find((x) => x.seq === seq);
  if (!share || seq < me.joinedSeq) return 'UNKNOWN_SHARE';
  if (share.id === me.id || s.chairId === me.id) return 'NOT_ALLOWED';
  if (share.hidden || share.reports.some((r) => r.by === me.id)) return 'ALREADY_DONE';
  const sent = postedShares(s).reduce((n, x) => n + x.reports.filter((r) => r.by === me.id).length, 0);
  if (sent >= LIMITS.reportsPerPerson) return 'REPORT_LIMIT';
  replaceShare(s, seq, { ...share, reports: [...share.reports, { by: me.id, reason }] });
  // Private to the chair, never logged; a chair who comes later sees it in their view.
  // Not to a chair whose own share it is (reportsView leaves it off their list too).
  if (s.chairId && s.chairId !== share.id) ev.push({ type: 'reported', share: seq, reason, to: s.chairId });
  return undefined;
}

/** The chair hides the share posted at `seq`. Errors: UNKNOWN_SHARE, ALREADY_DONE. */
export function hideShare(s: MeetingState, seq: number, ev: MeetingEvent[]): ErrorCode | undefined {
  const share = postedShares(s).find((x) => x.seq === seq);
  if (!share) return 'UNKNOWN_SHARE';
  if (share.hidden) return 'ALREADY_DONE';
  // The reports did their work: who sent them is no longer needed even inside the server, nor
  // the words, which nobody is shown again (withoutHidden).
  const { name: _, text: __, ...rest } = share;
  replaceShare(s, seq, { ...rest, hidden: true, reports: [] });
  ev.push({ type: 'shareHidden', share: seq, id: share.id });
  // The author is told in words (the page), even in a discreet meeting where the room event
  // still reaches everyone: it names the same person the share itself named.
  return undefined;
}

/**
 * The chair looked at the share posted at `seq` and leaves it as it is: the guard's mark and the
 * members' reports so far are off the chair's list, for this chair and any after (a fresh tester,
 * 2026-12-05: a mark left on one page came back on a reload; the next, that a member's report
 * could not be dismissed, only the share removed, and the bar said "reported" to the end). A
 * report sent after this (by someone who had not reported it) is listed again; who reported
 * stays known inside the server, so nobody reports it twice. No event: only the chair's view
 * changes. Errors: UNKNOWN_SHARE, ALREADY_DONE (nothing on it to leave: never marked or reported,
 * left already, or hidden).
 */
export function leaveShare(s: MeetingState, seq: number): ErrorCode | undefined {
  const share = postedShares(s).find((x) => x.seq === seq);
  if (!share) return 'UNKNOWN_SHARE';
  if (share.hidden || (!share.guarded && openReports(share).length === 0)) return 'ALREADY_DONE';
  const { guarded: _, guardKinds: __, ...left } = share;
  replaceShare(s, seq, { ...left, reportsLeft: share.reports.length });
  return undefined;
}

/** The members' reports on `share` the chair has not left as they are (PostedShare.reportsLeft). */
const openReports = (share: PostedShare): PostedShare['reports'] => (share.reportsLeft ? share.reports.slice(share.reportsLeft) : share.reports);

/**
 * The chair's list of open reports, grouped by share and reason, oldest share first, a share that
 * went out after the guard's hint first among its own (`guardHint`), each entry with the share's
 * author's pseudonym and words (whenever the chair came in: the chair is asked to judge it); null
 * for everyone else, who never get a share's words from here.
 */
export function reportsView(s: MeetingState, youId: string): ReportView[] | null {
  if (s.chairId !== youId) return null;
  const out: ReportView[] = [];
  for (const share of postedShares(s)) {
    // Nor one's own share: handed the chair, the one reported would learn of it, and judge it
    // (a fresh tester, 2026-12-05). It stays on the list of any other chair.
    if (share.hidden || share.id === youId) continue;
    const words = { name: share.name ?? null, text: share.text ?? null };
    if (share.guarded) out.push({ share: share.seq, reason: 'guardHint', count: 1, ...(share.guardKinds ? { kinds: share.guardKinds } : {}), ...words });
    const open = openReports(share);
    for (const reason of REPORT_REASONS) {
      const count = open.filter((r) => r.reason === reason).length;
      if (count > 0) out.push({ share: share.seq, reason, count, ...words });
    }
  }
  return out;
}

/**
 * A replay with every hidden share replaced by its `shareHidden` marker at the share's own seq:
 * the text never leaves the server again once the chair hid it.
 */
export function withoutHidden<L extends LoggedEvent>(s: Pick<MeetingState, 'shares'>, entries: L[]): L[] {
  const hidden = new Set((s.shares ?? []).filter((x) => x.hidden).map((x) => x.seq));
  if (hidden.size === 0) return entries;
  return entries.map((l) =>
    l.event.type === 'share' && hidden.has(l.seq) ? { ...l, event: { type: 'shareHidden', share: l.seq, id: l.event.id } } : l,
  );
}
