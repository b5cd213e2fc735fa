// Pseudonym suggestions like "Stille Fjord": two calm words, never a real-looking name. Only
// letters and spaces, so every suggestion passes the server's pseudonym rule.
import { pseudonymLooksReal } from '../shared/guard/pseudonym.js';
import type { Lang } from './i18n.js';
import { normalizeName } from '../shared/text.js';

// The bokmål adjectives stand in their common-gender form, so every noun is common gender (en/ei):
// a neuter one made "Åpen Fjell", "Grønn Fjell" (a fresh tester, 2026-12-05; test/client/names.test.ts).
const WORDS: Record<Lang, { first: readonly string[]; second: readonly string[] }> = {
  nb: {
    first: ['Stille', 'Rolig', 'Varm', 'Lys', 'Myk', 'Klar', 'Grønn', 'Blå', 'Vennlig', 'Modig', 'Stødig', 'Åpen', 'Lun', 'Trygg', 'Fri', 'Mild'],
    second: ['Fjord', 'Bjørk', 'Elv', 'Bekk', 'Skog', 'Måne', 'Stjerne', 'Eng', 'Bølge', 'Lykt', 'Stein', 'Fugl', 'Vind', 'Kilde', 'Furu', 'Strand'],
  },
  en: {
    first: ['Quiet', 'Calm', 'Warm', 'Bright', 'Gentle', 'Clear', 'Green', 'Blue', 'Kind', 'Brave', 'Steady', 'Open', 'Cosy', 'Safe', 'Free', 'Mild'],
    second: ['Fjord', 'Birch', 'River', 'Hill', 'Forest', 'Moon', 'Star', 'Meadow', 'Wave', 'Lantern', 'Stone', 'Bird', 'Wind', 'Spring', 'Pine', 'Shore'],
  },
};

/** A random integer in [0, n) from the given source (crypto in the browser, a seed in tests). */
export type RandomInt = (n: number) => number;

export const cryptoRandomInt: RandomInt = (n) => {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return (buf[0] ?? 0) % n;
};

/**
 * `count` distinct pseudonyms in the given language, none of them one of `inUse` (compared as the
 * server compares names: normalised, any case). Fewer when nearly every pair is in use.
 */
export function suggestNames(lang: Lang, count: number, random: RandomInt = cryptoRandomInt, inUse: readonly string[] = []): string[] {
  const { first, second } = WORDS[lang];
  const taken = new Set(inUse.map(nameKey));
  const max = Math.min(count, first.length * second.length - taken.size);
  const out = new Set<string>();
  for (let tries = 0; out.size < max && tries < 50 * count; tries++) {
    const n = `${first[random(first.length)]} ${second[random(second.length)]}`;
    if (!taken.has(nameKey(n))) out.add(n);
  }
  // Most pairs in use: the rest are picked from those still free.
  if (out.size < max) {
    const free = first.flatMap((a) => second.map((b) => `${a} ${b}`)).filter((n) => !taken.has(nameKey(n)) && !out.has(n));
    while (out.size < max && free.length > 0) out.add(free.splice(random(free.length), 1)[0]!);
  }
  return [...out];
}

const nameKey = (name: string): string => normalizeName(name).toLocaleLowerCase();

/**
 * Whether a chosen name looks like a real first name and surname: the shared rule
 * (shared/guard/pseudonym.ts pseudonymLooksReal), which never holds for our suggestions.
 */
export function looksLikeFullName(name: string): boolean {
  return pseudonymLooksReal(name);
}
