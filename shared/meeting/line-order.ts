// The order of a circle round's line: who gets the turn first among those waiting in it. A place
// in line is kept once taken, and taken on coming into the line: at the round's start (the
// round's order), on arriving (a latecomer, a switch to sharing, someone let in), and on coming
// back for a late turn: each at the end of the line as it is then (on-deck.ts keepPlaces); a
// member whose turn has not come, back from a drop or a mute, keeps the place they had. Nobody
// promised a place is moved back by an arrival or a late turn's return (a fresh tester,
// 2026-12-06: back from a drop, "you are next", she was put behind a newcomer who joined later). Its own module, with no other
// dependencies, so that the turn order (turns.ts) and who is next (on-deck.ts) read one rule.
import type { MeetingState } from './state.js';

type Entry = MeetingState['roundOrder'][number];

/**
 * An entry's place in line (smaller goes first): its `line` ticket, or, in a round stored before
 * tickets existed, its index in the round, with late turns (`missed`) after every other place, as
 * they were then. `i`: the entry's index in the round's order; `n`: the round's length.
 */
export function lineKey(e: Entry, i: number, n: number): number {
  if (e.line !== undefined) return e.line;
  return e.status === 'missed' ? n + i : i;
}

/**
 * The round's entries in line order (lineKey), ties in the round's order. The array itself when it
 * is already in that order (the usual case: no sort, no copy, for every view built).
 */
export function inLineOrder(order: readonly Entry[]): readonly Entry[] {
  const n = order.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (lineKey(order[i]!, i, n) < lineKey(order[i - 1]!, i - 1, n)) sorted = false;
  if (sorted) return order;
  return order
    .map((e, i) => ({ e, i, k: lineKey(e, i, n) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.e);
}

/** The ticket for a place at the end of the line as it is now: after every place in the round. */
export function nextTicket(order: readonly Entry[]): number {
  const n = order.length;
  let max = -1;
  for (let i = 0; i < n; i++) max = Math.max(max, lineKey(order[i]!, i, n));
  return max + 1;
}
