// Time shown to people: a share's countdown and a meeting's start time.
import type { Lang } from './i18n.js';

/** m:ss, rounded up so "0:00" appears only when the time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${s.toString().padStart(2, '0')}`;
}

/** A start time: "21:30" today, otherwise with the weekday ("tor. 21:30"). */
export function formatStart(at: number, now: number, lang: Lang): string {
  const d = new Date(at);
  const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
  const sameDay = new Date(now).toDateString() === d.toDateString();
  const opts: Intl.DateTimeFormatOptions = sameDay ? { hour: '2-digit', minute: '2-digit' } : { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, opts).format(d);
}
