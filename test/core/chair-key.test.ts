// Issue 7 §2 and §3: the chair is kept for the chair key's holder until the key is used (or the
// chair wait runs out), the key returns its holder to their seat and the chair, and a chair that
// falls free with no volunteer connected is offered to everyone connected, once.
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../shared/errors.js';
import { nextDue } from '../../shared/meeting/decide.js';
import { Run, SETTINGS, T0, gathered, inRound, joinCmd, newMeeting } from './helpers.js';

describe('before the chair key is used', () => {
  it('a stranger who joins a meeting as a volunteer does not get the chair', () => {
    const r = new Run(newMeeting());
    r.join('s', { volunteer: true });
    expect(r.chair).toBeNull();
    r.no({ type: 'end', by: 's' }, 'NOT_CHAIR');
    r.no({ type: 'lock', by: 's', on: true }, 'NOT_CHAIR');
    r.no({ type: 'takeChair', by: 's' }, 'NOT_ALLOWED');
    expect(r.state.chairVacant).toBe(false);
  });

  it('a join and a leave do not end the meeting; the chair key still works', () => {
    const r = new Run(newMeeting());
    r.join('s');
    r.ok({ type: 'leave', by: 's' });
    expect(r.state.phase).toBe('gathering');
    r.join('a', { chairKey: true });
    expect(r.chair).toBe('a');
  });

  it('the chair wait runs from the planned start: until then and its length after, nobody else gets the chair', () => {
    const startsAt = T0 + 3_600_000;
    const r = new Run(newMeeting({ startsAt }));
    r.join('s', { volunteer: true });
    expect(nextDue(r.state)).toBe(startsAt + SETTINGS.chairWaitMs);
    r.now = startsAt + SETTINGS.chairWaitMs - 1;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    const ev = r.tickAt(startsAt + SETTINGS.chairWaitMs);
    expect(ev).toEqual([{ type: 'chair', id: 's', name: 'Name-s', reason: 'failover' }]);
    expect(r.state.chairWaitOver).toBe(true);
  });

  it('without a planned start the chair wait runs from the creation; with nobody volunteering the room is asked', () => {
    const r = new Run(newMeeting());
    r.join('s');
    const ev = r.tickAt(T0 + SETTINGS.chairWaitMs);
    expect(ev).toEqual([{ type: 'chairVacant' }]);
    r.ok({ type: 'takeChair', by: 's' });
    expect(r.chair).toBe('s');
  });

  it('after the chair wait the late key holder still takes the chair', () => {
    const r = new Run(newMeeting());
    r.join('s', { volunteer: true });
    r.tickAt(T0 + SETTINGS.chairWaitMs);
    r.join('a', { chairKey: true });
    expect(r.chair).toBe('a');
  });
});

