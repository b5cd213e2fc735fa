// Issue 11, the core's part of a humane text round: chair notes wait for the share, a listener
// may switch to sharing and back, the round's time plan with its last call, hand priority for
// those who have not shared, the share length the chair applies, and who is on deck.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { suggestedShareMs } from '../../shared/meeting/round-plan.js';
import { nextDue } from '../../shared/meeting/decide.js';
import { gathered, inRound, T0 } from './helpers.js';

describe('chair notes during a share', () => {
  it('are queued and posted, in order, right after the share ends and before the next turn', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.speaker).toBe('b');
    expect(r.ok({ type: 'chairNote', by: 'a', text: 'Husk tiden' })).toEqual([]);
    r.ok({ type: 'chairNote', by: 'a', text: 'Vi tar pause etterpå' });
    expect(buildView(r.state, 'a', r.now).queuedNotes).toEqual(['Husk tiden', 'Vi tar pause etterpå']);
    // Nobody but the chair sees them waiting.
    expect(buildView(r.state, 'b', r.now).queuedNotes).toEqual([]);
    const ev = r.ok({ type: 'finishShare', by: 'b' });
    expect(ev.map((e) => e.type)).toEqual(['shareEnded', 'note', 'note', 'turn']);
    expect(ev.filter((e) => e.type === 'note')).toEqual([{ type: 'note', text: 'Husk tiden' }, { type: 'note', text: 'Vi tar pause etterpå' }]);
    expect(r.state.queuedNotes).toEqual([]);
  });

  it('are posted however the share ends: a timeout too', () => {
    const r = inRound();
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'chairNote', by: 'a', text: 'Husk tiden' });
    const ev = r.tickAt(r.state.speaker!.deadline);
    expect(ev.map((e) => e.type)).toEqual(['shareEnded', 'note', 'turn']);
  });

  it('at most five wait: the sixth is QUEUE_FULL and changes nothing', () => {
    const r = inRound();
    r.ok({ type: 'finishShare', by: 'a' });
    for (let i = 0; i < 5; i++) r.ok({ type: 'chairNote', by: 'a', text: `n${i}` });
    r.no({ type: 'chairNote', by: 'a', text: 'n5' }, 'QUEUE_FULL');
  });

  it('go with the meeting when it ends', () => {
    const r = inRound();
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'chairNote', by: 'a', text: 'Husk tiden' });
    r.ok({ type: 'end', by: 'a' });
    expect(r.state.queuedNotes).toEqual([]);
  });
});

describe('switching between listening and sharing', () => {
  it('a listener who switches during a circle round joins the end of the circle and gets a turn', () => {
    const r = inRound({ others: ['b', 'c'], listeners: ['c'] });
    expect(r.state.roundOrder.map((e) => e.id)).toEqual(['a', 'b']);
    expect(r.ok({ type: 'setRole', by: 'c', role: 'participant' })).toContainEqual({ type: 'role', id: 'c', role: 'participant' });
    expect(r.state.roundOrder.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(buildView(r.state, 'c', r.now).upNext).toEqual(['b', 'c']);
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'finishShare', by: 'b' });
    expect(r.speaker).toBe('c');
  });

  it('a sharer who switches to listening loses their hand and place, and can switch back', () => {
    const r = inRound({ others: ['b', 'c'], turnMode: 'hands' });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.speaker).toBe('b');
    r.ok({ type: 'setRole', by: 'c', role: 'listener' });
    expect(r.state.hands).toEqual([]);
    r.no({ type: 'raiseHand', by: 'c' }, 'LISTENER');
    r.ok({ type: 'setRole', by: 'c', role: 'participant' });
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.state.hands).toEqual(['c']);
  });

  it('not while holding the turn, and not to the role one has', () => {
    const r = inRound();
    r.no({ type: 'setRole', by: 'a', role: 'listener' }, 'NOT_ALLOWED');
    r.no({ type: 'setRole', by: 'b', role: 'participant' }, 'ALREADY_DONE');
  });

  it('a switch to sharing when the circle waits on nobody gives the turn at once', () => {
    const r = inRound({ others: ['b', 'c'], listeners: ['c'] });
    r.ok({ type: 'setRole', by: 'b', role: 'listener' });
    r.ok({ type: 'finishShare', by: 'a' });
    // The round is complete; open sharing is by hands.
    expect(r.state.roundActive).toBe(false);
    r.ok({ type: 'advance', by: 'a' });
    r.ok({ type: 'setRole', by: 'c', role: 'participant' });
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.speaker).toBe('c');
  });
});

