// Someone taking a seat (Issue 10, lean fan-out): the `joined` event carries the newcomer's entry
// (`seat`, `at`) and who is next when that changed (`upNext`), so only the newcomer gets a view;
// the chair, the co-chair and the greeter get a small private `keeperPatch` with the entry as they
// see it (keeper-patch.ts; a fresh tester, 2026-12-05: ~9 KB per arrival for the chair of 40),
// or a view when that is not enough (an admission moves the door's list); everyone else patches
// the view they hold to exactly the view they would have been sent. 28 people arriving used to
// cost an early member 56 frames.
import { describe, expect, it } from 'vitest';
import { viewRecipients } from '../../shared/meeting/outbox.js';
import { patchView } from '../../shared/meeting/view-patch.js';
import { buildView, replayTo } from '../../shared/meeting/view.js';
import { eventFor } from '../../shared/meeting/discretion.js';
import { accept, gathered, inRound, type Run } from './helpers.js';
import type { MeetingEvent } from '../../shared/meeting/events.js';

const settings = { maxParticipants: 50 };
const ids = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `p${from + i}`);

/** Joins `id`; checks that every earlier member who gets no view patches to the fresh view; returns who got views. */
function joinAndCheck(r: Run, id: string): string[] {
  const before = r.state;
  const events = r.join(id, { joinCode: true });
  const to = viewRecipients(before, r.state, events, r.now);
  for (const p of before.participants) {
    if (to.includes(p.id)) continue;
    const seen = events.map((e) => eventFor(r.state, p.id, e)).filter((e): e is MeetingEvent => e !== null);
    expect({ ...patchView(buildView(before, p.id, r.now), seen), seq: 0 }).toEqual({ ...buildView(r.state, p.id, r.now), seq: 0 });
  }
  return to;
}

/** Lets `id` in from the door (closed meeting, chair `a`); checks as joinAndCheck does; returns who got views. */
function admitAndCheck(r: Run, id: string): string[] {
  r.join(id);
  accept(r, id);
  const before = r.state;
  const events = r.ok({ type: 'admit', by: 'a', target: id });
  const to = viewRecipients(before, r.state, events, r.now);
  for (const p of before.participants) {
    if (to.includes(p.id)) continue;
    const seen = events.map((e) => eventFor(r.state, p.id, e)).filter((e): e is MeetingEvent => e !== null);
    expect({ ...patchView(buildView(before, p.id, r.now), seen), seq: 0 }).toEqual({ ...buildView(r.state, p.id, r.now), seq: 0 });
  }
  return to;
}

describe('a seat taken sends no view to the members', () => {
  // A newcomer's private `newcomer` note goes to the chair and the greeter, who patch their view;
  // it used to send every member a whole view for each first-timer.
  it('first-timers arriving: a view to the newcomer only; the chair and the greeter patch theirs', () => {
    const r = inRound({ others: ['b', 'c', 'd'], settings });
    r.ok({ type: 'setGreeter', by: 'a', target: 'c' });
    r.ok({ type: 'answerGreeter', by: 'c', yes: true });
    for (const id of ids(5)) {
      const before = r.state;
      const events = r.join(id, { joinCode: true, firstTime: true });
      expect(events.some((e) => e.type === 'newcomer')).toBe(true);
      const to = viewRecipients(before, r.state, events, r.now);
      expect([...to]).toEqual([id]);
      expect(events.flatMap((e) => (e.type === 'keeperPatch' ? [e.to] : []))).toEqual(['a', 'c']);
      // The greeter's own entry for the newcomer says they are new (firstTime true, not null).
      expect(events.find((e) => e.type === 'keeperPatch' && e.to === 'c')).toMatchObject({ seats: [{ id, firstTime: true }] });
      for (const p of before.participants) {
        if (to.includes(p.id)) continue;
        const seen = events.map((e) => eventFor(r.state, p.id, e)).filter((e): e is MeetingEvent => e !== null);
        expect({ ...patchView(buildView(before, p.id, r.now), seen), seq: 0 }).toEqual({ ...buildView(r.state, p.id, r.now), seq: 0 });
      }
    }
  });

  // A closed meeting's door (Al-Anon-style groups): each admission used to send every seated
  // person a whole view, as joins did.
  it('12 people let in from the door while gathering and during a round: views to the chair and the newcomer only', () => {
    const r = gathered({ others: ['b', 'c'], access: 'closed', settings });
    for (const id of ids(6)) expect(admitAndCheck(r, id)).toEqual(['a', id]);
    r.ok({ type: 'start', by: 'a' });
    r.ok({ type: 'advance', by: 'a' });
    for (const id of ids(6, 6)) expect(admitAndCheck(r, id)).toEqual(['a', id]);
    expect(r.state.participants).toHaveLength(15);
  });

  it('28 people arrive while gathering: a view to the newcomer only, the others patch (the chair too)', () => {
    const r = gathered({ others: ['b'], settings });
    for (const id of ids(28)) expect(joinAndCheck(r, id)).toEqual([id]);
    expect(r.state.participants).toHaveLength(30);
  });

  it('latecomers during a circle round: placed at the end of the round, who is next carried when it changed', () => {
    const r = inRound({ others: ['b', 'c'], settings });
    const before = r.state;
    const events = r.join('p0', { joinCode: true });
    const joined = events.find((e) => e.type === 'joined');
    expect(joined).toMatchObject({ id: 'p0', at: 3, seat: { id: 'p0', status: 'pending', shared: null, firstTime: null } });
    expect(viewRecipients(before, r.state, events, r.now)).toEqual(['p0']);
    for (const id of ids(10, 1)) expect(joinAndCheck(r, id)).toEqual([id]);
  });

  it('the co-chair and the greeter patch theirs (toShare, firstTime); a discreet meeting sends views to all', () => {
    const r = inRound({ others: ['b', 'c', 'd'], volunteers: ['b'], settings });
    r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
    expect(joinAndCheck(r, 'p0')).toEqual(['p0']);
    r.ok({ type: 'setGreeter', by: 'a', target: 'c' });
    r.ok({ type: 'answerGreeter', by: 'c', yes: true });
    expect(r.state.greeterId).toBe('c');
    // The greeter's entry for the newcomer says firstTime false, not null: in their keeperPatch.
    expect(joinAndCheck(r, 'p2')).toEqual(['p2']);
    expect(r.events.find((e) => e.type === 'keeperPatch' && e.to === 'c')).toMatchObject({ seats: [{ id: 'p2', firstTime: false }] });
    r.ok({ type: 'setDiscreet', by: 'a', on: true });
    const before = r.state;
    const events = r.join('p1', { joinCode: true });
    expect(viewRecipients(before, r.state, events, r.now)).toHaveLength(r.state.participants.length);
  });

  it('a replayed joined event comes without its patch fields', () => {
    const r = gathered({ settings });
    const events = r.join('p0', { joinCode: true });
    expect(events[0]).toHaveProperty('seat');
    const log = events.map((event) => ({ seq: r.state.seq, at: r.now, event }));
    expect(replayTo(r.state, 'b', log, 0, 0).map((l) => l.event)).toEqual([{ type: 'joined', id: 'p0', name: 'Name-p0' }]);
  });
});
