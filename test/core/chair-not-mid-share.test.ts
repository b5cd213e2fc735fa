// A fresh tester (2026-12-06, relatives format, nb, 360 px): the chair's tab closed, and when her
// seat was given up the chair went to the one volunteer, 21 s before the end of his own share:
// the chair bar landed over his share box. The automatic hand-over passes over someone in the
// middle of a running share (chair.ts successor, sharingNow); passed over, the volunteer takes
// the still empty chair when the turn is over. In a pause, or when the chair hands it on, the
// speaker may take it. Meanwhile the room is not asked who can take it.
import { describe, expect, it } from 'vitest';
import { inRound } from './helpers.js';

const GRACE = 20_000;

describe('the chair is not handed to someone in the middle of their share', () => {
  it("the chair's seat lapses while the only volunteer shares: the chair waits for the end of the turn, then goes to them", () => {
    const r = inRound({ volunteers: ['b'], settings: { graceMs: GRACE } });
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.speaker).toBe('b');
    const dropAt = r.now;
    r.ok({ type: 'disconnect', by: 'a' });
    r.tickAt(dropAt + GRACE);
    expect(r.state.participants.some((p) => p.id === 'a')).toBe(false);
    expect(r.speaker).toBe('b');
    expect(r.chair).toBeNull();
    // The room is not asked who can take the chair: the volunteer will, when the share ends (a
    // second tester was asked "Can you take the chair?" meanwhile).
    expect(r.state.chairVacant).toBe(false);
    r.ok({ type: 'finishShare', by: 'b' });
    expect(r.chair).toBe('b');
  });

  it('the volunteer sharing leaves instead: then the room is asked', () => {
    const r = inRound({ volunteers: ['b'], settings: { graceMs: GRACE } });
    r.ok({ type: 'finishShare', by: 'a' });
    const dropAt = r.now;
    r.ok({ type: 'disconnect', by: 'a' });
    r.tickAt(dropAt + GRACE);
    expect(r.state.chairVacant).toBe(false);
    r.ok({ type: 'leave', by: 'b' });
    expect(r.chair).toBeNull();
    expect(r.state.chairVacant).toBe(true);
  });

  it('another volunteer who is not sharing takes it at once', () => {
    const r = inRound({ others: ['b', 'c', 'd'], volunteers: ['b', 'd'], settings: { graceMs: GRACE } });
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.speaker).toBe('b');
    const dropAt = r.now;
    r.ok({ type: 'disconnect', by: 'a' });
    r.tickAt(dropAt + GRACE);
    expect(r.chair).toBe('d');
  });

  it('a co-chair in the middle of a share is passed over too', () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['b', 'c'], settings: { graceMs: GRACE } });
    r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.speaker).toBe('b');
    const dropAt = r.now;
    r.ok({ type: 'disconnect', by: 'a' });
    r.tickAt(dropAt + GRACE);
    expect(r.chair).toBe('c');
  });

  it('the chair who leaves while the only volunteer shares: taken when the turn ends', () => {
    const r = inRound({ volunteers: ['b'] });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'leave', by: 'a' });
    expect(r.chair).toBeNull();
    r.ok({ type: 'pass', by: 'b' });
    expect(r.chair).toBe('b');
  });
});
