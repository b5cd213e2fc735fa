// Chair notes never talk over a share: a note written while someone else holds the turn waits in
// the meeting's state and is posted, in order, the moment that share ends.
import type { ErrorCode } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { MeetingEvent } from './events.js';
import type { MeetingState } from './state.js';

/**
 * Posts the chair's note now, or queues it (at most LIMITS.queuedNotes; QUEUE_FULL) while another
 * person shares. While the meeting is paused nobody is typing: a note ("we take a pause") goes out.
 */
export function chairNote(s: MeetingState, chairId: string, text: string, ev: MeetingEvent[]): ErrorCode | undefined {
  if (s.speaker && s.speaker.id !== chairId && !s.frozen) {
    if (s.queuedNotes.length >= LIMITS.queuedNotes) return 'QUEUE_FULL';
    s.queuedNotes.push(text);
    return undefined;
  }
  ev.push({ type: 'note', text });
  return undefined;
}

/** Called when a share ends: the notes that waited for it go out now, before the next turn. */
export function flushNotes(s: MeetingState, ev: MeetingEvent[]): void {
  for (const text of s.queuedNotes) ev.push({ type: 'note', text });
  s.queuedNotes = [];
}
