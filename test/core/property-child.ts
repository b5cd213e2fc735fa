// Runs property.ts in a child Node process (tsx's loader: plain ES modules). Inside vitest's
// worker every call into an imported module goes through the transformed module's accessors: the
// 10,000 sequences took ~3.4 x as long there as in plain Node (2,000 sequences: 34 s against 10 s,
// 2026-12-06), a large share of the 2-core CI run. The child gets the same environment (run count,
// seed) and its result is checked by the calling test as before.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Checks } from './invariants.js';

/** What a child run found: 'ok' or the failure report, and the stats of the sequences it ran (phases as a list). */
export interface ChildResult {
  report: string;
  stats: { accepted: number; phases: string[]; patched: Record<string, number> };
}

/** Runs checkSequences(checks) in a child process; rejects if the child fails or prints no result. */
export function checkSequencesInChild(checks: Checks): Promise<ChildResult> {
  const script = fileURLToPath(new URL('./property.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', script, checks], { maxBuffer: 64 * 1024 * 1024, env: process.env }, (err, stdout, stderr) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as ChildResult);
      } catch {
        reject(new Error(`the property run printed no result${err ? ` (${err.message})` : ''}: ${stderr.slice(-4000)}`));
      }
    });
  });
}
