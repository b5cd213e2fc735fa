// A seat (or a place at the door) given up by the person's own leave is remembered by its
// internal id only (state.ts `leftIds`), so a later `resume` of it is answered SEAT_LEFT and not
// "the connection was gone too long" (server/realtime.ts seatGone). A drop past the grace time is
// not a leave; the list shows in no view and goes with the meeting's end.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { gathered } from './helpers.js';
import { LIMITS } from '../../shared/limits.js';

describe('who left on purpose', () => {
  it('a leave is remembered; a drop past the grace time is not; nobody sees it; the end empties it', () => {
    const r = gathered({ others: ['b', 'c', 'd'] });
    r.ok({ type: 'leave', by: 'b' });
    expect(r.state.leftIds).toEqual(['b']);
    r.ok({ type: 'disconnect', by: 'c' });
    r.wait(r.state.settings.graceMs);
    r.ok({ type: 'tick' });
    expect(r.state.participants.some((p) => p.id === 'c')).toBe(false);
    expect(r.state.leftIds).toEqual(['b']);
    expect(JSON.stringify(buildView(r.state, 'a', r.now))).not.toContain('leftIds');
    r.ok({ type: 'end', by: 'a' });
    expect(r.state.leftIds).toEqual([]);
  });

  it('leaving the door counts too', () => {
    const r = gathered({ others: ['b'] });
    r.ok({ type: 'lock', by: 'a', on: true });
    r.join('w', {});
    expect(r.state.waiting.map((w) => w.id)).toEqual(['w']);
    r.ok({ type: 'leave', by: 'w' });
    expect(r.state.leftIds).toEqual(['w']);
  });
});

describe('who left on purpose, bounded', () => {
  it('joins and leaves in a loop keep only the newest LIMITS.leftKept ids', () => {
    const r = gathered({ others: ['b'] });
    const n = LIMITS.leftKept + 25;
    for (let i = 0; i < n; i++) {
      r.join(`x${i}`, {});
      r.ok({ type: 'leave', by: `x${i}` });
    }
    expect(r.state.leftIds).toHaveLength(LIMITS.leftKept);
    expect(r.state.leftIds!.at(-1)).toBe(`x${n - 1}`);
    expect(r.state.leftIds![0]).toBe(`x${n - LIMITS.leftKept}`);
  });
});
