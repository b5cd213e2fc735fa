// The held-back parts of the corpus (test/fixtures/guard-heldback*.tsv), written blind to the rules
// and scored once when their session's rules were done (docs/security.md has those figures). From
// then on they guard against regression: the server's guard (rules and model, as a share is
// judged there) keeps the floor of 0.85 on each, per language. Rules are never tuned to
// these files; a failure here means a change made the guard worse on text it was not written from.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuardModel } from '../../shared/guard/model.js';
import { loadHeldBack, score, useModel, type HeldBackPart } from '../../scripts/guard-score.js';

const FLOOR = 0.85;
const PARTS: HeldBackPart[] = ['author', 'blind', 'blind2', 'blind3'];

describe('the server guard on the held-back parts', () => {
  beforeAll(() => {
    useModel(JSON.parse(readFileSync(new URL('../../server/guard-model.json', import.meta.url), 'utf8')) as GuardModel);
  });
  afterAll(() => useModel(null));

  for (const part of PARTS) {
    it.each(['nb', 'en'] as const)(`${part}, %s: precision and recall of at least 0.85`, (lang) => {
      const samples = loadHeldBack(part).filter((s) => s.lang === lang);
      expect(samples.length).toBeGreaterThanOrEqual(50);
      const sc = score(samples);
      expect(sc.precision).toBeGreaterThanOrEqual(FLOOR);
      expect(sc.recall).toBeGreaterThanOrEqual(FLOOR);
    });
  }
});
