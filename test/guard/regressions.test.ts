// Regressions found by the client owner while trying the composer.
import { describe, expect, it } from 'vitest';
import { analyzeShare } from '../../shared/guard/index.js';

describe('guard regressions', () => {
  it('gives a pseudonym in the room one crosstalk hint, not also a full-name hint', () => {
    const hints = analyzeShare('Du bør ringe henne, Stille Fjord.', { otherNames: ['Stille Fjord'], lang: 'nb' });
    expect(hints.map((h) => h.kind).sort()).toEqual(['advice', 'crosstalk']);
  });
});
