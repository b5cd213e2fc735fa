// Who holds the chair. The chair is a role, not a person: someone must hold it whenever a
// connected volunteer is present, and it passes on without a vote when the chair is gone. Two
// limits: before the chair key has been used, the chair is kept for its holder (until the chair
// wait runs out), and when no volunteer is connected the room is asked, once, who can take it.
import type { ChairReason, MeetingEvent } from './events.js';
import type { MeetingState, Participant, WaitingEntry } from './state.js';

const canChair = (p: Participant | undefined, exclude: string | null): p is Participant =>
  !!p && p.id !== exclude && p.volunteer && p.connected;

/** When the chair stops being kept for the chair key's holder (ms): the planned start, or the creation, plus `chairWaitMs`. */
export const chairWaitEnd = (s: MeetingState): number => (s.startsAt ?? s.createdAt) + s.settings.chairWaitMs;

/**
 * Whether the chair may go to anyone but the chair key's holder: once the key has been used, or
 * once the clock has seen the chair wait run out. Before that, a stranger who joins a listed
 * meeting as a volunteer must not get the chair (and with it `end`, `lock`, `remove`).
 */
export const chairIsOpen = (s: MeetingState): boolean => s.chairKeyUsed || s.chairWaitOver;

/**
 * Whether the key presented (`own`: a weekly group's meeting's own chair key, Command join
 * `ownChairKey`) opens the chair now. A one-off meeting's key always does. A weekly group's
 * one-time key ("chair next time") does until it has seated its holder (then it is spent:
 * presented again it is an ordinary join, decide.ts spentKeyIgnored); the meeting's own key,
 * given to that holder then, does from that moment on, as a one-off meeting's key (a fresh
 * tester, 2026-12-06: the holder's chair link carried the spent one-time key and brought them
 * back to the closed door).
 */
export const keyOpensChair = (s: MeetingState, own: boolean): boolean => (s.group ? s.chairKeyUsed === own : !own);

/**
 * The seat (or the place at the door) a `join` with the chair key returns its holder to, or
 * undefined: the key has seated nobody yet, that seat is gone, or the key does not open the
 * chair now (keyOpensChair: a weekly group's spent one-time key). `own`: the key presented is a
 * weekly group's meeting's own chair key. The door card's `chairSeat` (server/http.ts) names it,
 * so the door offers exactly this return.
 */
export function keptKeySeat(s: MeetingState, own = false): Participant | WaitingEntry | undefined {
  const id = s.chairKeyHolder;
  if (id === null || !s.chairKeyUsed || !keyOpensChair(s, own) || s.removed.includes(id)) return undefined;
  return s.participants.find((p) => p.id === id) ?? s.waiting.find((w) => w.id === id);
}

/**
 * Whether the chair key has seated its holder before and that seat is no longer kept (given up
 * after the grace period, or left), so presenting it again seats the holder anew, in the chair
 * (decide.ts joinWithChairKey). False for a weekly group's one-time key (spent once used; its
 * meeting's own key, `own`, counts as a one-off meeting's), a holder the
 * chair removed (refused, REMOVED) and a seat still kept (keptKeySeat). The door card's
 * `chairSeatGone` (server/http.ts): a chair coming back in a fresh page is told that the old seat
 * and what was said meanwhile are gone, not promised the seat (a fresh tester, 2026-12-05).
 */
export function keySeatGone(s: MeetingState, own = false): boolean {
  const id = s.chairKeyHolder;
  return id !== null && s.chairKeyUsed && keyOpensChair(s, own) && !s.removed.includes(id) && keptKeySeat(s, own) === undefined;
}

/**
 * Whether `p` is in the middle of a running share: the speaker, with the meeting not paused. In a
 * pause nobody is typing against the clock, and someone must be able to resume it.
 */
export const sharingNow = (s: MeetingState, p: Participant): boolean => !s.frozen && s.speaker?.id === p.id;

