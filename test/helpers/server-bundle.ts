// vitest's global setup: builds the server once per test run as `npm start` runs it, one plain
// JavaScript bundle on Node with no TypeScript loader, for the tests that run servers as child
// processes (helpers/process.ts spawnServer). A child started from the bundle costs ~0.6 CPU-s
// against ~1.5 under tsx (measured 2026-12-04 on the 2-core VM), and the suite starts dozens.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildServerBundle } from '../../scripts/server-bundle.js';
import { SERVER_BUNDLE_ENV } from './process.js';

// Beside dist/server.js: the server finds the client and its guard model relative to its own file.
// A name of its own per run, so neither a test that builds dist/server.js (compiled-start) nor
// another test run in the same checkout rewrites or removes it while this run's servers start.
const OUTFILE = fileURLToPath(new URL(`../../dist/server-under-test-${process.pid}.js`, import.meta.url));

/** Builds the bundle and names it in the environment the test workers inherit; removes it after. */
export default async function setup(): Promise<() => Promise<void>> {
  await buildServerBundle(OUTFILE);
  process.env[SERVER_BUNDLE_ENV] = OUTFILE;
  return async () => {
    await rm(OUTFILE, { force: true });
    await rm(`${OUTFILE}.map`, { force: true });
  };
}
