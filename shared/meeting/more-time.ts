// One more minute for the person sharing: given by the chair (`extend`), or asked for by the
// speaker (`askMoreTime`). A text share is slow, most of all for the older relatives typing on a
// phone (domain.md, "Text is slow"), and keeping time is the chair's (domain.md, "Roles"): so the
// speaker asks and the chair decides. Where nobody can decide — no chair, the chair's connection
// is down, or the speaker is the chair — the minute is given at once, as the round runs by the
// clock then: a question nobody can answer would only run the clock out.
import type { MeetingEvent } from './events.js';
import type { MeetingState, Participant } from './state.js';
import type { ErrorCode } from '../errors.js';

/**
 * Adds the meeting's extension (`settings.extendMs`, ms) to the current turn, once per turn, and
 * says so (`extended { id, deadline, addedMs, asked? }`). `asked`: given on the speaker's own
 * request with no chair to decide. Errors: `WRONG_PHASE` (nobody is speaking), `ALREADY_DONE`
 * (this turn was extended already). A paused clock keeps the minute for when it runs again.
 */
export function extendTurn(s: MeetingState, ev: MeetingEvent[], asked: boolean): ErrorCode | undefined {
  const sp = s.speaker;
  if (!sp) return 'WRONG_PHASE';
  if (sp.extended) return 'ALREADY_DONE';
  sp.extended = true;
  sp.warned = false;
  delete sp.askedMoreTime;
  if (sp.frozenRemaining !== null) sp.frozenRemaining += s.settings.extendMs;
  else sp.deadline += s.settings.extendMs;
  ev.push({ type: 'extended', id: sp.id, deadline: sp.deadline, addedMs: s.settings.extendMs, ...(asked ? { asked: true as const } : {}) });
  return undefined;
}

/**
 * The speaker asks for one more minute (`askMoreTime`). Once per turn, and not after an
 * extension. With a connected chair who is someone else, the question goes to the chair and the
 * speaker (`moreTimeAsked`, private to each) and `speaker.askedMoreTime` marks it in their views;
 * the chair gives it with `extend` (or lets the time run). Otherwise it is given at once
 * (extendTurn, `asked`). Errors: `NOT_YOUR_TURN`, `ALREADY_DONE` (asked or extended already).
 */
export function askMoreTime(s: MeetingState, me: Participant, ev: MeetingEvent[]): ErrorCode | undefined {
  const sp = s.speaker;
  if (sp?.id !== me.id) return 'NOT_YOUR_TURN';
  if (sp.extended || sp.askedMoreTime) return 'ALREADY_DONE';
  const chair = s.chairId === null ? null : s.participants.find((p) => p.id === s.chairId);
  if (!chair || !chair.connected || chair.id === me.id) return extendTurn(s, ev, true);
  sp.askedMoreTime = true;
  ev.push({ type: 'moreTimeAsked', id: me.id, to: chair.id }, { type: 'moreTimeAsked', id: me.id, to: me.id });
  return undefined;
}

/**
 * After any command: a question for more time still open (`speaker.askedMoreTime`) follows the
 * chair. With the chair gone (none, connection down, or the speaker now chairs) nobody can answer
 * it, so the minute is given (extendTurn, `asked`), as it would have been had the speaker asked
 * then (a fresh tester's question stayed open after the chair left, and could not be asked again);
 * with another chair, the new chair is asked (`moreTimeAsked`). `before`: the state the command
 * began from.
 */
export function settleMoreTime(before: MeetingState, s: MeetingState, ev: MeetingEvent[]): void {
  const sp = s.speaker;
  if (!sp?.askedMoreTime || sp.extended) return;
  const chair = s.chairId === null ? null : s.participants.find((p) => p.id === s.chairId);
  if (!chair || !chair.connected || chair.id === sp.id) {
    extendTurn(s, ev, true);
    return;
  }
  if (chair.id !== before.chairId) ev.push({ type: 'moreTimeAsked', id: sp.id, to: chair.id });
}
