import { describe, expect, it } from 'vitest';
import { decide, nextDue } from '../../shared/meeting/decide.js';
import { Run, gathered, inRound, newMeeting, bare } from './helpers.js';

describe('the clock: share deadlines', () => {
  it('a tick with nothing due is NOTHING_DUE and changes nothing', () => {
    new Run(newMeeting()).no({ type: 'tick' }, 'NOTHING_DUE');
    const r = inRound();
    r.wait(1_000).no({ type: 'tick' }, 'NOTHING_DUE');
  });

  it('a timeWarning reaches everyone at deadline - warnMs, once', () => {
    const r = inRound();
    const deadline = r.state.speaker!.deadline;
    r.now = deadline - 10_001;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(r.tickAt(deadline - 10_000)).toEqual([{ type: 'timeWarning', id: 'a', deadline }]);
    expect(r.state.speaker?.warned).toBe(true);
    r.now = deadline - 1;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
  });

  it('at the deadline the turn ends as timeout (timeoutEmpty with nothing written) and the next one starts', () => {
    const r = inRound();
    const deadline = r.state.speaker!.deadline;
    expect(bare(r.tickAt(deadline))).toEqual([
      { type: 'shareEnded', id: 'a', name: 'Ada', reason: 'timeoutEmpty' },
      { type: 'turn', id: 'b', name: 'Bjarne', deadline: deadline + 60_000 },
    ]);
  });

  it('a tick long after the deadline times out without a warning first', () => {
    const r = inRound();
    const ev = r.tickAt(r.state.speaker!.deadline + 5_000);
    expect(bare(ev).map((e) => e.type)).toEqual(['shareEnded', 'turn']);
  });

  it('nextDue points at the warning, then at the deadline', () => {
    const r = inRound();
    const deadline = r.state.speaker!.deadline;
    expect(nextDue(r.state)).toBe(deadline - 10_000);
    r.tickAt(deadline - 10_000);
    expect(nextDue(r.state)).toBe(deadline);
  });

  it('nextDue is null with nothing pending, while the speaker is frozen, and once ended', () => {
    const g = gathered();
    expect(nextDue(g.state)).toBeNull();
    const r = inRound();
    r.ok({ type: 'freeze', by: 'a', on: true });
    expect(nextDue(r.state)).toBeNull();
    r.ok({ type: 'end', by: 'a' });
    expect(nextDue(r.state)).toBeNull();
  });

  it('a tick exactly at nextDue is accepted; a millisecond before it is NOTHING_DUE', () => {
    const r = inRound();
    r.ok({ type: 'disconnect', by: 'c' });
    for (let i = 0; i < 4; i++) {
      const due = nextDue(r.state);
      expect(due).not.toBeNull();
      r.now = due! - 1;
      r.no({ type: 'tick' }, 'NOTHING_DUE');
      r.tickAt(due!);
    }
  });
});

describe('the clock: the grace period of a dropped connection', () => {
  it('a disconnected participant keeps the seat through graceMs and loses it at the tick after', () => {
    const r = gathered();
    const at = r.now;
    expect(r.ok({ type: 'disconnect', by: 'b' })).toEqual([{ type: 'connection', id: 'b', connected: false }]);
    expect(r.participant('b')).toMatchObject({ connected: false, disconnectedAt: at });
    expect(nextDue(r.state)).toBe(at + 20_000);
    r.now = at + 19_999;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(bare(r.tickAt(at + 20_000))).toEqual([{ type: 'left', id: 'b', name: 'Bjarne', reason: 'gone' }]);
    r.no({ type: 'reconnect', by: 'b' }, 'NOT_IN_MEETING');
  });

  it('reconnecting within the grace period keeps the seat', () => {
    const r = gathered();
    r.ok({ type: 'disconnect', by: 'b' });
    r.wait(19_000);
    expect(r.ok({ type: 'reconnect', by: 'b' })).toEqual([{ type: 'connection', id: 'b', connected: true }]);
    expect(r.participant('b')).toMatchObject({ connected: true, disconnectedAt: null });
    r.wait(5_000).no({ type: 'tick' }, 'NOTHING_DUE');
  });

  it('disconnecting twice or reconnecting while connected is ALREADY_DONE', () => {
    const r = gathered();
    r.no({ type: 'reconnect', by: 'b' }, 'ALREADY_DONE');
    r.ok({ type: 'disconnect', by: 'b' });
    r.no({ type: 'disconnect', by: 'b' }, 'ALREADY_DONE');
  });

  it('when everyone stays away past the grace period the meeting ends and is purged', () => {
    const r = inRound();
    for (const id of ['a', 'b', 'c']) r.ok({ type: 'disconnect', by: id });
    const ev = r.tickAt(r.now + 20_000);
    expect(ev.at(-1)).toEqual({ type: 'ended' });
    expect(r.state).toMatchObject({ phase: 'ended', participants: [], title: '' });
  });

  it("the grace period does not run out while frozen, but for the chair's (paused-seat-grace.test.ts)", () => {
    const r = inRound();
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'disconnect', by: 'c' });
    r.now += 20_000;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    const resumeAt = r.now;
    r.ok({ type: 'freeze', by: 'a', on: false });
    expect(bare(r.tickAt(resumeAt + 20_000))).toEqual([{ type: 'left', id: 'c', name: 'Cecilie', reason: 'gone' }]);
  });

  it('a frozen share never times out', () => {
    const r = inRound();
    const deadline = r.state.speaker!.deadline;
    r.ok({ type: 'freeze', by: 'a', on: true });
    const d = decide(r.state, { type: 'tick' }, deadline + 1_000_000);
    expect(d).toEqual({ ok: false, code: 'NOTHING_DUE' });
  });
});
