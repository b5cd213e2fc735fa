// Late turns in open sharing (after the round; always by raised hands), as the round gives them:
// (a) a turn the clock ended after its speaker's connection had closed (the drop recorded late:
// drop-time.ts dates it back) was lost to the drop, and is owed, as the page told its person ("If
// it has moved on, you get a late turn"); the round kept the clock-out only in its order, so open
// sharing owed nothing. (b) A late turn starts with the time the lost turn had left (at least
// LATE_TURN_MIN_MS), not the whole share time again: the owed time was kept only in the round's
// order. Both as the round does it: the hand first in the queue (round-plan.ts oweHand).
import { describe, expect, it } from 'vitest';
import { LATE_TURN_MIN_MS } from '../../shared/meeting/turns.js';
import { checkState } from './invariants.js';
import { inRound } from './helpers.js';

const SHARE = 4 * 60_000;
const GRACE = 5_000;

/** Open sharing after a circle round in which a, b, c, d all shared; b and c raise hands. */
function openSharing() {
  const r = inRound({ others: ['b', 'c', 'd'], settings: { shareMs: SHARE, speakerGraceMs: GRACE, graceMs: 600_000, openSharing: true } });
  for (const id of ['a', 'b', 'c', 'd']) r.shareDone(id);
  r.ok({ type: 'advance', by: 'a' });
  expect(r.state.phase).toBe('open');
  r.ok({ type: 'raiseHand', by: 'b' });
  r.ok({ type: 'raiseHand', by: 'c' });
  expect(r.speaker).toBe('b');
  return r;
}

describe('late turns in open sharing', () => {
  it('a turn the clock ended after the connection had closed (recorded late) is owed as the first hand, with the time it had left', () => {
    const r = openSharing();
    const closed = r.now + 20_000;
    // b's clock runs out; only then is the drop recorded, dated 20 s into the turn.
    r.tickAt(r.now + SHARE);
    expect(r.speaker).toBe('c');
    r.ok({ type: 'raiseHand', by: 'd' });
    r.ok({ type: 'disconnect', by: 'b', at: closed });
    // Before the fix: no hand, so the late turn the page promised never came.
    expect(r.state.hands).toEqual(['b', 'd']);
    expect(r.state.lateHands).toEqual(['b']);
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBe('b');
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE - 20_000);
    checkState(r.state);
  });

  it('a late drop dated after the clock ran out owes nothing', () => {
    const r = openSharing();
    r.tickAt(r.now + SHARE);
    expect(r.speaker).toBe('c');
    r.ok({ type: 'disconnect', by: 'b', at: r.now });
    expect(r.state.hands).toEqual([]);
    expect(r.state.lateHands).toBeUndefined();
  });

  it('a turn that came to someone already gone is owed whole, not more', () => {
    const r = openSharing();
    r.ok({ type: 'finishShare', by: 'b' });
    expect(r.speaker).toBe('c');
    // c's connection closed just before the turn came; the drop is recorded after the time-out.
    const closed = r.now - 1_000;
    r.tickAt(r.now + SHARE);
    r.ok({ type: 'disconnect', by: 'c', at: closed });
    expect(r.state.hands).toEqual(['c']);
    r.ok({ type: 'reconnect', by: 'c' });
    expect(r.speaker).toBe('c');
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE);
  });

  it('a held turn given up starts again with the time it had left, not the whole share time', () => {
    const r = openSharing();
    r.wait(150_000).ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + GRACE);
    expect(r.speaker).toBe('c');
    expect(r.state.hands).toEqual(['b']);
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBe('b');
    // Before the fix: SHARE (4:00) again.
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE - 150_000);
    checkState(r.state);
  });

  it('gets at least a minute, and is used up: their next hand is a whole turn', () => {
    const r = openSharing();
    r.wait(SHARE - 5_000).ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + GRACE);
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBe('b');
    expect(r.state.speaker!.deadline - r.now).toBe(LATE_TURN_MIN_MS);
    r.shareDone('b');
    expect(r.state.openTurns).toBeUndefined();
    r.ok({ type: 'raiseHand', by: 'b' });
    expect(r.speaker).toBe('b');
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE);
  });

  it('a late hand the chair lowers takes its owed time with it', () => {
    const r = openSharing();
    r.wait(150_000).ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + GRACE);
    r.ok({ type: 'lowerHands', by: 'a', target: 'b' });
    expect(r.state.openTurns).toBeUndefined();
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBe('b');
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE);
  });

  it('nothing of it is kept after open sharing', () => {
    const r = openSharing();
    r.tickAt(r.now + SHARE);
    expect(r.state.openTurns).toEqual([{ id: 'b', startedAt: expect.any(Number), clockOutAt: expect.any(Number) }]);
    r.ok({ type: 'advance', by: 'a' });
    expect(r.state.phase).toBe('closing');
    expect(r.state.openTurns).toBeUndefined();
  });
});
