// An idle server's heap (Issue 10): packages only some servers need are loaded on first use.
// luxon and yaml serve weekly groups, socket.io-client the practice room, ioredis and the
// socket.io Redis adapter only a server with REDIS_URL, unhomoglyph the first comparison of two
// pseudonyms (a join into a meeting with someone in it); of
// rate-limiter-flexible only the in-memory limiter is loaded, not the index with every backend.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAZY = ['luxon', 'yaml', 'socket.io-client', 'ioredis', '@socket.io/redis-adapter', 'unhomoglyph'];
const root = new URL('../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('packages a server may never need are not loaded at start', () => {
  it('no server or shared module imports them (or the rate limiter index) as values', () => {
    const offenders: string[] = [];
    for (const file of [...sources(join(root, 'server')), ...sources(join(root, 'shared'))]) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!/^\s*import\s/.test(line) || /^\s*import\s+type\s/.test(line)) continue;
        const from = /from\s+'([^']+)'/.exec(line)?.[1];
        if (from && (LAZY.includes(from) || from === 'rate-limiter-flexible')) offenders.push(`${file.slice(root.length)}: ${line.trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('an imported and started server on the memory store leaves them unloaded; a schedule loads luxon, a name comparison unhomoglyph', async () => {
    const require = createRequire(import.meta.url);
    const loaded = (pkg: string): boolean => Object.keys(require.cache).some((k) => k.includes(`/node_modules/${pkg}/`));
    const { startServer } = await import('../../server/app.js');
    const server = await startServer({ port: 0, host: '127.0.0.1', redisUrl: null });
    try {
      for (const pkg of LAZY) expect(loaded(pkg), pkg).toBe(false);
      expect(Object.keys(require.cache).some((k) => k.endsWith('/rate-limiter-flexible/index.js'))).toBe(false);
      const { occurrencesBetween } = await import('../../server/groups/schedule.js');
      const week = occurrencesBetween([{ day: 'monday', time: '19:00', minutes: 90 }], 'Europe/Oslo', Date.UTC(2026, 10, 30), Date.UTC(2026, 11, 7));
      expect(week.map((o) => new Date(o.start).toISOString())).toEqual(['2026-11-30T18:00:00.000Z']);
      expect(loaded('luxon')).toBe(true);
      const { looksAlike } = await import('../../shared/meeting/name-skeleton.js');
      expect(looksAlike('L\u0435der', 'Leder')).toBe(true);
      expect(loaded('unhomoglyph')).toBe(true);
    } finally {
      await server.close();
    }
  });
});
