// The chair's ONE instruction for now (fresh-tester defects on Issue 15: the status box said "Post
// the readings under 'Readings now'" in the welcome, the silence and the topic while the chair bar
// said something else; a paused meeting still offered the next segment; a complete round still
// said "The round runs by itself"). Both the status box and the chair bar show these words, so
// they can never disagree. Pure: from the view alone.
import { findFormat, SEGMENT_WORDS } from '../../shared/meeting/formats.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import { app } from '../app.js';
import { handsRound, lateAwaited, namesList, owedAway, ownHand, roundStep } from './chair-steps.js';
import { noTurnNames } from './no-turn.js';
import { nextSegmentOf, nextStepLabel } from './script-line.js';

/** The round is over and waits for the chair's next step (a circle everyone has had a turn in). */
export const roundDone = (v: MeetingView): boolean => v.phase === 'round' && v.effectiveMode === 'circle' && !v.roundActive && !v.speaker;

/** A round where the chair picks, nobody sharing, and everyone seated who shares has had a turn (roundStep offers nobody). */
const picksDone = (v: MeetingView): boolean => v.phase === 'round' && v.effectiveMode === 'chairPicks' && !v.frozen && roundStep(v) === null;

export { namesList } from './chair-steps.js';

/**
 * Whether `v`'s chair reads what to do now (chairWordsNow) in the chair bar: the chair's page
 * with a meeting script (ScriptLine's chair part, shown in the bar). The status box then does not
 * say it again: on a 360 px phone a fresh tester's chair read the same instruction twice in a
 * row, and it filled the first screen.
 */
export function chairWordsInBar(v: MeetingView): boolean {
  return v.you.isChair && !!v.script;
}

/**
 * What the chair is told to do now, in the page's language: paused first (the one next step is
 * "Continue the meeting"), then the gathering, a complete round, and otherwise the script
 * segment's own words (formats/segments.ts); without a script, the phase's.
 */
