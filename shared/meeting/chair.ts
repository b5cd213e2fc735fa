// Who holds the chair. The chair is a role, not a person: someone must hold it whenever a
// connected volunteer is present, and it passes on without a vote when the chair is gone.
import type { MeetingEvent } from './events.js';
import type { MeetingState, Participant } from './state.js';

const canChair = (p: Participant | undefined, exclude: string | null): p is Participant =>
  !!p && p.id !== exclude && p.volunteer && p.connected;

/** The co-chair (door keeper) first, then volunteers in join order. */
export function successor(s: MeetingState, exclude: string | null): Participant | undefined {
  const co = s.participants.find((p) => p.id === s.coChairId);
  if (canChair(co, exclude)) return co;
  return s.participants.find((p) => canChair(p, exclude));
}

/** Rotation after a round: the next volunteer after the current chair, in join order, wrapping. */
export function nextInRotation(s: MeetingState): Participant | undefined {
  const current = s.participants.find((p) => p.id === s.chairId);
  const after = s.participants.filter((p) => canChair(p, s.chairId) && current && p.joinOrder > current.joinOrder);
  return after[0] ?? s.participants.find((p) => canChair(p, s.chairId));
}

export function setChair(s: MeetingState, p: Participant | undefined, reason: Extract<MeetingEvent, { type: 'chair' }>['reason'], events: MeetingEvent[]): void {
  const id = p?.id ?? null;
  if (s.chairId === id) return;
  s.chairId = id;
  if (p && s.coChairId === p.id) {
    s.coChairId = null;
    events.push({ type: 'coChair', id: null });
  }
  events.push({ type: 'chair', id, name: p?.name ?? null, reason });
}

/** Fill an empty chair, or replace a chair who is gone, from the connected volunteers. */
export function ensureChair(s: MeetingState, events: MeetingEvent[], reason: 'start' | 'failover' = 'failover'): void {
  const chair = s.participants.find((p) => p.id === s.chairId);
  if (chair) return;
  setChair(s, successor(s, null), reason, events);
}
