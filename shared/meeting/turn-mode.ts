// How turns are given right now (the meeting's turn mode as it applies in this phase), in a
// module of its own with no other dependencies, so the page words what the core does from the
// same rule (client/meeting/connection-words.ts).
import type { MeetingState, TurnMode } from './state.js';

/**
 * Open sharing after the round is always by raised hands; so is a chair-picks round while nobody
 * holds the chair (nobody could give a turn: nobody is stranded waiting for one).
 */
export function effectiveMode(s: Pick<MeetingState, 'phase' | 'turnMode' | 'chairId'>): TurnMode {
  if (s.phase === 'open') return 'hands';
  if (s.turnMode === 'chairPicks' && s.chairId === null) return 'hands';
  return s.turnMode;
}

/**
 * Whether a turn that moved on while its speaker's connection was down comes back only if the
 * chair gives it: a late turn is owed by itself in a circle round (`missed`) and with hands (the
 * front of the queue; turns.ts dropTurn), never where the chair picks who speaks.
 */
export function lateTurnByChair(s: Pick<MeetingState, 'phase' | 'turnMode' | 'chairId'>): boolean {
  return effectiveMode(s) === 'chairPicks';
}
