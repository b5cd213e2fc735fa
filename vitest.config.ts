import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Closes the browser contexts each test opened, after it (e2e pages left running cost CPU).
    setupFiles: ['test/helpers/close-test-pages.ts'],
    // Builds the server bundle the child-process tests run (helpers/server-bundle.ts).
    globalSetup: ['test/helpers/server-bundle.ts'],
    // Integration and browser suites spawn servers and redis-server processes; two cores.
    maxWorkers: 2,
    minWorkers: 1,
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts', 'server/**/*.ts'],
      reporter: ['text-summary'],
    },
  },
});
