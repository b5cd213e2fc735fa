// The UI language, shared by every page. Switching re-renders the page in place.
import { defaultLang, dict } from './i18n.js';
import type { Dict, Lang } from './i18n.js';
import { loadPref, savePref } from './session.js';

function savedLang(): Lang | null {
  const saved = loadPref('lang');
  return saved === 'nb' || saved === 'en' ? saved : null;
}

/**
 * Whether this tab's language was chosen by the person (here or on a page before, tab-prefs.ts),
 * not guessed from the browser nor followed from a meeting's door (`langFollowed`).
 */
let chosen = savedLang() !== null && loadPref('langFollowed') !== '1';
let lang: Lang = savedLang() ?? defaultLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
let t: Dict = dict(lang);
/** Called after each change; `byPerson`: the person pressed the switch (false: the page followed a meeting). */
const listeners = new Set<(byPerson: boolean) => void>();

function change(next: Lang, byPerson: boolean): void {
  if (next === lang) return;
  lang = next;
  t = dict(next);
  savePref('langFollowed', byPerson ? null : '1');
  savePref('lang', next);
  document.documentElement.lang = next;
  for (const fn of listeners) fn(byPerson);
}

export const app = {
  get lang(): Lang {
    return lang;
  },
  get t(): Dict {
    return t;
  },
  /** The person's choice (the switch, or a page whose address says its language): kept for the tab. */
  setLang(next: Lang): void {
    chosen = true;
    change(next, true);
  },
  /**
   * A meeting's own language, known at its door: the page takes it unless this tab has a chosen
   * language (a third fresh tester, 2026-12-03: a bokmål meeting came up in English on a phone set
   * to English, its refusals of a pseudonym too, while everyone in the room wrote Norwegian). Kept
   * with the page, so a reload in the meeting stays in it, but not a choice: the next meeting
   * opened in the tab follows its own language (a bokmål meeting left the tab in bokmål at an
   * English meeting's door); the switch still changes it, and that is a choice.
   */
  followMeeting(meetingLang: Lang): void {
    if (chosen) return;
    change(meetingLang, false);
  },
  onLangChange(fn: (byPerson: boolean) => void): () => void {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
};

document.documentElement.lang = lang;
