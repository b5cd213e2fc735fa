// Random command sequences through decide(), with every rule in invariants.ts checked after every
// step. The seed is fixed so a failure is reproducible; it is printed with the shrunk sequence.
// A failing seed found here is kept as a named test in regressions.test.ts.
// The sequences run in a child process (property-child.ts says why), once for both cases below:
// the state, delivery and view rules (the invariants) and how each accepted step may change the
// state (the transitions, invariants.ts checkTransition) are checked on the very same sequences,
// so one run checks both (`all`). Two runs, one per file (this one and transitions.property,
// until 2026-12-06), generated and decided every sequence twice: the transitions run took ~48 s
// beside the invariants' ~66 s in a full run, nearly all of it that repeated work; one run takes
// about as long as the invariants alone did. It runs beside the servers and browsers
// (vitest.config.ts OWN_GRAPH), not alone before them, where one child on one core left the
// other core idle.
import { describe, expect, it } from 'vitest';
import { NUM_RUNS, SEED } from './property-config.js';
import { checkSequencesInChild, type ChildResult } from './property-child.js';

let run: Promise<ChildResult> | undefined;
/** The one child run both cases read (started by whichever asks first). */
const bothChecks = (): Promise<ChildResult> => (run ??= checkSequencesInChild('all'));

describe('meeting invariants under random command sequences', () => {
  it(`one speaker at most, shares only from the speaker, a chair whenever a connected volunteer is present, removed people never act, seq +1 per accepted command, rejections change nothing, an ended meeting holds no names, nothing of the meeting reaches a waiting or removed socket (${NUM_RUNS} sequences, seed ${SEED})`, async () => {
    const { report, stats } = await bothChecks();
    expect(report).toBe('ok');
    console.log('members who patched a turn change or a leave instead of getting a view, by command:', JSON.stringify(stats.patched));
    // A generator that never got past the gathering would prove little: every phase must be reached.
    // Turn changes and leaves patched into members' views must be reached, each way a turn moves.
    if (NUM_RUNS >= 1_000) for (const type of ['finishShare', 'pass', 'skip', 'tick', 'leave', 'remove', 'giveTurn', 'raiseHand']) expect(stats.patched[type] ?? 0, type).toBeGreaterThan(0);
    if (NUM_RUNS >= 1_000) expect([...stats.phases].sort()).toEqual(['closing', 'ended', 'gathering', 'open', 'opening', 'round']);
  }, 600_000);
});

describe('meeting transitions under random command sequences', () => {
  it(`nobody is made connected but by reconnecting, and no share clock runs while frozen (${NUM_RUNS} sequences, seed ${SEED})`, async () => {
    const { report, stats } = await bothChecks();
    expect(report).toBe('ok');
    // The run reached past the gathering (a child that ran nothing would prove nothing).
    if (NUM_RUNS >= 1_000) expect(stats.phases).toContain('round');
  }, 600_000);
});
