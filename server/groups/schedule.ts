// Weekly schedules in an IANA time zone -> concrete occurrences (UTC instants, ms). Zone and
// daylight-saving math is luxon's (the IANA data the runtime's Intl carries): a meeting at 19:00
// Europe/Oslo is at 19:00 local time in both summer and winter. A start time that does not exist
// on the day the clocks go forward (02:30 in Oslo) moves forward by the gap, as luxon does; one
// that exists twice when they go back takes the first. The end is read off the same wall clock:
// "23:30 for 240 minutes" ends at 03:30 local, also on the night the clocks change (then the
// meeting is an hour shorter or longer), so the end always agrees with the Meeting Guide feed's
// end_time and with what members read on their clocks. A meeting may run past midnight.
import type { DateTime } from 'luxon';
import { lazyModule } from '../lazy-module.js';

// Loaded on the first schedule computed: a server without weekly groups never loads it.
const luxon = lazyModule<typeof import('luxon')>('luxon');

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One weekly meeting: weekday, local start "HH:MM" (24 h) and length in minutes. */
export interface Slot {
  day: Weekday;
  time: string;
  minutes: number;
}

export interface Occurrence {
  /** Start, ms since the epoch (UTC). */
  start: number;
  /**
   * End, ms since the epoch: the local wall-clock time start + the slot's minutes (the next day
   * past midnight). Only when a start moved over a spring gap meets that time is the end
   * start + minutes instead, so no meeting is ever empty of time.
   */
  end: number;
  /** Index of the slot in the group's schedule. */
  slot: number;
}

const DAY_MS = 86_400_000;

export const isValidZone = (zone: string): boolean => luxon().IANAZone.isValidZone(zone);

/** Every occurrence of the schedule that overlaps [from, to), sorted by start. */
export function occurrencesBetween(schedule: readonly Slot[], zone: string, from: number, to: number): Occurrence[] {
  const out: Occurrence[] = [];
  // Start a day early (a meeting that began yesterday may still run) and walk local days.
  let day = luxon().DateTime.fromMillis(from - DAY_MS, { zone }).startOf('day');
  const last = luxon().DateTime.fromMillis(to + DAY_MS, { zone });
  while (day <= last) {
    schedule.forEach((slot, i) => {
      if (WEEKDAYS[day.weekday - 1] !== slot.day) return;
      const [hour, minute] = slot.time.split(':').map(Number);
      const startDt = day.set({ hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 });
      const start = startDt.toMillis();
      const end = wallClockEnd(day, (hour ?? 0) * 60 + (minute ?? 0) + slot.minutes, start, slot.minutes);
      if (end > from && start < to) out.push({ start, end, slot: i });
    });
    day = day.plus({ days: 1 }).startOf('day');
  }
  return out.sort((a, b) => a.start - b.start || a.slot - b.slot);
}

/**
 * The instant the wall clock in `day`'s zone shows `minuteOfDay` minutes after `day`'s midnight
 * (past 1440: a later day). Falls back to start + `minutes` when that is not after `start`.
 */
function wallClockEnd(day: DateTime, minuteOfDay: number, start: number, minutes: number): number {
  const dayOffset = Math.floor(minuteOfDay / 1440);
  const inDay = minuteOfDay % 1440;
  const end = day.plus({ days: dayOffset }).set({ hour: Math.floor(inDay / 60), minute: inDay % 60, second: 0, millisecond: 0 }).toMillis();
  return end > start ? end : start + minutes * 60_000;
}

/**
 * The occurrence whose door is open at `now` (from `doorMs` before its start until its end), and
 * the next one whose door is not open yet. A weekly schedule always has a next within 8 days.
 */
export function currentAndNext(schedule: readonly Slot[], zone: string, now: number, doorMs: number): { current: Occurrence | null; next: Occurrence } {
  const all = occurrencesBetween(schedule, zone, now, now + 8 * DAY_MS + doorMs);
  const current = all.find((o) => o.start - doorMs <= now && now < o.end) ?? null;
  const next = all.find((o) => o.start - doorMs > now);
  if (!next) throw new Error('a weekly schedule has an occurrence within 8 days');
  return { current, next };
}

/**
 * Every occurrence whose door is open at `now` (from `doorMs` before its start until its end),
 * by start: more than one when a door opens before the previous occurrence's scheduled end.
 */
export function openDoors(schedule: readonly Slot[], zone: string, now: number, doorMs: number): Occurrence[] {
  return occurrencesBetween(schedule, zone, now, now + doorMs + 1).filter((o) => o.start - doorMs <= now && now < o.end);
}

/** The first occurrence that starts after `after` (ms): the one a chair is handed on to. */
export function occurrenceAfter(schedule: readonly Slot[], zone: string, after: number): Occurrence {
  const next = occurrencesBetween(schedule, zone, after, after + 8 * DAY_MS).find((o) => o.start > after);
  if (!next) throw new Error('a weekly schedule has an occurrence within 8 days');
  return next;
}

/** Local wall-clock parts of an instant in a zone: Meeting Guide's day (0 = Sunday) and "HH:MM". */
export function localParts(at: number, zone: string): { day: number; time: string } {
  const dt = luxon().DateTime.fromMillis(at, { zone });
  return { day: dt.weekday % 7, time: dt.toFormat('HH:mm') };
}
