// The script keeps the meeting (Issue 15): which segment of the format's script runs, since when,
// and whether the meeting is on time. Segments subdivide the phases (formats/segments.ts): a phase
// change (by the chair's phase button or by the script) moves the script to that phase's first
// segment, and the script's step into another phase changes the phase. When no chair is present
// (none, or their connection is down), the server's clock moves the script on at the planned
// times (tick), posting the segment's readings itself (and, when it takes over mid-segment, what is still
// unread of it at once: readingsDue), so the meeting never stalls; it never
// cuts a share short of its own time. The moment of silence always ends by itself. A meeting with
// a planned start that nobody chairs starts by itself once the chair wait is over (startDue).
import type { ErrorCode } from '../errors.js';
import { chairWaitEnd } from './chair.js';
import type { MeetingEvent } from './events.js';
import { findFormat, findReading, segmentPhase, type Segment } from './formats.js';
import { scheduledEnd } from './group-meeting.js';
import type { MeetingState } from './state.js';

/** Where the script stands: `index` into the format's script, `startedAt` when that segment began (ms, server clock). */
export interface ScriptState {
  index: number;
  startedAt: number;
  /** When the first segment began: the planned times count from here (ms). */
  meetingStartedAt: number;
  /**
   * The reading ids already posted in the current part of the meeting (its phase: the opening's
   * segments together, the closing's together; by the chair, or by the server); absent when none.
   * What is still unread is posted by the server once no chair is present (takeOver).
   */
  read?: string[];
}

/**
 * The meeting's script: the format's segments, with a weekly group's own planned lengths
 * (s.ownPlannedMs, ms by segment kind) in place of the format's, all times settings.scriptScale
 * (default 1).
 */
export function scriptOf(s: MeetingState): Segment[] {
  const own = s.ownPlannedMs;
  const script = (findFormat(s.formatId)?.script ?? []).map((x) => (own?.[x.kind] ? { ...x, plannedMs: own[x.kind]! } : x));
  const scale = s.settings.scriptScale ?? 1;
  return scale === 1 ? script : script.map((x) => ({ ...x, plannedMs: Math.max(1, Math.round(x.plannedMs * scale)) }));
}

export function currentSegment(s: MeetingState): Segment | null {
  if (!s.script) return null;
  return scriptOf(s)[s.script.index] ?? null;
}

/** Whether the meeting has a chair present: a chair whose connection is up. */
export function chairPresent(s: MeetingState): boolean {
  const chair = s.chairId ? s.participants.find((p) => p.id === s.chairId) : undefined;
  return !!chair && chair.connected;
}

/** The moment of silence: nobody posts (readings, notes, topic, shares). */
export function postingClosed(s: MeetingState): boolean {
  return currentSegment(s)?.kind === 'silence';
}

/** The reading event for a reading of the format; a weekly group's own text travels with it. */
export function readingEvent(s: MeetingState, readingId: string): MeetingEvent {
  const own = s.ownReadings?.[readingId];
  return own ? { type: 'reading', readingId, text: own } : { type: 'reading', readingId };
}

function enter(s: MeetingState, index: number, now: number, auto: boolean, ev: MeetingEvent[]): void {
  const script = scriptOf(s);
  const seg = script[index];
  if (!s.script || !seg) return;
  const before = script[s.script.index];
  s.script.index = index;
  s.script.startedAt = now;
  // What was read stays known through the part (the phase): a later opening segment's take-over
  // still posts an earlier one's unread text (the Welcome skipped by "Go on: Readings"), and the
  // closing words posted during the contributions pause are not offered again at the closing (a
  // fresh tester's members got them three times, once per closing segment).
  if (!before || segmentPhase(before.kind) !== segmentPhase(seg.kind)) delete s.script.read;
  const mine: MeetingEvent[] = [{ type: 'segment', index, kind: seg.kind, startedAt: now, endsAt: now + seg.plannedMs, auto }];
  // The silence's own words open it always; with no chair, the server reads every unread text.
  if (auto) postUnread(s, mine);
  else if (seg.kind === 'silence') postUnread(s, mine, false);
  // The segment is announced before the first turn its phase change gave ("Now: The share round"
  // above the first share, not after it).
  const turn = ev.findIndex((e) => e.type === 'turn');
  if (turn >= 0) ev.splice(turn, 0, ...mine);
  else ev.push(...mine);
}

/**
 * The format's readings of the current part's segments (the phase's), in the script's order:
 * `upTo` 'now' the current segment's and the part's earlier ones' (what the chair is offered:
 * one skipped can still be posted until the part ends), 'segment' the current segment's only,
 * 'part' every segment's of the part, those still to come included. Without the silence's own
 * words unless `silence`: its segment posts them itself as it opens, they are never the chair's.
 */
