// A fresh tester's sixth round of findings (2026-12-06), through the server's check with the model
// registered (shared/meeting/guard-mode.ts shareFindings) unless a case says otherwise: "It's not
// your fault" and "Det er ikke din feil" disagreed, a welcome to whoever is new covered neither the
// welcoming sentence after it nor a welcome the speaker led up to, an offer of contact got an advice
// finding beside its contact details, "I'm annebjorg on facebook" passed, a member's pseudonym
// with a surname after it said to her got the full-name hint, and the handle's hint spoke of "@"
// beside a username written without one. Each kind in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { HINTS } from '../../shared/guard/hints.js';
import { modelFinding, useGuardModel } from '../../shared/guard/model.js';
import { hints } from './helpers.js';
import { serverCheck } from './server-check.js';

const check = (text: string, lang: 'nb' | 'en', others: string[] = ['Kari', 'Per']) => serverCheck(text, lang, others);
const kinds = (text: string, lang: 'nb' | 'en', others?: string[]) => check(text, lang, others).map((f) => f.kind);

describe("a fresh tester's sixth findings, with the server model registered", () => {
  beforeAll(() => useGuardModel(readGuardModel()));
  afterAll(() => useGuardModel(null));

  describe('"It\'s not your fault" said to a listener is crosstalk in both languages', () => {
    it.each([
      ["It's not your fault.", 'en'],
      ['It is not your fault.', 'en'],
      ["It wasn't your fault.", 'en'],
      ['None of this is your fault.', 'en'],
      ['Det er ikke din feil.', 'nb'],
      ['Det var ikke din skyld.', 'nb'],
      ['Det er ikke skylden din.', 'nb'],
      ['Du har ingen skyld i dette.', 'nb'],
    ] as const)('%s', (text, lang) => {
      expect(kinds(text, lang)).toEqual(['crosstalk']);
    });
    it.each([
      ["My sponsor told me it's not my fault.", 'en'],
      ["My sponsor told me: it's not your fault.", 'en'],
      ['I told my son it was not your fault, it was mine.', 'en'],
      ["It's not my fault. I say that to myself in the mirror now.", 'en'],
      ['Sponsoren min sa at det ikke var min feil.', 'nb'],
      ['Sponsoren min sa: det er ikke din feil.', 'nb'],
      ['Det er viktig for meg at ungene vet at ingenting av dette var deres feil.', 'nb'],
      ['Han har ingen skyld.', 'nb'],
    ] as const)('in a story or of someone else it passes: %s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
  });
});
