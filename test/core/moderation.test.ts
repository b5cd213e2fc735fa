import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/meeting/commands.js';
import { accept, gathered, inRound, joinCmd, bare } from './helpers.js';

describe('chair commands are for the chair', () => {
  const chairOnly: Command[] = [
    { type: 'start', by: 'b' },
    { type: 'advance', by: 'b' },
    { type: 'setTopic', by: 'b', text: 'x' },
    { type: 'postReading', by: 'b', readingId: 'welcome' },
    { type: 'chairNote', by: 'b', text: 'x' },
    { type: 'setTurnMode', by: 'b', mode: 'hands' },
    { type: 'giveTurn', by: 'b', target: 'c' },
    { type: 'skip', by: 'b' },
    { type: 'extend', by: 'b' },
    { type: 'lowerHands', by: 'b', target: null },
    { type: 'mute', by: 'b', target: 'c', on: true },
    { type: 'remove', by: 'b', target: 'c' },
    { type: 'sendToWaiting', by: 'b', target: 'c' },
    { type: 'lock', by: 'b', on: true },
    { type: 'freeze', by: 'b', on: true },
    { type: 'setCoChair', by: 'b', target: 'c' },
    { type: 'handChair', by: 'b', target: 'c' },
    { type: 'end', by: 'b' },
  ];
  for (const cmd of chairOnly) {
    it(`${cmd.type} from anyone but the chair is NOT_CHAIR, even from the co-chair`, () => {
      const r = inRound({ volunteers: ['b', 'c'] });
      r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
      r.no(cmd, 'NOT_CHAIR');
    });
  }
});

describe('mute', () => {
  it('muting the speaker ends the turn (muted) and moves on', () => {
    const r = inRound();
    r.ok({ type: 'finishShare', by: 'a' });
    const ev = r.ok({ type: 'mute', by: 'a', target: 'b', on: true });
    expect(bare(ev).slice(0, 2)).toEqual([
      { type: 'muted', id: 'b', on: true },
      { type: 'shareEnded', id: 'b', name: 'Bjarne', reason: 'muted' },
    ]);
    expect(r.speaker).toBe('c');
    expect(r.state.roundOrder.find((e) => e.id === 'b')?.status).toBe('skipped');
  });

  it('a muted participant cannot acknowledge a share: MUTED', () => {
    const r = inRound();
    r.ok({ type: 'mute', by: 'a', target: 'c', on: true });
    r.no({ type: 'acknowledge', by: 'c', kind: 'heart' }, 'MUTED');
  });

  it('unmuting lets them take part again; muting twice is ALREADY_DONE', () => {
    const r = inRound({ turnMode: 'hands' });
    r.ok({ type: 'mute', by: 'a', target: 'c', on: true });
    r.no({ type: 'mute', by: 'a', target: 'c', on: true }, 'ALREADY_DONE');
    expect(r.ok({ type: 'mute', by: 'a', target: 'c', on: false })).toEqual([{ type: 'muted', id: 'c', on: false }]);
    r.no({ type: 'mute', by: 'a', target: 'c', on: false }, 'ALREADY_DONE');
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.speaker).toBe('c');
  });

  it('the chair cannot mute themselves, nor someone unknown', () => {
    const r = inRound();
    r.no({ type: 'mute', by: 'a', target: 'a', on: true }, 'NOT_ALLOWED');
    r.no({ type: 'mute', by: 'a', target: 'zz', on: true }, 'UNKNOWN_TARGET');
  });
});

