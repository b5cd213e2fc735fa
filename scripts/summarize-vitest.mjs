#!/usr/bin/env node
// Reads vitest's JSON report (argv[2]) and, optionally, the exit code of the test command
// (argv[3]: errors outside tests, such as unhandled rejections, reach only the exit code), prints one line: "N passed, N failed" (followed by
// ", N skipped" when any test was skipped or todo). Exits non-zero when anything failed, when
// any test was skipped (a skipped test is a defect here), when no test ran, or when the report
// is missing or unreadable. Files that failed to load count as failures.
import { readFileSync } from 'node:fs';

const path = process.argv[2];
const runnerExit = process.argv[3] === undefined ? 0 : Number(process.argv[3]);

function finish(passed, failed, skipped, ok) {
  console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  process.exit(ok ? 0 : 1);
}

let report;
try {
  if (!path) throw new Error('usage: summarize-vitest.mjs <vitest-json-report>');
  report = JSON.parse(readFileSync(path, 'utf8'));
  if (!report || !Array.isArray(report.testResults)) throw new Error('not a vitest JSON report');
} catch (e) {
  console.error(`No usable vitest report${path ? ` at ${path}` : ''}: ${e instanceof Error ? e.message : String(e)}`);
  // The run itself failed (install, type check or vitest crashed): one failure, never "0 failed".
  finish(0, 1, 0, false);
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of report.testResults) {
  let failedHere = 0;
  for (const t of file.assertionResults ?? []) {
    if (t.status === 'passed') passed++;
    else if (t.status === 'failed') failedHere++;
    else skipped++; // skipped, pending, todo, disabled
  }
  // A file that failed without a failing test did not load, or a hook failed.
  if (file.status === 'failed' && failedHere === 0) {
    failedHere = 1;
    console.error(`Failed to run: ${file.name}${file.message ? `: ${String(file.message).split('\n')[0]}` : ''}`);
  }
  failed += failedHere;
}
// Errors outside any test (unhandled rejections, a crashed worker) fail the run without failing
// a test; count them once so the line never reads "0 failed" for a failed run.
if ((report.success === false || runnerExit !== 0) && failed === 0 && skipped === 0) {
  console.error('The test run failed outside any test (see the vitest output above).');
  failed = 1;
}
if (passed + failed === 0) console.error('No tests ran.');
finish(passed, failed, skipped, failed === 0 && skipped === 0 && passed > 0);
