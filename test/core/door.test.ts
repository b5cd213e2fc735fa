// The door holds (issue 8): after anyone is removed every newcomer waits to be let in, keeping
// nothing about anyone; a person at the door is told why they wait and nothing of the meeting;
// and the end reaches the door too. The outbox is the per-recipient filter the server follows.
import { describe, expect, it } from 'vitest';
import { buildDoorView } from '../../shared/meeting/door.js';
import { outbox } from '../../shared/meeting/outbox.js';
import { buildView } from '../../shared/meeting/view.js';
import { T0, gathered, inRound, NAMES } from './helpers.js';

describe('after a removal the door is watched', () => {
  it('every new arrival waits at the door, with or without a join code, for the rest of the meeting', () => {
    const r = gathered({ access: 'closed', others: ['b', 'c'] });
    expect(r.state.doorWatched).toBe(false);
    r.ok({ type: 'remove', by: 'a', target: 'b' });
    expect(r.events).toContainEqual({ type: 'doorWatched', on: true });
    expect(buildView(r.state, 'a', T0).doorWatched).toBe(true);
    // The removed person comes back as a "new" person, with the code: they wait.
    r.join('d', { name: 'Bjarne', joinCode: true });
    expect(r.state.waiting.map((w) => [w.id, w.reason])).toEqual([['d', 'held']]);
    expect(r.state.participants.map((p) => p.id)).toEqual(['a', 'c']);
    r.ok({ type: 'start', by: 'a' });
    r.ok({ type: 'advance', by: 'a' });
    r.join('e', { joinCode: true });
    expect(r.state.waiting.map((w) => w.id)).toEqual(['d', 'e']);
  });

  it('holds in an open meeting too, and a denial watches the door like a removal', () => {
    const r = gathered({ others: ['b'] });
    r.ok({ type: 'lock', by: 'a', on: true });
    r.join('c');
    r.ok({ type: 'lock', by: 'a', on: false });
    r.ok({ type: 'deny', by: 'a', target: 'c' });
    expect(r.state.doorWatched).toBe(true);
    r.join('d');
    expect(r.state.waiting.map((w) => [w.id, w.reason])).toEqual([['d', 'held']]);
  });

  it('the chair can turn it off (and on); nobody else can', () => {
    const r = gathered({ others: ['b', 'c'] });
    r.ok({ type: 'remove', by: 'a', target: 'c' });
    r.no({ type: 'watchDoor', by: 'b', on: false }, 'NOT_CHAIR');
    expect(r.ok({ type: 'watchDoor', by: 'a', on: false })).toEqual([{ type: 'doorWatched', on: false }]);
    r.no({ type: 'watchDoor', by: 'a', on: false }, 'ALREADY_DONE');
    r.join('d');
    expect(r.state.participants.map((p) => p.id)).toContain('d');
    r.ok({ type: 'watchDoor', by: 'a', on: true });
    r.join('e');
    expect(r.state.waiting.map((w) => w.id)).toEqual(['e']);
  });

  it('keeps nothing about the removed person: their name is nowhere in the state, only an id that means nothing outside the meeting', () => {
    const r = gathered({ others: ['b', 'c'] });
    r.ok({ type: 'remove', by: 'a', target: 'b' });
    expect(JSON.stringify(r.state)).not.toContain(NAMES.b);
    expect(r.state.removed).toEqual(['b']);
  });

  it('nothing of it outlives the meeting', () => {
    const r = gathered({ others: ['b', 'c'] });
    r.ok({ type: 'remove', by: 'a', target: 'b' });
    r.ok({ type: 'end', by: 'a' });
    expect(r.state).toMatchObject({ doorWatched: false, removed: [], waiting: [] });
  });
});

describe('why someone waits, and what the door shows', () => {
  it('a wrong code says so, a locked door says it is locked, a closed meeting without a code says that', () => {
    const r = gathered({ access: 'closed', others: ['b'] });
    r.join('c', { wrongCode: true });
    r.join('d');
    r.ok({ type: 'lock', by: 'a', on: true });
    r.join('e', { joinCode: true });
    r.join('f', { wrongCode: true });
    expect(r.state.waiting.map((w) => [w.id, w.reason])).toEqual([['c', 'wrongCode'], ['d', 'closed'], ['e', 'locked'], ['f', 'wrongCode']]);
  });

  it('the door view holds the title, language, format, access, the lock and the reason, and nothing of who is inside', () => {
    const r = inRound({ access: 'closed', others: ['b', 'c'] });
    r.ok({ type: 'setTopic', by: 'a', text: 'Håp og mot' });
    r.join('d');
    const door = buildDoorView(r.state, 'd');
    expect(door).toEqual({ id: 'm1', title: 'Tirsdagsmøtet', language: 'nb', formatId: 'standard', access: 'closed', waiting: true, locked: false, reason: 'closed', accepted: false, guidelinesText: null, greeted: false });
    expect(() => buildDoorView(r.state, 'a')).toThrow();
  });
});

describe('the outbox: who is sent what', () => {
  it('a removed person leaves the room before anything of the command, and gets only their farewell', () => {
    const r = inRound({ others: ['b', 'c'] });
    const ev = r.ok({ type: 'remove', by: 'a', target: 'b' });
    const ob = outbox(r.state, ev, [], T0);
    expect(ob.leaveRoom).toContain('b');
    expect(ob.direct.filter((d) => d.to === 'b').map((d) => d.kind)).toEqual(['event', 'bye']);
    expect(ob.views).not.toContain('b');
  });

  it('someone at the door gets no view and no event after a command that does not concern them', () => {
    const r = inRound({ access: 'closed', others: ['b'] });
    r.join('d');
    const ev = r.ok({ type: 'share', by: 'a', text: 'Jeg deler' });
    const ob = outbox(r.state, ev, ev.map((event) => ({ seq: r.state.seq, at: T0, event })), T0);
    expect(ob.leaveRoom).toContain('d');
    expect(ob.views).not.toContain('d');
    expect(ob.direct.filter((d) => d.to === 'd')).toEqual([]);
  });

  it('sent back: a door view only; denied: a farewell only; the end: a farewell to everyone at the door', () => {
    const r = gathered({ others: ['b', 'c'] });
    let ev = r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    expect(outbox(r.state, ev, [], T0).direct.filter((d) => d.to === 'b')).toEqual([{ to: 'b', kind: 'door', door: buildDoorView(r.state, 'b') }]);
    ev = r.ok({ type: 'deny', by: 'a', target: 'b' });
    expect(outbox(r.state, ev, [], T0).direct.filter((d) => d.to === 'b')).toEqual([{ to: 'b', kind: 'bye', reason: 'denied' }]);
    r.join('d');
    r.join('e');
    ev = r.ok({ type: 'end', by: 'a' });
    const ob = outbox(r.state, ev, [], T0);
    expect(ob.ended).toBe(true);
    expect(ob.direct).toEqual([{ to: 'd', kind: 'bye', reason: 'ended' }, { to: 'e', kind: 'bye', reason: 'ended' }]);
  });

  it('the last seated person leaving tells the door the meeting ended', () => {
    const r = gathered({ access: 'closed', others: [] });
    r.join('d');
    const ev = r.ok({ type: 'leave', by: 'a' });
    expect(r.state.phase).toBe('ended');
    expect(outbox(r.state, ev, [], T0).direct).toEqual([{ to: 'd', kind: 'bye', reason: 'ended' }]);
  });
});
