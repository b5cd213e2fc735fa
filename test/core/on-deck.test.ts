// upNext (shared/meeting/on-deck.ts) runs in every view built and several times per command, so
// its cost must grow with the meeting's size, not its square (Issue 10: a reconnect storm of
// 50-person meetings spent 13 % of its CPU finding each round entry's seat by a linear search).
import { describe, expect, it } from 'vitest';
import { upNext } from '../../shared/meeting/on-deck.js';
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
