// Who speaks next: a text share takes minutes to type, so the next sharers are told early.
// "On deck" is the first of this list; the rest see their place in it.
import type { MeetingState, RoundStatus } from './state.js';
import { effectiveMode, inRound, seatMayTakeTurn } from './turns.js';
import { inLineOrder, lineKey, nextTicket } from './line-order.js';

/**
 * Ids in the order they would get the turn if nothing changed: in a circle round, those still
 * pending and those owed a late turn who are back, in line order (line-order.ts: each keeps the
 * place taken on coming into the line); by hands, the hand queue. Never the current speaker;
 * only people who could take the turn now (present, not muted, sharing). Empty when the chair
 * picks, or outside the round and open sharing.
 */
export function upNext(s: MeetingState): string[] {
  if (!inRound(s)) return [];
  const speaker = s.speaker?.id ?? null;
  // Seats by id, found once: a lookup per entry made this quadratic in the meeting's size, and it
  // runs in every view (Issue 10: a 50-person reconnect storm spent 13 % of its CPU here).
  // Filled in a loop: no [id, seat] pair array per seat (it runs twice per share: Issue 10).
  const seats = new Map<string, (typeof s.participants)[number]>();
  for (const p of s.participants) seats.set(p.id, p);
  const can = (id: string) => id !== speaker && seatMayTakeTurn(seats.get(id));
  const mode = effectiveMode(s);
  if (mode === 'hands') return s.hands.filter(can);
  if (mode !== 'circle' || !s.roundActive) return [];
  const out: string[] = [];
  for (const e of inLineOrder(s.roundOrder)) if ((e.status === 'pending' || e.status === 'missed') && can(e.id)) out.push(e.id);
  return out;
}

/**
 * After a command made `before` into `s`: everyone who has come into the circle round's line (in
 * upNext(s), not in upNext(before): a latecomer, someone let in or switched to sharing, a late
 * turn whose person is back) takes a place at its end, after everyone already in it, in the
 * round's order among themselves (line-order.ts). Nobody promised a place ("you are next") is
 * moved back by an arrival or a late turn's return (a fresh tester, 2026-12-06: a late turn
 * promised "next" was put behind a newcomer). A member whose turn has not come yet and who could
 * not take it for a while (dropped and back, muted and unmuted) keeps the place they had. Within
 * one round only: a new round's start takes its places itself (turns.ts startRound). True when someone
 * took a place (who is next may then differ from what the command's events said).
 */
export function keepPlaces(before: MeetingState, s: MeetingState): boolean {
  if (s.phase !== 'round' || !s.roundActive || effectiveMode(s) !== 'circle' || before.phase !== 'round' || effectiveMode(before) !== 'circle') return false;
  if (before.roundNumber !== s.roundNumber || sameUpNextInputs(before, s)) return false;
  const had = new Set(upNext(before));
  // A member still waiting in the line, who only could not take the turn for a while (a dropped
  // connection back, unmuted), keeps the place they had: on a weak phone link a drop of a few
  // seconds must not send her to the end of the round. Only those new to the line (an arrival)
  // or owed a late turn (their place went by while they were away) take its end.
  const waiting = new Set<string>();
  for (const e of before.roundOrder) if (e.status === 'pending') waiting.add(e.id);
  const come = upNext(s).filter((id) => !had.has(id) && !(waiting.has(id) && s.roundOrder.some((e) => e.id === id && e.status === 'pending')));
  if (come.length === 0) return false;
  // Every other place written out first (a round stored before tickets: lineKey's reading of it).
  const coming = new Set(come);
  const n = s.roundOrder.length;
  s.roundOrder.forEach((e, i) => (e.line = lineKey(e, i, n)));
  let ticket = nextTicket(s.roundOrder.filter((e) => !coming.has(e.id)));
  for (const e of s.roundOrder) if (coming.has(e.id)) e.line = ticket++;
  return true;
}

/**
 * Whether upNext(a) and upNext(b) are sure to be the same because everything upNext reads is:
 * the phase, turn mode, chair, speaker, whether the round is active, the hand queue, the round's
 * order, statuses and places in line, and each seat's id, connection, mute and role (seatMayTakeTurn). Keep it in
 * step with upNext. Far cheaper than two upNext calls (a map of the seats and three lists each),
 * which every share paid to find that who is next did not change (Issue 10: CPU per share).
 */
