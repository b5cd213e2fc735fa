// Issue 9's flaky-clients drill in CI, for a short while: connections drop at random, mid-share
// too, and each person comes back on a random one of two processes (scripts/drills/flaky-clients.ts).
import { describe, expect, it } from 'vitest';
import { flakyClientsDrill } from '../../scripts/drills/flaky-clients.js';

describe('drill: flaky clients across two processes', () => {
  it('keeps every seat through random drops and resumes, and gives everyone every share exactly once, in order', async () => {
    // The drill throws with its figures on any failure; these are the headline ones.
    const figures = await flakyClientsDrill({ durationMs: 20_000, dropEveryMs: 1500 });
    console.log(figures);
    expect(figures['seats lost (failed resumes)']).toBe(0);
    expect(figures['departures shown']).toBe(0);
    expect(figures['missing / doubled / out of order (all people)']).toBe('0 / 0 / 0');
    expect(Number(String(figures['drops (of them mid-share)']).split(' ')[0])).toBeGreaterThan(0);
  }, 300_000);
});
