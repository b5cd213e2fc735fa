// Weekly groups at run time: each occurrence is a fresh meeting with its own id (derived from the
// group's slug and the occurrence's start, so every process agrees on it), created when its door
// opens; nothing of last week's meeting is reachable from it. It lives for its scheduled time
// (emptying does not end it; the clock ends it at its end) unless its chair ends it: then the
// occurrence is marked ended and never re-opened. Also the directory's group entries, whose phase
// comes from the schedule and the store together, and the hand-on of "chair next time".
import { findFormat } from '../../shared/meeting/formats.js';
import { createMeeting, type MeetingState } from '../../shared/meeting/state.js';
import type { DirectoryEntry, GroupCard, NextChairKey } from '../../shared/protocol.js';
import type { Config } from '../config.js';
import { secretToken, sha256, type Ids } from '../ids.js';
import { log, ref } from '../log.js';
import type { MeetingStore } from '../store/store.js';
import type { Group } from './config.js';
import type { EndedOccurrences } from './ended-occurrences.js';
import type { NextChairStore } from './next-chair.js';
import type { GroupRegistry } from './registry.js';
import { currentAndNext, occurrenceAfter, occurrencesBetween, openDoors, type Occurrence } from './schedule.js';

/** Fewer people than this present: the directory shows no count ("a few"), since a small count in a small place can identify someone. */
export const MIN_COUNT_SHOWN = 5;
const DAY_MS = 86_400_000;

/**
 * The number of people present as the directory may show it: 0 when nobody is (an empty room
 * identifies nobody, and "a few present" would not be true), null for 1 to MIN_COUNT_SHOWN - 1.
 */
export const shownCount = (present: number): number | null => (present === 0 || present >= MIN_COUNT_SHOWN ? present : null);

export interface GroupDeps {
  registry: GroupRegistry;
  store: MeetingStore;
  ids: Ids;
  nextChair: NextChairStore;
  ended: EndedOccurrences;
  config: Config;
  now: () => number;
  /**
   * Called with each stored occurrence meeting this process reads, so its clock arms the
   * meeting's timer (the scheduled end) even if no command for it ran here since a restart.
   */
  watch?: (state: MeetingState) => void;
}

/** What an occurrence is, from the schedule and the store: DirectoryEntry.phase. */
export function occurrencePhase(state: MeetingState | null, endedByChair: boolean, doorOpen: boolean): string {
  if (state) return state.phase;
  if (endedByChair) return 'ended';
  // Its door is open by the schedule: the meeting /g/<slug> opens is gathering, nobody in it yet.
  return doorOpen ? 'gathering' : 'scheduled';
}

/** What a weekly occurrence's id is now (GroupMeetings.lookup). Times in ms since the epoch. */
export type OccurrenceLookup = { kind: 'open'; state: MeetingState } | { kind: 'ended' } | { kind: 'notOpenYet'; doorOpensAt: number; startsAt: number };

export class GroupMeetings {
  constructor(private readonly d: GroupDeps) {}

  occurrenceId(slug: string, start: number): string {
    return this.d.ids.derivedMeetingId(`${slug}@${start}`);
  }

  /**
   * The occurrence's meeting, created if it does not exist yet; null when its chair ended it
   * (it is never re-opened: the mark lasts until the occurrence's scheduled end).
   */
  async open(g: Group, occ: Occurrence): Promise<MeetingState | null> {
    const id = this.occurrenceId(g.slug, occ.start);
    const existing = await this.d.store.load(id);
    if (existing) return this.seen(existing);
    if (await this.d.ended.isEnded(g.slug, occ.start)) return null;
    const format = findFormat(g.formatId);
    if (!format) throw new Error('group format vanished');
    const handedOn = await this.d.nextChair.get(g.slug, occ.start);
    const state = createMeeting(
      {
        id,
        title: g.name,
        language: g.language,
        formatId: format.id,
        access: g.access,
        // Listed through the group's schedule, not the one-off meetings' list.
        listed: false,
        settings: { ...format.settings, ...this.d.config.settings },
        turnMode: format.turnMode,
        startsAt: occ.start,
        group: { slug: g.slug, start: occ.start, end: occ.end },
        ownReadings: Object.keys(g.readings).length ? { ...g.readings } : null,
        contributionUrl: g.contributionUrl,
        ownPlannedMs: Object.keys(g.plannedMs).length ? { ...g.plannedMs } : null,
      },
      this.d.now(),
    );
    // Without a handed-on key nobody can present one: the chair is not kept for anyone, and the
    // first volunteer at the door takes it. With one, it is kept for the key's holder until the
    // chair wait after the start runs out (then the first volunteer takes it, as for any meeting).
    if (!handedOn) state.chairWaitOver = true;
    // A group's file holds only its join code's hash: there is no code here for a chair to see again.
    const created = await this.d.store.create(state, { chairKeyHash: handedOn ?? sha256(secretToken()), joinCodeHash: g.joinCodeHash, joinCode: null });
    if (created) {
      if (handedOn) await this.d.nextChair.delete(g.slug, occ.start);
      log('occurrence_opened', { meeting: ref(id), format: format.id, handedOn: !!handedOn });
      return this.seen(state);
    }
    // Another process created it first: theirs is the one.
    const theirs = await this.d.store.load(id);
    return theirs ? this.seen(theirs) : null;
  }