export function partReadings(s: MeetingState, upTo: 'segment' | 'now' | 'part', silence = false): string[] {
  const seg = currentSegment(s);
  if (!s.script || !seg) return [];
  const index = s.script.index;
  const phase = segmentPhase(seg.kind);
  const segments = upTo === 'segment' ? [seg] : scriptOf(s).filter((x, i) => segmentPhase(x.kind) === phase && (upTo === 'part' || i <= index));
  const ids = segments.filter((x) => silence || x.kind !== 'silence').flatMap((x) => x.readings);
  return ids.filter((id, i) => ids.indexOf(id) === i && findReading(s.formatId, id));
}

/**
 * The readings not yet posted, in the script's order: the current segment's, and (`earlier`,
 * default) also those of the part's segments before it. Source: Issue 15 re-trial — a chair who
 * pressed "Go on: Readings" without posting the Welcome and dropped left a newcomer with no welcome.
 */
function unreadReadings(s: MeetingState, earlier = true): string[] {
  const read = s.script?.read ?? [];
  return partReadings(s, earlier ? 'now' : 'segment', true).filter((id) => !read.includes(id));
}

/** Posts the unread readings (unreadReadings), in the script's order, and marks them read. */
function postUnread(s: MeetingState, ev: MeetingEvent[], earlier = true): void {
  for (const id of unreadReadings(s, earlier)) {
    ev.push(readingEvent(s, id));
    markRead(s, id);
  }
}

/**
 * Whether the reading was posted already in this part of the meeting: the current phase's
 * segments together (as `script.read` keeps them) or, before the start, while people gathered.
 * A post of it again is refused (ALREADY_DONE).
 */
export function alreadyRead(s: MeetingState, readingId: string): boolean {
  return (s.script ? (s.script.read ?? []) : s.phase === 'gathering' ? (s.readBeforeStart ?? []) : []).includes(readingId);
}

/**
 * A reading was posted in the current part (the chair's postReading, or the server's); before
 * the start, kept for the opening (startScript). A fresh tester's chair posted the welcome from
 * the tools while people gathered, and after the start the bar asked for it again.
 */
export function markRead(s: MeetingState, readingId: string): void {
  if (alreadyRead(s, readingId)) return;
  if (s.script) s.script.read = [...(s.script.read ?? []), readingId];
  else if (s.phase === 'gathering') s.readBeforeStart = [...(s.readBeforeStart ?? []), readingId];
}

/**
 * When the script must post the current segment's unread readings itself (ms: due at once), or
 * null: no chair is present (none, or their connection is down) in a running, unfrozen meeting
 * whose current segment still has readings nobody posted. Source: the tester's finding on Issue
 * 15 — a chair who pressed "Go on: Readings" and dropped left the purpose, the guidelines and the
 * anonymity reading unread for good while the page said "the readings come by themselves".
 */
export function readingsDue(s: MeetingState): number | null {
  if (!s.script || s.frozen || s.phase === 'ended' || s.phase === 'gathering' || chairPresent(s)) return null;
  return unreadReadings(s).length ? s.script.startedAt : null;
}

/** The script takes over with no chair present: it posts what is still unread of the segment. */
export function takeOver(s: MeetingState, now: number, ev: MeetingEvent[]): void {
  const at = readingsDue(s);
  if (at !== null && now >= at) postUnread(s, ev);
}

/**
 * The meeting starts: the script begins with its first segment. `auto`: the clock started it with
 * no chair present (startDue), so the server reads the segment's texts itself.
 */
export function startScript(s: MeetingState, now: number, ev: MeetingEvent[], auto = false): void {
  if (!scriptOf(s).length) return;
  s.script = { index: 0, startedAt: now, meetingStartedAt: now, ...(s.readBeforeStart ? { read: s.readBeforeStart } : {}) };
  delete s.readBeforeStart;
  enter(s, 0, now, auto, ev);
}

/**
 * When a meeting nobody chairs starts by itself (ms, server clock), or null: a meeting with a
 * planned start (`startsAt`) still gathering when the chair is no longer kept for its key's holder
 * (chairWaitEnd: startsAt + settings.chairWaitMs), with no chair present and at least two people
 * connected (the quorum the chair's start asks for). Source: Issue 15, "if no chair is present,
 * the script moves on by itself at the planned times, so the meeting never stalls". A meeting
 * without a planned start has no time to keep, and waits for someone to chair it.
 */
