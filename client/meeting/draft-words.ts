// The line under the share box while a member waits with the draft box shown above it: where the
// words go next. It used to promise "it moves to the text box when your turn starts" always, and
// a fresh tester (2026-12-03) whose time ran out in the round read it on after "The round is
// complete": in that round no turn was coming. Every line here is chosen by one outlook
// (draftOutlook), so a turn is promised only where one is coming. Pure (unit-tested).
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict } from '../i18n.js';

/** The closing (or the end): no turn comes any more, so a draft is not sent. */
export const sharingOver = (v: Pick<MeetingView, 'phase'>): boolean => v.phase === 'closing' || v.phase === 'ended';

/**
 * What a turn holds for `v`'s reader, who is not speaking now, as far as the draft box's words
 * go. Only `turn` promises one: the reader is in line (a circle's pending or late turn, a raised
 * hand in the queue), or the round ahead is a circle that gives everyone a turn. The others say
 * how one may come, or that none is coming:
 * - `over`: the closing or the end; no turn comes any more;
 * - `listener`, `muted`: no turn while so;
 * - `lastCall`: by hands, the last call has passed and the reader's hand is not up;
 * - `raiseHand`: by hands, hands are still taken: a raised hand brings a turn;
 * - `openLater`: no turn in this circle round (had, or the round is complete), open sharing comes after it;
 * - `noMore`: no turn in this circle round, and no open sharing after it (the format has none);
 * - `chairPicks`: the chair gives the turns; one may come, none is promised.
 * A fresh tester (2026-12-06) read "The round is complete" beside a draft box still promising a
 * turn: every state where none is coming says so here, not only the ones found so far.
 */
export type DraftOutlook = 'turn' | 'over' | 'listener' | 'muted' | 'lastCall' | 'raiseHand' | 'openLater' | 'noMore' | 'chairPicks';

/** `v`'s reader's outlook for a turn (DraftOutlook). */
export function draftOutlook(v: MeetingView): DraftOutlook {
  if (sharingOver(v)) return 'over';
  const me = v.participants.find((p) => p.id === v.you.id);
  if (me?.role === 'listener') return 'listener';
  if (me?.muted) return 'muted';
  if (v.upNext.includes(v.you.id) || (v.effectiveMode === 'hands' && (me?.hand ?? null) !== null)) return 'turn';
  // Before the round (the draft box shown for words kept or written): the format's own way.
  if (v.phase === 'gathering' || v.phase === 'opening') return v.turnMode === 'circle' ? 'turn' : v.turnMode === 'hands' ? 'raiseHand' : 'chairPicks';
  if (v.effectiveMode === 'hands') return handsClosedForYou(v) ? 'lastCall' : 'raiseHand';
  if (v.effectiveMode === 'chairPicks') return 'chairPicks';
  // A circle round that is not bringing the reader a turn: done in it, complete, or joined after.
  return openSharingAhead(v) ? 'openLater' : 'noMore';
}

/** Whether open sharing (raised hands) is still to come after the round, by the meeting's script. */
export function openSharingAhead(v: MeetingView): boolean {
  const s = v.script;
  return v.phase === 'round' && !!s && s.segments.slice(s.index + 1).some((x) => x.kind === 'open');
}

/**
 * The line beside the draft box for `v`'s reader, with the speaker's name when someone is
 * sharing: where the words go next, by draftOutlook. It promises the share box at the turn only
 * when a turn is coming.
 */
export function besideDraftWords(v: MeetingView, t: Dict): string {
  const name = v.speaker ? (v.participants.find((p) => p.id === v.speaker?.id)?.name ?? null) : null;
  switch (draftOutlook(v)) {
    // In the closing no turn comes any more: the draft is the reader's alone and is not sent (a
    // fresh tester, 2026-12-03, was still promised a turn in the contributions pause).
    case 'over':
      return t.composerBesideDraftOver;
    case 'turn':
      return t.composerBesideDraft(name);
    case 'listener':
      return t.composerDisabledListener;
    case 'muted':
      return t.composerDisabledMuted;
    case 'lastCall':
      return t.composerBesideDraftLastCall(name);
    case 'raiseHand':
      return t.composerBesideDraftHand(name);
    case 'openLater':
      return ownRoundTurnOver(v) ? t.composerBesideDraftDone(name) : t.composerBesideDraftOpenLater(name);
    case 'noMore':
      return t.composerBesideDraftNoMore(name);
    case 'chairPicks':
      // The chair gives the turns, their own too (chair-steps.ts roundStep offers it last).
      return v.you.isChair ? t.composerBesideDraftChairPicksYou(name, t.chairTakeOwnTurn) : t.composerBesideDraftChairPicks(name);
  }
}

/**
 * What becomes of words kept in the draft box (DraftBox's note after why the turn ended), by
 * draftOutlook: they move to the share box at the turn only when a turn is coming.
 */
export function keptWords(v: MeetingView, t: Dict): string {
  switch (draftOutlook(v)) {
    case 'over':
      return t.draftKeptOver;
    case 'turn':
      return t.draftKept;
    case 'lastCall':
      return t.draftKeptLastCall;
    case 'listener':
    case 'muted':
    case 'noMore':
      return t.draftKeptNoMore;
    // How a turn may come, in the words of the way turns go now: a hand raised now, the chair's
    // pick, or (a circle round done) a hand in open sharing later.
    case 'raiseHand':
      return t.draftKeptHand;
    case 'chairPicks':
      return t.draftKeptChairPicks;
    case 'openLater':
      return t.draftKeptNoTurn;
  }
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

/**
 * The share box's line for a reader who waits with the draft box hidden, by draftOutlook: the
 * turn promised only where one is coming, otherwise how one may come or that none is. `name`:
 * who is sharing now, if anyone.
 */
export function waitingReason(v: MeetingView, name: string | null, t: Dict): string {
  switch (draftOutlook(v)) {
    case 'turn':
    case 'over':
    case 'listener':
    case 'muted':
      return name ? t.composerDisabledWaiting(name) : t.composerDisabledNobody;
    case 'raiseHand':
      return t.composerWaitHand(name);
    case 'lastCall':
      return t.composerWaitLastCall(name);
    case 'openLater':
      return t.composerWaitOpenLater(name);
    case 'noMore':
      return t.composerWaitNoMore(name);
    case 'chairPicks':
      return t.composerWaitChairPicks(name);
  }
}