  /** An existing occurrence meeting: arms this process's clock for it; an ended one counts as none. */
  private seen(state: MeetingState): MeetingState | null {
    if (state.phase === 'ended') return null;
    this.d.watch?.(state);
    return state;
  }

  /**
   * After a group's meeting ended (any way): if its chair ended it before its scheduled end, mark
   * the occurrence ended until then, so /g/<slug> says so rather than opening a fresh meeting.
   */
  async ended(state: MeetingState): Promise<void> {
    const end = state.group?.end;
    if (!state.group || end === undefined || this.d.now() >= end) return;
    await this.d.ended.mark(state.group.slug, state.group.start, end);
  }

  /** What /g/<slug> shows: the open door of the current occurrence (created now), or the next. */
  async card(slug: string): Promise<GroupCard | null> {
    const g = this.d.registry.find(slug);
    if (!g) return null;
    const now = this.d.now();
    const upcoming = currentAndNext(g.schedule, g.timezone, now, g.doorMs).next;
    // A door may open before the previous occurrence's scheduled end: the first open door whose
    // meeting is not ended is the one to lead to; only when every open door's meeting was ended
    // by its chair does the card say so (the earliest).
    let current: Occurrence | null = null;
    let meeting: MeetingState | null = null;
    for (const occ of openDoors(g.schedule, g.timezone, now, g.doorMs)) {
      current ??= occ;
      meeting = await this.open(g, occ);
      if (meeting) {
        current = occ;
        break;
      }
    }
    // `next` is the meeting after the one the card leads to: a later meeting the same day whose
    // door is open too (doors opening before the previous end) is next, not next week's (a fresh
    // tester, 2026-12-06: at 18:55 with meetings at 18:40 and 19:40 and 120-minute doors, `next`
    // skipped 19:40). When every open door's meeting was ended by its chair, the first door not
    // open yet is next.
    const next = current && meeting ? occurrenceAfter(g.schedule, g.timezone, current.start) : upcoming;
    return {
      slug: g.slug,
      name: g.name,
      language: g.language,
      formatId: g.formatId,
      access: g.access,
      timezone: g.timezone,
      now,
      current: current && meeting ? { meetingId: meeting.id, startsAt: current.start, endsAt: current.end } : null,
      ended: current && !meeting ? { startsAt: current.start, endsAt: current.end } : null,
      next: { startsAt: next.start, endsAt: next.end, doorOpensAt: next.start - g.doorMs },
    };
  }

  /**
   * Which weekly occurrence a meeting id is, for an id with no stored meeting (a listed id asked
   * for before /g/<slug> opened its door, or before the door opens at all): `open` with its
   * meeting (created now) when its door is open; `ended` when its chair ended it; `notOpenYet`
   * with its door's opening and start (ms) before that. Null when the id is no current or coming
   * occurrence (of the next 8 days) of any group: a one-off meeting's, or one that is over.
   */
  async lookup(id: string): Promise<OccurrenceLookup | null> {
    const now = this.d.now();
    for (const g of this.d.registry.all()) {
      for (const occ of occurrencesBetween(g.schedule, g.timezone, now, now + 8 * DAY_MS + g.doorMs)) {
        if (this.occurrenceId(g.slug, occ.start) !== id) continue;
        const doorOpensAt = occ.start - g.doorMs;
        if (now < doorOpensAt) return { kind: 'notOpenYet', doorOpensAt, startsAt: occ.start };
        const state = await this.open(g, occ);
        return state ? { kind: 'open', state } : { kind: 'ended' };
      }
    }
    return null;
  }

  /** Listed groups' meetings running now or starting within 24 hours, for the landing page. */
  async directory(): Promise<DirectoryEntry[]> {
    const now = this.d.now();
    const out: DirectoryEntry[] = [];
    for (const g of this.d.registry.all()) {
      if (!g.listed) continue;
      for (const occ of occurrencesBetween(g.schedule, g.timezone, now, now + DAY_MS)) {
        const meetingId = this.occurrenceId(g.slug, occ.start);
        const stored = await this.d.store.load(meetingId);
        const s = stored ? this.seen(stored) : null;
        const doorOpen = now >= occ.start - g.doorMs;
        const endedByChair = !s && doorOpen && (stored?.phase === 'ended' || (await this.d.ended.isEnded(g.slug, occ.start)));
        out.push({
          meetingId,
          groupSlug: g.slug,
          title: g.name,
          language: g.language,
          formatId: g.formatId,
          access: g.access,
          phase: occurrencePhase(s, endedByChair, doorOpen),
          startsAt: occ.start,
          endsAt: occ.end,
          // Nobody can be in a meeting whose door is shut or that has ended: no count at all.
          present: s ? shownCount(s.participants.filter((p) => p.connected).length) : doorOpen && !endedByChair ? 0 : null,
        });
      }
    }
    return out;
  }

  /**
   * Makes the one-time key for the group's next occurrence after `state`'s and keeps only its
   * hash, until that occurrence ends. Null when the meeting is no group's (or the group is gone).
   */
  async handOn(state: MeetingState): Promise<NextChairKey | null> {
    if (!state.group) return null;
    const g = this.d.registry.find(state.group.slug);
    if (!g) return null;
    const next = occurrenceAfter(g.schedule, g.timezone, state.group.start);
    const key = secretToken();
    await this.d.nextChair.put(g.slug, next.start, sha256(key), next.end);
    log('chair_handed_on', { meeting: ref(state.id) });
    return { key, slug: g.slug, startsAt: next.start };
  }
}
