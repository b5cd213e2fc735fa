// What the chair's leaving would do, as the chair's own view says it beforehand
// (`you.ifYouLeave`, shared/meeting/leave-outcome.ts): the page's leave question words it, so it
// must be exactly what the leave then does — one successor named, never "one of" several.
import { describe, expect, it } from 'vitest';
import type { LeaveOutcome } from '../../shared/meeting/leave-outcome.js';
import { patchView } from '../../shared/meeting/view-patch.js';
import { viewRecipients } from '../../shared/meeting/outbox.js';
import { buildView } from '../../shared/meeting/view.js';
import { gathered, inRound, newMeeting, Run } from './helpers.js';

const GROUP = { slug: 'tirsdag', start: 1_700_000_000_000 };

/**
 * What the chair's view says their leaving would do, after checking that nobody else's view says
 * anything; then the chair leaves, and the state after must show exactly that.
 */
function saidThenLeave(r: Run): LeaveOutcome {
  const chair = r.state.chairId;
  if (chair === null) throw new Error('nobody chairs');
  for (const p of r.state.participants) if (p.id !== chair) expect(buildView(r.state, p.id, r.now).you.ifYouLeave).toBeNull();
  const will = buildView(r.state, chair, r.now).you.ifYouLeave;
  if (will === null) throw new Error("the chair's view says nothing of their leave");
  const wasFrozen = r.state.frozen;
  r.ok({ type: 'leave', by: chair });
  expect(r.state.phase === 'ended').toBe(will.ends);
  expect(r.state.chairId).toBe(will.chairTo);
  expect(wasFrozen && !r.state.frozen).toBe(will.unpause);
  return will;
}