describe('on deck', () => {
  it('in a circle: those still pending, without the speaker; late turns after them', () => {
    const r = inRound({ others: ['b', 'c', 'd'] });
    expect(buildView(r.state, 'b', r.now).upNext).toEqual(['b', 'c', 'd']);
    r.ok({ type: 'disconnect', by: 'b' });
    expect(buildView(r.state, 'c', r.now).upNext).toEqual(['c', 'd']);
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'reconnect', by: 'b' });
    // b missed their turn and is owed a late one, after those still pending.
    expect(r.speaker).toBe('c');
    expect(buildView(r.state, 'c', r.now).upNext).toEqual(['d', 'b']);
  });

  it('by hands: the queue; with the chair picking: nobody', () => {
    const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'hands' });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'd' });
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.speaker).toBe('b');
    expect(buildView(r.state, 'a', r.now).upNext).toEqual(['d', 'c']);
    r.ok({ type: 'setTurnMode', by: 'a', mode: 'chairPicks' });
    expect(buildView(r.state, 'a', r.now).upNext).toEqual([]);
  });
});

describe('a round that fits the time', () => {
  it('the chair sets when sharing must end; the last call closes the hand queue before it, announced once by the clock', () => {
    const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'hands', settings: { shareMs: 30 * 60_000 } });
    const ev = r.ok({ type: 'setPlan', by: 'a', endsInMs: 20 * 60_000, lastCallMs: 5 * 60_000 });
    expect(ev).toEqual([{ type: 'plan', sharingEndsAt: T0 + 20 * 60_000, lastCallMs: 5 * 60_000 }]);
    expect(nextDue(r.state)).toBe(T0 + 15 * 60_000);
    r.ok({ type: 'raiseHand', by: 'b' });
    expect(r.tickAt(T0 + 15 * 60_000)).toEqual([{ type: 'lastCall', sharingEndsAt: T0 + 20 * 60_000 }]);
    expect(buildView(r.state, 'c', r.now).plan).toMatchObject({ lastCall: true, remainingMs: 5 * 60_000 });
    r.no({ type: 'raiseHand', by: 'c' }, 'LAST_CALL');
    // A hand raised before the last call keeps its place.
    expect(r.speaker).toBe('b');
    // Announced once.
    expect(nextDue(r.state)).not.toBe(T0 + 15 * 60_000);
  });

  it('a new end time re-opens the queue; clearing it removes the last call', () => {
    const r = inRound({ others: ['b', 'c'], turnMode: 'hands' });
    r.ok({ type: 'setPlan', by: 'a', endsInMs: 60_000, lastCallMs: 60_000 });
    // Already due: announced at once.
    expect(r.events.map((e) => e.type)).toEqual(['plan', 'lastCall']);
    r.no({ type: 'raiseHand', by: 'b' }, 'LAST_CALL');
    r.ok({ type: 'setPlan', by: 'a', endsInMs: null, lastCallMs: 0 });
    r.ok({ type: 'raiseHand', by: 'b' });
  });

  it('only the chair, not in the closing, and within bounds', () => {
    const r = inRound();
    r.no({ type: 'setPlan', by: 'b', endsInMs: 60_000, lastCallMs: 0 }, 'NOT_CHAIR');
    r.no({ type: 'setPlan', by: 'a', endsInMs: 0, lastCallMs: 0 }, 'INVALID_PAYLOAD');
    r.no({ type: 'setShareLength', by: 'a', ms: 1000 }, 'INVALID_PAYLOAD');
    r.no({ type: 'setShareLength', by: 'b', ms: 120_000 }, 'NOT_CHAIR');
  });

  it('the suggested length is time left ÷ people still to share, rounded down to a quarter minute, within bounds', () => {
    expect(suggestedShareMs(20 * 60_000, 4)).toBe(5 * 60_000);
    expect(suggestedShareMs(10 * 60_000, 3)).toBe(3 * 60_000 + 15_000);
    expect(suggestedShareMs(60_000, 10)).toBe(30_000);
    expect(suggestedShareMs(10 * 3600_000, 1)).toBe(30 * 60_000);
    expect(suggestedShareMs(null, 3)).toBeNull();
    expect(suggestedShareMs(60_000, 0)).toBeNull();
  });

  it('an applied share length holds from the next turn; the turn under way keeps its clock', () => {
    const r = inRound();
    const deadline = r.state.speaker!.deadline;
    expect(r.ok({ type: 'setShareLength', by: 'a', ms: 180_000 })).toEqual([{ type: 'shareLength', ms: 180_000 }]);
    expect(r.state.speaker!.deadline).toBe(deadline);
    r.wait(1000);
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.state.speaker!.deadline).toBe(r.now + 180_000);
    r.no({ type: 'setShareLength', by: 'a', ms: 180_000 }, 'ALREADY_DONE');
  });
});

