// The guard's patterns are compiled when the server starts, not inside the first share of a live
// meeting (Issue 10: that first share cost 0.2–0.5 s of CPU and stalled every meeting's
// deliveries). The warm-up text must run every family of patterns, and the server must run it.
import { afterEach, describe, expect, it } from 'vitest';
import { GUARD_WARM_SAMPLE, analyzeShare } from '../../shared/guard/index.js';
import { setLogSink } from '../../server/log.js';

describe('guard warm-up at start', () => {
  afterEach(() => setLogSink((line) => process.stdout.write(`${line}\n`)));

  it('the warm-up text trips every kind of finding in both languages', () => {
    for (const lang of ['nb', 'en'] as const) {
      const kinds = new Set(analyzeShare(GUARD_WARM_SAMPLE, { otherNames: ['Kari', 'Ola'], lang }).map((h) => h.kind));
      expect([...kinds].sort()).toEqual(['advice', 'crosstalk', 'pii']);
    }
  });

  it('a started server has run it before it listens (its time is in the listening line)', async () => {
    const lines: Record<string, unknown>[] = [];
    setLogSink((line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    const { startServer } = await import('../../server/app.js');
    const server = await startServer({ port: 0, host: '127.0.0.1', redisUrl: null });
    await server.close();
    const listening = lines.find((l) => l.event === 'listening');
    expect(typeof listening?.warmMs).toBe('number');
  });
});