describe("the chair's view says what their leaving would do, and the leave does it", () => {
  it('the co-chair who offered to chair and is connected, before a volunteer who joined earlier', () => {
    const r = gathered({ volunteers: ['b', 'c'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'c' });
    expect(saidThenLeave(r)).toEqual({ chairTo: 'c', unpause: false, ends: false });
  });

  it('a co-chair whose connection dropped is passed over for the first connected volunteer', () => {
    const r = gathered({ others: ['b', 'c', 'd'], volunteers: ['b', 'c', 'd'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'd' });
    r.ok({ type: 'disconnect', by: 'd' });
    r.ok({ type: 'disconnect', by: 'b' });
    expect(saidThenLeave(r)).toEqual({ chairTo: 'c', unpause: false, ends: false });
  });

  it('of several volunteers, exactly the one who joined first, whenever each offered', () => {
    const first = gathered({ others: ['b', 'c', 'd'], volunteers: ['c', 'd'] });
    expect(saidThenLeave(first).chairTo).toBe('c');

    // d offered at the door, b (who joined before d) only later: b.
    const later = gathered({ others: ['b', 'd'], volunteers: ['d'] });
    later.ok({ type: 'volunteer', by: 'b', on: true });
    expect(saidThenLeave(later).chairTo).toBe('b');

    // b left and came back: a new place at the end of the join order, after c.
    const back = gathered({ others: ['b', 'c'], volunteers: ['b', 'c'] });
    back.ok({ type: 'leave', by: 'b' });
    back.join('b', { volunteer: true, joinCode: true });
    expect(saidThenLeave(back).chairTo).toBe('c');
  });

  it('nobody to take it, in the gathering: no successor, the room is asked', () => {
    const r = gathered({ listeners: ['c'] });
    expect(saidThenLeave(r)).toEqual({ chairTo: null, unpause: false, ends: false });
    expect(r.state.chairVacant).toBe(true);
    expect(r.state.phase).toBe('gathering');
  });

  it('paused: lifted when nobody takes the chair, kept when a volunteer does', () => {
    const none = gathered();
    none.ok({ type: 'start', by: 'a' });
    none.ok({ type: 'freeze', by: 'a', on: true });
    expect(saidThenLeave(none)).toEqual({ chairTo: null, unpause: true, ends: false });

    const taken = gathered({ volunteers: ['c'] });
    taken.ok({ type: 'start', by: 'a' });
    taken.ok({ type: 'freeze', by: 'a', on: true });
    expect(saidThenLeave(taken)).toEqual({ chairTo: 'c', unpause: false, ends: false });
    expect(taken.state.frozen).toBe(true);
  });

  it('a practice meeting ends, whoever else is in it', () => {
    const r = new Run(newMeeting({ practice: true, access: 'closed' }));
    r.join('b', { joinCode: true, volunteer: true });
    r.join('a', { chairKey: true, volunteer: true });
    expect(r.state.chairId).toBe('a');
    expect(saidThenLeave(r)).toEqual({ chairTo: null, unpause: false, ends: true });
  });

  it('alone: a one-off meeting ends, a weekly group\u2019s stays open without a chair', () => {
    expect(saidThenLeave(gathered({ others: [] }))).toEqual({ chairTo: null, unpause: false, ends: true });
    const group = gathered({ group: GROUP, others: [] });
    expect(saidThenLeave(group)).toEqual({ chairTo: null, unpause: false, ends: false });
    expect(group.state.phase).toBe('gathering');
  });

  it('a leave that completes a round of a rotating chair: the one the rotation then gives it to', () => {
    // The chair is the last to speak in the round: their leave ends it, and the chair rotates
    // on from the volunteer it failed over to. The answer is where the chair ends up.
    const r = gathered({ volunteers: ['b', 'c'], settings: { rotateChairEachRound: true } });
    r.ok({ type: 'setRole', by: 'a', role: 'listener' });
    r.ok({ type: 'start', by: 'a' });
    while (!r.state.roundActive) r.ok({ type: 'advance', by: 'a' });
    r.ok({ type: 'setRole', by: 'a', role: 'participant' });
    r.ok({ type: 'pass', by: 'b' });
    r.ok({ type: 'pass', by: 'c' });
    expect(r.speaker).toBe('a');
    expect(saidThenLeave(r).chairTo).toBe('c');
  });

  it('the same holds when the chair\u2019s seat is given up after the grace period (failover)', () => {
    const r = gathered({ volunteers: ['b', 'c'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'c' });
    r.ok({ type: 'disconnect', by: 'a' });
    const will = buildView(r.state, 'a', r.now).you.ifYouLeave;
    r.tickAt(r.now + r.state.settings.graceMs);
    expect(r.state.participants.some((p) => p.id === 'a')).toBe(false);
    expect(r.state.chairId).toBe(will?.chairTo);
  });
});

describe("the chair's view follows a volunteer's connection (Issue 10: views only where they changed)", () => {
  it('a volunteer who drops, changing nobody\u2019s turn, tells the chair the new next by a keeperPatch, not a whole view', () => {
    const r = inRound({ others: ['b', 'c', 'd'], volunteers: ['c', 'd'], listeners: ['c'] });
    const before = r.state;
    const events = r.ok({ type: 'disconnect', by: 'c' });
    // c listens: who is next is as it was; only what the chair's leave would do moved.
    expect(events[0]).toEqual({ type: 'connection', id: 'c', connected: false });
    expect(events.slice(1)).toEqual([{ type: 'keeperPatch', to: 'a', toShare: buildView(r.state, 'a', r.now).plan.toShare, ifYouLeave: { chairTo: 'd', unpause: false, ends: false } }]);
    expect(buildView(before, 'a', r.now).you.ifYouLeave?.chairTo).toBe('c');
    expect(viewRecipients(before, r.state, events, r.now)).toEqual([]);
    // The chair's page patches the view it holds to exactly the one it would have been sent.
    expect({ ...patchView(buildView(before, 'a', r.now), events), seq: 0 }).toEqual({ ...buildView(r.state, 'a', r.now), seq: 0 });

    const back = r.state;
    const returned = r.ok({ type: 'reconnect', by: 'c' });
    expect(viewRecipients(back, r.state, returned, r.now)).toEqual([]);
    expect(patchView(buildView(back, 'a', r.now), returned).you.ifYouLeave?.chairTo).toBe('c');
    expect(buildView(r.state, 'a', r.now).you.ifYouLeave?.chairTo).toBe('c');
  });

  it('a drop that changes nothing of it sends the chair no view', () => {
    const r = inRound({ others: ['b', 'c', 'd'], volunteers: ['c'], listeners: ['d'] });
    const before = r.state;
    const events = r.ok({ type: 'disconnect', by: 'd' });
    expect(viewRecipients(before, r.state, events, r.now)).toEqual([]);
  });
});
