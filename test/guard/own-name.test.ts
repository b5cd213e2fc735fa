// Members introduce themselves by their pseudonym ("Jeg heter Grå Måke og er pårørende"). A fresh
// tester (2026-12-02) was told "this looks like a full name" of their own pseudonym. The writer's
// own pseudonym is not a real name to warn of; anyone else's full name still is. The rule is
// GuardContext.ownName, used by the page's hints and by the server's check (a full name stops a share).
import { describe, expect, it } from 'vitest';
import { analyzeShare } from '../../shared/guard/index.js';
import { analyze, loadGuard } from '../../client/guard.js';

const kinds = (text: string, ownName?: string, lang: 'nb' | 'en' = 'nb') =>
  analyzeShare(text, { otherNames: ['Stille Fjord'], lang, ...(ownName ? { ownName } : {}) }).map((h) => `${h.kind}:${h.match}`);

describe('the writer’s own pseudonym', () => {
  it('is not a full name to warn of, in any case or spacing; another full name beside it still is', () => {
    const intro = 'Hei. Jeg heter Grå Måke og er pårørende.';
    expect(kinds(intro)).toEqual(['pii:Grå Måke']);
    expect(kinds(intro, 'Grå Måke')).toEqual([]);
    expect(kinds(intro, 'grå  måke')).toEqual([]);
    expect(kinds('Hei. Jeg heter Grå Måke, og Kari Nordmann er søsteren min.', 'Grå Måke')).toEqual(['pii:Kari Nordmann']);
    // Only the whole pseudonym: more words around it may be a real name.
    expect(kinds('Hei. Jeg heter Grå Måke Hansen.', 'Grå Måke')).toEqual(['pii:Grå Måke Hansen']);
    expect(kinds('Hi. My name is Quiet Harbour and my son drinks.', 'Quiet Harbour', 'en')).toEqual([]);
  });

  it('the page’s hints get the writer’s pseudonym passed through (client/guard.ts)', async () => {
    // The page's rules come as a chunk of their own (client/guard.ts).
    await loadGuard();
    const intro = 'Hei. Jeg heter Grå Måke og er pårørende.';
    expect(analyze(intro, ['Stille Fjord'], 'nb').map((h) => h.kind)).toEqual(['pii']);
    expect(analyze(intro, ['Stille Fjord'], 'nb', 'Grå Måke')).toEqual([]);
  });
});

// A fresh tester (2026-12-05): "Still Sea here. Still, I think …" got the advice hint on "Still",
// read as the bokmål order "Still!"; the page's own suggestions give "Open Shore", read as "Open!".
describe('a pseudonym that starts with a verb', () => {
  it('is a name, not an order: the speaker’s own and anyone else’s in the room, at a sentence start', () => {
    for (const name of ['Open Shore', 'Still Sea', 'Open River']) {
      expect(kinds(`${name} here. I am an alcoholic.`, name, 'en'), name).toEqual([]);
      expect(kinds(`${name}, alcoholic.`, name, 'en'), name).toEqual([]);
      expect(kinds(`Hi, ${name.toLowerCase()} here. Still, I think I am doing better.`, name, 'en'), name).toEqual([]);
    }
    // Another's pseudonym is crosstalk (one hint), not advice besides.
    expect(analyzeShare('Open Shore, thank you.', { otherNames: ['Open Shore'], lang: 'en' }).map((h) => h.kind)).toEqual(['crosstalk']);
    // Without the name, the same word still gives the order its hint; so does an order after the name.
    expect(kinds('Open the door and leave him.', 'Still Sea', 'en')).toEqual(['advice:Open']);
    expect(kinds('Still Sea here. Call your sponsor tonight.', 'Still Sea', 'en')).toEqual(['advice:Call']);
  });
});
