// What a member who has just become chair is told (the announcement and the note at the top of
// the chair bar). "The next step is always the big button in the chair bar" was untrue for a
// member handed the chair (or taking it over after the chair's seat lapsed) while someone shared:
// the bar's first step is then the round's own (chair-steps.ts roundStep), and there was nothing
// to press. The words follow that step, so they never point at a button that is not there. Pure.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict } from '../i18n.js';
import { giveWords, roundStep } from './chair-steps.js';

/**
 * The new chair's words in `v`: while the round (or open sharing) runs by itself (someone shares, a turn starts on
 * its own, a late turn is awaited) that nothing is to be pressed now and the bar shows the next
 * step when it is time; where the chair gives the turns, to press "Give the turn to <name>" (or
 * "Take your own turn": chair-steps.ts giveWords);
 * otherwise (the sharing done, before or after it, paused) the big button.
 */
export function chairCameWords(
  v: MeetingView,
  t: Pick<Dict, 'chairYouAnnounce' | 'chairYouAnnounceWait' | 'chairYouAnnounceWaitOpen' | 'chairYouAnnounceGive' | 'chairGiveNext' | 'chairTakeOwnTurn'>,
): string {
  const step = roundStep(v);
  // Open sharing is no round: its own words there (a fresh tester, 2026-12-06).
  if (step?.kind === 'wait') return v.phase === 'open' ? t.chairYouAnnounceWaitOpen : t.chairYouAnnounceWait;
  if (step?.kind === 'give') return t.chairYouAnnounceGive(giveWords(step, t));
  return t.chairYouAnnounce;
}
