// One client as the per-address bounds count it (server/address-key.ts): a fresh tester
// (2026-12-05) took twelve seats in one meeting, where ten is the limit, from twelve addresses of
// one IPv6 /64 (what one host is routinely given), and flooded from six of them uncut.
import { describe, expect, it } from 'vitest';
import { addressKey } from '../../server/address-key.js';

describe('addressKey', () => {
  it('is the /64 for IPv6, however the address is written; the IPv4 address itself, also inside IPv6', () => {
    const a = addressKey('2001:db8:6::1');
    expect(a).toBe('2001:db8:6:0::/64');
    expect(addressKey('2001:0db8:0006:0000:ffff:1:2:3')).toBe(a);
    expect(addressKey('2001:DB8:6::6')).toBe(a);
    expect(addressKey('2001:db8:7::1')).not.toBe(a);
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('198.51.100.8')).not.toBe(addressKey('198.51.100.7'));
    expect(addressKey('not an address')).toBe('not an address');
  });
});
