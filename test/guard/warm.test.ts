// The guard's patterns are compiled before the first command a server runs, not inside the first
// share of a live meeting (Issue 10: that first share cost 0.2–0.5 s of CPU and stalled every
// meeting's deliveries), and not at start (a server without meetings does not need them: idle
// heap). The warm-up text must run every family of patterns, and the server must run it.
import { describe, expect, it } from 'vitest';
import { GUARD_WARM_SAMPLE, analyzeShare } from '../../shared/guard/index.js';

describe('guard warm-up before the first command', () => {
  it('the warm-up text trips every kind of finding in both languages', () => {
    for (const lang of ['nb', 'en'] as const) {
      const kinds = new Set(analyzeShare(GUARD_WARM_SAMPLE, { otherNames: ['Kari', 'Ola'], lang }).map((h) => h.kind));
      expect([...kinds].sort()).toEqual(['advice', 'crosstalk', 'pii']);
    }
  });

  it('a started server makes the guard ready before its first command, not at start (its model is registered then)', async () => {
    const { startServer } = await import('../../server/app.js');
    const { modelFinding, useGuardModel } = await import('../../shared/guard/model.js');
    const { seat } = await import('../helpers/meeting.js');
    useGuardModel(null);
    // A recommendation only the model catches (test/guard/model.test.ts).
    const text = 'Kicking him out would be the kindest thing.';
    const server = await startServer({ port: 0, host: '127.0.0.1', redisUrl: null });
    try {
      expect(modelFinding(text, ['Kari'])).toBeNull();
      const m = await seat(server.url, ['Kari']);
      expect(modelFinding(text, ['Kari'])).toMatchObject({ match: text });
      m.people.forEach((p) => p.close());
    } finally {
      await server.close();
      useGuardModel(null);
    }
  });
});
