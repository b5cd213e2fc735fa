// What everyone is shown of the meeting script: the segments with their planned lengths, which
// one runs, when it planned to end, and how the meeting stands against its plan. The chair's
// words per segment are format data (formats/segments.ts), so the view carries kinds, not text.
import { findReading, segmentPhase, type SegmentKind } from './formats.js';
import { currentSegment, postingClosed, scriptOf, scriptTiming } from './script.js';
import type { MeetingState } from './state.js';

/**
 * `index` of the current segment in `segments` (planned lengths in ms); `startedAt`/`endsAt`:
 * when it began and when it is planned to end (ms, server clock); `remainingMs`: until then, at
 * the time of the view; `driftMs`: the expected end of the meeting against its planned end at
 * that time (> 0 behind, < 0 ahead); later, add the time past `remainingMs`. `silence`: posting
 * is closed. `contributionUrl`: the group's own link for contributions, or null. `readings`: the
 * current segment's readings of the format, in order, each with whether it has been posted in it
 * (a first-time chair could not tell, and the bar went on asking for a text already posted).
 * `posted`: every reading posted so far in this part of the meeting (the opening's segments
 * together; each later segment on its own), so the welcome still shows as posted in the readings.
 */
export interface ScriptView {
  index: number;
  kind: SegmentKind;
  segments: { kind: SegmentKind; plannedMs: number; phase: string }[];
  startedAt: number;
  endsAt: number;
  remainingMs: number;
  driftMs: number;
  silence: boolean;
  contributionUrl: string | null;
  readings: { id: string; posted: boolean }[];
  posted: string[];
}

export function scriptView(s: MeetingState, now: number): ScriptView | null {
  const seg = currentSegment(s);
  const timing = scriptTiming(s, now);
  if (!s.script || !seg || !timing || s.phase === 'ended') return null;
  return {
    index: s.script.index,
    kind: seg.kind,
    segments: scriptOf(s).map((x) => ({ kind: x.kind, plannedMs: x.plannedMs, phase: segmentPhase(x.kind) })),
    startedAt: s.script.startedAt,
    endsAt: s.script.startedAt + seg.plannedMs,
    remainingMs: timing.remainingMs,
    driftMs: timing.driftMs,
    silence: postingClosed(s),
    contributionUrl: s.contributionUrl ?? null,
    readings: seg.readings.filter((id) => findReading(s.formatId, id)).map((id) => ({ id, posted: (s.script?.read ?? []).includes(id) })),
    posted: [...(s.script.read ?? [])],
  };
}
