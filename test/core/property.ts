// Runs the random-sequence property with a fixed, overridable seed and run count, and returns
// 'ok' or a report naming the broken rule, the seed, the replay path and the shrunk sequence.
import fc from 'fast-check';
import { runSequence } from './invariants.js';
import type { RunStats } from './invariants.js';
import { configArb, stepArb } from './sequences.js';

export const NUM_RUNS = Number(process.env.RUNDE_PROPERTY_RUNS ?? 10_000);
export const SEED = Number(process.env.RUNDE_PROPERTY_SEED ?? 20_261_122);

// size 'max': lengths spread over the whole range instead of fast-check's small default.
const sequences = fc.array(stepArb, { minLength: 1, maxLength: 60, size: 'max' });

export function checkSequences(transitions: boolean, stats?: RunStats): string {
  const result = fc.check(
    fc.property(configArb, sequences, (cfg, steps) => {
      runSequence(cfg, steps, stats, transitions);
    }),
    { numRuns: NUM_RUNS, seed: SEED },
  );
  if (!result.failed) return 'ok';
  const broken = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
  const report = `${broken}\nseed ${SEED}, path "${result.counterexamplePath}"\n${fc.defaultReportMessage(result)}`;
  console.error(report);
  return report;
}
