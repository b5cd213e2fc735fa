// The guard's prefilter checks a regex's requirement (an and/or tree of literals) as a flat
// program of all requirements, each literal looked for once per text (shared/guard/literals.ts,
// Issue 10). It must answer exactly as the plain tree walk: here both are compared for thousands
// of generated trees over the labelled corpus, the trees checked in turn against each text (so a
// literal's answer is reused across trees, and a new text must forget the last one's).
import { describe, expect, it } from 'vitest';
import { compileRequirement, mayHold, type Requirement } from '../../shared/guard/literals.js';
import { loadCorpus } from '../../scripts/guard-score.js';

/** The requirement as written: the plain walk over the lower-cased text. */
function plainMeets(lower: string, r: Requirement): boolean {
  if (typeof r === 'string') return lower.includes(r);
  return 'and' in r ? r.and.every((k) => plainMeets(lower, k)) : r.or.some((k) => plainMeets(lower, k));
}

describe('the flat requirement program', () => {
  const texts = loadCorpus().map((s) => s.text);
  let seed = 7;
  const rnd = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
  // Literals: words of the corpus as often as they occur there, pairs of them, pieces of words,
  // and a few never held.
  const words = texts.join(' ').toLowerCase().match(/\p{L}{2,}/gu) ?? [];
  const literal = (): string => {
    const w = words[rnd(words.length)]!;
    const k = rnd(10);
    if (k < 5) return w;
    if (k < 7) return `${w} ${words[rnd(words.length)]!}`;
    if (k < 9) return w.slice(0, 2 + rnd(Math.max(1, w.length - 1)));
    return `zq${w}`;
  };
  const tree = (depth: number): Requirement => {
    if (depth === 0 || rnd(3) === 0) return literal();
    const kids = Array.from({ length: 2 + rnd(4) }, () => tree(depth - 1));
    return rnd(2) ? { and: kids } : { or: kids };
  };
  // 500 trees over the whole corpus (1,500 took 45 s of a loaded CI run, past the 30 s bound).
  const trees = Array.from({ length: 500 }, () => tree(1 + rnd(4)));
  const compiled = trees.map(compileRequirement);

  it('meets a text exactly when the plain walk does', () => {
    let held = 0;
    const wrong: string[] = [];
    for (const text of texts) {
      const lower = text.toLowerCase();
      for (let i = 0; i < trees.length; i++) {
        const want = plainMeets(lower, trees[i]!);
        if (mayHold(text, compiled[i]!) !== want) wrong.push(`${JSON.stringify(trees[i])} in ${text}`);
        if (want) held++;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // Both answers are common, or the comparison would say little.
    expect(held).toBeGreaterThan(texts.length * trees.length * 0.1);
    expect(held).toBeLessThan(texts.length * trees.length * 0.9);
  });
});
