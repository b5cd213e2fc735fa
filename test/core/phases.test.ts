import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/meeting/decide.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import { Run, gathered, inRound, joinCmd, newMeeting } from './helpers.js';

/** Every pseudonym and free text a test put into the meeting must be gone once it ended. */
function expectPurged(s: MeetingState, secrets: string[]): void {
  expect(s.phase).toBe('ended');
  expect(s).toMatchObject({ title: '', topic: null, chairId: null, coChairId: null, participants: [], waiting: [], removed: [], speaker: null, hands: [], roundOrder: [] });
  const json = JSON.stringify(s);
  for (const secret of secrets) expect(json).not.toContain(secret);
}

describe('starting: the quorum', () => {
  it('only the chair may start: NOT_CHAIR', () => {
    const r = gathered();
    r.no({ type: 'start', by: 'b' }, 'NOT_CHAIR');
    r.no({ type: 'advance', by: 'b' }, 'NOT_CHAIR');
  });

  it('the chair alone is no quorum: NO_QUORUM', () => {
    const r = gathered({ others: [] });
    r.no({ type: 'start', by: 'a' }, 'NO_QUORUM');
    r.no({ type: 'advance', by: 'a' }, 'NO_QUORUM');
  });

  it('a second participant who is disconnected does not make a quorum', () => {
    const r = gathered({ others: ['b'] });
    r.ok({ type: 'disconnect', by: 'b' });
    r.no({ type: 'start', by: 'a' }, 'NO_QUORUM');
  });

  it('a disconnected chair cannot start the meeting: NO_QUORUM', () => {
    const r = gathered();
    r.ok({ type: 'disconnect', by: 'a' });
    r.no({ type: 'start', by: 'a' }, 'NO_QUORUM');
  });

  it('a chair and one more person present is a quorum (two people are a meeting)', () => {
    const r = gathered({ others: ['b'], listeners: ['b'] });
    expect(r.ok({ type: 'start', by: 'a' })).toEqual([{ type: 'phase', phase: 'opening' }, expect.objectContaining({ type: 'segment', index: 0, kind: 'welcome' })]);
    expect(r.state.phase).toBe('opening');
  });

  it('start outside gathering is WRONG_PHASE', () => {
    const r = gathered();
    r.ok({ type: 'start', by: 'a' });
    r.no({ type: 'start', by: 'a' }, 'WRONG_PHASE');
  });
});

describe('the phases', () => {
  it('advance walks gathering → opening → round → open → closing → ended', () => {
    const r = gathered();
    const phases: string[] = [r.state.phase];
    for (let i = 0; i < 5; i++) {
      r.ok({ type: 'advance', by: 'a' });
      phases.push(r.state.phase);
    }
    expect(phases).toEqual(['gathering', 'opening', 'round', 'open', 'closing', 'ended']);
  });

  it('entering the round starts round 1 and the first turn', () => {
    const r = gathered();
    r.ok({ type: 'advance', by: 'a' });
    const ev = r.ok({ type: 'advance', by: 'a' });
    expect(ev[0]).toEqual({ type: 'phase', phase: 'round' });
    expect(ev).toContainEqual({ type: 'turn', id: 'a', name: 'Ada', deadline: r.now + 60_000 });
    expect(r.state).toMatchObject({ roundNumber: 1, roundActive: true });
  });

  it('without open sharing the round is followed directly by the closing', () => {
    const r = inRound({ settings: { openSharing: false } });
    r.ok({ type: 'advance', by: 'a' });
    expect(r.state.phase).toBe('closing');
  });

  it('advancing out of the round ends the current turn as skipped and lowers all hands', () => {
    const r = inRound({ turnMode: 'hands' });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.speaker).toBe('b');
    const ev = r.ok({ type: 'advance', by: 'a' });
    expect(ev).toEqual([
      { type: 'shareEnded', id: 'b', name: 'Bjarne', reason: 'skipped' },
      { type: 'hands', queue: [] },
      { type: 'phase', phase: 'open' },
      // The script follows the phase to its open-sharing segment (script.ts).
      expect.objectContaining({ type: 'segment', kind: 'open', auto: false }),
    ]);
    expect(r.state).toMatchObject({ speaker: null, hands: [], roundActive: false });
  });

  it('no turn is given outside the round and open sharing', () => {
    const r = inRound({ settings: { openSharing: false } });
    r.ok({ type: 'advance', by: 'a' });
    r.no({ type: 'share', by: 'a', text: 'x' }, 'NOT_YOUR_TURN');
    r.no({ type: 'raiseHand', by: 'b' }, 'WRONG_PHASE');
    expect(r.speaker).toBeNull();
  });

  it('the chair sets and clears the topic; the same topic again is ALREADY_DONE; not in the closing', () => {
    const r = gathered();
    expect(r.ok({ type: 'setTopic', by: 'a', text: '  Tillit  ' })).toEqual([{ type: 'topic', text: 'Tillit' }]);
    r.no({ type: 'setTopic', by: 'a', text: 'Tillit' }, 'ALREADY_DONE');
    r.no({ type: 'setTopic', by: 'b', text: 'Annet' }, 'NOT_CHAIR');
    r.ok({ type: 'setTopic', by: 'a', text: '   ' });
    expect(r.state.topic).toBeNull();
    for (let i = 0; i < 4; i++) r.ok({ type: 'advance', by: 'a' });
    expect(r.state.phase).toBe('closing');
    r.no({ type: 'setTopic', by: 'a', text: 'Sent' }, 'WRONG_PHASE');
  });

  it('the turn mode can be set before and during the round, not in open sharing or the closing', () => {
    const r = gathered();
    r.no({ type: 'setTurnMode', by: 'a', mode: 'circle' }, 'ALREADY_DONE');
    r.no({ type: 'setTurnMode', by: 'b', mode: 'hands' }, 'NOT_CHAIR');
    expect(r.ok({ type: 'setTurnMode', by: 'a', mode: 'hands' })).toEqual([{ type: 'turnMode', mode: 'hands' }]);
    r.ok({ type: 'advance', by: 'a' });
    r.ok({ type: 'advance', by: 'a' });
    r.ok({ type: 'setTurnMode', by: 'a', mode: 'chairPicks' });
    r.ok({ type: 'advance', by: 'a' });
    expect(r.state.phase).toBe('open');
    r.no({ type: 'setTurnMode', by: 'a', mode: 'circle' }, 'WRONG_PHASE');
    r.ok({ type: 'advance', by: 'a' });
    r.no({ type: 'setTurnMode', by: 'a', mode: 'circle' }, 'WRONG_PHASE');
  });
});

