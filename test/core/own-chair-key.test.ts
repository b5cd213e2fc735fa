// A weekly group's meeting has two chair keys in turn (chair.ts keyOpensChair): the one-time key
// handed on "chair next time" opens the chair until it has seated its holder; the meeting's own
// key, given to that holder then (Command join `ownChairKey`), opens it from then on as a one-off
// meeting's key does. A fresh tester (2026-12-06): the chair link carried the spent one-time key.
import { describe, expect, it } from 'vitest';
import { keptKeySeat, keySeatGone, keyOpensChair } from '../../shared/meeting/chair.js';
import { joinCmd, newMeeting, Run } from './helpers.js';

const GROUP = { slug: 'tirsdag', start: 1_700_000_000_000, end: 1_700_000_000_000 + 90 * 60_000 };
const own = (id: string, name: string) => ({ ...joinCmd(id, { name, chairKey: true }), ownChairKey: true });

describe("a weekly group's meeting's own chair key", () => {
  it('opens nothing before the one-time key seated its holder', () => {
    const r = new Run(newMeeting({ group: GROUP }));
    expect(keyOpensChair(r.state, true)).toBe(false);
    r.join('x', { volunteer: true });
    r.ok(own('m', 'Mallory'));
    expect(r.chair).toBeNull();
    expect(r.state.chairKeyUsed).toBe(false);
    // The one-time key still takes the chair afterwards.
    r.join('a', { chairKey: true });
    expect(r.chair).toBe('a');
  });

  it('returns the holder to the kept seat and, once the seat is given up, seats them anew in the chair', () => {
    const r = new Run(newMeeting({ group: GROUP }));
    r.join('a', { chairKey: true, name: 'Carl' });
    r.join('b', { volunteer: true });
    expect(keyOpensChair(r.state, false)).toBe(false);
    expect(keyOpensChair(r.state, true)).toBe(true);
    r.ok({ type: 'disconnect', by: 'a' });
    expect(r.participant('a').connected).toBe(false);
    expect(keptKeySeat(r.state, true)?.id).toBe('a');
    expect(keptKeySeat(r.state, false)).toBeUndefined();
    r.ok(own('a2', 'Someone'));
    expect(r.state.participants.some((p) => p.id === 'a2')).toBe(false);
    expect(r.participant('a').connected).toBe(true);
    expect(r.chair).toBe('a');

    r.ok({ type: 'leave', by: 'a' });
    expect(r.chair).toBe('b');
    expect(keySeatGone(r.state, true)).toBe(true);
    expect(keySeatGone(r.state, false)).toBe(false);
    r.ok(own('a3', 'Carl'));
    expect(r.chair).toBe('a3');
    expect(r.last('chair')[0]?.reason).toBe('returned');

    // The spent one-time key stays an ordinary join: a new seat, not the chair.
    r.join('m', { chairKey: true, name: 'Mallory' });
    expect(r.chair).toBe('a3');
  });
});
