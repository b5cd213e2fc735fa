// Rules that only weekly groups have (issue 13): the chair hands "chair next time" on to a
// volunteer present, in a closed group the chair asks the members present whether a person at
// the door may join, and a group's meeting ends at its scheduled end (after a warning). They
// live here once; decide() calls them.
import type { ErrorCode } from '../errors.js';
import type { MeetingEvent } from './events.js';
import { endMeeting } from './membership.js';
import { mayChairNextTime } from './next-chair-rule.js';
import type { DoorAsk, MeetingState, Participant } from './state.js';

/** The room is warned this long before a weekly group's meeting reaches its scheduled end (5 minutes, ms). */
export const END_WARNING_MS = 5 * 60_000;

/** A weekly group's meeting's scheduled end (ms), or null: a one-off meeting, or one stored before scheduled ends. */
export const scheduledEnd = (s: MeetingState): number | null => s.group?.end ?? null;

/**
 * The clock's part for a group's meeting (`tick` at `now`, ms): at its scheduled end the meeting
 * ends as a chair's `end` does (the room hears `ended`, everyone at the door `doorClosed`, and
 * every name is purged); from END_WARNING_MS before it, the room hears `endingSoon` once, as
 * soon as someone is there to hear it (an empty meeting keeps its warning for the first to come).
 * Returns what it did ('ended', 'warned') or null. Source: issue 13 ("a scheduled group meeting
 * lives for its scheduled time ... it ends at its scheduled end").
 */
export function scheduledEndTick(s: MeetingState, now: number, ev: MeetingEvent[]): 'ended' | 'warned' | null {
  const end = scheduledEnd(s);
  if (end === null || s.phase === 'ended') return null;
  if (now >= end) {
    endMeeting(s, ev);
    return 'ended';
  }
  if (!s.endWarned && now >= end - END_WARNING_MS && s.participants.length > 0) {
    s.endWarned = true;
    ev.push({ type: 'endingSoon', endsAt: end, phase: s.phase });
    return 'warned';
  }
  return null;
}

/** When scheduledEndTick next has something to do (ms), or null. */
export function scheduledEndDue(s: MeetingState): number | null {
  const end = scheduledEnd(s);
  if (end === null || s.phase === 'ended') return null;
  return s.endWarned || s.participants.length === 0 ? end : end - END_WARNING_MS;
}

type Result = ErrorCode | undefined;

/**
 * At the end of a group's meeting (the closing phase) the chair hands "chair next time" to a
 * connected volunteer present (themself included), once per meeting. Only that person hears it
 * (a private `nextChair` event); the server then gives their page a one-time key for the group's
 * next meeting. Errors: NOT_ALLOWED (not a weekly group's meeting, or the person is not
 * connected), WRONG_PHASE (not closing), ALREADY_DONE, UNKNOWN_TARGET, NOT_A_VOLUNTEER.
 */
export function handChairNextTime(s: MeetingState, target: string, ev: MeetingEvent[]): Result {
  if (!s.group) return 'NOT_ALLOWED';
  if (s.phase !== 'closing') return 'WRONG_PHASE';
  if (s.nextChairHanded) return 'ALREADY_DONE';
  const t = s.participants.find((p) => p.id === target);
  if (!t) return 'UNKNOWN_TARGET';
  if (!mayChairNextTime(t)) return t.volunteer ? 'NOT_ALLOWED' : 'NOT_A_VOLUNTEER';
  s.nextChairHanded = true;
  ev.push({ type: 'nextChair', to: t.id });
  return undefined;
}

/**
 * A closed meeting: the chair (or co-chair) asks the members present whether the person at the
 * door (`target`, in the waiting room) may join. The room hears the question; a new question
 * replaces an open one. Errors: NOT_ALLOWED (an open meeting), UNKNOWN_TARGET (not at the door),
 * ALREADY_DONE (that person is already being asked about). The chair then admits or denies.
 */
export function askMembers(s: MeetingState, target: string, ev: MeetingEvent[]): Result {
  if (s.access !== 'closed') return 'NOT_ALLOWED';
  const w = s.waiting.find((x) => x.id === target);
  if (!w) return 'UNKNOWN_TARGET';
  if (s.ask?.target === target) return 'ALREADY_DONE';
  s.ask = { target, yes: [], no: [], askedSeq: s.seq + 1, keepers: [] };
  settleAsk(s);
  ev.push({ type: 'membersAsked', id: w.id, name: w.name });
  return undefined;
}

/**
 * A member's yes or no. Everyone seated when it was asked answers, once, but whoever held the
 * chair or co-chair while it was open (its keepers, settleAsk). No event: only the tally changes,
 * and only the chair and co-chair see it (askView), as counts only once everyone asked has
 * answered and at least ASK_COUNTS_FROM have, so that no single answer can be told from them.
 * Errors: WRONG_PHASE (nothing is being asked), NOT_ALLOWED (a keeper, or seated after it was
 * asked), ALREADY_DONE.
 */
