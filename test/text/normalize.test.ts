import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeText } from '../../shared/text.js';

const cp = (n: number): string => String.fromCodePoint(n);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('normalizeText: control characters', () => {
  it('strips every C0 control except tab, newline and carriage return', () => {
    for (const n of range(0x00, 0x1f).filter((n) => n !== 0x09 && n !== 0x0a && n !== 0x0d)) {
      expect(normalizeText(`a${cp(n)}b`), `U+${n.toString(16)}`).toBe('ab');
    }
  });

  it('strips DEL and every C1 control (U+007F–U+009F)', () => {
    for (const n of range(0x7f, 0x9f)) expect(normalizeText(`a${cp(n)}b`), `U+${n.toString(16)}`).toBe('ab');
  });

  it('keeps newlines', () => {
    expect(normalizeText('a\nb')).toBe('a\nb');
    expect(normalizeText('a\n\nb')).toBe('a\n\nb');
  });

  it('turns CRLF and lone CR into newlines', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('turns a tab into a space', () => {
    expect(normalizeText('a\tb')).toBe('a b');
  });
});

describe('normalizeText: bidi and invisible characters', () => {
  it('strips the bidi embeddings and overrides U+202A–U+202E', () => {
    for (const n of range(0x202a, 0x202e)) expect(normalizeText(`a${cp(n)}b`), `U+${n.toString(16)}`).toBe('ab');
  });

  it('strips the bidi isolates U+2066–U+2069', () => {
    for (const n of range(0x2066, 0x2069)) expect(normalizeText(`a${cp(n)}b`), `U+${n.toString(16)}`).toBe('ab');
  });

  it('strips the left-to-right and right-to-left marks', () => {
    expect(normalizeText('a\u200Eb\u200Fc')).toBe('abc');
  });

  it('a right-to-left override cannot reverse what others see', () => {
    // "gnp.exe" shown reversed would read "exe.png"
    expect(normalizeText('photo\u202Egnp.exe')).toBe('photognp.exe');
  });

  it('strips zero-width space and non-joiner, word joiner and BOM', () => {
    expect(normalizeText('\uFEFFa\u200Bb\u200Cc\u2060d')).toBe('abcd');
  });
});

describe('normalizeText: emoji survive', () => {
  it.each([
    ['family (ZWJ sequence)', '👨‍👩‍👧'],
    ['rainbow flag (variation selector and ZWJ)', '🏳️‍🌈'],
    ['heart on fire', '❤️‍🔥'],
    ['skin tone modifier', '👍🏽'],
    ['subdivision flag (tag characters)', '🏴󠁧󠁢󠁳󠁣󠁴󠁿'],
    ['keycap', '1️⃣'],
  ])('%s is kept exactly', (_label, emoji) => {
    expect(normalizeText(`takk ${emoji}`)).toBe(`takk ${emoji}`);
    expect(normalizeName(`Anna ${emoji}`)).toBe(`Anna ${emoji}`);
  });
});

describe('normalizeText: Unicode normal form C', () => {
  it('composes a decomposed å, ö and é', () => {
    expect(normalizeText('A\u030Ase')).toBe('\u00C5se');
    expect(normalizeText('o\u0308')).toBe('\u00F6');
    expect(normalizeText('Cafe\u0301')).toBe('Caf\u00E9');
  });

  it('makes canonically equivalent spellings identical', () => {
    expect(normalizeText('Bj\u00F8rn \u00C5se')).toBe(normalizeText('Bj\u00F8rn A\u030Ase'));
  });

  it('keeps æ, ø and å as they are', () => {
    expect(normalizeText('Blåbærsyltetøy')).toBe('Blåbærsyltetøy');
  });
});

describe('normalizeText: blank lines and edges', () => {
  it('collapses three or more newlines to one blank line', () => {
    expect(normalizeText('a\n\n\nb')).toBe('a\n\nb');
    expect(normalizeText(`a${'\n'.repeat(50)}b`)).toBe('a\n\nb');
    expect(normalizeText('a\r\n\r\n\r\n\r\nb')).toBe('a\n\nb');
  });

  it('newlines split by stripped characters still collapse', () => {
    expect(normalizeText('a\n\u200B\n\u202E\n\nb')).toBe('a\n\nb');
  });

  it('trims leading and trailing whitespace and blank lines', () => {
    expect(normalizeText('\n\n  hei  \n\n')).toBe('hei');
    expect(normalizeText('\u00A0hei\u00A0')).toBe('hei');
  });

  it('a text of only controls, bidi characters and spaces becomes empty', () => {
    expect(normalizeText('\u0000\u202E \u2066\u200B\n\t')).toBe('');
  });
});

describe('normalizeText: properties over any input', () => {
  it('the result holds no control other than newline, no bidi control, no triple newline and no edge whitespace', () => {
    const forbidden = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B\u200C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 5 }),
            fc.constantFrom('\n', '\r', '\r\n', '\t', '\u202E', '\u2066', '\u200B', '\u200D', '\u0000', '\u0085', '\uFEFF', ' ', '👨‍👩‍👧'),
          ),
          { maxLength: 40 },
        ),
        (parts) => {
          const out = normalizeText(parts.join(''));
          expect(out).not.toMatch(forbidden);
          expect(out).not.toContain('\n\n\n');
          expect(out).toBe(out.trim());
        },
      ),
      { numRuns: 300, seed: 2066 },
    );
  });
});

describe('normalizeName: a pseudonym is one line', () => {
  it('collapses every run of whitespace, newlines and tabs to one space', () => {
    expect(normalizeName('Kari  \t Nordmann')).toBe('Kari Nordmann');
    expect(normalizeName('Stille\n\n\nOla')).toBe('Stille Ola');
    expect(normalizeName('a\u00A0\u00A0b')).toBe('a b');
  });

  it('trims, strips controls and bidi characters, and composes to NFC', () => {
    expect(normalizeName('  \u202EA\u030Ase\u0007 ')).toBe('\u00C5se');
  });

  it('keeps hyphens, underscores and digits', () => {
    expect(normalizeName('Anne-Lise_72')).toBe('Anne-Lise_72');
  });

  it('never returns a newline', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(normalizeName(s)).not.toMatch(/[\n\r\t]/u);
      }),
      { numRuns: 300, seed: 32 },
    );
  });
});