describe('remove', () => {
  it('a removed participant never acts again: REMOVED for every command and for rejoining', () => {
    const r = inRound();
    const ev = r.ok({ type: 'remove', by: 'a', target: 'c' });
    expect(ev.slice(0, 2)).toEqual([
      { type: 'removed', id: 'c', to: 'c' },
      { type: 'left', id: 'c', name: 'Cecilie', reason: 'removed' },
    ]);
    expect(r.state.removed).toEqual(['c']);
    r.no({ type: 'share', by: 'c', text: 'x' }, 'REMOVED');
    r.no({ type: 'leave', by: 'c' }, 'REMOVED');
    r.no({ type: 'reconnect', by: 'c' }, 'REMOVED');
    r.no(joinCmd('c', { joinCode: true }), 'REMOVED');
    r.no(joinCmd('c', { chairKey: true }), 'REMOVED');
  });

  it('removing the speaker ends the turn and moves on', () => {
    const r = inRound();
    r.ok({ type: 'finishShare', by: 'a' });
    const ev = r.ok({ type: 'remove', by: 'a', target: 'b' });
    expect(ev).toContainEqual({ type: 'shareEnded', id: 'b', name: 'Bjarne', reason: 'removed' });
    expect(r.speaker).toBe('c');
  });

  it('removing someone in the waiting room denies them', () => {
    const r = gathered({ access: 'closed' });
    r.join('d');
    expect(r.ok({ type: 'remove', by: 'a', target: 'd' })).toEqual([{ type: 'denied', id: 'd', to: 'd' }, { type: 'doorWatched', on: true }]);
    expect(r.state.waiting).toEqual([]);
    r.no(joinCmd('d', { joinCode: true }), 'REMOVED');
  });

  it('the chair cannot remove themselves or someone unknown', () => {
    const r = gathered();
    r.no({ type: 'remove', by: 'a', target: 'a' }, 'NOT_ALLOWED');
    r.no({ type: 'remove', by: 'a', target: 'zz' }, 'UNKNOWN_TARGET');
  });

  it('removing the co-chair clears the co-chair', () => {
    const r = gathered({ volunteers: ['b'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
    r.ok({ type: 'remove', by: 'a', target: 'b' });
    expect(r.state.coChairId).toBeNull();
  });
});

describe('send back to the waiting room', () => {
  it('a participant sent back must be admitted again and sees nothing from while away', () => {
    const r = inRound({ others: ['b', 'c'] });
    const joinedBefore = r.participant('b').joinedSeq;
    const ev = r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    expect(bare(ev)).toEqual([
      { type: 'sentToWaiting', id: 'b', to: 'b' },
      { type: 'left', id: 'b', name: 'Bjarne', reason: 'waiting' },
    ]);
    expect(r.state.waiting).toEqual([{ id: 'b', name: 'Bjarne', role: 'participant', volunteer: false, connected: true, absentSince: null, since: expect.any(Number), reason: 'sentBack', accepted: false, greeted: false }]);
    r.no({ type: 'raiseHand', by: 'b' }, 'IN_WAITING_ROOM');
    r.ok({ type: 'chairNote', by: 'a', text: 'x' });
    accept(r, 'b');
    r.ok({ type: 'admit', by: 'a', target: 'b' });
    expect(r.participant('b').joinedSeq).toBe(r.state.seq);
    expect(r.participant('b').joinedSeq).toBeGreaterThan(joinedBefore);
  });

  it('someone sent back while their connection was down waits like anyone else once back', () => {
    const r = gathered();
    r.ok({ type: 'disconnect', by: 'b' });
    r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    expect(r.state.waiting).toEqual([expect.objectContaining({ id: 'b', connected: false })]);
    r.ok({ type: 'reconnect', by: 'b' });
    expect(r.state.waiting).toEqual([expect.objectContaining({ id: 'b', connected: true })]);
    r.no({ type: 'reconnect', by: 'b' }, 'IN_WAITING_ROOM');
    accept(r, 'b');
    r.ok({ type: 'admit', by: 'a', target: 'b' });
    expect(r.participant('b')).toMatchObject({ connected: true, disconnectedAt: null });
  });

  it('sending the speaker back ends their turn', () => {
    const r = inRound();
    r.ok({ type: 'finishShare', by: 'a' });
    const ev = r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    expect(bare(ev)).toContainEqual({ type: 'shareEnded', id: 'b', name: 'Bjarne', reason: 'waiting' });
    expect(r.speaker).toBe('c');
  });

  it('the chair cannot send themselves or someone unknown or waiting back', () => {
    const r = gathered({ access: 'closed' });
    r.join('d');
    r.no({ type: 'sendToWaiting', by: 'a', target: 'a' }, 'NOT_ALLOWED');
    r.no({ type: 'sendToWaiting', by: 'a', target: 'zz' }, 'UNKNOWN_TARGET');
    r.no({ type: 'sendToWaiting', by: 'a', target: 'd' }, 'UNKNOWN_TARGET');
  });
});

describe('freeze', () => {
  it('while frozen nobody but the chair can act: FROZEN', () => {
    const r = inRound({ turnMode: 'hands', volunteers: ['c'], access: 'closed', others: ['b', 'c', 'd'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'c' });
    r.join('e');
    r.ok({ type: 'raiseHand', by: 'b' });
    expect(r.ok({ type: 'freeze', by: 'a', on: true })).toEqual([{ type: 'frozen', on: true }]);
    r.no({ type: 'share', by: 'b', text: 'x' }, 'FROZEN');
    r.no({ type: 'finishShare', by: 'b' }, 'FROZEN');
    r.no({ type: 'raiseHand', by: 'd' }, 'FROZEN');
    r.no({ type: 'acknowledge', by: 'd', kind: 'hear' }, 'FROZEN');
    r.no({ type: 'volunteer', by: 'd', on: true }, 'FROZEN');
    accept(r, 'e');
    r.no({ type: 'admit', by: 'c', target: 'e' }, 'FROZEN');
    // The chair still acts.
    accept(r, 'e');
    r.ok({ type: 'admit', by: 'a', target: 'e' });
    r.ok({ type: 'setTopic', by: 'a', text: 'Pause' });
    // Nobody types during a pause: the chair's note about it goes out at once.
    expect(r.ok({ type: 'chairNote', by: 'a', text: 'Vi tar en pause.' })).toEqual([{ type: 'note', text: 'Vi tar en pause.' }]);
  });

  it('leaving, disconnecting and reconnecting work while frozen', () => {
    const r = inRound({ others: ['b', 'c', 'd'] });
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'disconnect', by: 'b' });
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'leave', by: 'c' });
    expect(r.state.participants.map((p) => p.id)).toEqual(['a', 'b', 'd']);
  });

  it("the speaker's clock stops while frozen and resumes with the time left", () => {
    const r = inRound();
    r.ok({ type: 'finishShare', by: 'a' });
    const start = r.now;
    r.wait(15_000);
    r.ok({ type: 'freeze', by: 'a', on: true });
    expect(r.state.speaker?.frozenRemaining).toBe(45_000);
    r.wait(120_000);
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    r.ok({ type: 'freeze', by: 'a', on: false });
    expect(r.state.speaker).toMatchObject({ id: 'b', deadline: r.now + 45_000, frozenRemaining: null });
    expect(r.state.speaker!.deadline - start).toBe(15_000 + 120_000 + 45_000);
  });

  it('freezing twice or unfreezing an unfrozen meeting is ALREADY_DONE', () => {
    const r = inRound();
    r.no({ type: 'freeze', by: 'a', on: false }, 'ALREADY_DONE');
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.no({ type: 'freeze', by: 'a', on: true }, 'ALREADY_DONE');
  });

  it('no new turn starts while frozen; unfreezing starts the next one', () => {
    const r = inRound();
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.speaker).toBeNull();
    const ev = r.ok({ type: 'freeze', by: 'a', on: false });
    expect(ev).toEqual([
      { type: 'frozen', on: false },
      { type: 'turn', id: 'b', name: 'Bjarne', deadline: r.now + 60_000 },
    ]);
  });
});

