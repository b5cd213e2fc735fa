// The words of the box "I can chair the meeting if needed" on the meeting page. Ticking it is an
// offer while someone chairs. But the first to offer takes the chair at once while it is empty
// (chair.ts ensureChair: a meeting must not stand without a chair) and after the format's
// rotation found nobody to hand it to (`rotationOpen`, decide.ts volunteer), so then the box says
// so before the tick: a fresh tester (2026-12-06, relatives format, English, open sharing) ticked
// "if needed" as an offer and was told at once "You now chair the meeting"; nobody had asked her.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict } from '../i18n.js';

/**
 * Whether ticking the box in `v` makes this person the chair at once (the same rule as decide.ts
 * volunteer → chair.ts ensureChair/successor), and why, for someone who has not offered yet:
 * `empty`, nobody holds the chair and either the room is asked who can take it (`chairVacant`) or
 * a volunteer in the middle of a share (the meeting not paused) is only waiting for their turn to
 * end to take it (the room is not asked then, chair.ts askForChair); `afterShare`, as `empty`, but
 * this person is sharing now and takes it when the turn is over (chair.ts successor); `rotation`, someone else
 * chairs but the format's rotation found nobody after the round (`rotationOpen`). Null when the
 * tick only offers, and once the meeting ended.
 */
export function tickTakesChair(v: Pick<MeetingView, 'phase' | 'chairId' | 'chairVacant' | 'rotationOpen' | 'speaker' | 'frozen' | 'participants' | 'you'>): 'empty' | 'afterShare' | 'rotation' | null {
  if (v.phase === 'ended' || v.participants.find((p) => p.id === v.you.id)?.volunteer) return null;
  if (v.chairId !== null) return v.rotationOpen && v.chairId !== v.you.id ? 'rotation' : null;
  // The one sharing now is passed over until the turn is over (chair.ts successor), then takes it.
  const sharing = !v.frozen && v.speaker?.id === v.you.id;
  if (v.chairVacant) return sharing ? 'afterShare' : 'empty';
  const sp = v.speaker;
  return !!sp && !v.frozen && sp.id !== v.you.id && v.participants.some((p) => p.id === sp.id && p.volunteer) ? 'empty' : null;
}

/** The box's label in `v`: the offer ("I can chair the meeting if needed"), or, when ticking takes the chair at once (tickTakesChair), that it does and why. */
export function volunteerLabel(v: Parameters<typeof tickTakesChair>[0], t: Pick<Dict, 'volunteerToggle' | 'volunteerToggleTakesEmpty' | 'volunteerToggleTakesAfterShare' | 'volunteerToggleTakesRotation'>): string {
  const takes = tickTakesChair(v);
  if (takes === 'empty') return t.volunteerToggleTakesEmpty;
  if (takes === 'afterShare') return t.volunteerToggleTakesAfterShare;
  return takes === 'rotation' ? t.volunteerToggleTakesRotation : t.volunteerToggle;
}
