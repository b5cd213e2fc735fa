// Drill 3 in CI: Redis killed with commands flowing and restarted empty (scripts/drills/redis-restart.ts).
import { describe, expect, it } from 'vitest';
import { redisRestartDrill } from '../../scripts/drills/redis-restart.js';

describe('drill: Redis killed and restarted empty', () => {
  it('keeps every process up, answers STORE_UNAVAILABLE fast, tells everyone, signs ids alike, starts anew', async () => {
    const figures = await redisRestartDrill({ outageMs: 2000 });
    console.log(figures);
    expect(figures['server processes up throughout']).toBe('3/3');
    expect(figures['new meeting joined on both processes and the late one']).toBe('ok, ok, ok');
  }, 240_000);
});
