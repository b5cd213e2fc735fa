// A listener may find the courage to share, and a sharer may decide to only listen, at any time
// in the meeting: newcomers often start by listening (domain.md, "Roles").
import type { ErrorCode } from '../errors.js';
import type { MeetingEvent } from './events.js';
import type { MeetingState, Participant, Role } from './state.js';
import { advanceTurn } from './turns.js';

/**
 * The role as this module's own string literal, not the command's copy: a seat keeps the one
 * 'participant' or 'listener' string every seat shares, rather than the one its join payload was
 * parsed into (32 B per seat kept for the meeting's life; Issue 10, heap per connection).
 */
export const sharedRole = (role: Role): Role => (role === 'listener' ? 'listener' : 'participant');

/**
 * Switches `me` to `role`. Becoming a sharer during a circle round puts you at the end of the
 * circle, like a latecomer; becoming a listener takes your hand down and your place out of the
 * round (a listener is never in the round order). Not while you hold the turn
 * (NOT_ALLOWED: pass or finish first); ALREADY_DONE if nothing changes.
 */
export function switchRole(s: MeetingState, me: Participant, role: Role, now: number, ev: MeetingEvent[]): ErrorCode | undefined {
  if (me.role === role) return 'ALREADY_DONE';
  if (s.speaker?.id === me.id) return 'NOT_ALLOWED';
  me.role = sharedRole(role);
  ev.push({ type: 'role', id: me.id, role: me.role });
  if (role === 'listener') {
    s.roundOrder = s.roundOrder.filter((e) => e.id !== me.id);
    if (s.hands.includes(me.id)) {
      s.hands = s.hands.filter((id) => id !== me.id);
      ev.push({ type: 'hands', queue: [...s.hands] });
    }
    return undefined;
  }
  if (s.roundActive && !s.roundOrder.some((e) => e.id === me.id)) s.roundOrder.push({ id: me.id, status: 'pending' });
  advanceTurn(s, now, ev);
  return undefined;
}
