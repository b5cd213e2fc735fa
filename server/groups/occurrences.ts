// Weekly groups at run time: each occurrence is a fresh meeting with its own id (derived from the
// group's slug and the occurrence's start, so every process agrees on it), created when its door
// opens; nothing of last week's meeting is reachable from it. Also the directory's group entries
// and the hand-on of "chair next time".
import { findFormat } from '../../shared/meeting/formats.js';
import { createMeeting, type MeetingState } from '../../shared/meeting/state.js';
import type { DirectoryEntry, GroupCard, NextChairKey } from '../../shared/protocol.js';
import type { Config } from '../config.js';
import { secretToken, sha256, type Ids } from '../ids.js';
import { log, ref } from '../log.js';
import type { MeetingStore } from '../store/store.js';
import type { Group } from './config.js';
import type { NextChairStore } from './next-chair.js';
import type { GroupRegistry } from './registry.js';
import { currentAndNext, occurrenceAfter, occurrencesBetween, type Occurrence } from './schedule.js';

/** Fewer people than this present: the directory shows no count ("a few"), since a small count in a small place can identify someone. */
export const MIN_COUNT_SHOWN = 5;
const DAY_MS = 86_400_000;

/** The number of people present as the directory may show it: null below MIN_COUNT_SHOWN. */
export const shownCount = (present: number): number | null => (present >= MIN_COUNT_SHOWN ? present : null);

export interface GroupDeps {
  registry: GroupRegistry;
  store: MeetingStore;
  ids: Ids;
  nextChair: NextChairStore;
  config: Config;
  now: () => number;
}

export class GroupMeetings {
  constructor(private readonly d: GroupDeps) {}

  occurrenceId(slug: string, start: number): string {
    return this.d.ids.derivedMeetingId(`${slug}@${start}`);
  }

  /** Creates the occurrence's meeting if it does not exist yet; returns its id. */
  async open(g: Group, occ: Occurrence): Promise<string> {
    const id = this.occurrenceId(g.slug, occ.start);
    if (await this.d.store.load(id)) return id;
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
        group: { slug: g.slug, start: occ.start },
        ownReadings: Object.keys(g.readings).length ? { ...g.readings } : null,
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
    }
    return id;
  }

  /** What /g/<slug> shows: the open door of the current occurrence (created now), or the next. */
  async card(slug: string): Promise<GroupCard | null> {
    const g = this.d.registry.find(slug);
    if (!g) return null;
    const now = this.d.now();
    const { current, next } = currentAndNext(g.schedule, g.timezone, now, g.doorMs);
    return {
      slug: g.slug,
      name: g.name,
      language: g.language,
      formatId: g.formatId,
      access: g.access,
      timezone: g.timezone,
      now,
      current: current ? { meetingId: await this.open(g, current), startsAt: current.start, endsAt: current.end } : null,
      next: { startsAt: next.start, endsAt: next.end, doorOpensAt: next.start - g.doorMs },
    };
  }

  /** Listed groups' meetings running now or starting within 24 hours, for the landing page. */
  async directory(): Promise<DirectoryEntry[]> {
    const now = this.d.now();
    const out: DirectoryEntry[] = [];
    for (const g of this.d.registry.all()) {
      if (!g.listed) continue;
      for (const occ of occurrencesBetween(g.schedule, g.timezone, now, now + DAY_MS)) {
        const meetingId = this.occurrenceId(g.slug, occ.start);
        const s = await this.d.store.load(meetingId);
        out.push({
          meetingId,
          groupSlug: g.slug,
          title: g.name,
          language: g.language,
          formatId: g.formatId,
          access: g.access,
          phase: s?.phase ?? 'scheduled',
          startsAt: occ.start,
          endsAt: occ.end,
          present: shownCount(s ? s.participants.filter((p) => p.connected).length : 0),
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
