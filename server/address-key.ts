// One client as the per-address bounds count it (the seat count, address-group.ts; the flood bound,
// flood.ts). An IPv6 host is routinely given a whole /64 and picks any address in it, so counting
// IPv6 addresses one by one let one ordinary host past both bounds (a fresh tester, 2026-12-05:
// twelve seats in one meeting from twelve addresses of one /64, where ten is the limit; a flood
// from six of them never cut). An IPv4 address inside IPv6 (::ffff:a.b.c.d) is that IPv4 address.
// Parsing is ipaddr.js's (the library proxy-addr itself uses).
import ipaddr from 'ipaddr.js';

/**
 * The key `address` (as proxy-addr reads it) is counted under: an IPv4 address as it is; an IPv6
 * address as its /64 prefix ("2001:db8:6:0::/64"); an IPv4-mapped IPv6 address as its IPv4
 * address. Anything that does not parse is its own key.
 */
export function addressKey(address: string): string {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return address;
  }
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  return `${v6.parts.slice(0, 4).map((p) => p.toString(16)).join(':')}::/64`;
}
