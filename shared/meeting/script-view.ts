// What everyone is shown of the meeting script: the segments with their planned lengths, which
// one runs, when it planned to end, and how the meeting stands against its plan. The chair's
// words per segment are format data (formats/segments.ts), so the view carries kinds, not text.
import { segmentPhase, type SegmentKind } from './formats.js';
import { currentSegment, partReadings, postingClosed, scriptOf, scriptTiming } from './script.js';
import type { MeetingState } from './state.js';

/**
 * `index` of the current segment in `segments` (planned lengths in ms); `startedAt`/`endsAt`:
 * when it began and when it is planned to end (ms, server clock); `remainingMs`: until then, at
 * the time of the view; `driftMs`: the expected end of the meeting against its planned end at
 * that time (> 0 behind, < 0 ahead); later, add the time past `remainingMs`. `silence`: posting
 * is closed. `contributionUrl`: the group's own link for contributions, or null. `readings`: the
 * current segment's readings of the format, in order, each with whether it has been posted in it
 * (a first-time chair could not tell, and the bar went on asking for a text already posted).
 * `posted`: every reading posted so far in this part of the meeting (its phase's segments
 * together), so the welcome still shows as posted in the readings, and the closing words posted in
 * the contributions pause at the closing. `offered`: the readings the chair is offered now (the
 * chair bar), each with whether it is posted: the current segment's and those of the part's
 * earlier segments, never a later segment's (a fresh tester's chair was offered the closing words
 * in the contributions pause) nor the silence's own words (its segment posts them). `unposted`:
 * the part's readings not posted yet, later segments' included: what a step out of the part
 * (skipping the rest of the opening, the end) leaves unposted for good, so it asks first.
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
  offered: { id: string; posted: boolean }[];
  unposted: string[];
}

/** What everyone is shown of the meeting script at `now`, or null before the start and after the end. */
export function scriptView(s: MeetingState, now: number): ScriptView | null {
  const seg = currentSegment(s);
  const timing = scriptTiming(s, now);
  if (!s.script || !seg || !timing || s.phase === 'ended') return null;
  const read = s.script.read ?? [];
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
    readings: partReadings(s, 'segment', true).map((id) => ({ id, posted: read.includes(id) })),
    posted: [...read],
    offered: partReadings(s, 'now').map((id) => ({ id, posted: read.includes(id) })),
    unposted: partReadings(s, 'part').filter((id) => !read.includes(id)),
  };
}
