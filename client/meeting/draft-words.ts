// The line under the share box while a member waits with the draft box shown above it: where the
// words go next. It used to promise "it moves to the text box when your turn starts" always, and
// a fresh tester (2026-12-03) whose time ran out in the round read it on after "The round is
// complete": in that round no turn was coming. Pure (unit-tested).
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict } from '../i18n.js';

/** The closing (or the end): no turn comes any more, so a draft is not sent. */
export const sharingOver = (v: Pick<MeetingView, 'phase'>): boolean => v.phase === 'closing' || v.phase === 'ended';

/**
 * The line for `v`'s reader, who is waiting (not speaking, not a listener, not muted), with the
 * speaker's name when someone is sharing: by hands and not in the queue, raise a hand; in a circle
 * round where their own turn is over (shared, passed, timed out, skipped), no turn is coming
 * there (open sharing may give one); in the closing, that the sharing is over and the draft is not
 * sent; otherwise the draft moves to the box when the turn comes.
 */
export function besideDraftWords(v: MeetingView, t: Dict): string {
  // In the closing no turn comes any more: the draft is the reader's alone and is not sent (a
  // fresh tester, 2026-12-03, was still promised a turn in the contributions pause).
  if (sharingOver(v)) return t.composerBesideDraftOver;
  const name = v.speaker ? (v.participants.find((p) => p.id === v.speaker?.id)?.name ?? null) : null;
  const queued = v.upNext.includes(v.you.id);
  if (handsClosedForYou(v)) return t.composerBesideDraftLastCall(name);
  if (v.effectiveMode === 'hands' && !queued) return t.composerBesideDraftHand(name);
  if (ownRoundTurnOver(v)) return t.composerBesideDraftDone(name);
  return t.composerBesideDraft(name);
}

/**
 * Whether a turn by hands cannot come to the reader any more: the last call has passed
 * (`view.plan.lastCall`) and their hand is not up. A fresh tester (2026-12-05) was still told
 * "raise your hand" after it, with the button there, and learnt only from the refusal.
 */
export function handsClosedForYou(v: MeetingView): boolean {
  if (v.effectiveMode !== 'hands' || !v.plan.lastCall) return false;
  const me = v.participants.find((p) => p.id === v.you.id);
  return (me?.hand ?? null) === null;
}

/**
 * Whether the reader has had their turn in the current circle round and none is coming in it:
 * their round status is an outcome (shared, passed, timed out, skipped) and they are not in line.
 */
export function ownRoundTurnOver(v: MeetingView): boolean {
  const status = v.participants.find((p) => p.id === v.you.id)?.status;
  const turnOver = status === 'shared' || status === 'passed' || status === 'timedOut' || status === 'sharedTimedOut' || status === 'skipped';
  return v.effectiveMode === 'circle' && v.phase === 'round' && turnOver && !v.upNext.includes(v.you.id);
}
