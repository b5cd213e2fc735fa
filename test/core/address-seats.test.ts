// The seats one address group holds in a meeting (decide.ts addressSeatsFull): counted from the
// meeting's state, so every process sees the same count (a fresh tester, 2026-12-05: a count in
// each process's memory let two processes seat 10 each from one address).
import { describe, expect, it } from 'vitest';
import { ADDRESS_DROPPED_ALLOWANCE } from '../../shared/meeting/decide.js';
import { buildView } from '../../shared/meeting/view.js';
import { gathered } from './helpers.js';

const join = (id: string, group: number, seats = 2) => ({ type: 'join' as const, id, name: `Navn ${id}`, role: 'participant' as const, volunteer: false, pledge: true, chairKey: false, joinCode: false, address: { group, seats } });

describe("an address group's seats", () => {
  it('refuses ADDRESS_SEATS past the limit, counts the door too, and frees a seat that leaves; other groups and uncounted joins pass', () => {
    const r = gathered();
    r.ok(join('x1', 7));
    // The chair locks the door: the next one waits there, and counts.
    r.ok({ type: 'lock', by: 'a', on: true });
    r.ok(join('x2', 7));
    expect(r.state.waiting.map((w) => w.id)).toContain('x2');
    r.no(join('x3', 7), 'ADDRESS_SEATS');
    r.ok({ type: 'lock', by: 'a', on: false });
    r.ok(join('y1', 8));
    r.ok({ ...join('z1', 7), address: undefined });
    r.ok({ type: 'leave', by: 'x1' });
    r.ok(join('x4', 7));
    r.no(join('x5', 7), 'ADDRESS_SEATS');
  });

  // A fresh tester (2026-12-05): a household's closed tab (a drop, not a Leave: the page cannot
  // tell it from a reload) held its place in the count for the whole seat grace.
  it('a seat or a place at the door whose connection is down no longer counts, and coming back to it is never refused', () => {
    const r = gathered();
    r.ok(join('x1', 7));
    r.ok(join('x2', 7));
    r.no(join('x3', 7), 'ADDRESS_SEATS');
    r.ok({ type: 'disconnect', by: 'x1' });
    r.ok(join('x3', 7));
    r.no(join('x4', 7), 'ADDRESS_SEATS');
    // x1 comes back within the grace: its seat is kept, though the group now holds three.
    r.ok({ type: 'reconnect', by: 'x1' });
    expect(r.state.participants.filter((p) => p.address === 7 && p.connected).map((p) => p.id).sort()).toEqual(['x1', 'x2', 'x3']);
    r.no(join('x4', 7), 'ADDRESS_SEATS');
    // The door alike: a place there whose connection dropped frees the count.
    r.ok({ type: 'lock', by: 'a', on: true });
    r.ok({ type: 'leave', by: 'x2' });
    r.ok({ type: 'leave', by: 'x3' });
    r.ok(join('x5', 7));
    r.no(join('x6', 7), 'ADDRESS_SEATS');
    r.ok({ type: 'disconnect', by: 'x5' });
    expect(r.state.waiting.find((w) => w.id === 'x5')?.connected).toBe(false);
    r.ok(join('x6', 7));
  });

  // The next fresh tester (2026-12-05): with no seat whose connection is down counted, one client
  // joining and cutting its connection over and over had 31 seats in the circle, 1 connected.
  it('joining and dropping over and over holds at most the limit plus ADDRESS_DROPPED_ALLOWANCE seats', () => {
    const r = gathered();
    const seated = 3 + ADDRESS_DROPPED_ALLOWANCE;
    for (let i = 0; i < seated; i++) {
      r.ok(join(`f${i}`, 9, 3));
      r.ok({ type: 'disconnect', by: `f${i}` });
    }
    expect(r.state.participants.filter((p) => p.address === 9)).toHaveLength(seated);
    r.no(join('late', 9, 3), 'ADDRESS_SEATS');
    // One of them comes back: still refused (it counts as connected now, the others as before).
    r.ok({ type: 'reconnect', by: 'f0' });
    r.no(join('late', 9, 3), 'ADDRESS_SEATS');
  });

  it('the group is kept from the door to the seat and back, and never sent in a view', () => {
    const r = gathered();
    r.ok(join('x1', 7, 10));
    const where = r.state.participants.find((p) => p.id === 'x1') ?? r.state.waiting.find((w) => w.id === 'x1');
    expect(where?.address).toBe(7);
    for (const id of [...r.state.participants.map((p) => p.id), 'x1']) expect(JSON.stringify(buildView(r.state, id, r.now))).not.toContain('"address"');
  });
});
