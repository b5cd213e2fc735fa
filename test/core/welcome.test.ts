// The quiet welcome (Issue 15): the newcomer tick is seen by the chair and the greeter only, and
// goes with the person; the greeter sends the format's set welcome (not free text) to the room or
// the waiting room; people at the door accept the guidelines before anyone can let them in.
import { describe, expect, it } from 'vitest';
import { outbox } from '../../shared/meeting/outbox.js';
import { buildDoorView } from '../../shared/meeting/door.js';
import { buildView } from '../../shared/meeting/view.js';
import { accept, gathered } from './helpers.js';

const firstTime = { firstTime: true } as const;

describe('the newcomer tick', () => {
  it('only the chair (and the greeter) see it, in the view and in a private event; nobody else, not even the co-chair', () => {
    const r = gathered({ volunteers: ['b'], others: ['b', 'c'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
    r.ok({ type: 'setGreeter', by: 'a', target: 'c' });
    r.ok({ type: 'answerGreeter', by: 'c', yes: true });
    const ev = r.ok({ type: 'join', id: 'd', name: 'Dagny', role: 'participant', volunteer: false, pledge: true, chairKey: false, joinCode: true, ...firstTime });
    expect(ev.filter((e) => e.type === 'newcomer')).toEqual([
      { type: 'newcomer', id: 'd', name: 'Dagny', atDoor: false, to: 'a' },
      { type: 'newcomer', id: 'd', name: 'Dagny', atDoor: false, to: 'c' },
    ]);
    // The room's own event says nothing of it.
    expect(ev.find((e) => e.type === 'joined')).toMatchObject({ type: 'joined', id: 'd', name: 'Dagny', seat: { firstTime: null } });
    const flag = (viewer: string) => buildView(r.state, viewer, r.now).participants.find((p) => p.id === 'd')?.firstTime;
    expect(flag('a')).toBe(true);
    expect(flag('c')).toBe(true);
    expect(flag('b')).toBeNull();
    expect(flag('d')).toBeNull();
    // The outbox sends the private event to the chair and greeter only.
    const ob = outbox(r.state, ev, [], r.now);
    expect(ob.direct.filter((d) => d.kind === 'event' && d.event.event.type === 'newcomer').map((d) => d.to)).toEqual(['a', 'c']);
    expect(ob.room.some((e) => e.event.type === 'newcomer')).toBe(false);
  });

  it('at the door of a closed meeting too: the chair sees it on the waiting list, and it goes when they leave the door', () => {
    const r = gathered({ access: 'closed' });
    r.ok({ type: 'join', id: 'd', name: 'Dagny', role: 'participant', volunteer: false, pledge: true, chairKey: false, joinCode: false, ...firstTime });
    expect(buildView(r.state, 'a', r.now).waiting).toEqual([{ id: 'd', name: 'Dagny', role: 'participant', firstTime: true, accepted: false }]);
    expect(JSON.stringify(buildDoorView(r.state, 'd'))).not.toContain('first');
    r.ok({ type: 'leave', by: 'd' });
    expect(r.state.newcomers).toEqual([]);
  });

  it('a greeter named later is told of the newcomers already here; the mark goes with the person and with the meeting', () => {
    const r = gathered();
    r.join('d', firstTime);
    expect(r.ok({ type: 'setGreeter', by: 'a', target: 'b' })).toEqual([{ type: 'greeterAsked', id: 'b', to: 'b' }]);
    const ev = r.ok({ type: 'answerGreeter', by: 'b', yes: true });
    expect(ev).toEqual([{ type: 'newcomer', id: 'd', name: 'Dagny', atDoor: false, to: 'b' }, { type: 'greeter', id: 'b' }]);
    r.ok({ type: 'leave', by: 'd' });
    expect(r.state.newcomers).toEqual([]);
    r.join('e', firstTime);
    r.ok({ type: 'end', by: 'a' });
    expect(r.state.newcomers).toEqual([]);
    expect(r.state.greeterId).toBeNull();
  });
});

describe('the greeter', () => {
  it('is named by the chair only; not the chair themself; leaving ends the role', () => {
    const r = gathered();
    r.no({ type: 'setGreeter', by: 'b', target: 'c' }, 'NOT_CHAIR');
    r.no({ type: 'setGreeter', by: 'a', target: 'a' }, 'NOT_ALLOWED');
    r.no({ type: 'setGreeter', by: 'a', target: 'zz' }, 'UNKNOWN_TARGET');
    r.ok({ type: 'setGreeter', by: 'a', target: 'b' });
    r.ok({ type: 'answerGreeter', by: 'b', yes: true });
    expect(buildView(r.state, 'b', r.now)).toMatchObject({ greeterId: 'b', you: { isGreeter: true } });
    r.no({ type: 'setGreeter', by: 'a', target: 'b' }, 'ALREADY_DONE');
    const ev = r.ok({ type: 'leave', by: 'b' });
    expect(ev).toContainEqual({ type: 'greeter', id: null });
  });

  // Fresh user on Issue 15: "Ask to be the greeter" appointed the person without asking.
  it('is asked, never appointed: the person asked says yes or no, the chair hears a no, nobody else hears anything', () => {
    const r = gathered();
    const ev = r.ok({ type: 'setGreeter', by: 'a', target: 'b' });
    // Asked, not named: nothing for the room, no greeter yet, a private question to b only.
    expect(ev).toEqual([{ type: 'greeterAsked', id: 'b', to: 'b' }]);
    expect(r.state.greeterId).toBeNull();
    expect(outbox(r.state, ev, [], r.now).room).toEqual([]);
    // The open question is in the chair's and b's views only.
    expect(buildView(r.state, 'a', r.now)).toMatchObject({ greeterAsk: 'b', greeterId: null });
    expect(buildView(r.state, 'b', r.now)).toMatchObject({ greeterAsk: 'b', you: { isGreeter: false } });
    expect(buildView(r.state, 'c', r.now).greeterAsk).toBeNull();
    r.no({ type: 'setGreeter', by: 'a', target: 'b' }, 'ALREADY_DONE');
    // Nobody else can answer for b.
    r.no({ type: 'answerGreeter', by: 'c', yes: true }, 'NOT_ALLOWED');
    // b says no: the chair is told, privately; b is not the greeter.
    expect(r.ok({ type: 'answerGreeter', by: 'b', yes: false })).toEqual([{ type: 'greeterDeclined', id: 'b', to: 'a' }]);
    expect(r.state.greeterId).toBeNull();
    expect(buildView(r.state, 'a', r.now).greeterAsk).toBeNull();
    r.no({ type: 'answerGreeter', by: 'b', yes: true }, 'NOT_ALLOWED');
  });

  it('asking someone else replaces the question; the chair can withdraw it; the greeter can step down', () => {
    const r = gathered();
    r.ok({ type: 'setGreeter', by: 'a', target: 'b' });
    expect(r.ok({ type: 'setGreeter', by: 'a', target: 'c' })).toEqual([
      { type: 'greeterAsked', id: null, to: 'b' },
      { type: 'greeterAsked', id: 'c', to: 'c' },
    ]);
    r.no({ type: 'answerGreeter', by: 'b', yes: true }, 'NOT_ALLOWED');
    expect(r.ok({ type: 'setGreeter', by: 'a', target: null })).toEqual([{ type: 'greeterAsked', id: null, to: 'c' }]);
    r.no({ type: 'answerGreeter', by: 'c', yes: true }, 'NOT_ALLOWED');
    r.no({ type: 'setGreeter', by: 'a', target: null }, 'ALREADY_DONE');
    // Asked again, c says yes; then steps down by themself.
    r.ok({ type: 'setGreeter', by: 'a', target: 'c' });
    expect(r.ok({ type: 'answerGreeter', by: 'c', yes: true })).toEqual([{ type: 'greeter', id: 'c' }]);
    expect(buildView(r.state, 'c', r.now).you.isGreeter).toBe(true);
    // Yes again from the greeter: already so (not "not allowed").
    r.no({ type: 'answerGreeter', by: 'c', yes: true }, 'ALREADY_DONE');
    expect(r.ok({ type: 'answerGreeter', by: 'c', yes: false })).toEqual([{ type: 'greeter', id: null }]);
    expect(r.state.greeterId).toBeNull();
    // A question whose person leaves is gone with them.
    r.ok({ type: 'setGreeter', by: 'a', target: 'b' });
    r.ok({ type: 'leave', by: 'b' });
    expect(buildView(r.state, 'a', r.now).greeterAsk).toBeNull();
  });

  it('sends the set welcome to the room (no text travels) once a minute; others cannot', () => {
    const r = gathered();
    r.ok({ type: 'setGreeter', by: 'a', target: 'b' });
    r.ok({ type: 'answerGreeter', by: 'b', yes: true });
    r.no({ type: 'greet', by: 'c', where: 'room' }, 'NOT_GREETER');
    expect(r.ok({ type: 'greet', by: 'b', where: 'room' })).toEqual([{ type: 'greeting' }]);
    r.no({ type: 'greet', by: 'a', where: 'room' }, 'ALREADY_DONE');
    r.wait(60_000);
    r.ok({ type: 'greet', by: 'a', where: 'room' });
  });

  it('sends the set welcome to the waiting room: each person there gets their door view again, showing it', () => {
    const r = gathered({ access: 'closed' });
    r.ok({ type: 'setGreeter', by: 'a', target: 'b' });
    r.ok({ type: 'answerGreeter', by: 'b', yes: true });
    // Nobody at the door: said in words (NOBODY_WAITING), not "that participant was not found".
    r.no({ type: 'greet', by: 'b', where: 'waiting' }, 'NOBODY_WAITING');
    r.join('d');
    const ev = r.ok({ type: 'greet', by: 'b', where: 'waiting' });
    expect(ev).toEqual([{ type: 'doorUpdate', to: 'd' }]);
    const ob = outbox(r.state, ev, [], r.now);
    expect(ob.direct).toEqual([{ to: 'd', kind: 'door', door: expect.objectContaining({ greeted: true }) }]);
    // d leaves; after the minute, to an empty waiting room it is NOBODY_WAITING again.
    r.ok({ type: 'leave', by: 'd' });
    r.wait(60_000);
    r.no({ type: 'greet', by: 'b', where: 'waiting' }, 'NOBODY_WAITING');
  });

  it('sees how many wait at the door (a count, no names), as the chair and co-chair do; nobody else does', () => {
    const r = gathered({ access: 'closed', volunteers: ['c'], others: ['b', 'c', 'e'] });
    r.ok({ type: 'setGreeter', by: 'a', target: 'b' });
    r.ok({ type: 'answerGreeter', by: 'b', yes: true });
    r.ok({ type: 'setCoChair', by: 'a', target: 'c' });
    const count = (viewer: string) => buildView(r.state, viewer, r.now).waitingCount;
    expect([count('a'), count('b'), count('c'), count('e')]).toEqual([0, 0, 0, null]);
    r.join('d');
    expect([count('a'), count('b'), count('c'), count('e')]).toEqual([1, 1, 1, null]);
    // The greeter is given the count, never who waits.
    expect(buildView(r.state, 'b', r.now).waiting).toEqual([]);
    r.ok({ type: 'leave', by: 'd' });
    expect(count('b')).toBe(0);
  });

  it('is silent in the moment of silence', () => {
    const r = gathered();
    r.ok({ type: 'setGreeter', by: 'a', target: 'b' });
    r.ok({ type: 'answerGreeter', by: 'b', yes: true });
    r.ok({ type: 'start', by: 'a' });
    r.ok({ type: 'nextSegment', by: 'a' });
    r.ok({ type: 'nextSegment', by: 'a' });
    r.no({ type: 'greet', by: 'b', where: 'room' }, 'SILENCE');
  });
});

describe('the guidelines at the door', () => {
  it('must be accepted before anyone can let the person in; the chair sees who has', () => {
    const r = gathered({ access: 'closed', ownReadings: { guidelines: 'Våre egne regler.' } });
    r.join('d');
    expect(buildDoorView(r.state, 'd')).toMatchObject({ accepted: false, guidelinesText: 'Våre egne regler.' });
    r.no({ type: 'admit', by: 'a', target: 'd' }, 'GUIDELINES_NOT_ACCEPTED');
    const ev = r.ok({ type: 'acceptGuidelines', by: 'd' });
    expect(ev).toEqual([{ type: 'doorUpdate', to: 'd' }]);
    expect(buildView(r.state, 'a', r.now).waiting[0]).toMatchObject({ id: 'd', accepted: true });
    r.no({ type: 'acceptGuidelines', by: 'd' }, 'ALREADY_DONE');
    r.ok({ type: 'admit', by: 'a', target: 'd' });
    r.no({ type: 'acceptGuidelines', by: 'd' }, 'ALREADY_DONE');
  });

  it('someone sent back to the waiting room accepts them again before coming back', () => {
    const r = gathered();
    r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    r.no({ type: 'admit', by: 'a', target: 'b' }, 'GUIDELINES_NOT_ACCEPTED');
    accept(r, 'b');
    r.ok({ type: 'admit', by: 'a', target: 'b' });
  });
});

describe('the newcomer event says where the newcomer is', () => {
  it('still at the door (atDoor: true) for a closed meeting, seated (false) once in; a new greeter is told the same', () => {
    const r = gathered({ access: 'closed', others: ['b', 'c'] });
    const ev = r.ok({ type: 'join', id: 'd', name: 'Dagny', role: 'participant', volunteer: false, pledge: true, chairKey: false, joinCode: false, ...firstTime });
    expect(ev.filter((e) => e.type === 'newcomer')).toEqual([{ type: 'newcomer', id: 'd', name: 'Dagny', atDoor: true, to: 'a' }]);
    r.ok({ type: 'setGreeter', by: 'a', target: 'c' });
    expect(r.ok({ type: 'answerGreeter', by: 'c', yes: true }).filter((e) => e.type === 'newcomer')).toEqual([{ type: 'newcomer', id: 'd', name: 'Dagny', atDoor: true, to: 'c' }]);
  });
});

