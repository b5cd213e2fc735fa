import { describe, expect, it } from 'vitest';
import { Run, inRound, bare } from './helpers.js';

const statuses = (r: Run) => Object.fromEntries(r.state.roundOrder.map((e) => [e.id, e.status]));

describe('the circle: join order, one turn each', () => {
  it('turns go in join order, one each, and the round completes', () => {
    const r = inRound({ others: ['b', 'c'] });
    const order: string[] = [];
    while (r.speaker) {
      order.push(r.speaker);
      r.shareDone(r.speaker);
    }
    expect(order).toEqual(['a', 'b', 'c']);
    expect(r.events).toContainEqual({ type: 'roundComplete', round: 1 });
    expect(r.state.roundActive).toBe(false);
    expect(statuses(r)).toEqual({ a: 'shared', b: 'shared', c: 'shared' });
  });

  it('a completed round gives nobody another turn', () => {
    const r = inRound({ others: ['b'] });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'finishShare', by: 'b' });
    expect(r.speaker).toBeNull();
    r.no({ type: 'share', by: 'a', text: 'igjen' }, 'NOT_YOUR_TURN');
    r.ok({ type: 'setTurnMode', by: 'a', mode: 'chairPicks' });
    r.ok({ type: 'setTurnMode', by: 'a', mode: 'circle' });
    expect(r.speaker).toBeNull();
  });

  it('listeners get no turn in the circle', () => {
    const r = inRound({ others: ['b', 'c', 'd'], listeners: ['b', 'd'] });
    expect(r.state.roundOrder.map((e) => e.id)).toEqual(['a', 'c']);
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.speaker).toBe('c');
  });

  it('passing ends the turn as passed and moves on', () => {
    const r = inRound();
    const ev = r.ok({ type: 'pass', by: 'a' });
    expect(bare(ev)[0]).toEqual({ type: 'shareEnded', id: 'a', name: 'Ada', reason: 'passed' });
    expect(ev[1]).toMatchObject({ type: 'turn', id: 'b', name: 'Bjarne' });
    expect(statuses(r).a).toBe('passed');
  });

  it('only the speaker may finish or pass: NOT_YOUR_TURN', () => {
    const r = inRound();
    r.no({ type: 'finishShare', by: 'b' }, 'NOT_YOUR_TURN');
    r.no({ type: 'pass', by: 'c' }, 'NOT_YOUR_TURN');
  });

  it('a disconnected participant is skipped and offered a turn at the end of the round once back', () => {
    const r = inRound({ others: ['b', 'c', 'd'] });
    r.ok({ type: 'disconnect', by: 'b' });
    r.shareDone('a');
    expect(r.speaker).toBe('c');
    expect(statuses(r).b).toBe('missed');
    r.ok({ type: 'reconnect', by: 'b' });
    expect(r.speaker).toBe('c');
    r.shareDone('c');
    expect(r.speaker).toBe('d');
    r.shareDone('d');
    expect(r.speaker).toBe('b');
    r.shareDone('b');
    expect(r.events).toContainEqual({ type: 'roundComplete', round: 1 });
    expect(statuses(r)).toEqual({ a: 'shared', b: 'shared', c: 'shared', d: 'shared' });
  });

  it('someone who comes back after everyone else has spoken gets their late turn at once', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'disconnect', by: 'c' });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'finishShare', by: 'b' });
    // c is still away at the end of the round, within the seat grace: the round waits for them.
    expect(r.events).not.toContainEqual({ type: 'roundComplete', round: 1 });
    expect(r.state.roundActive).toBe(true);
    expect(r.speaker).toBeNull();
    r.ok({ type: 'reconnect', by: 'c' });
    expect(r.speaker).toBe('c');
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.events).toContainEqual({ type: 'roundComplete', round: 1 });
  });

  it('the round waits for someone owed a late turn only while their seat is held', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'disconnect', by: 'c' });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'finishShare', by: 'b' });
    expect(r.state.roundActive).toBe(true);
    const ev = r.tickAt(r.participant('c').disconnectedAt! + r.state.settings.graceMs);
    expect(bare(ev)).toContainEqual({ type: 'left', id: 'c', name: 'Cecilie', reason: 'gone' });
    expect(ev).toContainEqual({ type: 'roundComplete', round: 1 });
  });

  it('the chair can still move on while the round waits for a late turn', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'disconnect', by: 'c' });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'finishShare', by: 'b' });
    r.ok({ type: 'advance', by: 'a' });
    expect(r.state.phase).toBe('open');
    expect(r.state.roundActive).toBe(false);
  });

  it('a speaker still away when the speaker grace runs out loses the turn (gone) and is owed a late turn', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'disconnect', by: 'b' });
    expect(r.speaker).toBe('b');
    const ev = r.tickAt(r.now + r.state.settings.speakerGraceMs);
    expect(bare(ev)).toContainEqual({ type: 'shareEnded', id: 'b', name: 'Bjarne', reason: 'gone' });
    expect(r.speaker).toBe('c');
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBe('b');
  });

  // A fresh tester (2026-12-05): she shared a part, dropped, and let the late turn's time run out:
  // "time ran out with nothing shared", and the chair's bar said she had not managed to share.
  it("a late turn goes on from what the turn a drop took had posted: its time running out is not 'nothing shared'", () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'share', by: 'b', text: 'Jeg er her for første gang.' });
    r.ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + r.state.settings.speakerGraceMs);
    expect(r.speaker).toBe('c');
    r.ok({ type: 'reconnect', by: 'b' });
    r.ok({ type: 'finishShare', by: 'c' });
    expect(r.speaker).toBe('b');
    const ev = r.tickAt(r.state.speaker!.deadline);
    expect(bare(ev)).toContainEqual({ type: 'shareEnded', id: 'b', name: 'Bjarne', reason: 'timeout' });
    expect(statuses(r).b).toBe('sharedTimedOut');
    expect(r.state.sharedIds).toContain('b');
    // Nothing posted before the drop: the late turn's time running out is an empty turn, as ever.
    const q = inRound({ others: ['b', 'c'] });
    q.ok({ type: 'finishShare', by: 'a' });
    q.ok({ type: 'disconnect', by: 'b' });
    q.tickAt(q.now + q.state.settings.speakerGraceMs);
    q.ok({ type: 'reconnect', by: 'b' });
    q.ok({ type: 'finishShare', by: 'c' });
    expect(bare(q.tickAt(q.state.speaker!.deadline))).toContainEqual({ type: 'shareEnded', id: 'b', name: 'Bjarne', reason: 'timeoutEmpty' });
  });

  it('a muted participant is skipped in the circle', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'mute', by: 'a', target: 'b', on: true });
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.speaker).toBe('c');
    expect(statuses(r).b).toBe('skipped');
  });

  it('a latecomer joins the end of a circle that is still going round', () => {
    const r = inRound({ others: ['b'] });
    r.join('d');
    r.join('e', { role: 'listener' });
    // Each in their place in line (line-order.ts): the latecomer after everyone waiting.
    expect(r.state.roundOrder).toEqual([
      { id: 'a', status: 'pending', line: 0 },
      { id: 'b', status: 'pending', line: 1 },
      { id: 'd', status: 'pending', line: 2 },
    ]);
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'finishShare', by: 'b' });
    expect(r.speaker).toBe('d');
  });

  it('a latecomer after the round is complete gets no turn', () => {
    const r = inRound({ others: ['b'] });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'finishShare', by: 'b' });
    r.join('d');
    expect(r.speaker).toBeNull();
    expect(r.state.roundOrder.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('a share that runs out of time counts as shared, and cut short by the time', () => {
    const r = inRound();
    r.ok({ type: 'share', by: 'a', text: 'Litt fra meg i dag.' });
    const ev = r.tickAt(r.state.speaker!.deadline);
    expect(bare(ev)[0]).toEqual({ type: 'shareEnded', id: 'a', name: 'Ada', reason: 'timeout' });
    expect(statuses(r).a).toBe('sharedTimedOut');
    expect(r.state.sharedIds).toContain('a');
    expect(r.speaker).toBe('b');
  });

  it('someone who leaves mid-round drops out of the order and the turn moves on', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    const ev = r.ok({ type: 'leave', by: 'b' });
    expect(bare(ev).map((e) => e.type)).toEqual(['shareEnded', 'left', 'turn']);
    expect(r.state.roundOrder.map((e) => e.id)).toEqual(['a', 'c']);
    expect(r.speaker).toBe('c');
  });
});
