import { describe, expect, it } from 'vitest';
import { Run, gathered, inRound, newMeeting } from './helpers.js';

describe('handing the chair', () => {
  it('the chair hands the chair to a connected volunteer', () => {
    const r = gathered({ volunteers: ['c'] });
    expect(r.ok({ type: 'handChair', by: 'a', target: 'c' })).toEqual([{ type: 'chair', id: 'c', name: 'Cecilie', reason: 'handed' }]);
    expect(r.chair).toBe('c');
    r.no({ type: 'lock', by: 'a', on: true }, 'NOT_CHAIR');
  });

  it('the chair can only go to a volunteer: NOT_A_VOLUNTEER', () => {
    const r = gathered();
    r.no({ type: 'handChair', by: 'a', target: 'b' }, 'NOT_A_VOLUNTEER');
  });

  it('handing the chair is for the chair only, to someone present and connected', () => {
    const r = gathered({ volunteers: ['b', 'c'] });
    r.no({ type: 'handChair', by: 'b', target: 'c' }, 'NOT_CHAIR');
    r.no({ type: 'handChair', by: 'a', target: 'a' }, 'ALREADY_DONE');
    r.no({ type: 'handChair', by: 'a', target: 'zz' }, 'UNKNOWN_TARGET');
    r.ok({ type: 'disconnect', by: 'c' });
    r.no({ type: 'handChair', by: 'a', target: 'c' }, 'NOT_ALLOWED');
  });

  it('the co-chair who is handed the chair is no longer co-chair', () => {
    const r = gathered({ volunteers: ['b'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
    const ev = r.ok({ type: 'handChair', by: 'a', target: 'b' });
    expect(ev).toEqual([
      { type: 'coChair', id: null },
      { type: 'chair', id: 'b', name: 'Bjarne', reason: 'handed' },
    ]);
    expect(r.state.coChairId).toBeNull();
  });
});

describe('chair failover', () => {
  it('when the chair leaves, the co-chair takes over first', () => {
    const r = gathered({ others: ['b', 'c'], volunteers: ['b', 'c'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'c' });
    const ev = r.ok({ type: 'leave', by: 'a' });
    expect(ev).toContainEqual({ type: 'chair', id: 'c', name: 'Cecilie', reason: 'failover' });
    expect(r.chair).toBe('c');
    expect(r.state.coChairId).toBeNull();
  });

  it('without a co-chair the next volunteer in join order takes over', () => {
    const r = gathered({ others: ['b', 'c', 'd'], volunteers: ['c', 'd'] });
    r.ok({ type: 'leave', by: 'a' });
    expect(r.chair).toBe('c');
  });

  it('a disconnected co-chair is passed over on failover', () => {
    const r = gathered({ others: ['b', 'c'], volunteers: ['b', 'c'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'c' });
    r.ok({ type: 'disconnect', by: 'c' });
    r.ok({ type: 'leave', by: 'a' });
    expect(r.chair).toBe('b');
  });

  it('a disconnected chair keeps the chair through the grace period', () => {
    const r = gathered({ volunteers: ['b'] });
    r.ok({ type: 'disconnect', by: 'a' });
    r.wait(19_999);
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(r.chair).toBe('a');
    r.ok({ type: 'reconnect', by: 'a' });
    expect(r.chair).toBe('a');
  });

  it('a chair still disconnected when the grace period ends is replaced at the tick', () => {
    const r = gathered({ volunteers: ['c'] });
    r.ok({ type: 'disconnect', by: 'a' });
    const ev = r.tickAt(r.now + 20_000);
    expect(ev).toEqual([
      { type: 'left', id: 'a', name: 'Ada', reason: 'gone' },
      { type: 'chair', id: 'c', name: 'Cecilie', reason: 'failover' },
    ]);
  });

  it('with no connected volunteer the chair stays empty until a volunteer is back', () => {
    const r = gathered({ others: ['b', 'c'], volunteers: ['b'] });
    r.ok({ type: 'disconnect', by: 'b' });
    r.ok({ type: 'leave', by: 'a' });
    expect(r.chair).toBeNull();
    expect(r.ok({ type: 'reconnect', by: 'b' })).toContainEqual({ type: 'chair', id: 'b', name: 'Bjarne', reason: 'failover' });
  });

  it('an empty chair is filled by the first participant who volunteers', () => {
    const r = gathered({ others: ['b', 'c'] });
    r.ok({ type: 'leave', by: 'a' });
    expect(r.chair).toBeNull();
    const ev = r.ok({ type: 'volunteer', by: 'c', on: true });
    expect(ev).toEqual([
      { type: 'volunteer', id: 'c', on: true },
      { type: 'chair', id: 'c', name: 'Cecilie', reason: 'failover' },
    ]);
  });

  it('an empty chair is filled by a volunteer who joins', () => {
    const r = gathered({ others: ['b'] });
    r.ok({ type: 'leave', by: 'a' });
    r.join('d', { volunteer: true });
    expect(r.chair).toBe('d');
  });
});

describe('volunteering', () => {
  it('volunteering twice, or withdrawing when not volunteering, is ALREADY_DONE', () => {
    const r = gathered({ volunteers: ['b'] });
    r.no({ type: 'volunteer', by: 'b', on: true }, 'ALREADY_DONE');
    r.no({ type: 'volunteer', by: 'c', on: false }, 'ALREADY_DONE');
  });

  it('a chair who withdraws hands the chair to the next volunteer', () => {
    const r = gathered({ volunteers: ['c'] });
    const ev = r.ok({ type: 'volunteer', by: 'a', on: false });
    expect(ev).toEqual([
      { type: 'chair', id: 'c', name: 'Cecilie', reason: 'withdrew' },
      { type: 'volunteer', id: 'a', on: false },
    ]);
  });

  // A fresh tester (2026-12-05): "I cannot chair now" after the rotation gave the chair back to
  // the last round's chair, past two members who had offered.
  it('where the chair rotates, a chair who withdraws passes it to the next volunteer in the rotation', () => {
    const r = inRound({ others: ['b', 'c', 'd'], volunteers: ['b', 'c', 'd'], settings: { rotateChairEachRound: true } });
    while (r.state.roundActive) r.ok({ type: 'finishShare', by: r.speaker! });
    expect(r.chair).toBe('b');
    const ev = r.ok({ type: 'volunteer', by: 'b', on: false });
    expect(ev[0]).toMatchObject({ type: 'chair', id: 'c', reason: 'withdrew' });
    expect(r.chair).toBe('c');
  });

  it('a chair with nobody to take over cannot withdraw: NO_SUCCESSOR', () => {
    const r = gathered({ volunteers: ['b'] });
    r.ok({ type: 'disconnect', by: 'b' });
    r.no({ type: 'volunteer', by: 'a', on: false }, 'NO_SUCCESSOR');
  });

  it('a co-chair who withdraws as volunteer stops being co-chair', () => {
    const r = gathered({ volunteers: ['b'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
    expect(r.ok({ type: 'volunteer', by: 'b', on: false })).toEqual([
      { type: 'coChair', id: null },
      { type: 'volunteer', id: 'b', on: false },
    ]);
  });
});

describe('the co-chair', () => {
  it('the chair names a volunteer as co-chair, and can clear it', () => {
    const r = gathered({ volunteers: ['b'] });
    expect(r.ok({ type: 'setCoChair', by: 'a', target: 'b' })).toEqual([{ type: 'coChair', id: 'b' }]);
    r.no({ type: 'setCoChair', by: 'a', target: 'b' }, 'ALREADY_DONE');
    r.ok({ type: 'setCoChair', by: 'a', target: null });
    expect(r.state.coChairId).toBeNull();
    r.no({ type: 'setCoChair', by: 'a', target: null }, 'ALREADY_DONE');
  });

  it('the co-chair must be another present volunteer', () => {
    const r = gathered({ volunteers: ['b'] });
    r.no({ type: 'setCoChair', by: 'a', target: 'c' }, 'NOT_A_VOLUNTEER');
    r.no({ type: 'setCoChair', by: 'a', target: 'a' }, 'NOT_ALLOWED');
    r.no({ type: 'setCoChair', by: 'a', target: 'zz' }, 'UNKNOWN_TARGET');
    r.no({ type: 'setCoChair', by: 'b', target: 'b' }, 'NOT_CHAIR');
  });

  it('a co-chair who leaves is no longer co-chair', () => {
    const r = gathered({ volunteers: ['b'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
    r.ok({ type: 'leave', by: 'b' });
    expect(r.state.coChairId).toBeNull();
    expect(r.events).toContainEqual({ type: 'coChair', id: null });
  });
});

describe('rotating the chair after every round', () => {
  it('with rotateChairEachRound the chair goes to the next volunteer in join order when the round completes', () => {
    const r = inRound({ others: ['b', 'c', 'd'], volunteers: ['c', 'd'], settings: { rotateChairEachRound: true } });
    for (const id of ['a', 'b', 'c']) r.ok({ type: 'finishShare', by: id });
    expect(r.chair).toBe('a');
    const ev = r.ok({ type: 'finishShare', by: 'd' });
    expect(ev.slice(-2)).toEqual([
      { type: 'roundComplete', round: 1 },
      { type: 'chair', id: 'c', name: 'Cecilie', reason: 'rotation' },
    ]);
  });

  it('rotation wraps around to the first volunteer in join order and passes over disconnected ones', () => {
    const r = new Run(newMeeting({ settings: { rotateChairEachRound: true } }));
    // b only listens: not in the circle, so the round does not wait for them while they are away.
    r.join('b', { volunteer: true, role: 'listener' });
    r.join('c', { volunteer: true });
    r.join('d', { volunteer: true });
    r.join('a', { chairKey: true });
    // The key holder joined last: nobody comes after the chair, so rotation wraps around.
    r.ok({ type: 'disconnect', by: 'b' });
    r.ok({ type: 'advance', by: 'a' });
    r.ok({ type: 'advance', by: 'a' });
    while (r.speaker) r.ok({ type: 'pass', by: r.speaker });
    expect(r.events).toContainEqual({ type: 'roundComplete', round: 1 });
    expect(r.chair).toBe('c');
  });

  it('without rotateChairEachRound the chair stays after the round', () => {
    const r = inRound({ volunteers: ['b', 'c'] });
    while (r.speaker) r.ok({ type: 'finishShare', by: r.speaker });
    expect(r.chair).toBe('a');
  });
});

// A fresh tester (2026-12-06): "I can chair the meeting if needed" read as an offer. While someone
// chairs (and the rotation is not open) it is one: the chair stays where it is.
describe('offering to chair', () => {
  it('while someone chairs only offers; with the chair empty the first to offer takes it (a meeting must not stand without a chair)', () => {
    const r = inRound({ others: ['b', 'c'] });
    expect(r.ok({ type: 'volunteer', by: 'b', on: true }).map((e) => e.type)).toEqual(['volunteer']);
    expect(r.state.chairId).toBe('a');
    // The chair gone, the volunteer takes over by itself (failover, kept).
    r.ok({ type: 'leave', by: 'a' });
    expect(r.state.chairId).toBe('b');
  });
});