describe('the end: an ended meeting holds no participant data', () => {
  it('the chair ends the meeting from any phase and every name, the title and the topic are purged', () => {
    const r = gathered({ access: 'closed' });
    r.join('d');
    r.join('e');
    r.ok({ type: 'deny', by: 'a', target: 'e' });
    r.ok({ type: 'setTopic', by: 'a', text: 'Skam' });
    r.ok({ type: 'end', by: 'a' });
    expect(r.events).toContainEqual({ type: 'ended' });
    expectPurged(r.state, ['Ada', 'Bjarne', 'Cecilie', 'Dagny', 'Tirsdagsmøtet', 'Skam']);
  });

  it('only the chair may end the meeting: NOT_CHAIR', () => {
    const r = gathered();
    r.no({ type: 'end', by: 'b' }, 'NOT_CHAIR');
  });

  it('advancing from the closing ends and purges the meeting', () => {
    const r = inRound();
    r.ok({ type: 'advance', by: 'a' });
    r.ok({ type: 'advance', by: 'a' });
    r.ok({ type: 'advance', by: 'a' });
    expectPurged(r.state, ['Ada', 'Bjarne', 'Cecilie', 'Tirsdagsmøtet']);
  });

  it('the meeting ends itself when the last participant leaves, purging the waiting room too', () => {
    const r = gathered({ access: 'closed', others: ['b'] });
    r.join('d');
    r.ok({ type: 'leave', by: 'b' });
    r.ok({ type: 'leave', by: 'a' });
    expect(r.events.at(-1)).toEqual({ type: 'ended' });
    expectPurged(r.state, ['Ada', 'Bjarne', 'Dagny']);
  });

  it('a meeting nobody has been seated in yet does not end when the waiting room empties', () => {
    const r = new Run(newMeeting({ access: 'closed' }));
    r.join('d');
    r.ok({ type: 'leave', by: 'd' });
    expect(r.state.phase).toBe('gathering');
    expect(r.state.waiting).toEqual([]);
  });

  it('every command to an ended meeting is MEETING_ENDED, the clock included', () => {
    const r = gathered();
    r.ok({ type: 'end', by: 'a' });
    r.no(joinCmd('x'), 'MEETING_ENDED');
    r.no({ type: 'tick' }, 'MEETING_ENDED');
    r.no({ type: 'leave', by: 'a' }, 'MEETING_ENDED');
    const d = decide(r.state, { type: 'start', by: 'a' }, r.now);
    expect(d).toEqual({ ok: false, code: 'MEETING_ENDED' });
  });
});
