// The quiet welcome (Issue 15). A newcomer may tick "this is my first meeting" at the door: only
// the chair and the greeter ever learn it (views and a private `newcomer` event, filtered here,
// never in the page), and it goes with the person and with the meeting. The chair may ask someone
// to be the greeter; only their yes makes them one (they may say no, and step down later: a
// frightened first-timer is never given a role without consent). The greeter (like the chair)
// can send the format's set welcome text, not free text, to the
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
  const atDoor = s.waiting.some((w) => w.id === id);
  for (const to of new Set([s.chairId, s.greeterId ?? null])) if (to && to !== id) ev.push({ type: 'newcomer', id, name, atDoor, to });
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
  if ((s.greeterAsked ?? null) === id) s.greeterAsked = null;
}

/**
 * The chair asks a seated participant (not the chair) to be the greeter: they are told privately
 * (`greeterAsked`) and answer with `answerGreeter`; asking someone else replaces the question.
 * `null` withdraws an open question, or else ends the current greeter's role. Errors:
 * UNKNOWN_TARGET, NOT_ALLOWED (yourself), ALREADY_DONE (already the greeter, already asked, or
 * nothing to undo).
 */
export function setGreeter(s: MeetingState, me: Participant, target: string | null, ev: MeetingEvent[]): ErrorCode | undefined {
  const asked = s.greeterAsked ?? null;
  if (target === null) {
    if (asked) {
      s.greeterAsked = null;
      ev.push({ type: 'greeterAsked', id: null, to: asked });
      return undefined;
    }
    if ((s.greeterId ?? null) === null) return 'ALREADY_DONE';
    s.greeterId = null;
    ev.push({ type: 'greeter', id: null });
    return undefined;
  }
  if (target === (s.greeterId ?? null) || target === asked) return 'ALREADY_DONE';
  const t = s.participants.find((p) => p.id === target);
  if (!t) return 'UNKNOWN_TARGET';
  if (t.id === me.id) return 'NOT_ALLOWED';
  if (asked) ev.push({ type: 'greeterAsked', id: null, to: asked });
  s.greeterAsked = target;
  ev.push({ type: 'greeterAsked', id: target, to: target });
  return undefined;
}

/**
 * The answer of the person asked to be the greeter: yes makes them the greeter (and tells them,
 * privately, of the newcomers already here); no tells the chair (`greeterDeclined`). The greeter's
 * own `false` steps down. Errors: ALREADY_DONE (the greeter says yes again), NOT_ALLOWED (nobody
 * asked you, and you are not the greeter).
 */
export function answerGreeter(s: MeetingState, me: Participant, yes: boolean, ev: MeetingEvent[]): ErrorCode | undefined {
  if ((s.greeterAsked ?? null) === me.id) {
    s.greeterAsked = null;
    if (!yes) {
      if (s.chairId) ev.push({ type: 'greeterDeclined', id: me.id, to: s.chairId });
      return undefined;
    }
    // The newcomer marks already there are told to the new greeter, privately.
    for (const id of s.newcomers ?? []) {
      const door = s.waiting.find((w) => w.id === id);
      const who = s.participants.find((p) => p.id === id) ?? door;
      if (who && id !== me.id) ev.push({ type: 'newcomer', id, name: who.name, atDoor: !!door, to: me.id });
    }
    s.greeterId = me.id;
    ev.push({ type: 'greeter', id: me.id });
    return undefined;
  }
  if ((s.greeterId ?? null) === me.id) {
    // Yes again from the greeter: already so.
    if (yes) return 'ALREADY_DONE';
    s.greeterId = null;
    ev.push({ type: 'greeter', id: null });
    return undefined;
  }
  return 'NOT_ALLOWED';
}

/**
 * The greeter (or the chair) sends the format's set welcome: to the room (`greeting`, a room
 * event whose text the clients take from the format), or to everyone at the door (their door view
 * shows it). Once a minute per place (ALREADY_DONE); to an empty waiting room it is NOBODY_WAITING.
 */
export function greet(s: MeetingState, me: Participant, where: GreetTarget, now: number, ev: MeetingEvent[]): ErrorCode | undefined {
  if (s.chairId !== me.id && (s.greeterId ?? null) !== me.id) return 'NOT_GREETER';
  // Nobody at the door: said in words first, whatever the minute's limit (not "participant not found").
  if (where === 'waiting' && !s.waiting.length) return 'NOBODY_WAITING';
  const last = s.greetedAt?.[where] ?? null;
  if (last !== null && now < last + GREET_INTERVAL_MS) return 'ALREADY_DONE';
  if (where === 'waiting') {
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
