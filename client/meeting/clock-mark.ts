// The words beside a share clock that is not counting down. The speaker's own clock (TimeBox)
// and everyone's countdown (Countdown) say the same thing for the same cause: a fresh tester
// (2026-12-02) read "(paused)" on their own clock while offline, where the chair had paused
// nothing, beside "(not updated, no connection)" for the same clock elsewhere.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict } from '../i18n.js';

/**
 * Why `v`'s share clock is not counting down, in words for a parenthesis, or null while it runs.
 * `online` false: this page's connection is down. The causes, first match wins:
 * - offline on your own turn in a meeting the last view says is paused: paused, as the banner
 *   above says (a fresh tester, 2026-12-05, read "stopped while you have no connection" under
 *   "The chair has paused the meeting"; both are true, and the pause is what the page names);
 * - offline on your own turn: the server holds the turn with the clock stopped (turns.ts
 *   holdTurn), so it is stopped while you are offline;
 * - offline on someone else's turn: the clock is shown where it was last known, not live;
 * - the speaker's connection dropped (`heldUntil`): stopped while the turn is held;
 * - the chair paused the meeting (`frozen`): paused.
 */
export function clockMark(v: MeetingView, online: boolean, t: Dict): string | null {
  const sp = v.speaker;
  if (!sp) return null;
  if (!online && sp.id === v.you.id) return v.frozen ? t.countdownPaused : t.countdownOfflineMine;
  if (!online) return t.countdownOffline;
  if (sp.heldUntil !== null) return t.countdownHeld;
  return sp.frozen ? t.countdownPaused : null;
}