/**
 * The co-chair (door keeper) first, then volunteers in join order; never the one sharing now
 * (sharingNow) unless `speakerToo`. A fresh tester (2026-12-06) saw a volunteer made chair 21 s
 * before the end of his own share: the chair bar landed over his share box. Passed over while
 * sharing, a volunteer takes the still empty chair when the turn is over (decide.ts, after every
 * command); meanwhile the turns go on by the clock, as with no chair at all.
 */
export function successor(s: MeetingState, exclude: string | null, speakerToo = false): Participant | undefined {
  if (!chairIsOpen(s)) return undefined;
  const able = (p: Participant | undefined): p is Participant => canChair(p, exclude) && (speakerToo || !sharingNow(s, p));
  const co = s.participants.find((p) => p.id === s.coChairId);
  if (able(co)) return co;
  return s.participants.find(able);
}

/** Rotation after a round: the next volunteer after the current chair, in join order, wrapping. */
export function nextInRotation(s: MeetingState): Participant | undefined {
  const current = s.participants.find((p) => p.id === s.chairId);
  const after = s.participants.filter((p) => canChair(p, s.chairId) && current && p.joinOrder > current.joinOrder);
  return after[0] ?? s.participants.find((p) => canChair(p, s.chairId));
}

/**
 * The format's rotation after the round (settings.rotateChairEachRound; the relatives format, as
 * in Al-Anon, where service rotates): the chair goes to the next volunteer (nextInRotation). With
 * nobody else connected who offered to chair, the chair stays and the room is told so, once
 * (`rotationOpen`): the first who offers from then on takes it (decide.ts volunteer). A third
 * fresh tester (2026-12-03) chaired a relatives meeting where nobody had ticked "I can chair":
 * the rotation did nothing and said nothing.
 */
export function rotateChair(s: MeetingState, events: MeetingEvent[]): void {
  const next = nextInRotation(s);
  if (next) return setChair(s, next, 'rotation', events);
  if (s.chairId === null || s.rotationOpen) return;
  s.rotationOpen = true;
  events.push({ type: 'rotationOpen' });
}

export function setChair(s: MeetingState, p: Participant | undefined, reason: ChairReason, events: MeetingEvent[]): void {
  const id = p?.id ?? null;
  if (p) s.chairVacant = false;
  if (s.chairId === id) return;
  // The key's holder gave the chair away: their key gives a seat, not the chair, from now on (a
  // fresh tester, 2026-12-05: the creator's link took the chair back from the member the
  // rotation had given it to). A drop that cost them the chair (failover) is not giving it away.
  if (s.chairId !== null && s.chairId === s.chairKeyHolder && (reason === 'handed' || reason === 'rotation' || reason === 'withdrew')) s.chairPassedOn = true;
  else if (id !== null && id === s.chairKeyHolder && s.chairPassedOn) s.chairPassedOn = false;
  s.chairId = id;
  if (s.rotationOpen) s.rotationOpen = false;
  if (p && s.coChairId === p.id) {
    s.coChairId = null;
    events.push({ type: 'coChair', id: null });
  }
  events.push({ type: 'chair', id, name: p?.name ?? null, reason });
}

/**
 * With the chair open and nobody in it, asks everyone connected once whether they can take it
 * (`chairVacant`; the first `takeChair` gets it). Nobody connected: asked when someone is back.
 */
export function askForChair(s: MeetingState, events: MeetingEvent[]): void {
  if (s.chairVacant || s.chairId !== null || !chairIsOpen(s) || s.phase === 'ended') return;
  if (!s.participants.some((p) => p.connected)) return;
  // A volunteer in the middle of a share takes the chair when the turn ends (successor): the
  // room is not asked meanwhile (a fresh tester was asked "Can you take the chair?" then).
  if (s.participants.some((p) => canChair(p, null) && sharingNow(s, p))) return;
  s.chairVacant = true;
  events.push({ type: 'chairVacant' });
}

/** Fill an empty chair, or replace a chair who is gone, from the connected volunteers; else ask the room. */
export function ensureChair(s: MeetingState, events: MeetingEvent[], reason: 'start' | 'failover' = 'failover'): void {
  const chair = s.participants.find((p) => p.id === s.chairId);
  if (chair) return;
  setChair(s, successor(s, null), reason, events);
  askForChair(s, events);
}
