// A chair's command on "the current turn" (`skip`, `extend`) carries no target: sent as the
// speaker presses Done, with a phone's latency, it would land on the next person's turn. So it
// may name the turn it was meant for (view.speaker.turn, state.ts Speaker.turn), and is refused
// when that turn is no longer the current one. Without a name it acts on whoever holds the turn
// (old clients).
import type { MeetingState } from './state.js';

/**
 * True when `turn` (a turn's identity, or undefined: none named) names a turn that is not the
 * current one: it ended (nobody speaks, or someone else's turn or a later one of the same person
 * holds it now). The caller refuses the command with TURN_ENDED and changes nothing.
 */
export function turnEnded(s: MeetingState, turn: number | undefined): boolean {
  if (turn === undefined) return false;
  return s.speaker?.turn !== turn;
}

/**
 * The `turn` field of a `skip` or `extend` meant for the turn a view shows (`view.speaker`):
 * `{ turn }`, or `{}` when the view shows nobody speaking or a turn without an identity.
 */
export function aimAt(speaker: { turn: number | null } | null): { turn?: number } {
  return speaker && speaker.turn !== null ? { turn: speaker.turn } : {};
}
