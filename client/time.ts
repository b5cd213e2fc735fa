// Time shown to people: a share's countdown and a meeting's start time.
import type { Dict, Lang } from './i18n.js';

/** m:ss, rounded up so "0:00" appears only when the time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${s.toString().padStart(2, '0')}`;
}

/**
 * The time left in a turn, in words, never more than the clock shows: "about 90 seconds" under
 * two minutes (seconds rounded up, as the clock's m:ss is), else whole minutes rounded down
 * ("about 3 minutes" at 3:40). A fresh tester heard "about 2 minutes" with 1:29 on screen
 * (waitInWords rounds a wait up, which is right for a wait and wrong for time one has).
 * `ms`: the time left in milliseconds.
 */
export function turnLeftInWords(t: Pick<Dict, 'aboutMinutes' | 'aboutSeconds'>, ms: number): string {
  const secs = Math.max(1, Math.ceil(ms / 1000));
  return secs < 120 ? t.aboutSeconds(secs) : t.aboutMinutes(Math.floor(secs / 60));
}

/**
 * How long until something may be tried again, in words: "about 14 minutes" from 60 s on
 * (minutes rounded up, so the wait is never said shorter than it is), else "about 40 seconds"
 * (rounded up, at least 1). `ms`: the wait in milliseconds (e.g. a 429's `retryAfterMs`).
 */
export function waitInWords(t: Pick<Dict, 'aboutMinutes' | 'aboutSeconds'>, ms: number): string {
  const secs = Math.max(1, Math.ceil(ms / 1000));
  return secs >= 60 ? t.aboutMinutes(Math.ceil(secs / 60)) : t.aboutSeconds(secs);
}

/** A start time: "21:30" today, otherwise with the weekday ("tor. 21:30"). */
export function formatStart(at: number, now: number, lang: Lang): string {
  const d = new Date(at);
  const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
  const sameDay = new Date(now).toDateString() === d.toDateString();
  const opts: Intl.DateTimeFormatOptions = sameDay ? { hour: '2-digit', minute: '2-digit' } : { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, opts).format(d);
}

// Choosing a meeting's start with two selects: the browser's own date-time picker follows the
// browser's locale, not the page's, so a Norwegian page could show "mm/dd/yyyy, --:-- --".

/**
 * The next `count` quarter hours after `now` (ms), as "HH:MM", past midnight too: a round's end
 * for a meeting that runs late (at 23:41 the plan offered only "23:45", four minutes off, and the
 * last call came at once).
 */
export function quarterTimesAhead(now: number, count: number): string[] {
  const d = new Date(now);
  const first = Math.floor((d.getHours() * 60 + d.getMinutes()) / 15) + 1;
  const out: string[] = [];
  for (let q = first; q < first + count; q++) {
    const r = q % 96;
    out.push(`${String(Math.floor(r / 4)).padStart(2, '0')}:${String((r % 4) * 15).padStart(2, '0')}`);
  }
  return out;
}

/** "HH:MM" every quarter hour; with `after`, only those later than it on its day. */
export function quarterTimes(after: number | null = null): string[] {
  const from = after === null ? 0 : Math.floor((new Date(after).getHours() * 60 + new Date(after).getMinutes()) / 15) + 1;
  const out: string[] = [];
  for (let q = from; q < 96; q++) out.push(`${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
  return out;
}

/** Days on offer: today while a quarter hour is left of it, tomorrow, and the five after. */
export function startDays(now: number, lang: Lang, words: { today: string; tomorrow: string }): { offset: number; label: string }[] {
  const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
  const fmt = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const base = new Date(now);
  const days: { offset: number; label: string }[] = [];
  for (let offset = 0; offset < 7; offset++) {
    if (offset === 0 && quarterTimes(now).length === 0) continue;
    const d = new Date(base.getFullYear(), base.getMonth(), base.getDate() + offset);
    days.push({ offset, label: offset === 0 ? words.today : offset === 1 ? words.tomorrow : fmt.format(d) });
  }
  return days;
}

/** The moment a chosen day (offset from `now`'s day) and "HH:MM" stand for, in local time. */
export function startTime(now: number, dayOffset: number, hhmm: string): number {
  const [hh, mm] = hhmm.split(':').map(Number);
  const base = new Date(now);
  return new Date(base.getFullYear(), base.getMonth(), base.getDate() + dayOffset, hh ?? 0, mm ?? 0).getTime();
}
