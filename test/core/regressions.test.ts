// Rules the core broke, each kept as a named test: first the sequence the property test found
// (seed and shrunk counterexample, replayed with every invariant checked), then the same rule
// written out by hand.
import { describe, expect, it } from 'vitest';
import { nextDue } from '../../shared/meeting/decide.js';
import { buildView } from '../../shared/meeting/view.js';
import { runSequence } from './invariants.js';
import type { Config, Step } from './sequences.js';
import { accept, gathered, inRound } from './helpers.js';
import type { Run } from './helpers.js';

/** Either fix is right: a disconnected person sent back may lose the waiting place, or be admitted still disconnected. */
function admitIfWaiting(r: Run, id: string): void {
  if (!r.state.waiting.some((w) => w.id === id)) return;
  accept(r, id);
  r.ok({ type: 'admit', by: 'a', target: id });
}

const join = (name: number): Step => ({ dt: 0, op: { op: 'join', name, upper: false, role: 'participant', volunteer: false, pledge: true, chairKey: false, joinCode: false, reuse: null } });

describe('admit seats a person as connected even when they are not (shared/meeting/decide.ts admit → membership.ts seat)', () => {
  it('seed 20261122: someone sent to the waiting room while disconnected and admitted stays disconnected', () => {
    const cfg: Config = {
      prelude: true,
      access: 'open',
      turnMode: 'circle',
      formatId: 'standard',
      settings: { shareMs: 1000, warnMs: 0, extendMs: 200, graceMs: 800, maxParticipants: 4, openSharing: false, rotateChairEachRound: false, speakerGraceMs: 0, chairWaitMs: 60_000 },
    };
    const steps: Step[] = [
      { ...join(3), dt: 400 },
      { dt: 1, op: { op: 'plain', type: 'disconnect', by: { kind: 'waiting' } } },
      { dt: 0, op: { op: 'target', type: 'sendToWaiting', by: { kind: 'chair' }, target: { kind: 'waiting' } } },
      { dt: 400, op: { op: 'plain', type: 'leave', by: { kind: 'chair' } } },
      { dt: 1, op: { op: 'target', type: 'admit', by: { kind: 'coChair' }, target: { kind: 'waiting' } } },
    ];
    expect(() => runSequence(cfg, steps, undefined, 'all')).not.toThrow();
  });

  it('a chair with only an admitted-while-disconnected participant has no quorum', () => {
    const r = gathered({ others: ['b'] });
    r.ok({ type: 'disconnect', by: 'b' });
    r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    admitIfWaiting(r, 'b');
    r.no({ type: 'start', by: 'a' }, 'NO_QUORUM');
  });

  it('a participant admitted while disconnected is not given a turn', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'disconnect', by: 'b' });
    r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    admitIfWaiting(r, 'b');
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBeNull();
  });

  it('a participant admitted while disconnected loses the seat when the grace period runs out', () => {
    const r = gathered({ others: ['b', 'c'] });
    r.ok({ type: 'disconnect', by: 'b' });
    r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    admitIfWaiting(r, 'b');
    const due = nextDue(r.state);
    if (due !== null) r.tickAt(due);
    expect(r.state.participants.map((p) => p.id)).toEqual(['a', 'c']);
  });
});

describe('giveTurn during a freeze starts a running clock (shared/meeting/decide.ts giveTurn → turns.ts startTurn)', () => {
  it('seed 2: no share clock runs while the meeting is frozen', () => {
    const cfg: Config = {
      prelude: true,
      access: 'open',
      turnMode: 'chairPicks',
      formatId: 'standard',
      settings: { shareMs: 1000, warnMs: 0, extendMs: 200, graceMs: 800, maxParticipants: 2, openSharing: false, rotateChairEachRound: false, speakerGraceMs: 0, chairWaitMs: 60_000 },
    };
    const steps: Step[] = [
      { dt: 0, op: { op: 'plain', type: 'start', by: { kind: 'nth', n: 0 } } },
      { dt: 400, op: { op: 'on', type: 'freeze', by: { kind: 'chair' }, on: true } },
      { dt: 0, op: { op: 'plain', type: 'advance', by: { kind: 'chair' } } },
      { dt: 0, op: { op: 'target', type: 'giveTurn', by: { kind: 'chair' }, target: { kind: 'chair' } } },
    ];
    expect(() => runSequence(cfg, steps, undefined, 'all')).not.toThrow();
  });

  it('a turn given while frozen has its full share time when the meeting is unfrozen', () => {
    const r = inRound({ turnMode: 'chairPicks' });
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
    r.wait(120_000);
    r.ok({ type: 'freeze', by: 'a', on: false });
    expect(r.state.speaker?.deadline).toBe(r.now + 60_000);
  });

  it('everyone is shown that a turn given while frozen is paused', () => {
    const r = inRound({ turnMode: 'chairPicks' });
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
    r.wait(120_000);
    expect(buildView(r.state, 'c', r.now).speaker).toMatchObject({ frozen: true, remainingMs: 60_000 });
  });
});

describe('one turn each in the circle (membership.ts seat re-adds a returning participant as pending)', () => {
  it('a participant sent to the waiting room and admitted again gets no second turn in the same circle round', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'finishShare', by: 'b' });
    r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    accept(r, 'b');
    r.ok({ type: 'admit', by: 'a', target: 'b' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBeNull();
    expect(r.events).toContainEqual({ type: 'roundComplete', round: 1 });
  });
});
