// Runs the random-sequence property with a fixed, overridable seed and run count, and returns
// 'ok' or a report naming the broken rule, the seed, the replay path and the shrunk sequence.
// Run as a script (`node --import tsx test/core/property.ts <checks>`) it prints that result and
// the run's stats as one JSON line: property-child.ts runs it so in a child process.
import fc from 'fast-check';
import { runSequence } from './invariants.js';
import type { Checks, RunStats } from './invariants.js';
import { NUM_RUNS, SEED } from './property-config.js';
import { configArb, stepArb } from './sequences.js';

// size 'max': lengths spread over the whole range instead of fast-check's small default.
const sequences = fc.array(stepArb, { minLength: 1, maxLength: 60, size: 'max' });

export function checkSequences(checks: Checks, stats?: RunStats): string {
  const result = fc.check(
    fc.property(configArb, sequences, (cfg, steps) => {
      runSequence(cfg, steps, stats, checks);
    }),
    { numRuns: NUM_RUNS, seed: SEED },
  );
  if (!result.failed) return 'ok';
  const broken = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
  const report = `${broken}\nseed ${SEED}, path "${result.counterexamplePath}"\n${fc.defaultReportMessage(result)}`;
  console.error(report);
  return report;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/test\//, '/test/'))) {
  const checks = process.argv[2] as Checks;
  const stats: RunStats = { accepted: 0, phases: new Set(), patched: {} };
  const report = checkSequences(checks, stats);
  process.stdout.write(`${JSON.stringify({ report, stats: { ...stats, phases: [...stats.phases] } })}\n`);
}
