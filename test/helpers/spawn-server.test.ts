// The child-process tests run the server as `npm start` does, from the bundle this run's global
// setup built (server-bundle.ts), not under a TypeScript loader (three times the CPU per start).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_BUNDLE_ENV, spawnServer } from './process.js';

describe('spawnServer in a test run', () => {
  it('starts the bundle the global setup built, with no TypeScript loader', async () => {
    const bundle = process.env[SERVER_BUNDLE_ENV];
    expect(bundle).toMatch(/[\\/]dist[\\/]server-under-test-\d+\.js$/);
    const server = await spawnServer({});
    try {
      const argv = readFileSync(`/proc/${server.pid}/cmdline`, 'utf8').split('\0');
      expect(argv).toContain(bundle);
      expect(argv.join(' ')).not.toMatch(/tsx/);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
