// Drill 5 in CI: SIGTERM to one of two processes mid-meeting (scripts/drills/graceful-stop.ts).
import { describe, expect, it } from 'vitest';
import { gracefulStopDrill } from '../../scripts/drills/graceful-stop.js';

describe('drill: graceful stop of one of two processes', () => {
  it('moves only its own people, keeping seat and turn; exits 0 within 10 s', async () => {
    // The drill throws with its figures on any failure; these are the headline ones.
    const figures = await gracefulStopDrill({ afterMs: 3000 });
    console.log(figures);
    expect(figures['exit code, signal']).toBe('0, null');
    expect(figures['people on the other process disturbed']).toBe('0 of 3');
    expect(figures['missing / doubled / out of order (all people)']).toBe('0 / 0 / 0');
  }, 300_000);
});
