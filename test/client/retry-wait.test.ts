// How long to wait after a refused creation, in words (client/time.ts waitInWords and the
// landing page's strings): a chair who hit the creation limit was told only "wait a moment".
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { waitInWords } from '../../client/time.js';

describe('the wait after a refused creation, in words', () => {
  it('says minutes from 60 s on, rounded up, else seconds (nb and en)', () => {
    const en = dict('en');
    const nb = dict('nb');
    expect(waitInWords(en, 13 * 60_000 + 1)).toBe('about 14 minutes');
    expect(waitInWords(nb, 13 * 60_000 + 1)).toBe('omtrent 14 minutter');
    expect(waitInWords(en, 60_000)).toBe('about 1 minute');
    expect(waitInWords(nb, 60_000)).toBe('omtrent 1 minutt');
    expect(waitInWords(en, 59_001)).toBe('about 1 minute');
    expect(waitInWords(en, 61_000)).toBe('about 2 minutes');
    expect(waitInWords(en, 3600_000)).toBe('about 60 minutes');
    expect(waitInWords(en, 40_000)).toBe('about 40 seconds');
    expect(waitInWords(nb, 40_000)).toBe('omtrent 40 sekunder');
    expect(waitInWords(en, 1)).toBe('about 1 second');
    expect(waitInWords(nb, 900)).toBe('omtrent 1 sekund');
  });

  it('words the create form and practice refusals in both languages', () => {
    expect(dict('en').createRateLimited(waitInWords(dict('en'), 14 * 60_000))).toBe('Too many meetings created from this connection. Try again in about 14 minutes.');
    expect(dict('nb').createRateLimited(waitInWords(dict('nb'), 14 * 60_000))).toBe('For mange møter opprettet fra denne tilkoblingen. Prøv igjen om omtrent 14 minutter.');
    expect(dict('en').practiceRateLimited(waitInWords(dict('en'), 30_000))).toBe('Too many practice meetings opened from this connection. Try again in about 30 seconds.');
    expect(dict('nb').practiceRateLimited(waitInWords(dict('nb'), 30_000))).toBe('For mange øvingsmøter åpnet fra denne tilkoblingen. Prøv igjen om omtrent 30 sekunder.');
  });
});
