// The same random sequences as invariants.property.test.ts, checking how each accepted step may
// change the state (invariants.ts checkTransition). A separate file so both run in parallel.
import { describe, expect, it } from 'vitest';
import { NUM_RUNS, SEED, checkSequences } from './property.js';

describe('meeting transitions under random command sequences', () => {
  it(`nobody is made connected but by reconnecting, and no share clock runs while frozen (${NUM_RUNS} sequences, seed ${SEED})`, () => {
    expect(checkSequences(true)).toBe('ok');
  }, 600_000);
});
