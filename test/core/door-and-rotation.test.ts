// Follow-ups from the core review: the waiting room does not hold a door open for someone absent
// forever, and a round the chair closes still rotates the chair when the format says so.
import { describe, expect, it } from 'vitest';
import { nextDue } from '../../shared/meeting/decide.js';
import { accept, gathered, inRound, SETTINGS, T0 } from './helpers.js';

describe('a waiting-room place held for someone whose connection is down', () => {
  it('is given up after the grace period', () => {
    const r = gathered();
    r.ok({ type: 'disconnect', by: 'b' });
    r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    expect(r.state.waiting.map((w) => [w.id, w.connected, w.absentSince])).toEqual([['b', false, T0]]);
    expect(nextDue(r.state)).toBe(T0 + SETTINGS.graceMs);
    r.now = T0 + SETTINGS.graceMs - 1;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    r.tickAt(T0 + SETTINGS.graceMs);
    expect(r.state.waiting).toEqual([]);
    expect(nextDue(r.state)).toBeNull();
  });

  it('is kept when they come back in time, and admitting them later seats them connected', () => {
    const r = gathered();
    r.ok({ type: 'disconnect', by: 'b' });
    r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    r.wait(1000).ok({ type: 'reconnect', by: 'b' });
    expect(r.state.waiting[0]).toMatchObject({ id: 'b', connected: true, absentSince: null });
    r.wait(SETTINGS.graceMs * 2).no({ type: 'tick' }, 'NOTHING_DUE');
    accept(r, 'b');
    r.ok({ type: 'admit', by: 'a', target: 'b' });
    expect(r.participant('b')).toMatchObject({ connected: true, disconnectedAt: null });
  });

  it('admitted while still absent, they keep the grace period that started when they dropped', () => {
    const r = gathered();
    r.ok({ type: 'disconnect', by: 'b' });
    r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    accept(r, 'b');
    r.wait(5000).ok({ type: 'admit', by: 'a', target: 'b' });
    expect(r.participant('b')).toMatchObject({ connected: false, disconnectedAt: T0 });
  });
});

describe('rotation when the chair closes the round', () => {
  it('rotates the chair when the chair moves on from a round that has not completed', () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['c'], settings: { rotateChairEachRound: true } });
    r.ok({ type: 'finishShare', by: 'a' });
    const ev = r.ok({ type: 'advance', by: 'a' });
    expect(ev).toContainEqual({ type: 'chair', id: 'c', name: 'Cecilie', reason: 'rotation' });
    expect(r.chair).toBe('c');
  });

  it('rotates once, not twice, when the round completed by itself before the chair moved on', () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['b', 'c'], settings: { rotateChairEachRound: true } });
    while (r.speaker) r.ok({ type: 'finishShare', by: r.speaker });
    expect(r.chair).toBe('b');
    r.ok({ type: 'advance', by: 'b' });
    expect(r.chair).toBe('b');
  });

  it('leaves the chair alone when nobody else volunteers', () => {
    const r = inRound({ settings: { rotateChairEachRound: true } });
    r.ok({ type: 'advance', by: 'a' });
    expect(r.chair).toBe('a');
  });
});
