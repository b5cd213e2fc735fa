import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/meeting/commands.js';
import { recipientOf } from '../../shared/meeting/events.js';
import { buildView, isPrivate, replayFor } from '../../shared/meeting/view.js';
import type { LoggedEvent } from '../../shared/meeting/view.js';
import { Run, gathered, inRound } from './helpers.js';

describe('buildView: each person sees what is theirs to see', () => {
  it('the waiting room is shown to the chair and the co-chair only', () => {
    const r = gathered({ access: 'closed', volunteers: ['b'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
    r.join('d');
    const entry = { id: 'd', name: 'Dagny', role: 'participant', accepted: false };
    // Whether d ticked "first meeting" is the chair's (and greeter's) to see, not the co-chair's.
    expect(buildView(r.state, 'a', r.now).waiting).toEqual([{ ...entry, firstTime: false }]);
    expect(buildView(r.state, 'b', r.now).waiting).toEqual([{ ...entry, firstTime: null }]);
    expect(buildView(r.state, 'c', r.now).waiting).toEqual([]);
    expect(JSON.stringify(buildView(r.state, 'c', r.now))).not.toContain('Dagny');
  });

  it('someone waiting sees that they wait, but not the rest of the waiting room', () => {
    const r = gathered({ access: 'closed' });
    r.join('d');
    r.join('e');
    const v = buildView(r.state, 'd', r.now);
    expect(v.you).toEqual({ id: 'd', waiting: true, isChair: false, isCoChair: false, isGreeter: false, place: null, ifYouLeave: null, firstMeeting: false });
    expect(v.waiting).toEqual([]);
    expect(JSON.stringify(v)).not.toContain('Eskild');
  });

  it('the count of acknowledgements is shown to the speaker only', () => {
    const r = inRound();
    r.ok({ type: 'acknowledge', by: 'b', kind: 'heart' });
    r.ok({ type: 'acknowledge', by: 'c', kind: 'hear' });
    expect(buildView(r.state, 'a', r.now).speaker?.acks).toBe(2);
    expect(buildView(r.state, 'b', r.now).speaker?.acks).toBeNull();
    expect(buildView(r.state, 'c', r.now).speaker?.acks).toBeNull();
  });

  it('no view carries who acknowledged, the removal list or the chair key', () => {
    const r = inRound({ others: ['b', 'c', 'd'] });
    r.ok({ type: 'acknowledge', by: 'b', kind: 'heart' });
    r.ok({ type: 'remove', by: 'a', target: 'd' });
    for (const id of ['a', 'b', 'c']) {
      const json = JSON.stringify(buildView(r.state, id, r.now));
      expect(json).not.toMatch(/ackedBy|removed|chairKey|"d"/);
    }
  });

  it('participants are listed in round order, then everyone else in join order, with hand (and no status: raised hands have no turn order to pass in)', () => {
    const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd'], listeners: ['b'] });
    r.ok({ type: 'raiseHand', by: 'c' });
    r.ok({ type: 'raiseHand', by: 'd' });
    r.ok({ type: 'raiseHand', by: 'a' });
    r.ok({ type: 'pass', by: 'c' });
    r.join('e', { role: 'listener' });
    const v = buildView(r.state, 'e', r.now);
    expect(v.participants.map((p) => [p.id, p.status, p.hand])).toEqual([
      ['a', null, 1],
      ['c', null, null],
      ['d', null, null],
      ['b', null, null],
      ['e', null, null],
    ]);
    expect(v.speaker?.id).toBe('d');
    expect(v.effectiveMode).toBe('hands');
  });

  it('remaining time counts down, stops while frozen and never goes below zero', () => {
    const r = inRound();
    r.wait(20_000);
    expect(buildView(r.state, 'b', r.now).speaker).toMatchObject({ remainingMs: 40_000, frozen: false });
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.wait(100_000);
    expect(buildView(r.state, 'b', r.now).speaker).toMatchObject({ remainingMs: 40_000, frozen: true });
    r.ok({ type: 'freeze', by: 'a', on: false });
    expect(buildView(r.state, 'b', r.now + 1_000_000).speaker?.remainingMs).toBe(0);
  });

  it('you says whether you hold the chair or the co-chair', () => {
    const r = gathered({ volunteers: ['b'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
    expect(buildView(r.state, 'a', r.now).you).toEqual({ id: 'a', waiting: false, isChair: true, isCoChair: false, isGreeter: false, place: null, ifYouLeave: { chairTo: 'b', unpause: false, ends: false }, firstMeeting: false });
    expect(buildView(r.state, 'b', r.now).you).toEqual({ id: 'b', waiting: false, isChair: false, isCoChair: true, isGreeter: false, place: null, ifYouLeave: null, firstMeeting: false });
    const v = buildView(r.state, 'c', r.now);
    expect(v).toMatchObject({ phase: 'gathering', chairId: 'a', coChairId: 'b', shareMs: 60_000, speaker: null, seq: r.state.seq });
  });
});

/** Runs commands and keeps the log the store would keep: each event stamped with its command's seq. */
function runLogged(r: Run, cmds: Command[], log: LoggedEvent[]): void {
  for (const cmd of cmds) {
    const events = r.ok(cmd);
    for (const event of events) log.push({ seq: r.state.seq, at: r.now, event });
  }
}

describe('replayFor: a participant sees only what was said while present', () => {
  it('a latecomer is replayed nothing said before they joined', () => {
    const r = inRound();
    const log: LoggedEvent[] = [];
    runLogged(r, [{ type: 'share', by: 'a', text: 'Før du kom' }], log);
    r.join('d');
    const joinSeq = r.participant('d').joinedSeq;
    log.push(...r.events.map((event) => ({ seq: r.state.seq, at: r.now, event })));
    runLogged(r, [{ type: 'share', by: 'a', text: 'Etter at du kom' }], log);
    const replay = replayFor(log, joinSeq, 0);
    const texts = replay.flatMap((e) => (e.event.type === 'share' ? [e.event.text] : []));
    expect(texts).toEqual(['Etter at du kom']);
    expect(replay[0]?.event).toMatchObject({ type: 'joined', id: 'd', name: 'Dagny' });
  });

  it('a resuming participant is replayed only what came after the last seq they saw', () => {
    const r = inRound();
    const log: LoggedEvent[] = [];
    runLogged(r, [{ type: 'share', by: 'a', text: 'en' }], log);
    const seen = r.state.seq;
    runLogged(r, [{ type: 'share', by: 'a', text: 'to' }, { type: 'finishShare', by: 'a' }], log);
    const replay = replayFor(log, 1, seen);
    expect(replay.every((e) => e.seq > seen)).toBe(true);
    expect(replay.map((e) => e.event.type)).toEqual(['share', 'shareEnded', 'turn']);
  });

  it('events for one person (acknowledgements, waiting room, removal) are never replayed', () => {
    const r = inRound({ access: 'closed', others: ['b', 'c', 'd'] });
    const log: LoggedEvent[] = [];
    runLogged(r, [{ type: 'acknowledge', by: 'b', kind: 'heart' }, { type: 'remove', by: 'a', target: 'd' }], log);
    runLogged(r, [{ type: 'join', id: 'e', name: 'Eskild', role: 'participant', volunteer: false, pledge: true, chairKey: false, joinCode: false }], log);
    expect(log.some((e) => isPrivate(e.event))).toBe(true);
    const replay = replayFor(log, 0, 0);
    expect(replay.filter((e) => isPrivate(e.event))).toEqual([]);
    expect(replay.map((e) => e.event.type)).toEqual(['left', 'doorWatched']);
  });

  it('recipientOf names the one recipient of a private event and null for room events', () => {
    expect(recipientOf({ type: 'acknowledged', kind: 'hear', to: 'a', acks: 1 })).toBe('a');
    expect(recipientOf({ type: 'removed', id: 'd', to: 'd' })).toBe('d');
    expect(recipientOf({ type: 'note', text: 'x' })).toBeNull();
  });
});
