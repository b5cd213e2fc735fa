// Who speaks next: a text share takes minutes to type, so the next sharers are told early.
// "On deck" is the first of this list; the rest see their place in it.
import type { MeetingState } from './state.js';
import { effectiveMode, inRound, mayTakeTurn } from './turns.js';

/**
 * Ids in the order they would get the turn if nothing changed: in a circle round, those still
 * pending (then anyone owed a late turn); by hands, the hand queue. Never the current speaker;
 * only people who could take the turn now (present, not muted, sharing). Empty when the chair
 * picks, or outside the round and open sharing.
 */
export function upNext(s: MeetingState): string[] {
  if (!inRound(s)) return [];
  const speaker = s.speaker?.id ?? null;
  const can = (id: string) => id !== speaker && mayTakeTurn(s, id);
  const mode = effectiveMode(s);
  if (mode === 'hands') return s.hands.filter(can);
  if (mode !== 'circle' || !s.roundActive) return [];
  const pending = s.roundOrder.filter((e) => e.status === 'pending' && can(e.id)).map((e) => e.id);
  const late = s.roundOrder.filter((e) => e.status === 'missed' && can(e.id)).map((e) => e.id);
  return [...pending, ...late];
}
