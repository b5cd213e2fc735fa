// Look-alike pseudonyms (fresh tester D3): "L\u0435der" with a Cyrillic е renders as "Leder", so a
// second person could pass for the first (in the circle, in a share naming them, as the chair).
// Names are compared by their confusables skeleton, UTS #39 §4: NFD, each character mapped to its
// prototype by Unicode's confusables.txt, NFD again. The mapping is the `unhomoglyph` package's
// (nodeca; confusables.txt v13, all scripts, m → rn and the like); we do not keep our own table.
// Server only: the core runs there, and the page never needs it (it would not fit the first-load
// budget either: the table is about 100 KB). Loaded on the first comparison, not at start: its
// table, the one regex of all its keys and that regex's compiled code hold about 1 MB of heap
// for the life of the process, which a server without meetings never needs (Issue 10: idle heap).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let unhomoglyph: ((s: string) => string) | undefined;

/** UTS #39 skeleton of `s`: equal skeletons look alike. Not for showing to anyone. */
export function skeleton(s: string): string {
  unhomoglyph ??= require('unhomoglyph') as (s: string) => string;
  return unhomoglyph(s.normalize('NFD')).normalize('NFD');
}

/**
 * Whether two pseudonyms would be taken for each other: their skeletons are equal as written
 * ("Ian" and "lan") or lower-cased ("L\u0435der" and "leder"). Accents still count: "Kåri" is not
 * "Kari" (the ring above is its own character in the skeleton), as docs/protocol.md promises.
 */
export function looksAlike(a: string, b: string): boolean {
  return skeleton(a) === skeleton(b) || skeleton(a.toLowerCase()) === skeleton(b.toLowerCase());
}
