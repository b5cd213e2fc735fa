// Regressions found while documenting the protocol: each case once slipped through.
import { pseudonymProblem } from '../../shared/guard/pseudonym.js';
import { describe, expect, it } from 'vitest';
import { pseudonym } from '../../shared/protocol.js';
import { normalizeText } from '../../shared/text.js';

describe('normalization regressions', () => {
  it('strips before composing, so a removed zero-width space cannot block NFC', () => {
    expect(normalizeText('e\u200B\u0301')).toBe('é');
  });
  it('strips the Arabic letter mark like the other bidi marks', () => {
    expect(normalizeText('a\u061Cb')).toBe('ab');
  });
  it('treats line and paragraph separators as newlines, so they collapse too', () => {
    expect(normalizeText('a' + '\u2028'.repeat(50) + 'b')).toBe('a\n\nb');
  });
  it('collapses runs of whitespace-only lines', () => {
    expect(normalizeText('a\n \n \n \nb')).toBe('a\n\nb');
  });
});

describe('pseudonym regressions', () => {
  it('refuses an invisible name made of a Hangul filler', () => {
    expect(pseudonym.safeParse('\u3164').success).toBe(false);
  });
  it('strips invisible fillers so nobody can pose as "Kari" with a look-alike', () => {
    expect(pseudonym.parse('Kari\u3164')).toBe('Kari');
  });
  it('accepts names in scripts that need combining marks', () => {
    expect(pseudonym.parse('हिन्दी')).toBe('हिन्दी');
  });
  it('refuses a name of punctuation alone (at the join, with a reason: shared/guard/pseudonym.ts)', () => {
    expect(pseudonymProblem(pseudonym.parse('- -'))).toBe('NAME_CHARACTERS');
    expect(pseudonymProblem(pseudonym.parse('- _'))).not.toBeNull();
  });
});
