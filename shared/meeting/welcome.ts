// The quiet welcome (Issue 15). A newcomer may tick "this is my first meeting" at the door: only
// the chair and the greeter ever learn it (views and a private `newcomer` event, filtered here,
// never in the page), and it goes with the person and with the meeting. The chair may name a
// greeter, who (like the chair) can send the format's set welcome text, not free text, to the
// room or to the waiting room; there are still no private messages. At the door people read the
// group's guidelines and accept them before anyone can let them in.
import type { ErrorCode } from '../errors.js';
import type { MeetingEvent } from './events.js';
import type { MeetingState, Participant, WaitingEntry } from './state.js';

/** A set welcome may go to the same place once a minute: a greeting, not a stream. */
export const GREET_INTERVAL_MS = 60_000;

export type GreetTarget = 'room' | 'waiting';

/** Whether this person sees who is new: the chair and the greeter only. */
export function seesNewcomers(s: MeetingState, youId: string): boolean {
  return s.chairId === youId || (s.greeterId ?? null) === youId;
}

export function isNewcomer(s: MeetingState, id: string): boolean {
  return (s.newcomers ?? []).includes(id);
}

/** The newcomer tick at the door: kept as an id only, told privately to the chair and greeter. */
export function markNewcomer(s: MeetingState, id: string, name: string, ev: MeetingEvent[]): void {
  s.newcomers = [...(s.newcomers ?? []), id];
  for (const to of new Set([s.chairId, s.greeterId ?? null])) if (to && to !== id) ev.push({ type: 'newcomer', id, name, to });
}

/** The newcomer marks of people no longer here (left the door, dropped at the door, removed) go. */
export function pruneNewcomers(s: MeetingState): void {
  const marks = s.newcomers ?? [];
  if (!marks.length) return;
  const here = new Set([...s.participants.map((p) => p.id), ...s.waiting.map((w) => w.id)]);
  if (marks.some((id) => !here.has(id))) s.newcomers = marks.filter((id) => here.has(id));
}

/** Someone leaves the meeting for good (not to the waiting room): their mark and roles go with them. */
export function forgetWelcome(s: MeetingState, id: string, ev: MeetingEvent[]): void {
  if (s.newcomers?.includes(id)) s.newcomers = s.newcomers.filter((x) => x !== id);
  if ((s.greeterId ?? null) === id) {
    s.greeterId = null;
    ev.push({ type: 'greeter', id: null });
  }
}

/** The chair names a greeter (a seated participant other than the chair), or nobody (null). */
export function setGreeter(s: MeetingState, me: Participant, target: string | null, ev: MeetingEvent[]): ErrorCode | undefined {
  if (target === (s.greeterId ?? null)) return 'ALREADY_DONE';
  if (target !== null) {
    const t = s.participants.find((p) => p.id === target);
    if (!t) return 'UNKNOWN_TARGET';
    if (t.id === me.id) return 'NOT_ALLOWED';
    // The newcomer marks already there are told to the new greeter, privately.
    for (const id of s.newcomers ?? []) {
      const who = s.participants.find((p) => p.id === id) ?? s.waiting.find((w) => w.id === id);
      if (who && id !== target) ev.push({ type: 'newcomer', id, name: who.name, to: target });
    }
  }
  s.greeterId = target;
  ev.push({ type: 'greeter', id: target });
  return undefined;
}

/**
 * The greeter (or the chair) sends the format's set welcome: to the room (`greeting`, a room
 * event whose text the clients take from the format), or to everyone at the door (their door view
 * shows it). Once a minute per place; to an empty waiting room it is UNKNOWN_TARGET.
 */
export function greet(s: MeetingState, me: Participant, where: GreetTarget, now: number, ev: MeetingEvent[]): ErrorCode | undefined {
  if (s.chairId !== me.id && (s.greeterId ?? null) !== me.id) return 'NOT_GREETER';
  const last = s.greetedAt?.[where] ?? null;
  if (last !== null && now < last + GREET_INTERVAL_MS) return 'ALREADY_DONE';
  if (where === 'waiting') {
    if (!s.waiting.length) return 'UNKNOWN_TARGET';
    for (const w of s.waiting) {
      w.greeted = true;
      ev.push({ type: 'doorUpdate', to: w.id });
    }
  } else ev.push({ type: 'greeting' });
  s.greetedAt = { room: s.greetedAt?.room ?? null, waiting: s.greetedAt?.waiting ?? null, [where]: now };
  return undefined;
}

/** Someone at the door accepts the group's guidelines: only then can they be let in. */
export function acceptGuidelines(w: WaitingEntry, ev: MeetingEvent[]): ErrorCode | undefined {
  if (w.accepted) return 'ALREADY_DONE';
  w.accepted = true;
  ev.push({ type: 'doorUpdate', to: w.id });
  return undefined;
}