export function sameUpNextInputs(a: MeetingState, b: MeetingState): boolean {
  if (a.phase !== b.phase || a.turnMode !== b.turnMode || a.chairId !== b.chairId || a.roundActive !== b.roundActive) return false;
  if ((a.speaker?.id ?? null) !== (b.speaker?.id ?? null)) return false;
  if (a.hands.length !== b.hands.length || a.roundOrder.length !== b.roundOrder.length || a.participants.length !== b.participants.length) return false;
  for (let i = 0; i < a.hands.length; i++) if (a.hands[i] !== b.hands[i]) return false;
  for (let i = 0; i < a.roundOrder.length; i++) {
    const x = a.roundOrder[i]!;
    const y = b.roundOrder[i]!;
    if (x.id !== y.id || x.status !== y.status || x.line !== y.line) return false;
  }
  for (let i = 0; i < a.participants.length; i++) {
    const x = a.participants[i]!;
    const y = b.participants[i]!;
    if (x.id !== y.id || x.connected !== y.connected || x.muted !== y.muted || x.role !== y.role) return false;
  }
  return true;
}

/**
 * How many are still to share: the one count of it (the chair's and co-chair's `plan.toShare`,
 * view.ts), which the chair's time plan divides the time left by (round-plan.ts
 * suggestedShareMs) and the chair's page reads for every count of who has not shared (the plan's
 * words, the early-end question where the chair picks, the bar's words by hands: client
 * chair-steps.ts stillWaiting), or null where the count means nothing (before the round, at the
 * closing, after the end). In a circle round: the speaker and everyone whose turn in the round is
 * still ahead (upNext, which passes over the muted and those whose connection is down). In open
 * sharing, or a round by hands or chosen by the chair: the speaker while their share is not done,
 * and the seated sharers (not listeners) who could take the turn now (connected and not muted:
 * turns.ts seatMayTakeTurn, as upNext counts them), the chair among them (the chair may raise a
 * hand or give themself the turn like any member), who have not shared yet in this meeting and,
 * in such a round, have not had their turn in it (passed: HAD_TURN). A muted member cannot raise
 * a hand or be given the turn (decide.ts raiseHand, giveTurn: MUTED) until the chair lifts the
 * mute, so counting them divided the time by too many (a fresh tester's chair); the page names
 * them instead (client no-turn.ts). A member whose connection is down is counted again once back,
 * as in a circle round (their late turn, by hands a hand first in the queue, is named apart:
 * client chair-steps.ts owedAway). Reads each seat's role, connection and mute, and `sharedIds`:
 * a mute or its lifting sends the keepers views (its `muted` event patches no view, outbox.ts), a
 * drop or a return a `keeperPatch` (keeper-patch.ts).
 */
export function stillToShare(s: MeetingState): number | null {
  if (!inRound(s)) return null;
  if (s.phase === 'round' && effectiveMode(s) === 'circle') return s.roundActive ? (s.speaker ? 1 : 0) + upNext(s).length : 0;
  // In a round by hands or chosen by the chair, someone who passed had their turn in it (the
  // round's order keeps it: HAD_TURN), and nobody waits for them (a fresh tester's chair was told
  // "1 here has not shared yet" about a member who had raised a hand and passed).
  const had = s.phase === 'round' ? new Set(s.roundOrder.filter((e) => HAD_TURN.has(e.status)).map((e) => e.id)) : null;
  const speaker = s.speaker?.id ?? null;
  // The speaker holds the turn even while it is held for a dropped connection.
  return s.participants.filter((p) => (p.id === speaker || seatMayTakeTurn(p)) && !s.sharedIds.includes(p.id) && !had?.has(p.id)).length;
}

/** The round statuses of someone who has had their turn in the current round, whatever its turn mode. */
export const HAD_TURN: ReadonlySet<RoundStatus> = new Set<RoundStatus>(['shared', 'passed', 'timedOut', 'sharedTimedOut', 'skipped']);
