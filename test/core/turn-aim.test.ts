// A chair's skip or extend names the turn it was meant for (view.speaker.turn): sent as the
// speaker pressed Done, it must not land on the next person's turn. Source: a tester over raw
// sockets, 6 people: the chair's skip and the speaker's finishShare at the same moment both
// answered ok, and the next person was marked skipped without ever sharing.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { aimAt } from '../../shared/meeting/turn-aim.js';
import { inRound, type Run } from './helpers.js';

/** A six-person circle round; a (the chair) finished, so b speaks. Returns b's turn. */
function bSpeaks(): { r: Run; turnOfB: number } {
  const r = inRound({ others: ['b', 'c', 'd', 'e', 'f'], settings: { speakerGraceMs: 0 } });
  r.ok({ type: 'finishShare', by: 'a' });
  expect(r.speaker).toBe('b');
  const turnOfB = buildView(r.state, 'a', r.now).speaker!.turn!;
  expect(turnOfB).toBe(r.state.seq);
  return { r, turnOfB };
}

describe('a skip or extend meant for a turn that already ended is refused', () => {
  it('finishShare, then the stale skip for that turn: TURN_ENDED, nothing changes, the next speaker keeps the turn', () => {
    const { r, turnOfB } = bSpeaks();
    r.ok({ type: 'finishShare', by: 'b' });
    expect(r.speaker).toBe('c');
    // r.no checks the state is exactly as it was.
    r.no({ type: 'skip', by: 'a', turn: turnOfB }, 'TURN_ENDED');
    expect(r.speaker).toBe('c');
    expect(r.state.roundOrder.find((e) => e.id === 'c')?.status).toBe('pending');
    r.ok({ type: 'share', by: 'c', text: 'Takk for at jeg fikk dele.' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.state.roundOrder.find((e) => e.id === 'c')?.status).toBe('shared');
  });

  it('a stale extend does not give the next speaker the time', () => {
    const { r, turnOfB } = bSpeaks();
    r.ok({ type: 'pass', by: 'b' });
    const deadline = r.state.speaker!.deadline;
    r.no({ type: 'extend', by: 'a', turn: turnOfB }, 'TURN_ENDED');
    expect(r.state.speaker).toMatchObject({ id: 'c', deadline, extended: false });
  });

  it('names the current turn: the skip and the extend act as before', () => {
    const { r, turnOfB } = bSpeaks();
    r.ok({ type: 'extend', by: 'a', turn: turnOfB });
    expect(r.state.speaker?.extended).toBe(true);
    r.ok({ type: 'skip', by: 'a', turn: turnOfB });
    expect(r.state.roundOrder.find((e) => e.id === 'b')?.status).toBe('skipped');
    expect(r.speaker).toBe('c');
  });

  it('a later turn of the same person is another turn: a skip named for the first is refused', () => {
    const r = inRound({ others: ['b', 'c'], turnMode: 'hands', settings: { speakerGraceMs: 0 } });
    // By raised hands: b raises a hand, shares, then raises it again.
    r.ok({ type: 'raiseHand', by: 'b' });
    expect(r.speaker).toBe('b');
    const first = r.state.speaker!.turn!;
    r.ok({ type: 'finishShare', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'b' });
    expect(r.speaker).toBe('b');
    expect(r.state.speaker!.turn).not.toBe(first);
    r.no({ type: 'skip', by: 'a', turn: first }, 'TURN_ENDED');
    r.no({ type: 'extend', by: 'a', turn: first }, 'TURN_ENDED');
    expect(r.speaker).toBe('b');
  });

  it('named while nobody speaks: TURN_ENDED (the turn it was for is over); unnamed: WRONG_PHASE as before', () => {
    const r = inRound({ others: ['b'], turnMode: 'hands', settings: { speakerGraceMs: 0 } });
    r.ok({ type: 'raiseHand', by: 'b' });
    const turn = r.state.speaker!.turn!;
    r.ok({ type: 'finishShare', by: 'b' });
    expect(r.speaker).toBe(null);
    r.no({ type: 'skip', by: 'a', turn }, 'TURN_ENDED');
    r.no({ type: 'skip', by: 'a' }, 'WRONG_PHASE');
    r.no({ type: 'extend', by: 'a', turn }, 'TURN_ENDED');
  });

  it('without a turn (an old client) the skip acts on whoever holds the turn now', () => {
    const { r } = bSpeaks();
    r.ok({ type: 'finishShare', by: 'b' });
    r.ok({ type: 'skip', by: 'a' });
    expect(r.state.roundOrder.find((e) => e.id === 'c')?.status).toBe('skipped');
  });

  it('only the chair: a member naming the turn is still NOT_CHAIR', () => {
    const { r, turnOfB } = bSpeaks();
    r.no({ type: 'skip', by: 'c', turn: turnOfB }, 'NOT_CHAIR');
  });

  it('aimAt: the field the page sends from the speaker it shows', () => {
    expect(aimAt(null)).toEqual({});
    expect(aimAt({ turn: null })).toEqual({});
    expect(aimAt({ turn: 7 })).toEqual({ turn: 7 });
  });
});
