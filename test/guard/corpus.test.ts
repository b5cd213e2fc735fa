// The labelled corpus (test/fixtures/guard-corpus.*.tsv, written for Runde): the guard must keep
// precision and recall of at least 0.85 per language (issue 12; the target is 0.95 / 0.9, and
// `npx tsx scripts/guard-score.ts` prints the figures per language and kind).
import { describe, expect, it } from 'vitest';
import { loadCorpus, score } from '../../scripts/guard-score.js';

const FLOOR = 0.85;
const corpus = loadCorpus();

describe('the share guard on the labelled corpus', () => {
  it('holds at least 600 sentences, about half advice or crosstalk, in both languages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(600);
    for (const lang of ['nb', 'en'] as const) {
      const mine = corpus.filter((s) => s.lang === lang);
      const positive = mine.filter((s) => s.label !== 'share').length;
      expect(mine.length).toBeGreaterThanOrEqual(290);
      expect(positive / mine.length).toBeGreaterThan(0.4);
      expect(positive / mine.length).toBeLessThan(0.6);
    }
  });

  it.each(['nb', 'en'] as const)('%s: precision and recall of at least 0.85', (lang) => {
    const sc = score(corpus.filter((s) => s.lang === lang));
    expect(sc.precision).toBeGreaterThanOrEqual(FLOOR);
    expect(sc.recall).toBeGreaterThanOrEqual(FLOOR);
  });

  it('never flags feelings or swearing about oneself', () => {
    const feelings = corpus.filter((s) => s.label === 'share' && (s.kind === 'feelings' || s.kind === 'swearing'));
    expect(feelings.length).toBeGreaterThanOrEqual(40);
    expect(score(feelings).fp).toBe(0);
  });
});