describe('lock', () => {
  it('a locked meeting sends new joiners to the waiting room; unlocking seats them directly again', () => {
    const r = gathered();
    expect(r.ok({ type: 'lock', by: 'a', on: true })).toEqual([{ type: 'locked', on: true }]);
    r.no({ type: 'lock', by: 'a', on: true }, 'ALREADY_DONE');
    r.join('d');
    expect(r.state.waiting.map((w) => w.id)).toEqual(['d']);
    r.ok({ type: 'lock', by: 'a', on: false });
    r.no({ type: 'lock', by: 'a', on: false }, 'ALREADY_DONE');
    r.join('e');
    expect(r.participant('e').connected).toBe(true);
    expect(r.state.waiting.map((w) => w.id)).toEqual(['d']);
  });
});

describe('extend', () => {
  it('the chair extends a share once: the deadline moves by extendMs and the warning re-arms', () => {
    const r = inRound();
    const deadline = r.state.speaker!.deadline;
    r.tickAt(deadline - 10_000);
    expect(r.state.speaker?.warned).toBe(true);
    expect(r.ok({ type: 'extend', by: 'a' })).toEqual([{ type: 'extended', id: 'a', deadline: deadline + 30_000, addedMs: 30_000 }]);
    expect(r.state.speaker).toMatchObject({ deadline: deadline + 30_000, extended: true, warned: false });
    r.no({ type: 'extend', by: 'a' }, 'ALREADY_DONE');
  });

  it('extending with nobody speaking is WRONG_PHASE', () => {
    const r = gathered();
    r.no({ type: 'extend', by: 'a' }, 'WRONG_PHASE');
  });

  it('extending while frozen adds to the time left', () => {
    const r = inRound();
    r.wait(50_000);
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'extend', by: 'a' });
    expect(r.state.speaker?.frozenRemaining).toBe(40_000);
    r.wait(5_000);
    r.ok({ type: 'freeze', by: 'a', on: false });
    expect(r.state.speaker?.deadline).toBe(r.now + 40_000);
  });
});

describe('skip', () => {
  it('the chair skips the speaker: the turn ends as skipped and moves on', () => {
    const r = inRound();
    const ev = r.ok({ type: 'skip', by: 'a' });
    expect(bare(ev)[0]).toEqual({ type: 'shareEnded', id: 'a', name: 'Ada', reason: 'skipped' });
    expect(r.speaker).toBe('b');
    expect(r.state.roundOrder[0]).toEqual({ id: 'a', status: 'skipped', line: 0 });
  });

  it('skipping with nobody speaking is WRONG_PHASE', () => {
    const r = gathered();
    r.no({ type: 'skip', by: 'a' }, 'WRONG_PHASE');
  });
});
