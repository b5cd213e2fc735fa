// Preferences for this tab only (language, sound, discreet tab): kept in the tab's session
// history entry (history.state), so a reload keeps them and closing the tab drops them. They are
// not in sessionStorage, which holds the resume token alone, nor anywhere that outlives the tab.
// Every entry the page pushes carries them, and Back/Forward re-stamps them on the entry reached.
// The language alone is also the tab's window name ("nb" or "en", no word of Runde): a meeting
// link pasted into the same tab starts a new entry with no state, and the person who chose
// English on the front page would meet the door in their browser's language (fresh testers,
// 2026-12-03, twice). The browser keeps a window name across pages of one site in one tab and
// clears it when the tab goes to another site (HTML: "reset the browsing context name").

/** `langFollowed` "1": `lang` came from a meeting's door (app.followMeeting), not the person. */
export type PrefKey = 'lang' | 'langFollowed' | 'sound' | 'timeSound' | 'notify' | 'discreet';
const KEYS: readonly PrefKey[] = ['lang', 'langFollowed', 'sound', 'timeSound', 'notify', 'discreet'];
type Prefs = Partial<Record<PrefKey, string>>;

const KEY = 'rundePrefs';

function fromHistory(): Prefs {
  try {
    const s: unknown = history.state;
    const p = s && typeof s === 'object' ? (s as Record<string, unknown>)[KEY] : null;
    if (!p || typeof p !== 'object') return {};
    const out: Prefs = {};
    for (const k of KEYS) {
      const v = (p as Record<string, unknown>)[k];
      if (typeof v === 'string' && v.length <= 8) out[k] = v;
    }
    return out;
  } catch {
    return {};
  }
}

const LANGS = ['nb', 'en'];

/** The language a page of this site chose earlier in this tab (see the top), or undefined. */
function carriedLang(): string | undefined {
  try {
    return typeof window !== 'undefined' && LANGS.includes(window.name) ? window.name : undefined;
  } catch {
    return undefined;
  }
}

/** Sets the tab's window name to the chosen language, or empties it. */
function carryLang(lang: string | undefined): void {
  try {
    if (typeof window !== 'undefined') window.name = lang && LANGS.includes(lang) ? lang : '';
  } catch {
    // No window name: a pasted link starts in the browser's language, as before.
  }
}

let prefs: Prefs = typeof history === 'undefined' ? {} : fromHistory();
// This entry's own choice wins; with none (a link opened in this tab), the one carried here.
if (prefs.lang === undefined) {
  const carried = carriedLang();
  if (carried) prefs.lang = carried;
}

/** The state object for history.pushState/replaceState: the prefs travel with every entry. */
export function tabState(): Record<string, unknown> {
  return { [KEY]: { ...prefs } };
}

function stamp(): void {
  try {
    history.replaceState(tabState(), '', location.href);
  } catch {
    // A page that cannot write its history entry keeps the prefs in memory only.
  }
}

export function getPref(key: PrefKey): string | null {
  return prefs[key] ?? null;
}

export function setPref(key: PrefKey, value: string | null): void {
  if (value === null) delete prefs[key];
  else prefs[key] = value;
  // A language followed from a meeting stays with that page's entry (a reload keeps it) but is not
  // carried to the next link opened in the tab: that meeting's door speaks its own language.
  if (key === 'lang' || key === 'langFollowed') carryLang(prefs.langFollowed ? undefined : prefs.lang);
  stamp();
}

/** Quick exit: forget them too, the window name included. */
export function clearPrefs(): void {
  prefs = {};
  carryLang(undefined);
  stamp();
}

// An older entry (reached by Back) may carry older prefs: what the person chose last wins.
if (typeof window !== 'undefined') window.addEventListener('popstate', stamp);
