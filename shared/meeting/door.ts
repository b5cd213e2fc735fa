// The door: who must wait to be let in, why, and the one view a person waiting there is shown.
// Someone at the door has not been let in: they learn nothing of the meeting (no names, no
// topic, no speaker, not even how busy it is), only what a closed door itself shows.
import type { ErrorCode } from '../errors.js';
import type { Access, Language, MeetingState } from './state.js';

/**
 * Why someone waits at the door. `wrongCode`: a join code was given and did not match;
 * `closed`: a closed meeting, no code given; `locked`: the chair locked the door; `held`: the
 * door is watched since someone was removed, so everyone new is let in by hand; `sentBack`: the
 * chair sent them back from the meeting.
 */
export type DoorReason = 'wrongCode' | 'closed' | 'locked' | 'held' | 'sentBack';

/** All a person at the door is ever sent about the meeting: what the door itself shows. */
export interface DoorView {
  /** The meeting id. */
  id: string;
  title: string;
  language: Language;
  formatId: string;
  access: Access;
  /** Always true: a door view is only ever sent to someone waiting. */
  waiting: true;
  locked: boolean;
  reason: DoorReason;
  /** Whether they have accepted the group's guidelines (shown at the door; `acceptGuidelines`). */
  accepted: boolean;
  /** A weekly group's own guidelines (plain text), or null: the format's `guidelines` reading. */
  guidelinesText: string | null;
  /** The greeter's set welcome reached the waiting room: show the format's waiting-room welcome. */
  greeted: boolean;
}

/**
 * Whether an arrival must wait, and why; null when they may walk in. A key holder never reaches
 * this (decide seats them first). The order is what helps the person most: a code they can fix
 * first, then the door being shut, then the door being watched.
 */
export function doorFor(s: MeetingState, joinCode: boolean, wrongCode: boolean): DoorReason | null {
  if (s.access === 'closed' && !joinCode && wrongCode) return 'wrongCode';
  if (s.locked) return 'locked';
  if (s.doorWatched) return 'held';
  if (s.access === 'closed' && !joinCode) return 'closed';
  return null;
}

/**
 * Who may see the meeting's join code again: the chair and the co-chair (the door keepers), so a
 * chair who took over mid-meeting can let people in too. Null when they may; otherwise the code
 * the request is refused with.
 */
export function joinCodeRefusal(s: MeetingState, id: string): ErrorCode | null {
  if (s.removed.includes(id)) return 'REMOVED';
  if (s.waiting.some((w) => w.id === id)) return 'IN_WAITING_ROOM';
  if (!s.participants.some((p) => p.id === id)) return 'NOT_IN_MEETING';
  if (s.chairId !== id && s.coChairId !== id) return 'NOT_CHAIR';
  return null;
}

/** The door view for one waiting person. Throws if they are not waiting: nobody else gets one. */
export function buildDoorView(s: MeetingState, id: string): DoorView {
  const w = s.waiting.find((x) => x.id === id);
  if (!w) throw new Error('buildDoorView: not waiting');
  return {
    id: s.id,
    title: s.title,
    language: s.language,
    formatId: s.formatId,
    access: s.access,
    waiting: true,
    locked: s.locked,
    reason: w.reason,
    accepted: w.accepted ?? false,
    guidelinesText: s.ownReadings?.guidelines ?? null,
    greeted: w.greeted ?? false,
  };
}