describe('the chair key brings its holder back', () => {
  it('while their seat is held: the same seat, connected, still chair, and no NAME_TAKEN for their own name', () => {
    const r = gathered();
    r.ok({ type: 'disconnect', by: 'a' });
    const ev = r.ok(joinCmd('a2', { name: 'Ada', chairKey: true }));
    expect(ev).toEqual([{ type: 'connection', id: 'a', connected: true }]);
    expect(r.state.participants.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(r.participant('a').connected).toBe(true);
    expect(r.chair).toBe('a');
  });

  it('while their turn is held: they continue it', () => {
    const r = inRound();
    r.ok({ type: 'disconnect', by: 'a' });
    const ev = r.ok(joinCmd('a2', { chairKey: true }));
    expect(ev.map((e) => e.type)).toEqual(['connection', 'turnResumed']);
    expect(r.speaker).toBe('a');
  });

  it('after their seat was given up: a new seat, and the chair back from whoever took it over', () => {
    const r = gathered({ volunteers: ['b'] });
    r.ok({ type: 'disconnect', by: 'a' });
    r.tickAt(T0 + SETTINGS.graceMs);
    expect(r.chair).toBe('b');
    const ev = r.ok(joinCmd('a2', { name: 'Ada', chairKey: true }));
    expect(ev).toContainEqual({ type: 'chair', id: 'a2', name: 'Ada', reason: 'returned' });
    expect(r.state.chairKeyHolder).toBe('a2');
    expect(r.participant('a2').volunteer).toBe(true);
  });

  it('a removed holder cannot come back with the key', () => {
    const r = gathered({ volunteers: ['b'] });
    r.ok({ type: 'handChair', by: 'a', target: 'b' });
    r.ok({ type: 'remove', by: 'b', target: 'a' });
    r.no(joinCmd('a2', { chairKey: true }), 'REMOVED');
  });
});

describe('a chair that falls free with no volunteer connected', () => {
  it('is offered to everyone connected, once; the first to accept gets it and later ones hear CHAIR_TAKEN', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'disconnect', by: 'a' });
    const ev = r.tickAt(T0 + SETTINGS.graceMs);
    expect(ev).toContainEqual({ type: 'chair', id: null, name: null, reason: 'failover' });
    expect(ev.filter((e) => e.type === 'chairVacant')).toHaveLength(1);
    expect(r.state.chairVacant).toBe(true);
    // Until someone accepts, turns keep moving by the clock.
    const speaker = r.speaker!;
    r.tickAt(r.state.speaker!.deadline);
    expect(r.speaker).not.toBe(speaker);
    const took = r.ok({ type: 'takeChair', by: 'c' });
    expect(took).toEqual([
      { type: 'volunteer', id: 'c', on: true },
      { type: 'chair', id: 'c', name: 'Cecilie', reason: 'accepted' },
    ]);
    expect(r.state.chairVacant).toBe(false);
    r.no({ type: 'takeChair', by: 'b' }, 'CHAIR_TAKEN');
    r.no({ type: 'takeChair', by: 'c' }, 'ALREADY_DONE');
  });

  it('a chair held for a chair who dropped is not free: CHAIR_TAKEN, in words true of that too (a fresh tester, 2026-12-03)', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'disconnect', by: 'a' });
    expect(r.state.chairId).toBe('a');
    r.no({ type: 'takeChair', by: 'c' }, 'CHAIR_TAKEN');
    // Nobody took it: the words say someone holds it, not that someone took it first.
    for (const lang of ['nb', 'en'] as const) expect(errorMessage('CHAIR_TAKEN', lang)).not.toMatch(/took|tok/);
    expect(errorMessage('CHAIR_TAKEN', 'en')).toBe('Someone else holds the chair now.');
  });

  it('a volunteer who comes back fills it without asking again', () => {
    const r = gathered({ volunteers: ['b'] });
    r.ok({ type: 'disconnect', by: 'b' });
    r.ok({ type: 'leave', by: 'a' });
    expect(r.state.chairVacant).toBe(true);
    const ev = r.ok({ type: 'reconnect', by: 'b' });
    expect(ev).toContainEqual({ type: 'chair', id: 'b', name: 'Bjarne', reason: 'failover' });
    expect(ev.some((e) => e.type === 'chairVacant')).toBe(false);
  });

  it('a frozen meeting whose chair is gone is unfrozen: nobody else could', () => {
    const r = inRound();
    r.ok({ type: 'freeze', by: 'a', on: true });
    const ev = r.ok({ type: 'leave', by: 'a' });
    expect(ev).toContainEqual({ type: 'frozen', on: false });
    expect(r.state.frozen).toBe(false);
    expect(r.speaker).toBe('b');
  });

  it('a chair-picks round without a chair goes by raised hands', () => {
    const r = inRound({ turnMode: 'chairPicks' });
    r.ok({ type: 'leave', by: 'a' });
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.speaker).toBe('c');
  });
});

// A fresh tester (2026-12-05): in a rotating round the creator came back through the chair link
// after the seat was given up and took the chair back from the member the rotation had given it to.
describe('the chair key after its holder passed the chair on', () => {
  it('joins anew with a seat, not the chair, once the holder handed it on or the rotation moved it; after a drop cost the chair, it takes it back', () => {
    for (const how of ['handed', 'rotation', 'failover'] as const) {
      const r = inRound({ others: ['b', 'c'], volunteers: ['b'], settings: { graceMs: 5_000, rotateChairEachRound: how === 'rotation' } });
      if (how === 'handed') r.ok({ type: 'handChair', by: 'a', target: 'b' });
      if (how === 'rotation') while (r.speaker) r.ok({ type: 'finishShare', by: r.speaker });
      if (how !== 'failover') expect(r.state.chairId, how).toBe('b');
      r.ok({ type: 'disconnect', by: 'a' });
      r.tickAt(r.now + 6_000);
      expect(r.state.participants.some((p) => p.id === 'a')).toBe(false);
      expect(r.state.chairId).toBe('b');
      const events = r.join('a2', { chairKey: true });
      const chair = events.find((e) => e.type === 'chair');
      if (how === 'failover') {
        expect(r.state.chairId, how).toBe('a2');
        expect(chair).toMatchObject({ id: 'a2', reason: 'returned' });
      } else {
        expect(r.state.chairId, how).toBe('b');
        expect(chair, how).toBeUndefined();
        // Not offered to chair: the rotation must not hand it to them unasked (a fresh tester).
        expect(r.state.participants.find((p) => p.id === 'a2')?.volunteer).toBe(false);
      }
    }
  });

  it('takes the chair when nobody holds it, even after passing it on', () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['b'], settings: { graceMs: 5_000 } });
    r.ok({ type: 'handChair', by: 'a', target: 'b' });
    r.ok({ type: 'disconnect', by: 'a' });
    r.ok({ type: 'disconnect', by: 'b' });
    r.tickAt(r.now + 6_000);
    expect(r.state.chairId).toBeNull();
    r.join('a2', { chairKey: true });
    expect(r.state.chairId).toBe('a2');
  });
});

