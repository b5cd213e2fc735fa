import { describe, expect, it } from 'vitest';
import { gathered, inRound, bare } from './helpers.js';

describe('hands: a server-ordered raise-hand queue', () => {
  it('nobody speaks until a hand is raised; the first hand gets the turn at once', () => {
    const r = inRound({ turnMode: 'hands' });
    expect(r.speaker).toBeNull();
    const ev = r.ok({ type: 'raiseHand', by: 'c' });
    expect(bare(ev)).toEqual([
      { type: 'hands', queue: ['c'] },
      { type: 'hands', queue: [] },
      { type: 'turn', id: 'c', name: 'Cecilie', deadline: r.now + 60_000 },
    ]);
  });

  it('later hands queue in the order they were raised', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd'] });
    r.ok({ type: 'raiseHand', by: 'd' });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'a' });
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.state.hands).toEqual(['b', 'a', 'c']);
    const order: string[] = [];
    while (r.speaker) {
      order.push(r.speaker);
      r.ok({ type: 'finishShare', by: r.speaker });
    }
    expect(order).toEqual(['d', 'b', 'a', 'c']);
  });

  it('a hand already raised, or raised by the speaker, is ALREADY_DONE', () => {
    const r = inRound({ turnMode: 'hands' });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.no({ type: 'raiseHand', by: 'b' }, 'ALREADY_DONE');
    r.ok({ type: 'raiseHand', by: 'c' });
    r.no({ type: 'raiseHand', by: 'c' }, 'ALREADY_DONE');
  });

  it('a listener has no hand to raise: LISTENER', () => {
    const r = inRound({ turnMode: 'hands', listeners: ['c'] });
    r.no({ type: 'raiseHand', by: 'c' }, 'LISTENER');
  });

  it('a muted participant cannot raise a hand: MUTED', () => {
    const r = inRound({ turnMode: 'hands' });
    r.ok({ type: 'mute', by: 'a', target: 'b', on: true });
    r.no({ type: 'raiseHand', by: 'b' }, 'MUTED');
  });

  it('raising a hand outside a hands round is WRONG_PHASE', () => {
    const g = gathered({ turnMode: 'hands' });
    g.no({ type: 'raiseHand', by: 'b' }, 'WRONG_PHASE');
    const c = inRound({ turnMode: 'circle' });
    c.no({ type: 'raiseHand', by: 'b' }, 'WRONG_PHASE');
  });

  it('a participant may lower their own hand; a hand not raised is ALREADY_DONE', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd'] });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    r.ok({ type: 'raiseHand', by: 'd' });
    expect(r.ok({ type: 'lowerHand', by: 'c' })).toEqual([{ type: 'hands', queue: ['d'] }]);
    r.no({ type: 'lowerHand', by: 'c' }, 'ALREADY_DONE');
    r.no({ type: 'lowerHand', by: 'b' }, 'ALREADY_DONE');
  });

  it('the chair may lower one hand or all hands; nothing to lower is ALREADY_DONE; others get NOT_CHAIR', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd', 'e'] });
    for (const id of ['b', 'c', 'd', 'e']) r.ok({ type: 'raiseHand', by: id });
    expect(r.state.hands).toEqual(['c', 'd', 'e']);
    r.no({ type: 'lowerHands', by: 'c', target: null }, 'NOT_CHAIR');
    expect(r.ok({ type: 'lowerHands', by: 'a', target: 'd' })).toEqual([{ type: 'hands', queue: ['c', 'e'] }, { type: 'handLowered', to: 'd', lateTurn: false }]);
    r.no({ type: 'lowerHands', by: 'a', target: 'd' }, 'ALREADY_DONE');
    expect(r.ok({ type: 'lowerHands', by: 'a', target: null })).toEqual([
      { type: 'hands', queue: [] },
      { type: 'handLowered', to: 'c', lateTurn: false },
      { type: 'handLowered', to: 'e', lateTurn: false },
    ]);
    r.no({ type: 'lowerHands', by: 'a', target: null }, 'ALREADY_DONE');
    expect(r.speaker).toBe('b');
  });

  it('a disconnected hand is passed over but keeps its place, and speaks when back', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd'] });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    r.ok({ type: 'raiseHand', by: 'd' });
    r.ok({ type: 'disconnect', by: 'c' });
    r.ok({ type: 'finishShare', by: 'b' });
    expect(r.speaker).toBe('d');
    expect(r.state.hands).toEqual(['c']);
    r.ok({ type: 'finishShare', by: 'd' });
    expect(r.speaker).toBeNull();
    r.ok({ type: 'reconnect', by: 'c' });
    expect(r.speaker).toBe('c');
  });

  it('muting someone with a raised hand lowers it', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c'] });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    const ev = r.ok({ type: 'mute', by: 'a', target: 'c', on: true });
    expect(ev).toEqual([
      { type: 'muted', id: 'c', on: true },
      { type: 'hands', queue: [] },
    ]);
  });

  it('someone who leaves with a raised hand leaves the queue', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd'] });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    r.ok({ type: 'raiseHand', by: 'd' });
    r.ok({ type: 'leave', by: 'c' });
    expect(r.state.hands).toEqual(['d']);
  });

  it('open sharing after a circle round is by raised hands', () => {
    const r = inRound({ turnMode: 'circle' });
    r.ok({ type: 'advance', by: 'a' });
    expect(r.state.phase).toBe('open');
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.speaker).toBe('c');
    r.ok({ type: 'finishShare', by: 'c' });
    // The round's statuses are the round's: open sharing does not rewrite them.
    expect(r.state.roundOrder.find((e) => e.id === 'c')?.status).toBe('pending');
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.speaker).toBe('c');
  });

  it('in a hands round, the statuses record who shared', () => {
    const r = inRound({ turnMode: 'hands' });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'pass', by: 'b' });
    expect(r.state.roundOrder.find((e) => e.id === 'b')?.status).toBe('passed');
  });
});
