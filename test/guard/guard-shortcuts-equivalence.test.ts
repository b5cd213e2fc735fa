// The guard's shortcuts (Issue 10: CPU per share) must not change a single finding: a regex is
// not run over a text holding none of its literals (shared/guard/literals.ts), contact details
// are not looked for where their one needed character ("@", "_", a digit, …) is missing, and
// foldContact steps over ASCII. Each is compared here with the straightforward way on the whole
// labelled corpus, the held-back files and generated shares.
import { describe, expect, it } from 'vitest';
import { foldContact } from '../../shared/guard/contact.js';
import { analyzeShare } from '../../shared/guard/index.js';
import { literalChecks, requirement } from '../../shared/guard/literals.js';
import { CORPUS_NAMES, loadCorpus, loadHeldBack } from '../../scripts/guard-score.js';

const samples = [...loadCorpus(), ...(['author', 'blind', 'blind2', 'blind3'] as const).flatMap((p) => loadHeldBack(p))];
const ROOM = [...CORPUS_NAMES, 'Stille Fjord', 'Anne-Lise', 'Ørn', 'P0'];

/** Shares of several samples, with contact details, names, odd letters and case-folding traps. */
function generated(): string[] {
  const extras = [
    'ring meg på 912 34 567', 'kari at gmail dot com', 'snap: kari_84', 'www.example.no', 'ola@example.com', '@Kari',
    'ＤＵ ＢØＲ gå', '٩١٢٣٤٥٦٧', 'veldig fint, kari84 på face', 'takknemlig, ig: kari_84', 'snapchat:kari84 på insta', 'DU BØR RINGE', 'du ſkal', 'KARI', 'tlf ９１２３４５６７', '𝐝𝐮 𝐛ø𝐫', 'Du Bør', 'insta (at) hotmail',
  ];
  const out: string[] = [];
  let seed = 11;
  const rnd = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
  for (let k = 0; k < 400; k++) {
    const parts: string[] = [];
    for (let j = 0, m = 1 + rnd(4); j < m; j++) parts.push(rnd(4) === 0 ? extras[rnd(extras.length)]! : samples[rnd(samples.length)]!.text);
    out.push(parts.join(rnd(2) ? ' ' : '\n'));
  }
  return out;
}

/** foldContact as it was: FOLDABLE's every match (a space, each digit) tried. */
function referenceFoldedText(text: string): string {
  const FOLDABLE = /[\p{N}\p{Zs}\uFE50-\uFE6F\uFF00-\uFFEF\u{1D400}-\u{1D7FF}]/gu;
  const ND = /\p{Nd}/u;
  const digitValue = (cp: number): number => {
    let k = 0;
    while (k < 60 && ND.test(String.fromCodePoint(cp - k - 1))) k++;
    return k % 10;
  };
  const fold = (ch: string): string =>
    [...ch.normalize('NFKC')].map((c) => (ND.test(c) && !(c >= '0' && c <= '9') ? String(digitValue(c.codePointAt(0) ?? 0)) : c)).join('');
  return text.replace(FOLDABLE, (ch) => (ch === ' ' || (ch >= '0' && ch <= '9') ? ch : fold(ch)));
}

describe('the guard finds the same with its shortcuts as without', () => {
  const texts = [...samples.map((s) => s.text), ...generated()];

  it('gives the same hints for every text, in both languages and rooms', () => {
    // Each text in one of the four language-and-room pairs, in turn: every pair meets a quarter
    // of the texts. All four for every text took 120-180 s of a 2-core CI run, a tenth of it.
    const pairs = (['nb', 'en'] as const).flatMap((lang) => [CORPUS_NAMES, ROOM].map((otherNames) => ({ lang, otherNames })));
    try {
      texts.forEach((text, i) => {
        const ctx = pairs[i % pairs.length]!;
        literalChecks.on = true;
        const fast = analyzeShare(text, ctx);
        literalChecks.on = false;
        const slow = analyzeShare(text, ctx);
        expect(fast, `${ctx.lang}: ${text}`).toEqual(slow);
      });
    } finally {
      literalChecks.on = true;
    }
  }, 120_000);

  it('folds contact details as before', () => {
    for (const text of texts) expect(foldContact(text).text, text).toBe(referenceFoldedText(text));
  });

  it('reads literals only where every match must hold them', () => {
    expect(requirement(String.raw`(?:du\s+(?:bør|burde)|dere\s+må)(?![\p{L}])`)).toEqual({ or: [{ and: ['du', { or: ['bør', 'burde'] }] }, { and: ['dere', 'må'] }] });
    expect(requirement(String.raw`(?:(?:bare\s+)?ring|ta\s+kontakt)`)).toEqual({ or: ['ring', { and: ['ta', 'kontakt'] }] });
    expect(requirement(String.raw`(?:det|det\s+som)\s+(?:du|dere)\s+sa`)).toEqual({ and: [{ or: ['det', { and: ['det', 'som'] }] }, { or: ['du', 'dere'] }, 'sa'] });
    // An optional part, a class, a lookaround or a quantified letter is never a literal.
    expect(requirement(String.raw`(?:bare\s+)?ring`)).toEqual('ring');
    expect(requirement(String.raw`(?:[Ss]om|as)\s+\p{L}+`)).toEqual({ or: ['om', 'as'] });
    expect(requirement(String.raw`[Ss]\p{L}+`)).toBeNull();
    expect(requirement(String.raw`(?<=du\s)(?:ring|gå)`)).toEqual({ or: ['ring', 'gå'] });
    expect(requirement(String.raw`(?=ring)\p{L}+`)).toBeNull();
    expect(requirement(String.raw`tips?`)).toEqual('tip');
    expect(requirement(String.raw`ab+c`)).toEqual('ab');
    expect(requirement(String.raw`(?:ab){0,2}cd`)).toEqual('cd');
    expect(requirement(String.raw`du|x`)).toBeNull();
    // A quantifier after an astral letter applies to both its units.
    expect(requirement('ab\u{1F600}?c')).toEqual('ab');
  });
});
