import { describe, expect, it } from 'vitest';
import { gathered, inRound, bare } from './helpers.js';

describe('chairPicks: the chair gives the turn', () => {
  it('nobody speaks until the chair gives the turn', () => {
    const r = inRound({ turnMode: 'chairPicks' });
    expect(r.speaker).toBeNull();
    const ev = r.ok({ type: 'giveTurn', by: 'a', target: 'c' });
    expect(bare(ev)).toEqual([{ type: 'turn', id: 'c', name: 'Cecilie', deadline: r.now + 60_000 }]);
    expect(r.state.speaker).toEqual({ id: 'c', turn: r.state.seq, startedAt: r.now, deadline: r.now + 60_000, warned: false, extended: false, ackedBy: [], frozenRemaining: null, heldSince: null });
  });

  it('when a turn ends nobody speaks until the chair picks again', () => {
    const r = inRound({ turnMode: 'chairPicks' });
    r.ok({ type: 'giveTurn', by: 'a', target: 'c' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBeNull();
    r.ok({ type: 'giveTurn', by: 'a', target: 'a' });
    expect(r.speaker).toBe('a');
  });

  it('only the chair gives the turn: NOT_CHAIR', () => {
    const r = inRound({ turnMode: 'chairPicks' });
    r.no({ type: 'giveTurn', by: 'b', target: 'b' }, 'NOT_CHAIR');
  });

  it('giving the turn while someone speaks is NOT_ALLOWED', () => {
    const r = inRound({ turnMode: 'chairPicks' });
    r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
    r.no({ type: 'giveTurn', by: 'a', target: 'c' }, 'NOT_ALLOWED');
  });

  it('a listener gets no turn: LISTENER', () => {
    const r = inRound({ turnMode: 'chairPicks', listeners: ['b'] });
    r.no({ type: 'giveTurn', by: 'a', target: 'b' }, 'LISTENER');
  });

  it('a muted participant gets no turn: MUTED', () => {
    const r = inRound({ turnMode: 'chairPicks' });
    r.ok({ type: 'mute', by: 'a', target: 'b', on: true });
    r.no({ type: 'giveTurn', by: 'a', target: 'b' }, 'MUTED');
  });

  it('a disconnected participant gets no turn: NOT_ALLOWED', () => {
    const r = inRound({ turnMode: 'chairPicks' });
    r.ok({ type: 'disconnect', by: 'b' });
    r.no({ type: 'giveTurn', by: 'a', target: 'b' }, 'NOT_ALLOWED');
  });

  it('the turn cannot go to someone unknown or waiting: UNKNOWN_TARGET', () => {
    const r = inRound({ turnMode: 'chairPicks', access: 'closed' });
    r.join('d');
    r.no({ type: 'giveTurn', by: 'a', target: 'd' }, 'UNKNOWN_TARGET');
    r.no({ type: 'giveTurn', by: 'a', target: 'zz' }, 'UNKNOWN_TARGET');
  });

  it('giveTurn outside a chairPicks round is WRONG_PHASE', () => {
    const g = gathered({ turnMode: 'chairPicks' });
    g.no({ type: 'giveTurn', by: 'a', target: 'b' }, 'WRONG_PHASE');
    const c = inRound({ turnMode: 'circle' });
    c.ok({ type: 'finishShare', by: 'a' });
    c.ok({ type: 'skip', by: 'a' });
    c.ok({ type: 'skip', by: 'a' });
    c.no({ type: 'giveTurn', by: 'a', target: 'b' }, 'WRONG_PHASE');
    const o = inRound({ turnMode: 'chairPicks' });
    o.ok({ type: 'advance', by: 'a' });
    expect(o.state.phase).toBe('open');
    o.no({ type: 'giveTurn', by: 'a', target: 'b' }, 'WRONG_PHASE');
  });

  it('switching from chairPicks back to circle mid-round resumes the circle where it was', () => {
    const r = inRound({ turnMode: 'circle', others: ['b', 'c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'setTurnMode', by: 'a', mode: 'chairPicks' });
    expect(r.speaker).toBe('b');
    r.ok({ type: 'finishShare', by: 'b' });
    expect(r.speaker).toBeNull();
    const ev = r.ok({ type: 'setTurnMode', by: 'a', mode: 'circle' });
    expect(ev).toContainEqual({ type: 'turn', id: 'c', name: 'Cecilie', deadline: r.now + 60_000 });
  });
});
