// Discreet attendance in the core: who may see whose name, for views, room events and replay.
import { describe, expect, it } from 'vitest';
import { eventFor, mayName, replayAs } from '../../shared/meeting/discretion.js';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import { buildView, replayFor, type LoggedEvent } from '../../shared/meeting/view.js';
import { NAMES, Run, gathered, inRound, nameOf } from './helpers.js';

/** Events that name the person whose turn it is: the one place another's name may show. */
const TURN_EVENTS = new Set<MeetingEvent['type']>(['turn', 'share', 'shareEnded', 'timeWarning', 'extended']);

/** Every name and id of someone other than `viewer` in `e`, unless `e` is about a turn. */
function leaks(e: MeetingEvent, viewer: string): string[] {
  const text = JSON.stringify(e);
  const others = Object.keys(NAMES).filter((id) => id !== viewer);
  if (TURN_EVENTS.has(e.type)) return [];
  return others.flatMap((id) => [nameOf(id), `"${id}"`]).filter((s) => text.includes(s));
}

/** A whole discreet meeting, every command recorded with its events as the store logs them. */
function discreetMeeting(): { r: Run; log: LoggedEvent[] } {
  const log: LoggedEvent[] = [];
  const r = gathered({ discreet: true, others: ['b', 'c', 'd', 'e'], volunteers: ['b'], listeners: ['e'] });
  const step = (cmd: Parameters<Run['ok']>[0]) => {
    for (const event of r.ok(cmd)) if (!('to' in event)) log.push({ seq: r.state.seq, at: r.now, event });
  };
  step({ type: 'setCoChair', by: 'a', target: 'b' });
  step({ type: 'volunteer', by: 'c', on: true });
  step({ type: 'start', by: 'a' });
  step({ type: 'advance', by: 'a' });
  step({ type: 'share', by: 'a', text: 'Velkommen' });
  step({ type: 'finishShare', by: 'a' });
  step({ type: 'disconnect', by: 'd' });
  step({ type: 'reconnect', by: 'd' });
  step({ type: 'mute', by: 'a', target: 'd', on: true });
  step({ type: 'mute', by: 'a', target: 'd', on: false });
  step({ type: 'setTurnMode', by: 'a', mode: 'hands' });
  step({ type: 'raiseHand', by: 'c' });
  step({ type: 'raiseHand', by: 'd' });
  step({ type: 'handChair', by: 'a', target: 'c' });
  step({ type: 'leave', by: 'e' });
  r.join('f');
  for (const event of r.events) if (!('to' in event)) log.push({ seq: r.state.seq, at: r.now, event });
  return { r, log };
}

