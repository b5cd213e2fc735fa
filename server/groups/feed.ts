// GET /api/feed.json: the listed groups in the Meeting Guide JSON format, so intergroup sites and
// the Meeting Guide app can list Runde meetings next to their others. Field names and type codes
// follow the published specification (code4recovery/spec: schema/meeting.schema.json and
// meeting-type.schema.json): `day` 0 = Sunday … 6 = Saturday, `time`/`end_time` "HH:MM" local,
// `timezone` IANA, `types` codes such as O (open), C (closed), D (discussion), NO / EN (language).
import { findFormat } from '../../shared/meeting/formats.js';
import type { Group } from './config.js';
import { WEEKDAYS } from './schedule.js';

/** One meeting of the feed (the subset of Meeting Guide fields Runde fills). */
export interface MeetingGuideMeeting {
  name: string;
  slug: string;
  day: number;
  time: string;
  end_time: string;
  timezone: string;
  types: string[];
  conference_url: string;
  conference_url_notes: string;
  notes: string;
  group: string;
}

/** "HH:MM" plus minutes, on a 24-hour clock face (a meeting past midnight ends "00:30"). */
export function addMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number);
  const total = ((h ?? 0) * 60 + (m ?? 0) + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** How to join, in the group's language, as its `notes` are (a fresh tester, 2026-12-03, read it in English for a bokmål group). */
const ONLINE_NOTE = {
  nb: 'Anonym tekstprat i nettleseren: ingen konto, ingen app, intet kamera. Velg et kallenavn ved døra.',
  en: 'Anonymous text chat in the browser: no account, no app, no camera. Choose a nickname at the door.',
} as const;

/** The feed: one entry per weekly time of each listed group. `baseUrl` has no trailing slash. */
export function meetingGuideFeed(groups: readonly Group[], baseUrl: string): MeetingGuideMeeting[] {
  const out: MeetingGuideMeeting[] = [];
  for (const g of groups) {
    if (!g.listed) continue;
    const format = findFormat(g.formatId);
    g.schedule.forEach((slot) => {
      // Meeting Guide's slug is the key of one meeting: a group with several weekly times gets one per time.
      const slug = g.schedule.length === 1 ? g.slug : `${g.slug}-${slot.day}-${slot.time.replace(':', '')}`;
      out.push({
        name: g.name,
        slug,
        day: (WEEKDAYS.indexOf(slot.day) + 1) % 7,
        time: slot.time,
        end_time: addMinutes(slot.time, slot.minutes),
        timezone: g.timezone,
        types: [g.access === 'closed' ? 'C' : 'O', 'D', g.language === 'nb' ? 'NO' : 'EN'],
        conference_url: `${baseUrl}/g/${g.slug}`,
        conference_url_notes: ONLINE_NOTE[g.language],
        notes: [g.notes, format ? format.description[g.language] : null].filter(Boolean).join('\n\n'),
        group: g.name,
      });
    });
  }
  return out;
}
