// What a chair step would cut off, from the view alone: the speaker, and the people still
// waiting for a turn (the circle's pending and late turns, or the raised hands). Pure, tested.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict } from '../i18n.js';
import { lateTurnsAwaited } from './others-words.js';

export type ChairStep = 'advance' | 'skip' | 'end';

export interface CutOff {
  /** The name of someone else who holds the turn, or null. */
  speaker: string | null;
  /** People still waiting for a turn in this part of the meeting. */
  waiting: number;
  /** Whether they wait by raised hands (open sharing or a hands round). */
  byHands: boolean;
}

export function cutOff(v: MeetingView, step: ChairStep): CutOff {
  const sp = v.speaker && v.speaker.id !== v.you.id ? v.speaker : null;
  const speaker = sp ? (v.participants.find((p) => p.id === sp.id)?.name ?? null) : null;
  const inRound = v.phase === 'round' || v.phase === 'open';
  if (!inRound) return { speaker: null, waiting: 0, byHands: false };
  if (step === 'skip') return { speaker, waiting: 0, byHands: false };
  return { speaker, waiting: v.upNext.length, byHands: v.effectiveMode === 'hands' };
}

/** The question's sentences, or [] when nobody would be cut off. */
export function cutOffLines(c: CutOff, t: Dict): string[] {
  const out: string[] = [];
  if (c.speaker) out.push(t.confirmSpeaker(c.speaker));
  if (c.waiting > 0) out.push(c.byHands ? t.confirmHands(c.waiting) : t.confirmWaiting(c.waiting));
  return out;
}

/**
 * The sharing's own next step while it still runs, or null when it has run its course (or the
 * meeting is not in its sharing, or paused): then the script's next step is the chair's.
 * `wait`: someone shares, a turn starts by itself (the circle's next, a raised hand) or a late
 * turn is awaited; nothing is the chair's to press. `give`: the chair picks who shares and
 * nobody does now; `id`/`name` the first seated sharer in the circle's order who has not had a
 * turn in this round yet (`hadTurn`: neither shared nor passed; a turn a drop took is owed, so
 * they are offered again). Not "has not shared in this meeting": someone who passed was offered
 * the turn again and again (a fresh tester's chair).
 *
 * A fresh tester: a member handed the chair in the middle of a round saw "Go on: Open sharing"
 * as the first button of the bar, and a first-time chair takes the first button for the next
 * step. Going on before the sharing is done is an early end, not the next step.
 */
export type RoundStep = { kind: 'wait' } | { kind: 'give'; id: string; name: string };

export function roundStep(v: MeetingView): RoundStep | null {
  if (v.frozen || (v.phase !== 'round' && v.phase !== 'open')) return null;
  if (v.speaker) return { kind: 'wait' };
  if (v.effectiveMode === 'chairPicks') {
    // `hadTurn` is the chair's to see (null for everyone else): nobody is offered then.
    const p = v.participants.find((x) => x.id !== v.you.id && x.role === 'participant' && x.connected && !x.muted && x.hadTurn === false);
    return p ? { kind: 'give', id: p.id, name: p.name } : null;
  }
  if (v.upNext.length > 0 || lateTurnsAwaited(v).length > 0) return { kind: 'wait' };
  return null;
}