describe('discreet attendance: the rule', () => {
  it('an ordinary meeting names everyone to everyone', () => {
    const r = inRound({ others: ['b', 'c'] });
    expect(mayName(r.state, 'c', 'b')).toBe(true);
    expect(buildView(r.state, 'c', r.now).participants.map((p) => p.name)).toEqual(['Ada', 'Bjarne', 'Cecilie']);
  });

  it('a participant sees the count, their place and the speaker, not who else is there', () => {
    const r = inRound({ discreet: true, others: ['b', 'c', 'd'] });
    const v = buildView(r.state, 'c', r.now);
    expect(v.discreet).toBe(true);
    expect(v.present).toBe(4);
    expect(v.you.place).toBe(3);
    expect(v.participants.map((p) => p.id).sort()).toEqual(['a', 'c']);
    // Who is next keeps its order and your own place; the others' ids are blanked.
    expect(v.upNext).toEqual(['', 'c', '']);
    const text = JSON.stringify(v);
    for (const hidden of ['Bjarne', 'Dagny', '"b"', '"d"']) expect(text).not.toContain(hidden);
  });

  it('the name shows while that person shares and goes when the turn passes', () => {
    const r = inRound({ discreet: true, others: ['b', 'c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.speaker).toBe('b');
    expect(buildView(r.state, 'c', r.now).participants.map((p) => p.name).sort()).toEqual(['Bjarne', 'Cecilie']);
    r.ok({ type: 'pass', by: 'b' });
    expect(JSON.stringify(buildView(r.state, 'c', r.now))).not.toContain('Bjarne');
  });

  it('the chair and the co-chair see everyone', () => {
    const r = inRound({ discreet: true, others: ['b', 'c', 'd'], volunteers: ['b'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
    for (const keeper of ['a', 'b']) expect(buildView(r.state, keeper, r.now).participants).toHaveLength(4);
    expect(buildView(r.state, 'b', r.now).chairId).toBe('a');
    expect(buildView(r.state, 'd', r.now).coChairId).toBeNull();
  });

  it('no room event names a hidden person to another participant, live or replayed', () => {
    const { r, log } = discreetMeeting();
    expect(r.state.chairId).toBe('c');
    let passed = 0;
    for (const viewer of ['d', 'f']) {
      for (const l of log) {
        const e = eventFor(r.state, viewer, l.event);
        if (e) {
          expect(leaks(e, viewer), `${viewer} got ${JSON.stringify(e)}`).toEqual([]);
          passed++;
        }
      }
      for (const l of replayAs(r.state, viewer, replayFor(log, 0, 0))) expect(leaks(l.event, viewer)).toEqual([]);
    }
    expect(passed).toBeGreaterThan(10);
  });

  it('the keepers get every event unchanged, and a person always gets their own (who is next left out)', () => {
    const { r, log } = discreetMeeting();
    for (const keeper of ['b', 'c']) for (const l of log) expect(eventFor(r.state, keeper, l.event)).toBe(l.event);
    const mine = log.filter((l) => 'id' in l.event && l.event.id === 'd');
    expect(mine.length).toBeGreaterThan(2);
    let nextLeftOut = 0;
    for (const l of mine) {
      const e = l.event;
      if (e.type === 'connection' && e.upNext) {
        // Who is next names others: a member of a discreet meeting gets it only in a view (viewFor).
        expect(eventFor(r.state, 'd', e)).toEqual({ type: 'connection', id: e.id, connected: e.connected });
        nextLeftOut++;
      } else expect(eventFor(r.state, 'd', e)).toBe(e);
    }
    expect(nextLeftOut).toBeGreaterThan(0);
  });

  it('who chairs is told to the new chair only, the others hear without a name that the chair is filled (an empty chair to all); a hand queue shows only your own hand', () => {
    const { r } = discreetMeeting();
    expect(eventFor(r.state, 'd', { type: 'chair', id: 'c', name: 'Cecilie', reason: 'handed' })).toEqual({ type: 'chairFilled', reason: 'handed' });
    expect(eventFor(r.state, 'd', { type: 'chair', id: 'c', name: 'Cecilie', reason: 'returned' })).toEqual({ type: 'chairFilled', reason: 'returned' });
    expect(eventFor(r.state, 'd', { type: 'chair', id: 'd', name: 'Dagny', reason: 'handed' })).not.toBeNull();
    const none = { type: 'chair', id: null, name: null, reason: 'failover' } as const;
    expect(eventFor(r.state, 'd', none)).toBe(none);
    expect(eventFor(r.state, 'd', { type: 'hands', queue: ['c', 'd'] })).toEqual({ type: 'hands', queue: ['d'] });
    expect(eventFor(r.state, 'f', { type: 'hands', queue: ['c', 'd'] })).toEqual({ type: 'hands', queue: [] });
  });

  it('only the chair turns it on, and once on it stays on', () => {
    const r = gathered({ others: ['b', 'c'], volunteers: ['b'] });
    r.no({ type: 'setDiscreet', by: 'b', on: true }, 'NOT_CHAIR');
    r.no({ type: 'setDiscreet', by: 'a', on: false }, 'ALREADY_DONE');
    expect(r.ok({ type: 'setDiscreet', by: 'a', on: true })).toEqual([{ type: 'discreet', on: true }]);
    r.no({ type: 'setDiscreet', by: 'a', on: true }, 'ALREADY_DONE');
    r.no({ type: 'setDiscreet', by: 'a', on: false }, 'NOT_ALLOWED');
    expect(buildView(r.state, 'c', r.now).participants.map((p) => p.id)).toEqual(['c']);
  });
});
