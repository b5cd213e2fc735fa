// upNext (shared/meeting/on-deck.ts) runs in every view built and several times per command, so
// its cost must grow with the meeting's size, not its square (Issue 10: a reconnect storm of
// 50-person meetings spent 13 % of its CPU finding each round entry's seat by a linear search).
import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/meeting/decide.js';
import { sameUpNextInputs, upNext } from '../../shared/meeting/on-deck.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import { inRound } from './helpers.js';

describe('upNext', () => {
  it('finds each seat once per call, not once per entry of the round (no linear search per entry)', () => {
    const others = Array.from({ length: 10 }, (_, i) => `p${i}`);
    const r = inRound({ others, settings: { maxParticipants: 20 } });
    const expected = upNext(r.state);
    expect(expected).toEqual(others);
    let searches = 0;
    const participants = [...r.state.participants];
    const find = participants.find.bind(participants);
    Object.defineProperty(participants, 'find', { value: (...a: Parameters<typeof find>) => (searches++, find(...a)) });
    expect(upNext({ ...r.state, participants })).toEqual(expected);
    expect(searches).toBe(0);
  });
});

describe('sameUpNextInputs', () => {
  it('holds across a share (so viewRecipients computes no upNext for it), and not once anything upNext reads changed', () => {
    const r = inRound({ others: ['b', 'c', 'd'] });
    const before = r.state;
    const d = decide(before, { type: 'share', by: before.speaker!.id, text: 'Jeg har hatt en lang uke.', confirm: true }, r.now);
    if (!d.ok) throw new Error(d.code);
    expect(sameUpNextInputs(before, d.state)).toBe(true);
    const seat = (i: number, change: Partial<MeetingState['participants'][number]>): MeetingState => ({
      ...before,
      participants: before.participants.map((p, j) => (j === i ? { ...p, ...change } : p)),
    });
    const changed: MeetingState[] = [
      { ...before, phase: 'open' },
      { ...before, turnMode: 'hands' },
      { ...before, chairId: null },
      { ...before, roundActive: false },
      { ...before, speaker: null },
      { ...before, hands: ['c'] },
      { ...before, roundOrder: before.roundOrder.map((e, j) => (j === 2 ? { ...e, status: 'passed' } : e)) },
      { ...before, roundOrder: before.roundOrder.slice(1) },
      seat(2, { connected: false }),
      seat(2, { muted: true }),
      seat(2, { role: 'listener' }),
      { ...before, participants: before.participants.slice(0, 3) },
    ];
    for (const s of changed) expect(sameUpNextInputs(before, s)).toBe(false);
    // Anything else may change: who is next cannot.
    expect(sameUpNextInputs(before, { ...before, topic: 'x', seq: before.seq + 5, participants: before.participants.map((p) => ({ ...p, name: 'other' })) })).toBe(true);
  });
});
