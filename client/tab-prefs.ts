// Preferences for this tab only (language, sound, discreet tab): kept in the tab's session
// history entry (history.state), so a reload keeps them and closing the tab drops them. They are
// not in sessionStorage, which holds the resume token alone, nor anywhere that outlives the tab.
// Every entry the page pushes carries them, and Back/Forward re-stamps them on the entry reached.

export type PrefKey = 'lang' | 'sound' | 'timeSound' | 'notify' | 'discreet';
const KEYS: readonly PrefKey[] = ['lang', 'sound', 'timeSound', 'notify', 'discreet'];
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

let prefs: Prefs = typeof history === 'undefined' ? {} : fromHistory();

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
  stamp();
}

/** Quick exit: forget them too. */
export function clearPrefs(): void {
  prefs = {};
  stamp();
}

// An older entry (reached by Back) may carry older prefs: what the person chose last wins.
if (typeof window !== 'undefined') window.addEventListener('popstate', stamp);
