// Turn order: who speaks now and who speaks next. Exactly one speaker at a time; the turn moves
// on when the speaker finishes, passes, runs out of time, is skipped, muted or gone.
import { nextInRotation, setChair } from './chair.js';
import type { MeetingEvent, ShareEndReason } from './events.js';
import { flushNotes } from './notes.js';
import { markShared } from './round-plan.js';
import type { MeetingState, RoundStatus, TurnMode } from './state.js';

/** Open sharing after the round is always by raised hands. */
export function effectiveMode(s: MeetingState): TurnMode {
  return s.phase === 'open' ? 'hands' : s.turnMode;
}

export const inRound = (s: MeetingState): boolean => s.phase === 'round' || s.phase === 'open';

const STATUS_AFTER: Record<ShareEndReason, RoundStatus> = {
  finished: 'shared',
  timeout: 'shared',
  passed: 'passed',
  skipped: 'skipped',
  muted: 'skipped',
  gone: 'missed',
};

export function startTurn(s: MeetingState, id: string, now: number, events: MeetingEvent[]): void {
  const p = s.participants.find((x) => x.id === id);
  if (!p) return;
  const deadline = now + s.settings.shareMs;
  // A turn given while the meeting is frozen starts with its clock paused at full time.
  s.speaker = { id, startedAt: now, deadline, warned: false, extended: false, ackedBy: [], frozenRemaining: s.frozen ? s.settings.shareMs : null };
  events.push({ type: 'turn', id, name: p.name, deadline });
}

export function endTurn(s: MeetingState, reason: ShareEndReason, events: MeetingEvent[]): void {
  const sp = s.speaker;
  if (!sp) return;
  s.speaker = null;
  const entry = s.roundOrder.find((e) => e.id === sp.id);
  if (entry && s.phase === 'round') entry.status = STATUS_AFTER[reason];
  const name = s.participants.find((p) => p.id === sp.id)?.name ?? '';
  if (reason === 'finished' || reason === 'timeout') markShared(s, sp.id);
  events.push({ type: 'shareEnded', id: sp.id, name, reason });
  // The chair's notes that waited for this share go out now, before anyone else speaks.
  flushNotes(s, events);
}

export function startRound(s: MeetingState, now: number, events: MeetingEvent[]): void {
  s.roundNumber += 1;
  s.roundOrder = s.participants.filter((p) => p.role === 'participant').map((p) => ({ id: p.id, status: 'pending' as const }));
  s.hands = [];
  s.roundActive = true;
  advanceTurn(s, now, events);
}

/** Present, not muted, and sharing (not listening): may hold the turn now. */
export const mayTakeTurn = (s: MeetingState, id: string): boolean => {
  const p = s.participants.find((x) => x.id === id);
  return !!p && p.connected && !p.muted && p.role === 'participant';
};

/** Called whenever nobody holds the turn during a round: picks the next speaker, if any. */
export function advanceTurn(s: MeetingState, now: number, events: MeetingEvent[]): void {
  if (s.speaker || !inRound(s) || s.frozen) return;
  const mode = effectiveMode(s);
  if (mode === 'hands') {
    const next = s.hands.find((id) => mayTakeTurn(s, id));
    if (!next) return;
    s.hands = s.hands.filter((id) => id !== next);
    events.push({ type: 'hands', queue: [...s.hands] });
    startTurn(s, next, now, events);
    return;
  }
  if (mode !== 'circle' || !s.roundActive) return;
  for (const entry of s.roundOrder) {
    if (entry.status !== 'pending') continue;
    if (mayTakeTurn(s, entry.id)) return startTurn(s, entry.id, now, events);
    // Disconnected people are passed over now and owed a late turn; muted ones are skipped.
    const p = s.participants.find((x) => x.id === entry.id);
    entry.status = p && !p.connected ? 'missed' : 'skipped';
  }
  const late = s.roundOrder.find((e) => e.status === 'missed' && mayTakeTurn(s, e.id));
  if (late) return startTurn(s, late.id, now, events);
  s.roundActive = false;
  events.push({ type: 'roundComplete', round: s.roundNumber });
  if (s.settings.rotateChairEachRound) {
    const next = nextInRotation(s);
    if (next) setChair(s, next, 'rotation', events);
  }
}
