// The per-address join count's own rules (server/address-joins.ts), without a server: the churn
// window, a refused join given back, and forgetting an address that has gone quiet. The seats an
// address holds are the core's count (test/core/address-seats.test.ts).
import { describe, expect, it } from 'vitest';
import { AddressJoins, JOINS_PER_SEAT } from '../../server/address-joins.js';
import { addressGroup } from '../../server/address-group.js';

describe('AddressJoins', () => {
  it('at most JOINS_PER_SEAT joins per seat in a window, and the window moves', () => {
    const c = new AddressJoins(1, 1_000);
    for (let i = 0; i < JOINS_PER_SEAT; i++) expect(c.reserve('k', i)).not.toBeNull();
    expect(c.reserve('k', 10)).toBeNull();
    expect(c.reserve('other', 10)).not.toBeNull();
    expect(c.reserve('k', 1_001)).not.toBeNull();
  });

  it('a join that made no seat is not counted', () => {
    const c = new AddressJoins(1, 60_000);
    for (let i = 0; i < JOINS_PER_SEAT; i++) c.refused(c.reserve('k', i)!);
    expect(c.reserve('k', 10)).not.toBeNull();
  });

  it('forgets an address with no join for six hours', () => {
    const c = new AddressJoins(1, 1_000);
    c.reserve('a', 0);
    c.reserve('b', 5 * 3_600_000);
    expect(c.size).toBe(2);
    c.reserve('b', 6 * 3_600_000 + 120_000);
    expect(c.size).toBe(1);
  });
});

describe('addressGroup', () => {
  it('one byte, the same for the same secret, meeting and address, and spread over the 256 groups', () => {
    const g = addressGroup('s'.repeat(32), 'm1', '198.51.100.9');
    expect(g).toBe(addressGroup('s'.repeat(32), 'm1', '198.51.100.9'));
    expect(Number.isInteger(g) && g >= 0 && g < 256).toBe(true);
    const groups = new Set(Array.from({ length: 2_000 }, (_, i) => addressGroup('s'.repeat(32), 'm1', `10.0.${i >> 8}.${i & 255}`)));
    expect(groups.size).toBeGreaterThan(240);
    // Another meeting puts the same address elsewhere, as a rule.
    const moved = Array.from({ length: 50 }, (_, i) => addressGroup('x'.repeat(32), 'm1', `192.0.2.${i}`) !== addressGroup('x'.repeat(32), 'm2', `192.0.2.${i}`)).filter(Boolean).length;
    expect(moved).toBeGreaterThan(40);
  });
});
