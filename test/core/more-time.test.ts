// The speaker asks for more time; the chair decides, or, with nobody to decide, it is given
// (shared/meeting/more-time.ts). A fresh tester with a screen reader found no way to ask at all.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { viewRecipients } from '../../shared/meeting/outbox.js';
import { decide } from '../../shared/meeting/decide.js';
import { inRound, T0 } from './helpers.js';

describe('askMoreTime', () => {
  it('goes to the chair and the speaker only; the chair gives the minute with extend', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.shareDone('a');
    expect(r.speaker).toBe('b');
    const deadline = r.state.speaker!.deadline;
    const before = r.state;
    const ev = r.ok({ type: 'askMoreTime', by: 'b' });
    expect(ev).toEqual([
      { type: 'moreTimeAsked', id: 'b', to: 'a' },
      { type: 'moreTimeAsked', id: 'b', to: 'b' },
    ]);
    // Nothing moves yet: the chair decides.
    expect(r.state.speaker).toMatchObject({ deadline, extended: false, askedMoreTime: true });
    // The question shows in the speaker's and the chair's views, nobody else's; only they get one.
    expect(buildView(r.state, 'a', r.now).speaker?.askedMoreTime).toBe(true);
    expect(buildView(r.state, 'b', r.now).speaker?.askedMoreTime).toBe(true);
    expect(buildView(r.state, 'c', r.now).speaker?.askedMoreTime).toBe(false);
    expect(viewRecipients(before, r.state, ev, r.now).sort()).toEqual(['a', 'b']);
    r.no({ type: 'askMoreTime', by: 'b' }, 'ALREADY_DONE');
    expect(r.ok({ type: 'extend', by: 'a' })).toEqual([{ type: 'extended', id: 'b', deadline: deadline + 30_000, addedMs: 30_000 }]);
    expect(r.state.speaker).toMatchObject({ extended: true });
    expect(r.state.speaker?.askedMoreTime).toBeUndefined();
    // Once per turn: after an extension there is nothing left to ask for.
    r.no({ type: 'askMoreTime', by: 'b' }, 'ALREADY_DONE');
  });

  it('only the speaker may ask', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.no({ type: 'askMoreTime', by: 'b' }, 'NOT_YOUR_TURN');
    r.shareDone('a');
    r.no({ type: 'askMoreTime', by: 'a' }, 'NOT_YOUR_TURN');
  });

  it('is given at once when the chair cannot decide: the speaker chairs, or the chair is offline', () => {
    const r = inRound({ others: ['b', 'c'] });
    const deadline = r.state.speaker!.deadline;
    expect(r.ok({ type: 'askMoreTime', by: 'a' })).toEqual([{ type: 'extended', id: 'a', deadline: deadline + 30_000, addedMs: 30_000, asked: true }]);
    r.shareDone('a');
    r.ok({ type: 'disconnect', by: 'a' });
    const d2 = r.state.speaker!.deadline;
    const ev = r.ok({ type: 'askMoreTime', by: 'b' });
    expect(ev.filter((e) => e.type === 'extended')).toEqual([{ type: 'extended', id: 'b', deadline: d2 + 30_000, addedMs: 30_000, asked: true }]);
    expect(ev.some((e) => e.type === 'moreTimeAsked')).toBe(false);
  });

  it('a new turn starts unasked', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.shareDone('a');
    r.ok({ type: 'askMoreTime', by: 'b' });
    r.ok({ type: 'pass', by: 'b' });
    expect(r.speaker).toBe('c');
    expect(r.state.speaker?.askedMoreTime).toBeUndefined();
    expect(buildView(r.state, 'a', r.now).speaker?.askedMoreTime).toBe(false);
    expect(decide(r.state, { type: 'askMoreTime', by: 'c' }, T0).ok).toBe(true);
  });
});

// A fresh tester (2026-12-05): asked while the chair was there, the question stayed open after
// the chair's connection dropped or the chair left, and could not be asked again.
describe('a question for more time when the chair goes', () => {
  it("is answered with the minute when the chair's connection drops", () => {
    const r = inRound({ others: ['b', 'c'] });
    r.shareDone('a');
    const deadline = r.state.speaker!.deadline;
    r.ok({ type: 'askMoreTime', by: 'b' });
    const ev = r.ok({ type: 'disconnect', by: 'a' });
    expect(ev.filter((e) => e.type === 'extended')).toEqual([{ type: 'extended', id: 'b', deadline: deadline + 30_000, addedMs: 30_000, asked: true }]);
    expect(r.state.speaker).toMatchObject({ extended: true });
  });

  it('is answered with the minute when the chair leaves with nobody to take it', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.shareDone('a');
    r.ok({ type: 'askMoreTime', by: 'b' });
    const ev = r.ok({ type: 'leave', by: 'a' });
    expect(ev.some((e) => e.type === 'extended' && e.asked === true)).toBe(true);
  });

  it('is put to the new chair when the chair is handed on', () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['c'] });
    r.shareDone('a');
    r.ok({ type: 'askMoreTime', by: 'b' });
    const ev = r.ok({ type: 'handChair', by: 'a', target: 'c' });
    expect(ev.filter((e) => e.type === 'moreTimeAsked')).toEqual([{ type: 'moreTimeAsked', id: 'b', to: 'c' }]);
    expect(r.state.speaker?.askedMoreTime).toBe(true);
    r.ok({ type: 'extend', by: 'c' });
    expect(r.state.speaker?.extended).toBe(true);
  });
});
