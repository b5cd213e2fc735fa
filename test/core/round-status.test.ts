// Found by a fresh tester: in open sharing (anyone may raise a hand, no turn order) the circle
// still showed "passed" for whoever had passed in the round before. `ParticipantView.status` is
// this circle round's status (docs/protocol.md): who has shared, passed, was skipped or was away
// in the turn order. Outside a circle round — open sharing, raised hands (the large format),
// the chair picking — there is no turn order to pass in, so no status either.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, type Run } from './helpers.js';

const shown = (r: Run, viewer = 'a') => Object.fromEntries(buildView(r.state, viewer, r.now).participants.map((p) => [p.id, p.status]));

describe('round status in the view: only in a circle round', () => {
  it('in the circle round: shared and passed; in open sharing: none (a pass there is no "passed")', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'share', by: 'a', text: 'Jeg har hatt en lang uke.' });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'pass', by: 'b' });
    expect(shown(r)).toEqual({ a: 'shared', b: 'passed', c: 'pending' });
    r.ok({ type: 'pass', by: 'c' });
    // The round is complete and still on the screen: its statuses stay until the phase moves on.
    expect(shown(r)).toEqual({ a: 'shared', b: 'passed', c: 'passed' });
    r.ok({ type: 'advance', by: 'a' });
    expect(r.state.phase).toBe('open');
    for (const viewer of ['a', 'b', 'c']) expect(shown(r, viewer), `${viewer}'s view`).toEqual({ a: null, b: null, c: null });
    // A hand raised and passed in open sharing is not "passed" either.
    r.ok({ type: 'raiseHand', by: 'b' });
    expect(r.speaker).toBe('b');
    r.ok({ type: 'pass', by: 'b' });
    expect(shown(r)).toEqual({ a: null, b: null, c: null });
  });

  it('a turn whose time ran out before anything was sent is "timedOut", not "passed"; with a part sent it is "sharedTimedOut"', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.tickAt(r.state.speaker!.deadline);
    expect(r.speaker).toBe('b');
    r.ok({ type: 'share', by: 'b', text: 'Det er tungt å skrive dette.' });
    r.tickAt(r.state.speaker!.deadline);
    r.ok({ type: 'pass', by: 'c' });
    expect(shown(r)).toEqual({ a: 'timedOut', b: 'sharedTimedOut', c: 'passed' });
  });

  it('raised hands in the round (the large format) and the chair picking: no status', () => {
    const r = inRound({ others: ['b', 'c'], formatId: 'large', turnMode: 'hands' });
    r.ok({ type: 'raiseHand', by: 'b' });
    expect(r.speaker).toBe('b');
    r.ok({ type: 'pass', by: 'b' });
    expect(shown(r)).toEqual({ a: null, b: null, c: null });
    const p = inRound({ others: ['b', 'c'] });
    p.ok({ type: 'pass', by: 'a' });
    p.ok({ type: 'setTurnMode', by: 'a', mode: 'chairPicks' });
    expect(shown(p)).toEqual({ a: null, b: null, c: null });
  });
});