export function answerAsk(s: MeetingState, me: Participant, yes: boolean): Result {
  const ask = s.ask;
  if (!ask) return 'WRONG_PHASE';
  if (s.chairId === me.id || s.coChairId === me.id || !askedOf(ask, me)) return 'NOT_ALLOWED';
  if (ask.yes.includes(me.id) || ask.no.includes(me.id)) return 'ALREADY_DONE';
  (yes ? ask.yes : ask.no).push(me.id);
  return undefined;
}

/**
 * Whether `p` was seated when the question was asked, and so is one of those it asks: a seat
 * taken after it does not answer. A fresh verifier's chair, with one member present who had
 * answered no, joined a second seat with the join code and answered yes from it: "1 yes, 1 no"
 * gave the member's answer away.
 */
function askedOf(ask: DoorAsk, p: Participant): boolean {
  if (ask.keepers?.includes(p.id)) return false;
  return ask.askedSeq === undefined || p.joinedSeq < ask.askedSeq;
}

/**
 * After every command (decide.ts): a question whose person is no longer at the door (admitted,
 * denied, gone) is over; while it is open, whoever holds the chair or co-chair joins its keepers,
 * who see the tally and never answer. A fresh tester's chair handed the chair to a second seat of
 * their own, answered yes from the old one, and read "1 yes, 1 no" with one member present.
 */
export function settleAsk(s: MeetingState): void {
  const ask = s.ask;
  if (!ask) return;
  if (!s.waiting.some((w) => w.id === ask.target)) {
    s.ask = null;
    return;
  }
  const joining = [s.chairId, s.coChairId].filter((id): id is string => !!id && !ask.keepers?.includes(id));
  // A new object: a share's state is a shallow copy (clone.ts cloneForShare), its ask shared with the state before.
  if (joining.length) s.ask = { ...ask, keepers: [...(ask.keepers ?? []), ...joining] };
}

/**
 * The yes and no counts show only once at least this many members (other than whoever looks)
 * have answered: with one answer the counts would be that member's answer (a fresh tester: a
 * chair with one member present read "0 yes, 1 no" while the member read "your answer is
 * anonymous").
 */
export const ASK_COUNTS_FROM = 2;

export interface AskView {
  /** The person at the door being asked about, and their pseudonym. */
  id: string;
  name: string;
  /**
   * How many have answered, your own answer left out: for the chair and co-chair only, null for
   * everyone else.
   */
  answers: number | null;
  /**
   * How many of those asked, still seated, have not answered yet (the chair and co-chair left
   * out): for the chair and co-chair only, null for everyone else.
   */
  unanswered: number | null;
  /**
   * Counts of yes and no among those `answers`: for the chair and co-chair once nobody asked is
   * left to answer (`unanswered` 0) and `answers` is at least ASK_COUNTS_FROM; null before that
   * and for everyone else.
   */
  yes: number | null;
  no: number | null;
  /** Whether you have answered. */
  answered: boolean;
}

/**
 * Those asked who are still seated and have not answered; never a keeper (askedOf). Counts that
 * moved with each answer told the answer of whoever answered last to a chair who watched who
 * pressed (a helper's note on the first tally): they show only when nobody is left to answer, so
 * no answer comes after them.
 */
function unansweredOf(s: MeetingState, ask: DoorAsk): number {
  const keeper = (id: string) => id === s.chairId || id === s.coChairId;
  return s.participants.filter((p) => !keeper(p.id) && askedOf(ask, p) && !ask.yes.includes(p.id) && !ask.no.includes(p.id)).length;
}

/**
 * What one recipient sees of the open question: never who answered what. The tally leaves out
 * the recipient's own answer (a co-chair who answered, or a member who answered and then took
 * the chair, would otherwise read another member's answer off "1 yes, 1 no"), and gives counts
 * only once everyone asked has answered (or left), and from ASK_COUNTS_FROM answers.
 */
export function askView(s: MeetingState, youId: string): AskView | null {
  const ask = s.ask;
  const w = ask ? s.waiting.find((x) => x.id === ask.target) : undefined;
  if (!ask || !w) return null;
  const keeper = s.chairId === youId || s.coChairId === youId;
  // Seated after the question was asked: it is not theirs to answer, and they are not shown it.
  const me = s.participants.find((p) => p.id === youId);
  if (!keeper && me && !askedOf(ask, me)) return null;
  const yes = ask.yes.filter((id) => id !== youId).length;
  const no = ask.no.filter((id) => id !== youId).length;
  const unanswered = keeper ? unansweredOf(s, ask) : null;
  const counts = keeper && unanswered === 0 && yes + no >= ASK_COUNTS_FROM;
  return {
    id: w.id,
    name: w.name,
    answers: keeper ? yes + no : null,
    unanswered,
    yes: counts ? yes : null,
    no: counts ? no : null,
    answered: ask.yes.includes(youId) || ask.no.includes(youId),
  };
}