export function startDue(s: MeetingState): number | null {
  if (s.phase !== 'gathering' || s.startsAt === null || chairPresent(s)) return null;
  if (s.participants.filter((p) => p.connected).length < 2) return null;
  return chairWaitEnd(s);
}

/**
 * After any command: if the phase moved on (the chair's phase button, the end of a round), the
 * script follows to the first segment of the new phase. Called by decide() once per command.
 */
export function followPhase(s: MeetingState, now: number, ev: MeetingEvent[]): void {
  const seg = currentSegment(s);
  if (!s.script || !seg || s.phase === 'ended' || s.phase === 'gathering') return;
  if (segmentPhase(seg.kind) === s.phase) return;
  const script = scriptOf(s);
  const next = script.findIndex((x, i) => i > s.script!.index && segmentPhase(x.kind) === s.phase);
  if (next >= 0) enter(s, next, now, false, ev);
}

/**
 * One step on: the next segment in the same phase, or the phase change (`changePhase`, the core's
 * advance) into the next segment's phase, landing on that phase's first segment. Past the last
 * segment the meeting ends (`end`). `auto`: the clock did it, with no chair present.
 */
export function nextSegment(s: MeetingState, now: number, auto: boolean, changePhase: () => ErrorCode | undefined, end: () => void, ev: MeetingEvent[]): ErrorCode | undefined {
  if (!s.script) return 'WRONG_PHASE';
  // Never move on past texts nobody read when the clock does it: post them first.
  if (auto) postUnread(s, ev);
  const script = scriptOf(s);
  const from = s.script.index;
  const next = script[from + 1];
  if (!next) {
    end();
    return undefined;
  }
  if (segmentPhase(next.kind) === s.phase) {
    enter(s, from + 1, now, auto, ev);
    return undefined;
  }
  const code = changePhase();
  if (code) return code;
  if (s.phase === 'ended') return undefined;
  const landing = script.findIndex((x, i) => i > from && segmentPhase(x.kind) === s.phase);
  if (landing >= 0) enter(s, landing, now, auto, ev);
  return undefined;
}

/** When the current segment's planned time is over (ms), or null without a script. */
export function segmentDue(s: MeetingState): number | null {
  const seg = currentSegment(s);
  return s.script && seg ? s.script.startedAt + seg.plannedMs : null;
}

/**
 * When the clock must move the script on by itself (ms, server clock), or null: at the segment's
 * planned end when no chair is present (or always, for the silence), or at once when the round is
 * complete; never before the current share's own time is up, never while the share clock is
 * paused, and never in a frozen meeting.
 */
export function scriptDue(s: MeetingState): number | null {
  const due = segmentDue(s);
  const seg = currentSegment(s);
  if (due === null || !seg || s.frozen || s.phase === 'ended' || s.phase === 'gathering') return null;
  if (seg.kind !== 'silence' && chairPresent(s)) return null;
  const sp = s.speaker;
  if (sp && sp.frozenRemaining !== null) return null;
  // A round everyone has had their turn in does not wait out its planned time with nobody to move on.
  if (seg.kind === 'round' && s.phase === 'round' && !s.roundActive && !sp && s.roundNumber > 0) return s.script!.startedAt;
  return sp ? Math.max(due, sp.deadline) : due;
}

/**
 * How the meeting stands against its plan at `now`: `driftMs` > 0 is behind, < 0 ahead. The
 * expected end is the later of now and the segment's planned end, plus the planned rest. The
 * planned end is the format's (start + planned lengths), or a weekly group's scheduled end if
 * that comes first: its meeting ends there whatever the plan says (group-meeting.ts), so a
 * meeting that started late is behind, never "N min to spare" past its end (a fresh tester).
 */
export function scriptTiming(s: MeetingState, now: number): { remainingMs: number; driftMs: number; plannedEndAt: number } | null {
  const seg = currentSegment(s);
  if (!s.script || !seg) return null;
  const script = scriptOf(s);
  const total = script.reduce((n, x) => n + x.plannedMs, 0);
  const rest = script.slice(s.script.index + 1).reduce((n, x) => n + x.plannedMs, 0);
  const segEnd = s.script.startedAt + seg.plannedMs;
  const byPlan = s.script.meetingStartedAt + total;
  const scheduled = scheduledEnd(s);
  const plannedEndAt = scheduled === null ? byPlan : Math.min(byPlan, scheduled);
  return { remainingMs: Math.max(0, segEnd - now), driftMs: Math.max(now, segEnd) + rest - plannedEndAt, plannedEndAt };
}
