// The guard's hints say which words they are about: a fresh tester (2026-12-02) saw two name
// hints under "Jeg heter Kari Nordmann … Sønnen min Per Hansen …", neither naming a name, and an
// older user could not tell which words to change. One hint per wording, with every stretch it is
// about, quoted in the page's language (client/meeting/live-hints.ts, the real guard).
import { beforeAll, describe, expect, it } from 'vitest';
import { HINTS } from '../../shared/guard/hints.js';
import { analyze, loadGuard } from '../../client/guard.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage']);

describe('a hint names the words it is about', () => {
  // The rules come as a chunk of their own (client/guard.ts).
  beforeAll(() => loadGuard());

  it('two full names of third parties: one hint with both names; the own full name its own hint', async () => {
    const { shownHints, hintLine } = await import('../../client/meeting/live-hints.js');
    const ctx = { otherNames: ['Blå Hav'], lang: 'nb' as const, mode: 'nudge' as const };
    const shown = shownHints(analyze, 'Jeg heter Kari Nordmann og er pårørende. Sønnen min Per Hansen og naboen Ola Dahl drikker.', ctx);
    expect(shown.map((h) => hintLine(h, 'nb'))).toEqual([`«Kari Nordmann»: ${HINTS.ownFullName.nb}`, `«Per Hansen», «Ola Dahl»: ${HINTS.fullName.nb}`]);
    expect(hintLine(shown[1]!, 'en')).toBe(`\u201cPer Hansen\u201d, \u201cOla Dahl\u201d: ${HINTS.fullName.en}`);
    // A general hint (the server's finding the page did not see) has no words to quote.
    expect(hintLine({ kind: 'advice', hint: HINTS.advice }, 'nb')).toBe(HINTS.advice.nb);
    // A long stretch is cut short.
    expect(hintLine({ kind: 'advice', hint: HINTS.advice, matches: ['x'.repeat(60)] }, 'nb')).toBe(`«${'x'.repeat(39)}…»: ${HINTS.advice.nb}`);
    // Words are cut whole (a fresh tester, 2026-12-05, read «…carry everythin…»).
    expect(hintLine({ kind: 'advice', hint: HINTS.advice, matches: ['You should not carry everything on your own shoulders'] }, 'en')).toBe(`\u201cYou should not carry everything on…\u201d: ${HINTS.advice.en}`);
  });

  it('an order is quoted to the end of its clause, not only the words that make it one', async () => {
    const { shownHints, hintLine } = await import('../../client/meeting/live-hints.js');
    const en = { otherNames: ['Blue Sea'], lang: 'en' as const, mode: 'nudge' as const };
    const nb = { otherNames: ['Blå Hav'], lang: 'nb' as const, mode: 'nudge' as const };
    const advice = (text: string, ctx: typeof en | typeof nb): string[] => shownHints(analyze, text, ctx).filter((h) => h.kind === 'advice').flatMap((h) => h.matches);
    expect(advice('So be patient with yourself, it gets better.', en)).toEqual(['So be patient with yourself']);
    expect(advice('You should try going to more meetings. I did.', en)).toEqual(['You should try going to more meetings']);
    expect(advice('Du må bare slutte å bekymre deg for ham!', nb)).toEqual(['Du må bare slutte å bekymre deg for ham']);
    expect(hintLine(shownHints(analyze, 'Så vær snill med deg selv.', nb).find((h) => h.kind === 'advice')!, 'nb')).toBe(`«Så vær snill med deg selv»: ${HINTS.advice.nb}`);
    // Other kinds keep their own words: a name is quoted as the name.
    expect(shownHints(analyze, 'Takk, Blå Hav, for det du delte.', nb).filter((h) => h.kind === 'crosstalk').flatMap((h) => h.matches)).toContain('Blå Hav');
  });

  // A fresh tester (2026-12-06): "This looks like a handle (@…)" under "snap: kari84", with no "@"
  // in the share. The handle is quoted as written; the words add no form the share does not have.
  it('a handle is quoted as the member wrote it, and the words add no "@" the share does not have', async () => {
    const { shownHints, hintLine } = await import('../../client/meeting/live-hints.js');
    const cases: [string, 'nb' | 'en', string][] = [
      ['Add me on snapchat, kari84.', 'en', 'kari84'],
      ['Legg meg til på snap, kari84.', 'nb', 'kari84'],
      ['Discord: kari#1234 if you want to talk', 'en', 'kari#1234'],
      ['My reddit is u/kari84.', 'en', 'u/kari84'],
      ['Add me @kari_84 please', 'en', '@kari_84'],
      ['Følg meg på @stille_fjord', 'nb', '@stille_fjord'],
    ];
    for (const [text, lang, handle] of cases) {
      const shown = shownHints(analyze, text, { otherNames: [], lang, mode: 'nudge' }).filter((h) => h.hint === HINTS.handle);
      expect(shown.map((h) => h.matches), text).toEqual([[handle]]);
      for (const shownLang of ['nb', 'en'] as const) {
        const line = hintLine(shown[0]!, shownLang);
        const [open, close] = shownLang === 'nb' ? ['«', '»'] : ['\u201c', '\u201d'];
        expect(line.startsWith(`${open}${handle}${close}: `), text).toBe(true);
        // The words after the quote: no "@" (nor "…" standing for a form) of their own.
        expect(line.slice(`${open}${handle}${close}: `.length), text).not.toMatch(/[@…]/u);
        expect(line.split('@').length - 1, text).toBe(text.split('@').length - 1);
      }
    }
    // Without a quote (a server's finding the page did not see), the words alone say no "@" either.
    for (const l of ['nb', 'en'] as const) expect(HINTS.handle[l]).not.toMatch(/[@…]/u);
  });
});
