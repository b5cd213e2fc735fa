// A fresh tester (2026-12-04): a speaker dropped with 3:34 of 4:00 left, and the late turn she was
// owed gave her 4:00 again. A late turn owed after a drop took the turn starts with the time that
// turn had left, at least a minute (LATE_TURN_MIN_MS), and a turn after it is a whole one.
import { describe, expect, it } from 'vitest';
import { LATE_TURN_MIN_MS } from '../../shared/meeting/turns.js';
import { SETTINGS, inRound } from './helpers.js';

const SHARE = 4 * 60_000;
const GRACE = 5_000;

/** A circle a, b, c with a 4-minute share; a has 26 s of its turn behind it and drops. */
function droppedAfter(usedMs: number, settings: Partial<typeof SETTINGS> = {}) {
  const r = inRound({ others: ['b', 'c'], settings: { shareMs: SHARE, speakerGraceMs: GRACE, graceMs: 600_000, ...settings } });
  r.wait(usedMs).ok({ type: 'disconnect', by: 'a' });
  r.tickAt(r.now + GRACE);
  expect(r.speaker).toBe('b');
  r.ok({ type: 'reconnect', by: 'a' });
  r.shareDone('b');
  r.shareDone('c');
  return r;
}

describe('a late turn after a drop', () => {
  it('starts with the time the turn had left when the connection went', () => {
    const r = droppedAfter(26_000);
    expect(r.speaker).toBe('a');
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE - 26_000);
  });

  it('gets at least a minute, even when the drop came in the last seconds', () => {
    const r = droppedAfter(SHARE - 5_000);
    expect(r.speaker).toBe('a');
    expect(r.state.speaker!.deadline - r.now).toBe(LATE_TURN_MIN_MS);
  });

  it('never more than the share time when the share time is under a minute', () => {
    const r = inRound({ others: ['b'], settings: { shareMs: 30_000, speakerGraceMs: GRACE, graceMs: 600_000 } });
    r.wait(29_000).ok({ type: 'disconnect', by: 'a' });
    r.tickAt(r.now + GRACE);
    r.ok({ type: 'reconnect', by: 'a' });
    r.shareDone('b');
    expect(r.speaker).toBe('a');
    expect(r.state.speaker!.deadline - r.now).toBe(30_000);
  });

  it('is used up by the late turn: the next round gives the whole share time', () => {
    const r = droppedAfter(150_000);
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE - 150_000);
    r.shareDone('a');
    expect(r.state.roundActive).toBe(false);
    expect(r.state.roundOrder.every((e) => e.owedMs === undefined)).toBe(true);
  });

  it('the chair giving the owed turn while the meeting is paused: the clock waits at the time left', () => {
    const r = inRound({ turnMode: 'chairPicks', settings: { shareMs: SHARE, speakerGraceMs: GRACE, graceMs: 600_000 } });
    r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
    r.wait(100_000).ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + GRACE);
    expect(r.speaker).toBeNull();
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
    expect(r.state.speaker).toMatchObject({ id: 'b', frozenRemaining: SHARE - 100_000 });
  });

  it('with raised hands, the turn put back first in the queue starts with its time left', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c'], settings: { shareMs: SHARE, speakerGraceMs: GRACE, graceMs: 600_000 } });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    r.wait(90_000).ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + GRACE);
    expect(r.speaker).toBe('c');
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBe('b');
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE - 90_000);
  });

  it('a turn the clock ended after a drop dated before it is owed the time from the drop to the time-out', () => {
    const r = inRound({ others: ['b', 'c'], settings: { shareMs: SHARE, graceMs: 600_000 } });
    const deadline = r.state.speaker!.deadline;
    r.tickAt(deadline);
    expect(r.speaker).toBe('b');
    r.now = deadline + 8_000;
    r.ok({ type: 'disconnect', by: 'a', at: deadline - 70_000 });
    r.ok({ type: 'reconnect', by: 'a' });
    r.shareDone('b');
    r.shareDone('c');
    expect(r.speaker).toBe('a');
    expect(r.state.speaker!.deadline - r.now).toBe(70_000);
  });
});
