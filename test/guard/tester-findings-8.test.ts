// A fresh tester's eighth round of findings (2026-12-06), through the server's check with the model
// registered (shared/meeting/guard-mode.ts shareFindings): a handle offered with a platform in other
// sentence shapes passed ("Add me on insta, I am sunnyblessed", "sunnyblessed on insta if anyone
// wants to chat", «Snap meg gjerne: annebjorg»), or was stopped only as advice («Søk opp annebjorg
// på instagram»); and a welcome in the vocative ("Welcome, newcomer.") was not read as a welcome,
// so its welcoming follow-up was stopped as a reply. Each kind in both languages; the ordinary
// sentences about platforms, and a fellowship's page, still name no handle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { useGuardModel } from '../../shared/guard/model.js';
import { serverCheck } from './server-check.js';

const check = (text: string, lang: 'nb' | 'en') => serverCheck(text, lang, ['Kari', 'Per']);
const kinds = (text: string, lang: 'nb' | 'en') => check(text, lang).map((f) => f.kind);

describe("a fresh tester's eighth findings, with the server model registered", () => {
  beforeAll(() => useGuardModel(readGuardModel()));
  afterAll(() => useGuardModel(null));

  describe('a welcome in the vocative ("Welcome, newcomer") is a welcome', () => {
    it.each([
      // The tester's own.
      ['Welcome, newcomer. You are in the right place.', 'en'],
      // The same kind.
      ['Welcome newcomers! We are so glad you came.', 'en'],
      ['Welcome, newcomer. Keep coming back.', 'en'],
      ['Velkommen, nykommer. Du er på rett sted.', 'nb'],
      ['Velkommen, du som er ny. Godt at du kom.', 'nb'],
      ['Velkommen, dere som er nye. Dere er på rett sted.', 'nb'],
    ] as const)('its welcoming follow-up passes: %s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
    it.each([
      // A promise about the newcomer's life after it stays crosstalk (decided last round).
      ['Welcome, newcomer. It gets better.', 'en', 'crosstalk'],
      ['Welcome, newcomer, it gets better.', 'en', 'crosstalk'],
      ['Velkommen, du som er ny. Det blir bedre.', 'nb', 'crosstalk'],
      ['Velkommen, nykommer. Det går over.', 'nb', 'crosstalk'],
      // An order after it stays advice; a member named is still a reply.
      ['Welcome, newcomer. You should get a sponsor.', 'en', 'advice'],
      ['Welcome, Kari. You are in the right place.', 'en', 'crosstalk'],
      ['Velkommen, Kari. Du er på rett sted.', 'nb', 'crosstalk'],
    ] as const)('what is no welcome stays found: %s', (text, lang, kind) => {
      expect(kinds(text, lang)).toContain(kind);
    });
  });
});
