import { defineConfig } from 'vitest/config';

/**
 * Test folders with no servers, sockets, child processes or browsers: pure functions, the page's
 * code on a DOM shim, the docs. Their files share one module graph per worker (`isolate: false`):
 * a fresh graph per file cost ~0.5 s of collecting each (the core's and the guard's modules again
 * and again), 120 s of a full run's ~1,700 on the 2-core CI VM, close to CI's 30-minute limit;
 * run shared they take about half (2026-12-05: core, client 81 -> 42 s; guard, text, privacy,
 * docs 40 -> 17 s, alone). Every other folder keeps one module graph per file.
 */
const SHARED_GRAPH = ['core', 'client', 'guard', 'text', 'privacy', 'docs'].map((d) => `test/${d}/**/*.test.ts`);
/** Files in those folders that mock a module (vi.mock needs a graph of its own) or start servers. */
const OWN_GRAPH = [
  'test/client/shared-back.test.ts',
  'test/client/command-sender.test.ts',
  'test/client/build-and-serve.test.ts',
  'test/client/guard-lazy.test.ts',
  'test/docs/http-caching.test.ts',
  'test/docs/proxy-origin.test.ts',
  'test/docs/proxy-config.test.ts',
  'test/guard/warm.test.ts',
  'test/guard/astral-text.test.ts',
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
