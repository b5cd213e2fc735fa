// The person's own settings for a turn of theirs: "a soft sound when it is my turn", "notify me
// when I am next" and "a soft sound when time is nearly up". A tester found all three offered to
// someone who had come in after the round began, to someone whose one turn was over, and after the
// round was complete: settings for a turn that was not coming. They are offered only while a turn
// can still come to the reader, by the same outlook that words the draft box (draftOutlook), so
// the two never disagree about whether a turn is coming. Pure (unit-tested).
import type { MeetingView } from '../../shared/meeting/view.js';
import { draftOutlook } from './draft-words.js';

/** Which of the turn settings `v`'s reader is offered (each true: shown). */
export interface TurnToggles {
  /** "A soft sound when it is my turn". */
  turnSound: boolean;
  /** "Notify me in the browser when I am next": only where someone is ever told they are next. */
  notify: boolean;
  /** "A soft sound when time is nearly up": for a turn of theirs now, or one that can come. */
  timeSound: boolean;
}

/**
 * Whether a turn (a further one, for the speaker) can still come to `v`'s reader: they are in line,
 * the circle ahead will reach them, a raised hand can bring one (hands now, or open sharing after
 * the round), or the chair gives turns. Not in the closing or after the end, not to a listener or
 * someone muted (while so), not past the last call without a hand up, and not in a circle round
 * that has no turn for them (had, complete, or joined after it began) with no open sharing after.
 */
export function turnCanCome(v: MeetingView): boolean {
  const o = draftOutlook(v);
  return o === 'turn' || o === 'raiseHand' || o === 'openLater' || o === 'chairPicks';
}

/**
 * Whether the page can ever tell `v`'s reader "you are next" (on-deck.ts): only where turns go by
 * a line (the circle, or the hand queue). Where the chair picks who shares nobody is next, unless
 * open sharing (by hands) is still ahead in the meeting's script.
 */
function nextCanBeTold(v: MeetingView): boolean {
  if (draftOutlook(v) !== 'chairPicks') return true;
  const s = v.script;
  return !!s && s.segments.slice(s.index + 1).some((x) => x.kind === 'open');
}

/** The turn settings offered to `v`'s reader (TurnToggles). */
export function turnToggles(v: MeetingView): TurnToggles {
  const coming = turnCanCome(v);
  const speaking = !!v.speaker && v.speaker.id === v.you.id;
  return { turnSound: coming, notify: coming && nextCanBeTold(v), timeSound: coming || speaking };
}
