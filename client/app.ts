// The UI language, shared by every page. Switching re-renders the page in place.
import { defaultLang, dict } from './i18n.js';
import type { Dict, Lang } from './i18n.js';
import { loadPref, savePref } from './session.js';

function initialLang(): Lang {
  const saved = loadPref('lang');
  if (saved === 'nb' || saved === 'en') return saved;
  return defaultLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

let lang: Lang = initialLang();
let t: Dict = dict(lang);
const listeners = new Set<() => void>();

export const app = {
  get lang(): Lang {
    return lang;
  },
  get t(): Dict {
    return t;
  },
  setLang(next: Lang): void {
    if (next === lang) return;
    lang = next;
    t = dict(next);
    savePref('lang', next);
    document.documentElement.lang = next;
    for (const fn of listeners) fn();
  },
  onLangChange(fn: () => void): () => void {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
};

document.documentElement.lang = lang;
