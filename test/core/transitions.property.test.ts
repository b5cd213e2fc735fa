// The same random sequences as invariants.property.test.ts (one seed, one generator), checking
// only how each accepted step may change the state (invariants.ts checkTransition): the state,
// delivery and view rules are checked on these very sequences by that file. In a child process
// (property-child.ts says why).
import { describe, expect, it } from 'vitest';
import { NUM_RUNS, SEED } from './property-config.js';
import { checkSequencesInChild } from './property-child.js';

describe('meeting transitions under random command sequences', () => {
  it(`nobody is made connected but by reconnecting, and no share clock runs while frozen (${NUM_RUNS} sequences, seed ${SEED})`, async () => {
    const { report, stats } = await checkSequencesInChild('transitions');
    expect(report).toBe('ok');
    // The run reached past the gathering (a child that ran nothing would prove nothing).
    if (NUM_RUNS >= 1_000) expect(stats.phases).toContain('round');
  }, 600_000);
});
