// What a chair step would cut off, from the view alone: the speaker, and the people still
// waiting for a turn (the circle's pending and late turns, or the raised hands). Pure, tested.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict } from '../i18n.js';

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
