// What the client keeps between reloads of one tab: exactly the items of BROWSER_ITEMS in
// shared/privacy/catalog.ts, which the privacy page lists. sessionStorage holds the seat (meeting
// id, resume token, last seq seen) and nothing else (Issue 14). Preferences live in the tab's
// history entry, the chosen language also in the tab's window name (tab-prefs.ts); the chair key, the join code, whether the chair link was shown and
// every unsent text (share box, draft box) only in this page's memory, never anywhere the browser
// keeps: they survive a dropped connection, not a reload. Leaving and the end clear the seat;
// quick exit wipes all of it.
import { clearPrefs, getPref, setPref } from './tab-prefs.js';

const PREFIX = 'runde.';

function get(key: string): string | null {
  try {
    return sessionStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function set(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(PREFIX + key);
    else sessionStorage.setItem(PREFIX + key, value);
  } catch {
    // Storage can be disabled (private modes); the meeting still works, only resume does not.
  }
}

export interface Seat {
  meetingId: string;
  token: string;
  lastSeq: number;
}

export function loadSeat(meetingId: string): Seat | null {
  const raw = get('seat');
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Partial<Seat>;
    if (s.meetingId !== meetingId || typeof s.token !== 'string' || typeof s.lastSeq !== 'number') return null;
    return { meetingId: s.meetingId, token: s.token, lastSeq: s.lastSeq };
  } catch {
    return null;
  }
}

export function saveSeat(seat: Seat): void {
  set('seat', JSON.stringify(seat));
}

export function clearSeat(): void {
  set('seat', null);
}

/** The chair key and join code arrive in the URL fragment (or from creating the meeting): memory only. */
const secrets = new Map<string, string>();

export function loadSecret(kind: 'chairKey' | 'joinCode', meetingId: string): string | null {
  return secrets.get(`${kind}.${meetingId}`) ?? null;
}

export function saveSecret(kind: 'chairKey' | 'joinCode', meetingId: string, value: string | null): void {
  if (value === null) secrets.delete(`${kind}.${meetingId}`);
  else secrets.set(`${kind}.${meetingId}`, value);
}

/**
 * Whether this page has shown the chair their chair link (shown once). Memory only: the chair key
 * it is about is in memory too, so after a reload there is no link to show again.
 */
const linksShown = new Set<string>();

export function chairLinkShown(meetingId: string): boolean {
  return linksShown.has(meetingId);
}

export function markChairLinkShown(meetingId: string): void {
  linksShown.add(meetingId);
}

export type { PrefKey } from './tab-prefs.js';
import type { PrefKey } from './tab-prefs.js';

export function loadPref(key: PrefKey): string | null {
  return getPref(key);
}

/** `value` null: the pref is dropped. */
export function savePref(key: PrefKey, value: string | null): void {
  setPref(key, value);
}

/** Quick exit: forget everything this tab knew. */
export function clearAll(): void {
  secrets.clear();
  linksShown.clear();
  clearPrefs();
  try {
    sessionStorage.clear();
  } catch {
    // nothing to clear
  }
}
