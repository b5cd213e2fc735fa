// A place in a circle round's line, once taken, is kept: an arrival or a return goes to the end of
// the line as it is then (shared/meeting/line-order.ts, on-deck.ts keepPlaces). A fresh tester
// (2026-12-06, relatives format): "Worried Mum" dropped mid-share, came back and was told she was
// next (her late turn); a newcomer who joined a minute later was put ahead of her.
import { describe, expect, it } from 'vitest';
import { upNext } from '../../shared/meeting/on-deck.js';
import { Run, inRound } from './helpers.js';

const next = (r: Run) => upNext(r.state);

/** b's turn is taken by a drop (the speaker grace runs out): b is owed a late turn; c speaks. */
function lateTurnOwed(others = ['b', 'c']): Run {
  const r = inRound({ others });
  r.shareDone('a');
  expect(r.speaker).toBe('b');
  r.ok({ type: 'disconnect', by: 'b' });
  r.tickAt(r.now + r.state.settings.speakerGraceMs);
  expect(r.speaker).toBe('c');
  return r;
}

describe('a place in the line is kept', () => {
  it('a late turn promised "next" stays next when a newcomer joins: the newcomer goes after it', () => {
    const r = lateTurnOwed();
    r.ok({ type: 'reconnect', by: 'b' });
    expect(next(r)).toEqual(['b']);
    r.join('d');
    expect(next(r)).toEqual(['b', 'd']);
    r.shareDone('c');
    expect(r.speaker).toBe('b');
    r.shareDone('b');
    expect(r.speaker).toBe('d');
  });

  it('someone back for a late turn goes after a newcomer who arrived while they were away (already promised next)', () => {
    const r = lateTurnOwed();
    r.join('d');
    expect(next(r)).toEqual(['d']);
    r.ok({ type: 'reconnect', by: 'b' });
    expect(next(r)).toEqual(['d', 'b']);
    r.shareDone('c');
    expect(r.speaker).toBe('d');
  });

  it('a member back from a drop before their turn keeps her place (a weak link must not send her to the end of the round)', () => {
    const r = inRound({ others: ['b', 'c', 'd'] });
    expect(next(r)).toEqual(['b', 'c', 'd']);
    r.ok({ type: 'disconnect', by: 'b' });
    expect(next(r)).toEqual(['c', 'd']);
    r.join('e');
    r.ok({ type: 'reconnect', by: 'b' });
    expect(next(r)).toEqual(['b', 'c', 'd', 'e']);
    r.shareDone('a');
    expect(r.speaker).toBe('b');
  });

  it('someone unmuted keeps their place; someone switched to sharing takes the end of the line', () => {
    const r = inRound({ others: ['b', 'c', 'd', 'e'], listeners: ['e'] });
    r.ok({ type: 'mute', by: 'a', target: 'b', on: true });
    expect(next(r)).toEqual(['c', 'd']);
    r.ok({ type: 'setRole', by: 'e', role: 'participant' });
    r.ok({ type: 'mute', by: 'a', target: 'b', on: false });
    expect(next(r)).toEqual(['b', 'c', 'd', 'e']);
    const order: string[] = [];
    while (r.speaker) {
      order.push(r.speaker);
      r.shareDone(r.speaker);
    }
    expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a round stored before places in line existed reads as before: pending in order, then late turns', () => {
    const r = lateTurnOwed(['b', 'c', 'd']);
    r.ok({ type: 'reconnect', by: 'b' });
    r.state = { ...r.state, roundOrder: r.state.roundOrder.map(({ line: _, ...e }) => e) };
    expect(next(r)).toEqual(['d', 'b']);
    r.join('e');
    expect(next(r)).toEqual(['d', 'b', 'e']);
  });
});
