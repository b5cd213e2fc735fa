// The per-address seat count's own rules (server/address-seats.ts), without a server: seats held,
// joins under way, the churn bound, and forgetting an address that has gone quiet.
import { describe, expect, it } from 'vitest';
import { AddressSeats, JOINS_PER_SEAT } from '../../server/address-seats.js';

const none = async (): Promise<ReadonlySet<string>> => new Set();

describe('AddressSeats', () => {
  it('joins under way count as held: of three at once against two seats, one is refused, whatever the meeting says meanwhile', async () => {
    const c = new AddressSeats(2, 60_000);
    const slow = () => new Promise<ReadonlySet<string>>((r) => setTimeout(() => r(new Set()), 10));
    const tickets = await Promise.all([c.reserve('k', 0, slow), c.reserve('k', 0, slow), c.reserve('k', 0, slow)]);
    expect(tickets.filter((t) => t !== null)).toHaveLength(2);
  });

  it('a seat taken counts until the meeting no longer has it; a refused join not at all', async () => {
    const c = new AddressSeats(1, 60_000);
    const t = (await c.reserve('k', 0, none))!;
    c.taken(t, 'p1');
    expect(await c.reserve('k', 1, async () => new Set(['p1']))).toBeNull();
    // Unknown meeting state: nothing is pruned.
    expect(await c.reserve('k', 2, async () => null)).toBeNull();
    const t2 = (await c.reserve('k', 3, none))!;
    c.refused(t2);
    expect(await c.reserve('k', 4, async () => new Set(['other']))).not.toBeNull();
  });

  it('at most JOINS_PER_SEAT joins per seat in a window, and the window moves', async () => {
    const c = new AddressSeats(1, 1_000);
    for (let i = 0; i < JOINS_PER_SEAT; i++) {
      const t = (await c.reserve('k', i, none))!;
      c.taken(t, `p${i}`);
    }
    expect(await c.reserve('k', 10, none)).toBeNull();
    expect(await c.reserve('k', 1_001, none)).not.toBeNull();
  });

  it('forgets an address with no join for six hours', async () => {
    const c = new AddressSeats(1, 1_000);
    c.taken((await c.reserve('a', 0, none))!, 'p');
    await c.reserve('b', 60_000, none);
    expect(c.size).toBe(2);
    await c.reserve('b', 6 * 3_600_000 + 120_000, none);
    expect(c.size).toBe(1);
  });
});
