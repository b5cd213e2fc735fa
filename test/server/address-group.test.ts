// The address group a seat is counted in (server/address-group.ts): one byte, stable for one
// secret, meeting and address, spread over the 256 groups. The seats a group holds are the core's
// count (test/core/address-seats.test.ts); the churn bound is tested with a server
// (test/integration/seats-per-address.test.ts).
import { describe, expect, it } from 'vitest';
import { addressGroup } from '../../server/address-group.js';

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