export function chairWordsNow(v: MeetingView): string {
  const t = app.t;
  if (v.frozen) return t.chairSays_paused;
  if (v.phase === 'gathering') return t.chairSays_gathering(v.participants.filter((p) => p.connected).length);
  const s = v.script;
  const openSharing = findFormat(v.formatId)?.settings.openSharing !== false;
  if (roundDone(v)) {
    const step = s ? nextStepLabel(s) : openSharing ? t.chairAdvance_roundToOpen : t.chairAdvance_toClosing;
    // Someone whose time ran out had a turn, but shared nothing or not all they wrote: the chair
    // is told who, not "everyone has had their turn" alone (two fresh testers' slow typists; a
    // third's chair on a phone could not see the circle the words pointed to).
    // The chair among them is "you", named last ("Anne and you"): a fresh tester's chair, come to
    // the chair by rotation after her own turn ran out, read her own name in the third person.
    const ids = (status: string): string[] => v.participants.filter((p) => p.status === status).map((p) => p.id);
    const timedOut = ids('timedOut');
    const cutShort = ids('sharedTimedOut');
    const named = (list: string[]): string => namesList([...list.filter((id) => id !== v.you.id).map((id) => v.participants.find((p) => p.id === id)!.name), ...(list.includes(v.you.id) ? [t.youSubject] : [])], app.lang);
    // Muted (or away) before their turn came: they had none, and "everyone has had their turn" would count them.
    const noTurn = noTurnNames(v);
    if (noTurn.length > 0) return t.chairSays_roundDoneNoTurn(namesList(noTurn, app.lang), step);
    const all = [...timedOut, ...cutShort];
    if (cutShort.length > 0) return t.chairSays_roundDoneTimeUp(named(all), step, all.length > 1, all.includes(v.you.id));
    return timedOut.length > 0 ? t.chairSays_roundDoneTimedOut(named(timedOut), step) : t.chairSays_roundDone(step);
  }
  // The chair picks who shares: "the round runs by itself" would be untrue; the words name the
  // round's own step the bar offers first (chair-steps.ts roundStep), or, all shared, the next.
  // While someone shares where the chair picks, the turn does not move on by itself afterwards:
  // "the round runs by itself" (the segment's words) had a fresh tester's chair wait for nothing.
  // The chair sharing themself is told so, not "when <their own name> is done".
  if (v.phase === 'round' && v.effectiveMode === 'chairPicks' && v.speaker) return v.speaker.id === v.you.id ? t.chairSays_picksSharingSelf : t.chairSays_picksSharing(v.participants.find((p) => p.id === v.speaker?.id)?.name ?? '…');
  if (v.phase === 'round' && v.effectiveMode === 'chairPicks' && !v.speaker) {
    const r = roundStep(v);
    // Those who have not had a turn and are away, their seat kept (owedAway): the turn is the
    // chair's to give when they are back; never "everyone (else) here has had their turn" alone
    // (a fresh tester's chair, so told, ended the round while a member's seat was held).
    const away = owedAway(v);
    // Everyone else has had a turn, the chair not yet: their own is offered (chair-steps.ts roundStep).
    if (r?.kind === 'give') return r.self ? (away.length > 0 ? t.chairSays_picksSelfAway(t.chairTakeOwnTurn, namesList(away, app.lang), away.length > 1) : t.chairSays_picksSelf(t.chairTakeOwnTurn)) : t.chairSays_picks(r.name);
    if (picksDone(v)) {
      const step = s ? nextStepLabel(s) : openSharing ? t.chairAdvance_roundToOpen : t.chairAdvance_toClosing;
      if (away.length > 0) return t.chairSays_picksWaitsAway(namesList(away, app.lang), away.length > 1, step);
      // A muted member is here and has had no turn: named, not counted among "everyone here".
      const muted = v.participants.filter((p) => p.role === 'participant' && p.connected && p.muted && p.hadTurn === false && p.id !== v.you.id).map((p) => p.name);
      return muted.length > 0 ? t.chairSays_picksDoneMuted(namesList(muted, app.lang), step) : t.chairSays_picksDone(step);
    }
  }
  // Waiting on someone's late turn, or past the last call: the segment's words ("The round runs
  // by itself", "Whoever wants to share raises a hand") would not say what holds (a fresh tester).
  const late = lateAwaited(v);
  const stepNow = (): string => (s ? nextStepLabel(s) : openSharing && v.phase === 'round' ? t.chairAdvance_roundToOpen : t.chairAdvance_toClosing);
  // The chair who has not had a turn is told so while the round waits (their own hand is in the bar: ownHand).
  if (late.length > 0) return ownHand(v) === 'raise' ? t.chairSays_roundWaitsLateSelf(namesList(late, app.lang), t.raiseHand, stepNow()) : t.chairSays_roundWaitsLate(namesList(late, app.lang), stepNow());
  if ((v.phase === 'round' || v.phase === 'open') && v.effectiveMode === 'hands' && v.plan.lastCall) return t.chairSays_lastCall(stepNow(), !!v.speaker || v.upNext.length > 0);
  // A round by raised hands: only those who raise a hand share, and it ends when the chair goes
  // on (handsRound); the round's own words say "everyone gets their turn".
  const hands = handsRound(v);
  if (hands?.kind === 'runs') return t.chairSays_handsRound;
  // The chair among those who have not had their turn: their own hand is in the bar (ownHand), named by its button.
  if (hands?.kind === 'none') return ownHand(v) === 'raise' ? t.chairSays_handsNoneSelf(hands.notShared, t.raiseHand, stepNow()) : t.chairSays_handsNone(hands.notShared, stepNow());
  if (hands?.kind === 'self') return t.chairSays_handsSelf(t.raiseHand, stepNow());
  if (hands?.kind === 'done') return t.chairSays_handsDone(stepNow());
  // The segment's texts are all posted: its words would ask for them again (a first-time chair
  // could have posted the welcome twice); now the next step, or the end. Not the silence, whose
  // words the server posts as it opens, and whose own words say how it ends.
  if (s && s.kind !== 'silence' && s.readings.length > 0 && s.readings.every((r) => r.posted)) {
    const next = nextSegmentOf(s);
    return next ? t.chairSays_postedNext(nextStepLabel(s)) : t.chairSays_postedEnd;
  }
  // The topic is set: its words would ask for it again (a fresh tester's first-time chair,
  // 2026-12-05, read "Set today's topic…" after setting it, where a posted reading says so).
  if (s && s.kind === 'topic' && v.topic) {
    const next = nextSegmentOf(s);
    if (next) return t.chairSays_topicSetNext(v.topic, nextStepLabel(s));
  }
  if (s) return SEGMENT_WORDS[s.kind].chair[app.lang];
  switch (v.phase) {
    case 'opening':
      return t.chairSays_opening;
    case 'closing':
      return s && nextSegmentOf(s) ? t.chairSays_next(nextStepLabel(s)) : t.chairSays_closing;
    case 'round':
      return SEGMENT_WORDS.round.chair[app.lang];
    case 'open':
      return SEGMENT_WORDS.open.chair[app.lang];
    default:
      return '';
  }
}

/**
 * Whether chairWordsNow(v) already names the next step as "Next step: …" (a complete round, or
 * a round by hands with no hand up once everyone here has shared):
 * then the chair bar's own "Next step: …" line would say it twice (a second fresh tester,
 * 2026-12-03, read "Neste steg" twice in a row after a complete round).
 */
export function chairWordsNameNextStep(v: MeetingView): boolean {
  return !v.frozen && (roundDone(v) || picksDone(v) || handsRound(v)?.kind === 'done');
}