describe('hand priority: not yet shared go first', () => {
  it('a newcomer to sharing goes before those who have shared; the marker is the chair\'s alone and goes with the meeting', () => {
    const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'hands' });
    r.ok({ type: 'setHandPriority', by: 'a', on: true });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'share', by: 'b', text: 'Jeg er glad for å være her' });
    r.ok({ type: 'finishShare', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.speaker).toBe('c');
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'd' });
    // d has not shared: before b, who has.
    expect(r.state.hands).toEqual(['d', 'b']);
    expect(buildView(r.state, 'a', r.now).participants.find((p) => p.id === 'b')?.shared).toBe(true);
    expect(buildView(r.state, 'a', r.now).participants.find((p) => p.id === 'd')?.shared).toBe(false);
    expect(buildView(r.state, 'c', r.now).participants.every((p) => p.shared === null)).toBe(true);
    r.ok({ type: 'end', by: 'a' });
    expect(r.state.sharedIds).toEqual([]);
  });

  it('a pass is not a share; switching priority on reorders the queue at once, stably', () => {
    const r = inRound({ others: ['b', 'c', 'd', 'e'], turnMode: 'hands' });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.shareDone('b');
    r.ok({ type: 'raiseHand', by: 'c' });
    r.ok({ type: 'pass', by: 'c' });
    r.ok({ type: 'raiseHand', by: 'e' });
    expect(r.speaker).toBe('e');
    for (const id of ['b', 'c', 'd']) r.ok({ type: 'raiseHand', by: id });
    expect(r.state.hands).toEqual(['b', 'c', 'd']);
    expect(r.ok({ type: 'setHandPriority', by: 'a', on: true })).toContainEqual({ type: 'hands', queue: ['c', 'd', 'b'] });
  });

  it('a person who leaves takes their marker with them', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.shareDone('a');
    r.shareDone('b');
    expect(r.state.sharedIds).toEqual(['a', 'b']);
    r.ok({ type: 'leave', by: 'b' });
    expect(r.state.sharedIds).toEqual(['a']);
  });
});

describe('the view carries the server\'s times', () => {
  it('warnMs is the server\'s, not the format\'s', () => {
    const r = gathered({ settings: { warnMs: 45_000 } });
    expect(buildView(r.state, 'a', r.now).warnMs).toBe(45_000);
  });
});
