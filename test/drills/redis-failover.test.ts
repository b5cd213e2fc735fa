// Drill 2 in CI: the Redis primary killed mid-meeting, the Sentinels promote the replica
// (scripts/drills/redis-failover.ts).
import { describe, expect, it } from 'vitest';
import { redisFailoverDrill } from '../../scripts/drills/redis-failover.js';

describe('drill: Redis failover through Sentinel', () => {
  it('keeps both processes up and every socket, answers STORE_UNAVAILABLE fast, then the meeting goes on with its state', async () => {
    // The drill throws with its figures on any failure; these are the headline ones.
    const figures = await redisFailoverDrill({ afterMs: 4000 });
    console.log(figures);
    expect(figures['server processes up']).toBe('2/2');
    expect(figures['sockets kept through the failover (people)']).toBe('4 of 4');
    expect(figures['missing / doubled / out of order (all people)']).toBe('0 / 0 / 0');
  }, 300_000);
});
