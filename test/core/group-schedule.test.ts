// A weekly group's meeting lives for its scheduled time (issue 13): emptying it does not end it
// (the next person comes in at the door as usual), the clock warns the room five minutes before
// its scheduled end and ends it then, as a chair's `end` does. A one-off meeting still ends when
// it empties.
import { describe, expect, it } from 'vitest';
import { nextDue } from '../../shared/meeting/decide.js';
import { END_WARNING_MS } from '../../shared/meeting/group-meeting.js';
import { forgetsLog } from '../../shared/meeting/membership.js';
import { buildView } from '../../shared/meeting/view.js';
import { gathered, joinCmd, T0 } from './helpers.js';

const END = T0 + 90 * 60_000;
const GROUP = { slug: 'tirsdag', start: T0, end: END };

describe('a weekly group meeting emptied by its people', () => {
  it('does not end: the next person is let in at the door as usual and takes the empty chair', () => {
    const r = gathered({ group: GROUP, others: ['b'] });
    r.ok({ type: 'leave', by: 'b' });
    const last = r.ok({ type: 'leave', by: 'a' });
    expect(last.some((e) => e.type === 'ended')).toBe(false);
    expect(r.state.phase).toBe('gathering');
    expect(r.state.participants).toEqual([]);
    // Seats whose grace ran out (dropped, not left) empty it the same way.
    r.join('c', { volunteer: true });
    expect(r.chair).toBe('c');
    r.ok({ type: 'disconnect', by: 'c' });
    r.tickAt(r.now + 60_000);
    expect(r.state.participants).toEqual([]);
    expect(r.state.phase).toBe('gathering');
    r.join('d');
    expect(r.state.participants.map((p) => p.id)).toEqual(['d']);
  });

  it('keeps nothing of those who left: topic, queued notes and held share go; the removed stay out', () => {
    const r = gathered({ group: GROUP, others: ['b', 'c'] });
    r.ok({ type: 'setTopic', by: 'a', text: 'Kari og huset' });
    r.ok({ type: 'remove', by: 'a', target: 'c' });
    const before = r.state;
    r.ok({ type: 'leave', by: 'b' });
    expect(forgetsLog(before, r.state)).toBe(false);
    const one = r.state;
    r.ok({ type: 'leave', by: 'a' });
    expect(forgetsLog(one, r.state)).toBe(true);
    expect(r.state).toMatchObject({ topic: null, queuedNotes: [], held: null, removed: ['c'], doorWatched: true });
    r.no(joinCmd('c'), 'REMOVED');
    // A one-off meeting's end purges everything anyway; it is not "emptied and kept".
    const oneOff = gathered({ others: [] });
    const last = oneOff.state;
    oneOff.ok({ type: 'leave', by: 'a' });
    expect(forgetsLog(last, oneOff.state)).toBe(false);
  });

  it('keeps a running round for whoever comes next', () => {
    const r = gathered({ group: GROUP, others: ['b'] });
    r.ok({ type: 'start', by: 'a' });
    r.ok({ type: 'advance', by: 'a' });
    r.ok({ type: 'leave', by: 'a' });
    r.ok({ type: 'leave', by: 'b' });
    expect(r.state.phase).toBe('round');
    r.join('c', { volunteer: true });
    expect(r.chair).toBe('c');
  });

  it('a one-off meeting still ends when its last person leaves', () => {
    const r = gathered({ others: ['b'] });
    r.ok({ type: 'leave', by: 'b' });
    expect(r.ok({ type: 'leave', by: 'a' }).some((e) => e.type === 'ended')).toBe(true);
  });
});

describe('the scheduled end', () => {
  it('warns the room once, five minutes before, and ends the meeting at its end like the chair\'s end', () => {
    const r = gathered({ group: GROUP, access: 'closed', others: ['b'] });
    r.ok(joinCmd('x', { name: 'Gjest' }));
    expect(buildView(r.state, 'a', r.now).endsAt).toBe(END);
    expect(nextDue(r.state)).toBe(END - END_WARNING_MS);
    r.now = END - END_WARNING_MS - 1;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(r.tickAt(END - END_WARNING_MS)).toEqual([{ type: 'endingSoon', endsAt: END, phase: 'gathering' }]);
    expect(nextDue(r.state)).toBe(END);
    r.now = END - 1;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    const ev = r.tickAt(END);
    expect(ev).toEqual([{ type: 'doorClosed', id: 'x', to: 'x' }, { type: 'ended' }]);
    expect(r.state.phase).toBe('ended');
    expect(r.state.participants).toEqual([]);
    expect(r.state.title).toBe('');
    expect(nextDue(r.state)).toBeNull();
  });

  it('ends at once a meeting whose clock first ticks after its end, and warns one that opens late', () => {
    const late = gathered({ group: GROUP });
    expect(late.tickAt(END + 60_000).map((e) => e.type)).toEqual(['ended']);
    const r = gathered({ group: GROUP });
    expect(r.tickAt(END - 60_000)).toEqual([{ type: 'endingSoon', endsAt: END, phase: 'gathering' }]);
  });

  it('keeps the warning of an empty meeting for the first person who comes', () => {
    const r = gathered({ group: GROUP, others: [] });
    r.ok({ type: 'leave', by: 'a' });
    expect(nextDue(r.state)).toBe(END);
    r.now = END - 60_000;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    r.join('b');
    expect(nextDue(r.state)).toBe(END - END_WARNING_MS);
    expect(r.tickAt(END - 59_000)).toEqual([{ type: 'endingSoon', endsAt: END, phase: 'gathering' }]);
  });

  it('is only for a weekly group\'s meeting: a one-off meeting has no scheduled end', () => {
    const r = gathered();
    expect(buildView(r.state, 'a', r.now).endsAt).toBeNull();
    expect(nextDue(r.state)).toBeNull();
    r.now = END + 3600_000;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
  });
});
