// Drill 4 in CI: SIGKILL of one of two processes mid-meeting (scripts/drills/process-kill.ts).
import { describe, expect, it } from 'vitest';
import { processKillDrill } from '../../scripts/drills/process-kill.js';

describe('drill: a process killed mid-meeting', () => {
  it('has its people back on the other process within 10 s, same seats, round going on, no share lost or doubled', async () => {
    // The drill throws with its figures on any failure; these are the headline ones.
    const figures = await processKillDrill({ afterMs: 3000 });
    console.log(figures);
    expect(figures['people on the killed process back on the other']).toBe('3 of 3');
    expect(figures['missing / doubled / out of order (all people)']).toBe('0 / 0 / 0');
  }, 300_000);
});