// A fresh tester (2026-12-05): the chair shared, lost the connection past the seat's grace, came
// back through the chair link in a new seat and was put in line again: a second turn in one round.
describe('the chair key holder back in a new seat, in the same round', () => {
  it('keeps the turn they had: shared stays shared, no second turn in the round', () => {
    const r = inRound({ others: ['b', 'c', 'd'], volunteers: ['b'], settings: { graceMs: 5_000 } });
    expect(r.speaker).toBe('a');
    r.ok({ type: 'share', by: 'a', text: 'Takk for at jeg fikk være her i kveld.' });
    r.ok({ type: 'finishShare', by: 'a' });
    const round = r.state.roundNumber;
    r.ok({ type: 'disconnect', by: 'a' });
    r.tickAt(r.now + 6_000);
    expect(r.state.participants.some((p) => p.id === 'a')).toBe(false);
    r.join('a2', { chairKey: true });
    expect(r.state.roundNumber).toBe(round);
    expect(r.state.roundOrder.find((e) => e.id === 'a2')?.status).toBe('shared');
    expect(r.state.sharedIds).toContain('a2');
    // The round goes round the others and ends without coming to a2 again.
    const spoke: string[] = [];
    while (r.speaker) {
      spoke.push(r.speaker);
      r.ok({ type: 'finishShare', by: r.speaker });
    }
    expect(spoke).not.toContain('a2');
    expect(r.state.roundActive).toBe(false);
  });

  it('a pass stays a pass; a turn a drop took stays owed (one late turn, not a new place in line)', () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['b'], settings: { graceMs: 5_000 } });
    r.ok({ type: 'pass', by: 'a' });
    r.ok({ type: 'disconnect', by: 'a' });
    r.tickAt(r.now + 6_000);
    r.join('a2', { chairKey: true });
    expect(r.state.roundOrder.find((e) => e.id === 'a2')?.status).toBe('passed');
    expect(r.state.keySeatLeft).toBeUndefined();

    const q = inRound({ others: ['b', 'c'], volunteers: ['b'], settings: { graceMs: 5_000 } });
    q.ok({ type: 'disconnect', by: 'a' });
    q.tickAt(q.now + 6_000);
    expect(q.state.participants.some((p) => p.id === 'a')).toBe(false);
    q.join('a2', { chairKey: true });
    expect(q.state.roundOrder.find((e) => e.id === 'a2')?.status).toBe('missed');
    expect(q.state.roundOrder.filter((e) => e.id === 'a2')).toHaveLength(1);
  });

  it('after the round: no place to take over, but having shared still counts for the hand queue', () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['b'], settings: { graceMs: 5_000 } });
    r.ok({ type: 'share', by: 'a', text: 'Takk for at jeg fikk være her i kveld.' });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'disconnect', by: 'a' });
    r.tickAt(r.now + 6_000);
    expect(r.state.keySeatLeft).toMatchObject({ round: r.state.roundNumber, entry: { status: 'shared' }, shared: true });
    while (r.speaker) r.ok({ type: 'finishShare', by: r.speaker });
    expect(r.state.roundActive).toBe(false);
    r.join('a2', { chairKey: true });
    expect(r.state.keySeatLeft).toBeUndefined();
    expect(r.state.roundOrder.some((x) => x.id === 'a2')).toBe(false);
    expect(r.state.sharedIds).toContain('a2');
  });
});
