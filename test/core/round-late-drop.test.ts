// A late drop in the round (the server finds a silent link only after the clock ended the turn,
// and dates the drop back: server/drop-time.ts) owes the turn's time from the drop to its
// clock-out. A drop dated before the turn began (the link was already gone when the turn came)
// owes the turn from its start: never more than the turn had. Open sharing already did so
// (open-late-turns.test.ts); the round's order kept no start, so it owed up to the dating-back
// (10 s) more than a whole share.
import { describe, expect, it } from 'vitest';
import { checkState } from './invariants.js';
import { inRound } from './helpers.js';

const SHARE = 4 * 60_000;

describe('a late drop in the round', () => {
  it('dated before the turn began owes the whole turn, not more', () => {
    const r = inRound({ others: ['b', 'c'], settings: { shareMs: SHARE, graceMs: 600_000 } });
    r.shareDone('a');
    expect(r.speaker).toBe('b');
    // b's link was gone 8 s before the turn came; the drop is recorded after the time-out.
    const closed = r.now - 8_000;
    r.tickAt(r.now + SHARE);
    expect(r.speaker).toBe('c');
    r.ok({ type: 'disconnect', by: 'b', at: closed });
    expect(r.state.roundOrder.find((e) => e.id === 'b')?.status).toBe('missed');
    r.ok({ type: 'reconnect', by: 'b' });
    r.shareDone('c');
    expect(r.speaker).toBe('b');
    // Before the fix: SHARE + 8 s.
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE);
    checkState(r.state);
  });

  it('dated inside the turn owes the time from the drop to the clock-out', () => {
    const r = inRound({ others: ['b', 'c'], settings: { shareMs: SHARE, graceMs: 600_000 } });
    r.shareDone('a');
    const closed = r.now + 100_000;
    r.tickAt(r.now + SHARE);
    r.ok({ type: 'disconnect', by: 'b', at: closed });
    r.ok({ type: 'reconnect', by: 'b' });
    r.shareDone('c');
    expect(r.speaker).toBe('b');
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE - 100_000);
    checkState(r.state);
  });
});

describe('owed time by raised hands in the round', () => {
  it('a late hand the chair lowers takes its owed time with it: a later ordinary hand is a whole turn', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c'], settings: { shareMs: SHARE, speakerGraceMs: 5_000, graceMs: 600_000 } });
    r.ok({ type: 'raiseHand', by: 'b' });
    expect(r.speaker).toBe('b');
    r.wait(150_000).ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + 5_000);
    expect(r.state.hands).toEqual(['b']);
    r.ok({ type: 'lowerHands', by: 'a', target: 'b' });
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'b' });
    expect(r.speaker).toBe('b');
    // Before the fix: the 90 s the lost turn had left.
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE);
    checkState(r.state);
  });

  it('the late hand itself starts with the time the lost turn had left', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c'], settings: { shareMs: SHARE, speakerGraceMs: 5_000, graceMs: 600_000 } });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.wait(150_000).ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + 5_000);
    r.ok({ type: 'reconnect', by: 'b' });
    expect(r.speaker).toBe('b');
    expect(r.state.speaker!.deadline - r.now).toBe(SHARE - 150_000);
    checkState(r.state);
  });
});
