// Follow-ups from the core review: the waiting room does not hold a door open for someone absent
// forever, and a round the chair closes still rotates the chair when the format says so.
import { describe, expect, it } from 'vitest';
import { nextDue } from '../../shared/meeting/decide.js';
import { buildView } from '../../shared/meeting/view.js';
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

// A third fresh tester (2026-12-03) chaired a relatives round where nobody had ticked "I can
// chair": the rotation did nothing and said nothing. Now the room is told, and the first to offer
// afterwards takes the chair.
describe('rotation with nobody else who offered to chair', () => {
  it('tells the room once, keeps the chair, and hands it to the first who offers afterwards', () => {
    const r = inRound({ settings: { rotateChairEachRound: true } });
    const ended: string[] = [];
    while (r.speaker) {
      const ev = r.ok({ type: 'finishShare', by: r.speaker });
      ended.push(...ev.map((e) => e.type));
    }
    expect(ended.filter((t) => t === 'rotationOpen')).toHaveLength(1);
    expect(r.chair).toBe('a');
    expect(r.state.rotationOpen).toBe(true);
    // Every view says so: a page opened again, or someone seated later, is asked from it.
    for (const id of ['a', 'b', 'c']) expect(buildView(r.state, id, r.now).rotationOpen).toBe(true);
    const ev = r.ok({ type: 'volunteer', by: 'c', on: true });
    expect(ev).toContainEqual({ type: 'chair', id: 'c', name: expect.any(String), reason: 'rotation' });
    expect(r.chair).toBe('c');
    expect(r.state.rotationOpen).toBe(false);
    expect(buildView(r.state, 'b', r.now).rotationOpen).toBe(false);
    // Only the first offer takes it: the next volunteer is a volunteer, no more.
    const later = r.ok({ type: 'volunteer', by: 'b', on: true });
    expect(later.map((e) => e.type)).toEqual(['volunteer']);
    expect(r.chair).toBe('c');
  });

  it('when the chair closes the round: the room is told, and an offer after it takes the chair', () => {
    const r = inRound({ settings: { rotateChairEachRound: true } });
    const ev = r.ok({ type: 'advance', by: 'a' });
    expect(ev.map((e) => e.type)).toContain('rotationOpen');
    expect(r.state.phase).not.toBe('round');
    r.ok({ type: 'volunteer', by: 'b', on: true });
    expect(r.chair).toBe('b');
  });

  it('a chair handed on by hand closes the offer: a later volunteer does not take the chair', () => {
    const r = inRound({ volunteers: ['b'], settings: { rotateChairEachRound: true } });
    r.ok({ type: 'handChair', by: 'a', target: 'b' });
    r.ok({ type: 'advance', by: 'b' });
    // The rotation after b's round: a is the next volunteer, so it moves on and nothing is open.
    expect(r.chair).toBe('a');
    expect(r.state.rotationOpen ?? false).toBe(false);
    const solo = inRound({ settings: { rotateChairEachRound: true } });
    solo.ok({ type: 'advance', by: 'a' });
    expect(solo.state.rotationOpen).toBe(true);
    solo.ok({ type: 'volunteer', by: 'b', on: true });
    solo.ok({ type: 'handChair', by: 'b', target: 'a' });
    expect(solo.state.rotationOpen).toBe(false);
    solo.ok({ type: 'volunteer', by: 'c', on: true });
    expect(solo.chair).toBe('a');
  });

  it('a format that does not rotate says nothing of it', () => {
    const r = inRound();
    const types: string[] = [];
    while (r.speaker) types.push(...r.ok({ type: 'finishShare', by: r.speaker }).map((e) => e.type));
    types.push(...r.ok({ type: 'advance', by: 'a' }).map((e) => e.type));
    expect(types).not.toContain('rotationOpen');
    expect(r.state.rotationOpen ?? false).toBe(false);
  });
});
