// The practice meeting's rules in the core (Issue 15): only the chair key's holder and those with
// its join code (the server's simulated members) get in; it ends when its person leaves.
import { describe, expect, it } from 'vitest';
import { newMeeting, Run } from './helpers.js';

function practice(): Run {
  const r = new Run(newMeeting({ practice: true, access: 'closed' }));
  r.join('b', { joinCode: true });
  r.join('c', { joinCode: true });
  r.join('a', { chairKey: true, volunteer: true });
  return r;
}

describe('a practice meeting', () => {
  it('is closed to anyone without its key or code: to them it does not exist', () => {
    const r = practice();
    r.no({ type: 'join', id: 'x', name: 'Nysgjerrig', role: 'participant', volunteer: false, pledge: true, chairKey: false, joinCode: false }, 'MEETING_NOT_FOUND');
    expect(r.chair).toBe('a');
  });

  it('ends when its person leaves, not when a practice member does', () => {
    const r = practice();
    r.ok({ type: 'leave', by: 'b' });
    expect(r.state.phase).toBe('gathering');
    const ev = r.ok({ type: 'leave', by: 'a' });
    expect(r.state.phase).toBe('ended');
    expect(ev.some((e) => e.type === 'ended')).toBe(true);
  });

  it('an ordinary meeting is not affected: the chair leaving hands the chair on', () => {
    const r = new Run(newMeeting({ access: 'closed' }));
    r.join('a', { chairKey: true, volunteer: true });
    r.join('b', { joinCode: true, volunteer: true });
    r.ok({ type: 'leave', by: 'a' });
    expect(r.state.phase).toBe('gathering');
    expect(r.chair).toBe('b');
  });
});
