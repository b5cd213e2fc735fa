// By raised hands (a round by hands, open sharing), a speaker whose turn a dropped connection
// took gets their hand back first in the queue (round-plan.ts oweHand): their hand was the
// queue's first and they were already speaking. A fresh tester: back from a drop, a member
// waited behind hands raised after it. Whatever the hand priority, however the drop was recorded.
import { describe, expect, it } from 'vitest';
import { upNext } from '../../shared/meeting/on-deck.js';
import { SETTINGS, inRound, lateTurnByHands } from './helpers.js';

/** Open sharing after a circle round in which everyone (a, b, c, d, e) shared. */
function openAfterRound(): ReturnType<typeof inRound> {
  const r = inRound({ others: ['b', 'c', 'd', 'e'] });
  for (const id of ['a', 'b', 'c', 'd', 'e']) r.shareDone(id);
  r.ok({ type: 'advance', by: 'a' });
  expect(r.state.phase).toBe('open');
  return r;
}

describe("a dropped speaker's late turn by raised hands", () => {
  it('with "not shared first" on, a hand raised after the drop by someone who has not shared waits behind the late turn', () => {
    const r = openAfterRound();
    r.join('f');
    r.ok({ type: 'setHandPriority', by: 'a', on: true });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    r.ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + SETTINGS.speakerGraceMs);
    expect(r.speaker).toBe('c');
    expect(r.state.hands).toEqual(['b']);
    // f has not shared in this meeting: before the fix f's hand went before b's.
    r.ok({ type: 'raiseHand', by: 'f' });
    r.ok({ type: 'raiseHand', by: 'd' });
    expect(r.state.hands).toEqual(['b', 'f', 'd']);
    r.ok({ type: 'reconnect', by: 'b' });
    expect(upNext(r.state)).toEqual(['b', 'f', 'd']);
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBe('b');
  });

  it('turning "not shared first" on while a late turn waits keeps it first', () => {
    const r = openAfterRound();
    r.join('f');
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    r.ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + SETTINGS.speakerGraceMs);
    r.ok({ type: 'raiseHand', by: 'f' });
    expect(r.state.hands).toEqual(['b', 'f']);
    r.ok({ type: 'setHandPriority', by: 'a', on: true });
    expect(r.state.hands).toEqual(['b', 'f']);
  });

  it('two late turns come back in the order they were lost, before every other hand', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd', 'e'] });
    for (const id of ['b', 'c', 'd']) r.ok({ type: 'raiseHand', by: id });
    r.ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + SETTINGS.speakerGraceMs);
    expect(r.speaker).toBe('c');
    r.ok({ type: 'disconnect', by: 'c' });
    r.tickAt(r.now + SETTINGS.speakerGraceMs);
    expect(r.speaker).toBe('d');
    r.ok({ type: 'raiseHand', by: 'e' });
    expect(r.state.hands).toEqual(['b', 'c', 'e']);
    r.ok({ type: 'reconnect', by: 'c' });
    r.ok({ type: 'reconnect', by: 'b' });
    const order: string[] = [];
    r.ok({ type: 'finishShare', by: 'd' });
    while (r.speaker) {
      order.push(r.speaker);
      r.ok({ type: 'finishShare', by: r.speaker });
    }
    expect(order).toEqual(['b', 'c', 'e']);
  });

  it('a turn the clock ended after the connection had closed (the drop recorded late) is owed as the first hand', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd'] });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    const closed = r.now + 20_000;
    r.tickAt(r.now + SETTINGS.shareMs);
    expect(r.speaker).toBe('c');
    r.ok({ type: 'raiseHand', by: 'd' });
    r.ok({ type: 'disconnect', by: 'b', at: closed });
    expect(r.state.roundOrder.find((e) => e.id === 'b')?.status).toBe('missed');
    // Before the fix: 'missed', but no hand, so no late turn ever came.
    expect(r.state.hands).toEqual(['b', 'd']);
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBe('b');
    // The late turn runs for the time the lost turn had left (at least a minute).
    expect(r.state.speaker!.deadline - r.now).toBe(Math.max(SETTINGS.shareMs - 20_000, Math.min(60_000, SETTINGS.shareMs)));
  });

  it('once taken, a late turn is over: a new hand of theirs queues the ordinary way', () => {
    const r = openAfterRound();
    r.join('f');
    r.ok({ type: 'setHandPriority', by: 'a', on: true });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    r.ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + SETTINGS.speakerGraceMs);
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBe('b');
    expect(r.state.lateHands).toBeUndefined();
    r.ok({ type: 'raiseHand', by: 'd' });
    r.shareDone('b');
    expect(r.speaker).toBe('d');
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'f' });
    // f has not shared in this meeting: before b, who has (b's hand is an ordinary one now).
    expect(r.state.hands).toEqual(['f', 'b']);
  });

  it('a late hand the chair lowers, or whose seat is given up, is no late turn any more', () => {
    const r = lateTurnByHands();
    r.ok({ type: 'lowerHands', by: 'a', target: 'b' });
    expect(r.state.lateHands).toBeUndefined();
    r.ok({ type: 'disconnect', by: 'c' });
    r.tickAt(r.now + SETTINGS.speakerGraceMs);
    expect(r.state.lateHands).toEqual(['c']);
    r.tickAt(r.now + SETTINGS.graceMs);
    expect(r.state.participants.some((p) => p.id === 'c')).toBe(false);
    expect(r.state.hands).toEqual([]);
    expect(r.state.lateHands).toBeUndefined();
  });
  it('"lower all hands" keeps the late turns, first in the queue; only hands raised the ordinary way go', () => {
    // A fresh tester's chair pressed "Lower all hands": a member's late turn went with them,
    // unasked, while her transcript still promised it.
    const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd'] });
    for (const id of ['b', 'c', 'd']) r.ok({ type: 'raiseHand', by: id });
    r.ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + SETTINGS.speakerGraceMs);
    expect(r.speaker).toBe('c');
    expect(r.state.hands).toEqual(['b', 'd']);
    expect(r.ok({ type: 'lowerHands', by: 'a', target: null })).toEqual([{ type: 'hands', queue: ['b'] }, { type: 'handLowered', to: 'd', lateTurn: false }]);
    expect(r.state.lateHands).toEqual(['b']);
    // Nothing but the late turn is up: nothing to lower.
    r.no({ type: 'lowerHands', by: 'a', target: null }, 'ALREADY_DONE');
    // By name, the chair can still lower it.
    r.ok({ type: 'lowerHands', by: 'a', target: 'b' });
    expect(r.state.hands).toEqual([]);
    expect(r.state.lateHands).toBeUndefined();
  });
});
