// What the status line tells everyone but the chair while nobody shares (Issue 15 re-trial: after
// the chair's connection dropped, a member's line went on saying "the readings come by
// themselves" through the silence and the topic, because the words followed the phase, not the
// script's segment). Every sentence here is derived from the view alone — the current segment
// and who chairs — so each new view words it afresh. Pure (no DOM): unit-tested.
import type { SegmentKind } from '../../shared/meeting/formats.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict } from '../i18n.js';

/**
 * Who chairs, as this viewer may know it: `present` (a chair whose connection is up, or a
 * discreet meeting's chair, whom members are not shown), `away` (the chair's seat is held while
 * their connection is down: the script runs the meeting meanwhile), or `none` (nobody holds the
 * chair). A discreet meeting tells members only whether the chair is vacant (`chairVacant`).
 */
export type ChairState = 'present' | 'away' | 'none';

export function chairState(v: MeetingView): ChairState {
  if (v.chairVacant || (v.chairId === null && !v.discreet)) return 'none';
  if (v.chairId === null) return 'present';
  const chair = v.participants.find((p) => p.id === v.chairId);
  return chair && !chair.connected ? 'away' : 'present';
}

/**
 * The people a circle round waits for: it is running with nobody sharing and nobody left in
 * line, and they are owed a late turn (`missed`) with their connection down, their seat kept. A
 * fresh tester (2026-12-05): the chair's bar went on with "The round runs by itself" and the
 * members read "Waiting for the next person" for up to the seat's grace, nobody told why.
 */
export function lateTurnsAwaited(v: MeetingView): string[] {
  if (v.phase !== 'round' || v.effectiveMode !== 'circle' || !v.roundActive || v.speaker || v.upNext.length > 0) return [];
  return v.participants.filter((p) => p.status === 'missed' && !p.connected).map((p) => p.name);
}

const waitsForLateTurn = (v: MeetingView): boolean => lateTurnsAwaited(v).length > 0;

/** The segments of the opening and the closing: worded here (the sharing is worded by turn mode). */
type Worded = Exclude<SegmentKind, 'round' | 'open'>;

/** The segment the opening or closing is in: the script's, or (no script) the phase's own. */
function wordedSegment(v: MeetingView): Worded | null {
  const kind = v.script?.kind;
  if (kind && kind !== 'round' && kind !== 'open') return kind;
  if (v.phase === 'opening') return 'readings';
  if (v.phase === 'closing') return 'closing';
  return null;
}

/**
 * Whether `v`'s reader may raise a hand now (the button Actions shows): turns by hands in the
 * round or open sharing, taking part (not listening), not muted, and not sharing themselves.
 */
export function canRaiseHand(v: MeetingView): boolean {
  const me = v.participants.find((p) => p.id === v.you.id);
  const inRound = v.phase === 'round' || v.phase === 'open';
  return inRound && v.effectiveMode === 'hands' && me?.role === 'participant' && !me.muted && v.speaker?.id !== v.you.id;
}

/**
 * The status line's words for someone who is not the chair, while nobody shares, in the page's
 * language (`t`): the gathering, then the opening's and closing's segment as the chair or (none
 * present) the script runs it, then the sharing by turn mode. Null when a speaker holds the turn
 * (the caller words that).
 */
export function othersWordsNow(v: MeetingView, t: Dict): string | null {
  if (v.speaker) return null;
  const chair = chairState(v);
  // Paused, nothing moves on without the chair (a fresh tester, 2026-12-05: the line said the
  // meeting went on by itself while the transcript said it stayed paused).
  if (v.frozen && chair === 'away' && v.phase !== 'ended') return t.tChairDroppedPaused;
  // Paused with the chair here: the pause, not the segment (a third tester read "The chair is
  // opening the meeting" under "The chair has paused the meeting").
  if (v.frozen && v.phase !== 'ended' && v.phase !== 'gathering') return t.tFrozen;
  switch (v.phase) {
    case 'gathering':
      return chair === 'none' ? t.turnNone_gathering_noChair : chair === 'away' ? t.turnNone_gathering_chairAway : t.turnNone_gathering;
    case 'ended':
      return t.turnNone_ended;
    case 'round':
    case 'open':
      // "Raise your hand" only to someone who has the button (actions.ts): a listener or a muted
      // member is told how the turns go, not asked to press what is not there (a fresh tester).
      // A round by raised hands ends when the chair here goes on: said, in words true before and
      // after everyone has had a turn (a member's view does not say which: plan.toShare is the
      // chair's), not "raise your hand" alone once the chair's bar says everyone has.
      if (v.effectiveMode === 'hands') {
        if (v.plan.lastCall) return v.upNext.length > 0 ? t.turnNone_handsClosed : t.turnNone_handsClosedNone;
        const round = v.phase === 'round' && chair === 'present';
        if (canRaiseHand(v)) return round ? t.turnNone_handsRound : t.turnNone_hands;
        return round ? t.turnNone_handsRoundOthers : t.turnNone_handsOthers;
      }
      if (waitsForLateTurn(v)) return t.turnNone_roundWaitsLate;
      if (v.effectiveMode === 'chairPicks') return chair === 'away' ? t.turnNone_chairPicks_chairAway : t.turnNone_chairPicks;
      return v.roundActive ? t.turnNone_round : t.turnNone_roundDone;
  }
  const seg = wordedSegment(v);
  if (!seg) return t.turnNone_round;
  // The topic set, the chair is no longer "setting" it (a fresh tester, 2026-12-05).
  if (chair === 'present' && v.script && seg === 'topic' && v.topic) return t.segPresent_topicSet;
  if (chair === 'present') return v.script ? t[`segPresent_${seg}`] : v.phase === 'opening' ? t.turnNone_opening : t.turnNone_closing;
  const words = readingsPosted(v, seg) ? t[`segScriptRead_${seg}`] : t[`segScript_${seg}`];
  return chair === 'away' ? t.turnScript_chairAway(words) : t.turnScript_noChair(words);
}

/**
 * Whether the segment's readings are all posted already (a fresh tester, 2026-12-05: the chair
 * posted the welcome, dropped, and every member read "The welcome comes by itself" under the
 * welcome in their transcript). Only segments whose words are their readings.
 */
function readingsPosted(v: MeetingView, seg: Worded): seg is 'welcome' | 'readings' | 'closing' {
  if (seg !== 'welcome' && seg !== 'readings' && seg !== 'closing') return false;
  const r = v.script?.readings;
  return !!r && r.length > 0 && r.every((x) => x.posted);
}
