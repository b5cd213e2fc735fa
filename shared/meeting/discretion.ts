// Discreet attendance: who may see whose name. In a discreet meeting a person sees how many are
// present and their own place in the round, and another person's pseudonym (or id) only while
// that person is sharing; the chair and co-chair (the door keepers) see everyone. This module is
// the one place the rule lives. The server applies it to every view, every room event and every
// replayed event before anything leaves for a recipient: hiding names in the page is not enough,
// since whatever reaches a browser can be read from it (join notices leak "hidden" lists).
//
// Why it exists: rural members stay away from meetings for fear that their attendance becomes
// known locally (Barstad & Stokken 2009; /work/shared/domain.md, "Being seen there is the fear").
import type { ErrorCode } from '../errors.js';
import type { MeetingEvent } from './events.js';
import type { MeetingState } from './state.js';
import type { MeetingView } from './view.js';

type Roles = Pick<MeetingState, 'discreet' | 'chairId' | 'coChairId'>;

/** The chair and co-chair keep the door and run the room: they see everyone, always. */
export function seesEveryone(s: Roles, viewer: string): boolean {
  return !s.discreet || s.chairId === viewer || s.coChairId === viewer;
}

/**
 * Whether `viewer` may be told anything that names `subject` (pseudonym or id) right now:
 * always in an ordinary meeting; in a discreet one, their own, a keeper's view of anyone, and
 * anyone's while that person is the speaker.
 */
export function mayName(s: Roles & Pick<MeetingState, 'speaker'>, viewer: string, subject: string): boolean {
  return subject === viewer || seesEveryone(s, viewer) || s.speaker?.id === subject;
}

/**
 * A room event as `viewer` may receive it, or null when it must not reach them at all.
 * Events of a turn (turn, share, shareEnded, timeWarning, extended) name the person sharing at
 * that moment, so they pass; every other event that carries a person's `id` (presence, role,
 * mute, who chairs) reaches only the keepers and that person (one with `id: null`, e.g. an empty
 * chair, reaches all); the hand queue shows only the viewer's own hand. A chair event naming
 * someone else becomes the nameless `chairFilled` (with `id: null` it would read as "nobody
 * chairs"; left out, the room would never hear the chair is filled again). Used for live
 * delivery and for resume replay alike, so a replay can never tell more than the live event did.
 */
export function eventFor(s: Roles, viewer: string, e: MeetingEvent): MeetingEvent | null {
  if (seesEveryone(s, viewer) || 'to' in e || TURN_EVENTS.has(e.type)) return e;
  if (e.type === 'hands') return { type: 'hands', queue: e.queue.filter((id) => id === viewer) };
  // Any other event about a person (today joined, admitted, left, connection, muted, volunteer,
  // role, chair, coChair; and whatever is added later) is theirs and the keepers' alone.
  if ('id' in e) {
    if (e.id === viewer || e.id === null) {
      // Who is next names others: a member gets it in their view, as viewFor narrows it (and a
      // newcomer's own seat entry is in their first view).
      if (e.type === 'connection' && e.upNext) return { type: 'connection', id: e.id, connected: e.connected };
      if (e.type === 'joined' && e.seat) return { type: 'joined', id: e.id, name: e.name };
      return e;
    }
    // The chair filled again (taken, or its holder back after a quick exit) must still reach
    // everyone, or the room's last word stays "nobody is chairing": nameless, with its reason.
    if (e.type === 'chair') return { type: 'chairFilled', reason: e.reason };
    return null;
  }
  if ('name' in e) return null;
  return e;
}

/**
 * Whether eventFor hands `e` unchanged to every viewer, in any meeting: a private event (`to`)
 * and the events of a turn. The transport then encodes it once for the whole room (Issue 10:
 * a discreet meeting's share is not encoded and written per recipient).
 */
export function sameForEveryone(e: MeetingEvent): boolean {
  return 'to' in e || TURN_EVENTS.has(e.type);
}

/** Events of a turn: they name the person sharing at that moment, and may. */
const TURN_EVENTS = new Set<MeetingEvent['type']>(['turn', 'share', 'shareEnded', 'timeWarning', 'extended', 'turnHeld', 'turnResumed', 'shareHidden']);

/**
 * Narrows a built view for its recipient: in a discreet meeting, someone who is not a keeper
 * gets only themselves and the speaker in `participants`, and the chair's and co-chair's ids
 * only when those are themselves or the speaker. `present` and `you.place` still tell the count
 * and their own place.
 */
export function viewFor(s: Roles & Pick<MeetingState, 'speaker'>, v: MeetingView): MeetingView {
  const me = v.you.id;
  if (seesEveryone(s, me)) return v;
  const visible = (id: string | null): string | null => (id !== null && mayName(s, me, id) ? id : null);
  return {
    ...v,
    chairId: visible(v.chairId),
    coChairId: visible(v.coChairId),
    participants: v.participants.filter((p) => mayName(s, me, p.id)),
    // The order of who is next stays (and your own place in it); the others' ids do not.
    upNext: v.upNext.map((id) => (mayName(s, me, id) ? id : '')),
  };
}

/** The chair turns discreet attendance on. It cannot be turned off: people joined trusting it. */
export function setDiscreet(s: MeetingState, on: boolean, ev: MeetingEvent[]): ErrorCode | undefined {
  if (!on) return s.discreet ? 'NOT_ALLOWED' : 'ALREADY_DONE';
  if (s.discreet) return 'ALREADY_DONE';
  s.discreet = true;
  ev.push({ type: 'discreet', on: true });
  return undefined;
}

/** Resume replay for `viewer`: each logged event as eventFor lets it through, the rest left out. */
export function replayAs<L extends { event: MeetingEvent }>(s: Roles, viewer: string, entries: L[]): L[] {
  return entries.flatMap((l) => {
    const e = eventFor(s, viewer, l.event);
    if (!e) return [];
    return [e === l.event ? l : { ...l, event: e }];
  });
}
