// The chair lowering someone's raised hand tells that one person (`handLowered`, private), and
// whether a late turn went with it. A fresh tester: a member whose late turn the chair lowered by
// name saw the hand vanish while her transcript still promised "you get a late turn".
import { describe, expect, it } from 'vitest';
import { inRound, lateTurnByHands } from './helpers.js';

const lowered = (events: { type: string }[]): unknown[] => events.filter((e) => e.type === 'handLowered');

describe('the chair lowers a hand: its owner is told', () => {
  it('by name, an ordinary hand: to that member only, no late turn', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd'] });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.speaker).toBe('b');
    expect(lowered(r.ok({ type: 'lowerHands', by: 'a', target: 'c' }))).toEqual([{ type: 'handLowered', to: 'c', lateTurn: false }]);
  });

  it('by name, a late turn: the member is told the late turn went with it', () => {
    const r = lateTurnByHands();
    expect(lowered(r.ok({ type: 'lowerHands', by: 'a', target: 'b' }))).toEqual([{ type: 'handLowered', to: 'b', lateTurn: true }]);
    expect(r.state.lateHands).toBeUndefined();
  });

  it('all hands: each ordinary hand its own event; the late turn stays and hears nothing; the chair is not told of their own', () => {
    const r = lateTurnByHands(['b', 'c', 'd', 'e']);
    r.ok({ type: 'raiseHand', by: 'd' });
    r.ok({ type: 'raiseHand', by: 'a' });
    r.ok({ type: 'raiseHand', by: 'e' });
    expect(r.state.hands).toEqual(['b', 'd', 'a', 'e']);
    const events = r.ok({ type: 'lowerHands', by: 'a', target: null });
    expect(r.state.hands).toEqual(['b']);
    expect(lowered(events)).toEqual([
      { type: 'handLowered', to: 'd', lateTurn: false },
      { type: 'handLowered', to: 'e', lateTurn: false },
    ]);
  });
});
