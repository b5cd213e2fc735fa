// Random command sequences through decide(), with every rule in invariants.ts checked after every
// step. The seed is fixed so a failure is reproducible; it is printed with the shrunk sequence.
// A failing seed found here is kept as a named test in regressions.test.ts.
// The sequences run in a child process (property-child.ts says why).
import { describe, expect, it } from 'vitest';
import { NUM_RUNS, SEED } from './property-config.js';
import { checkSequencesInChild } from './property-child.js';

describe('meeting invariants under random command sequences', () => {
  it(`one speaker at most, shares only from the speaker, a chair whenever a connected volunteer is present, removed people never act, seq +1 per accepted command, rejections change nothing, an ended meeting holds no names, nothing of the meeting reaches a waiting or removed socket (${NUM_RUNS} sequences, seed ${SEED})`, async () => {
    const { report, stats } = await checkSequencesInChild('state');
    expect(report).toBe('ok');
    console.log('members who patched a turn change or a leave instead of getting a view, by command:', JSON.stringify(stats.patched));
    // A generator that never got past the gathering would prove little: every phase must be reached.
    // Turn changes and leaves patched into members' views must be reached, each way a turn moves.
    if (NUM_RUNS >= 1_000) for (const type of ['finishShare', 'pass', 'skip', 'tick', 'leave', 'remove', 'giveTurn', 'raiseHand']) expect(stats.patched[type] ?? 0, type).toBeGreaterThan(0);
    if (NUM_RUNS >= 1_000) expect([...stats.phases].sort()).toEqual(['closing', 'ended', 'gathering', 'open', 'opening', 'round']);
  }, 600_000);
});
