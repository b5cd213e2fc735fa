import { defineConfig } from 'vitest/config';

/**
 * Test folders with no servers, sockets, child processes, browsers or page code: pure functions
 * (the meeting core, the guard, text rules) and the docs. Their files share one module graph per
 * worker thread (`isolate: false`): a fresh graph per file cost ~0.5 s of collecting each (the
 * core's and the guard's modules again and again), a tenth of a full run of ~1,650-1,730 s on the
 * 2-core CI VM, close to CI's 30-minute limit; shared, these folders take a third of the time
 * (2026-12-05). The page's tests (test/client) stay isolated: a composer left from one file
 * re-rendered on another's DOM when the guard's chunk loaded there (tried, 2026-12-05).
 */
const SHARED_GRAPH = ['core', 'guard', 'text', 'privacy', 'docs'].map((d) => `test/${d}/**/*.test.ts`);
/** Files in those folders that start servers or processes, or load the page's code: a graph of their own. */
const OWN_GRAPH = [
  'test/docs/http-caching.test.ts',
  'test/docs/proxy-origin.test.ts',
  'test/docs/proxy-config.test.ts',
  'test/guard/warm.test.ts',
  'test/guard/astral-text.test.ts',
  'test/guard/own-name.test.ts',
  // Its random sequences run in a child process on one core for about a minute: beside the
  // servers and browsers, not alone first with the other core idle (the file says more).
  'test/core/invariants.property.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration and browser suites spawn servers and redis-server processes; two cores.
    maxWorkers: 2,
    minWorkers: 1,
    // The threads pool runs the shared-graph files only (the `pure` project); vitest reads
    // isolation per pool from the root, so it is set here.
    poolOptions: { threads: { isolate: false } },
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts', 'server/**/*.ts'],
      reporter: ['text-summary'],
    },
    projects: [
      {
        extends: true,
        // First, alone (groupOrder): quick CPU-bound files, over before the servers and browsers start.
        test: { name: 'pure', include: SHARED_GRAPH, exclude: OWN_GRAPH, pool: 'threads', isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'pure-own', include: OWN_GRAPH, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: 'system',
          sequence: { groupOrder: 1 },
          include: ['test/**/*.test.ts'],
          exclude: SHARED_GRAPH,
          // Closes the browser contexts each test opened, after it (e2e pages left running cost CPU).
          setupFiles: ['test/helpers/close-test-pages.ts'],
          // Builds the server bundle the child-process tests run (helpers/server-bundle.ts).
          globalSetup: ['test/helpers/server-bundle.ts'],
        },
      },
    ],
  },
});
