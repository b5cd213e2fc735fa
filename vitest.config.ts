import { defineConfig } from 'vitest/config';

/**
 * Test folders with no servers, sockets, child processes, browsers or page code: pure functions
 * (the meeting core, the guard, text rules) and the docs, run first (the `pure` project). Like
 * the servers' files they share one module graph per worker (below): a fresh graph per file cost
 * ~0.5 s of collecting each (the core's and the guard's modules again and again).
 */
const SHARED_GRAPH = ['core', 'guard', 'text', 'privacy', 'docs'].map((d) => `test/${d}/**/*.test.ts`);
/**
 * Files in those folders that start servers or processes, or load the page's code: run with the
 * servers' files (the `pure-own` project, beside `system`), not among the quick files first.
 */
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

/**
 * Files that need a module graph of their own (the `isolated` project, a fresh graph per file): the
 * page's tests (they mock the page's connection and put a jsdom window's globals in place), and
 * files that judge the whole process: which packages a started server has loaded, and what its
 * heap holds (a heap snapshot of a process that ran a hundred files is slow to take and read).
 */
const ISOLATED = [
  'test/client/**/*.test.ts',
  'test/server/lazy-packages.test.ts',
  'test/server/sanitize-lazy.test.ts',
  'test/server/per-socket-heap.test.ts',
  'test/server/ended-meeting-heap.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration and browser suites spawn servers and redis-server processes; two cores.
    maxWorkers: 2,
    minWorkers: 1,
    // vitest reads isolation per pool from the root, so the projects pick a pool by the isolation
    // they need. forks: one module graph per worker process, kept from file to file — a fresh
    // process and graph per file cost ~1 s of collecting each (the server's modules ~0.6 s,
    // playwright-core ~0.45 s, jsdom ~0.6 s): ~250 s of a full run's ~2,200 file-seconds on the
    // 2-core CI VM, where the run took 1,704 s of CI's 1,800 (2026-12-06). threads: a fresh graph
    // per file, for ISOLATED: shared, the page's tests failed (a composer left from one file
    // re-rendered on another's DOM when the guard's chunk loaded there; mocks of the page's
    // connection), and so did the checks of what a process loaded or holds (tried 2026-12-05/06).
    poolOptions: { forks: { isolate: false }, threads: { isolate: true } },
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts', 'server/**/*.ts'],
      reporter: ['text-summary'],
    },
    // Groups run one after another, each on both cores (the pools of one group would run at
    // once, two workers each): the quick CPU-bound files first, the isolated files next, then the
    // servers and browsers.
    projects: [
      {
        extends: true,
        test: { name: 'pure', include: SHARED_GRAPH, exclude: OWN_GRAPH, pool: 'forks', sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ISOLATED,
          pool: 'threads',
          sequence: { groupOrder: 1 },
          setupFiles: ['test/helpers/close-test-pages.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'pure-own', include: OWN_GRAPH, pool: 'forks', sequence: { groupOrder: 2 } },
      },
      {
        extends: true,
        test: {
          name: 'system',
          sequence: { groupOrder: 2 },
          pool: 'forks',
          include: ['test/**/*.test.ts'],
          exclude: [...SHARED_GRAPH, ...ISOLATED],
          // Closes the browser contexts each test opened, after it (e2e pages left running cost CPU).
          setupFiles: ['test/helpers/close-test-pages.ts'],
          // Builds the server bundle the child-process tests run (helpers/server-bundle.ts).
          globalSetup: ['test/helpers/server-bundle.ts'],
        },
      },
    ],
  },
});
