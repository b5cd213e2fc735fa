// A fresh tester (Chromium, en): the chair paused the meeting, then the speaker's connection
// dropped and stayed down; the page counted the held turn down during the pause, and ~30 s later
// the transcript said "The turn moved on from Quiet Harbour…" while the meeting was still paused.
// The rule: the speaker grace (the hold of a dropped speaker's turn) does not run while the
// meeting is paused; after the resume it goes on with the time it had left (the whole hold for a
// drop during the pause). The seat's own grace period is paused too (paused-seat-grace.test.ts),
// but for the chair's.
import { describe, expect, it } from 'vitest';
import { nextDue } from '../../shared/meeting/decide.js';
import { buildView } from '../../shared/meeting/view.js';
import { bare, inRound } from './helpers.js';

const HOLD = 5_000;
const GRACE = 60_000;

/** A round where `b` speaks and `a` chairs: a has shared first. */
function bSpeaking(graceMs = GRACE) {
  const r = inRound({ others: ['b', 'c'], settings: { speakerGraceMs: HOLD, graceMs } });
  r.ok({ type: 'finishShare', by: 'a' });
  expect(r.speaker).toBe('b');
  return r;
}

const heldView = (r: ReturnType<typeof bSpeaking>) => buildView(r.state, 'c', r.now).speaker;

describe('a held turn while the meeting is paused', () => {
  it('pause, then the speaker drops: the turn stays theirs well past the speaker grace; after the resume it runs out after the whole hold, not before', () => {
    const r = bSpeaking();
    r.wait(1_000).ok({ type: 'freeze', by: 'a', on: true });
    const dropAt = r.wait(1_000).now;
    const ev = r.ok({ type: 'disconnect', by: 'b' });
    expect(bare(ev)).toContainEqual({ type: 'turnHeld', id: 'b', name: 'Bjarne', until: dropAt + HOLD, paused: true });
    // The view gives no end to count down to, only the stopped time left.
    expect(heldView(r)).toMatchObject({ id: 'b', frozen: true, heldUntil: null, heldLeftMs: HOLD });

    // Six times the speaker grace later, still within the seat's grace period: still b's turn.
    r.now = dropAt + 30_000;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(r.speaker).toBe('b');
    expect(heldView(r)).toMatchObject({ heldUntil: null, heldLeftMs: HOLD });

    const resumeAt = r.now;
    const resumed = r.ok({ type: 'freeze', by: 'a', on: false });
    expect(bare(resumed)).toEqual([
      { type: 'frozen', on: false },
      { type: 'turnHeld', id: 'b', name: 'Bjarne', until: resumeAt + HOLD, resumed: true },
    ]);
    expect(heldView(r)).toMatchObject({ heldUntil: resumeAt + HOLD, heldLeftMs: null, frozen: true });
    expect(nextDue(r.state)).toBe(resumeAt + HOLD);
    r.now = resumeAt + HOLD - 1;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(r.speaker).toBe('b');
    const gone = r.tickAt(resumeAt + HOLD);
    expect(bare(gone)[0]).toEqual({ type: 'shareEnded', id: 'b', name: 'Bjarne', reason: 'gone' });
    expect(r.speaker).toBe('c');
  });

  it('pause, then the speaker drops and comes back during the pause: they keep the turn, with their share time as it was', () => {
    const r = bSpeaking();
    r.wait(10_000).ok({ type: 'freeze', by: 'a', on: true });
    const left = r.state.speaker!.frozenRemaining!;
    r.wait(1_000).ok({ type: 'disconnect', by: 'b' });
    r.wait(30_000);
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    const back = r.ok({ type: 'reconnect', by: 'b' });
    expect(back.some((e) => e.type === 'turnResumed' && e.id === 'b')).toBe(true);
    expect(r.speaker).toBe('b');
    expect(r.state.speaker).toMatchObject({ heldSince: null, frozenRemaining: left });
    expect(r.state.speaker).not.toHaveProperty('holdLeft');
    expect(heldView(r)).toMatchObject({ heldUntil: null, heldLeftMs: null });
    // The resume finds no hold to restart: only the share clock runs again.
    const resumeAt = r.wait(1_000).now;
    expect(bare(r.ok({ type: 'freeze', by: 'a', on: false }))).toEqual([{ type: 'frozen', on: false }]);
    expect(r.state.speaker).toMatchObject({ id: 'b', frozenRemaining: null, deadline: resumeAt + left });
  });

  it('the speaker drops, then the chair pauses after part of the hold: after the resume the hold ends the time it had left later', () => {
    const r = bSpeaking();
    const dropAt = r.now;
    r.ok({ type: 'disconnect', by: 'b' });
    r.now = dropAt + 2_000;
    expect(r.ok({ type: 'freeze', by: 'a', on: true })).toEqual([{ type: 'frozen', on: true }]);
    expect(heldView(r)).toMatchObject({ heldUntil: null, heldLeftMs: HOLD - 2_000 });
    r.now = dropAt + 40_000;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(r.speaker).toBe('b');
    const resumeAt = r.now;
    const resumed = r.ok({ type: 'freeze', by: 'a', on: false });
    expect(bare(resumed)).toContainEqual({ type: 'turnHeld', id: 'b', name: 'Bjarne', until: resumeAt + 3_000, resumed: true });
    expect(heldView(r)?.heldUntil).toBe(resumeAt + 3_000);
    r.now = resumeAt + 2_999;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(r.speaker).toBe('b');
    r.tickAt(resumeAt + 3_000);
    expect(r.state.speaker?.id).toBe('c');
    expect(r.state.roundOrder.find((e) => e.id === 'b')?.status).toBe('missed');
  });

  it('a resumed hold and its seat both run again from the resume, each with the time it had left: the hold ends first', () => {
    const r = bSpeaking(20_000);
    const dropAt = r.now;
    r.ok({ type: 'disconnect', by: 'b' });
    r.now = dropAt + 2_000;
    r.ok({ type: 'freeze', by: 'a', on: true });
    // Past the seat's whole grace period during the pause: it was stopped with 18 s left.
    r.now = dropAt + 25_000;
    const resumeAt = r.now;
    const resumed = r.ok({ type: 'freeze', by: 'a', on: false });
    expect(bare(resumed)).toContainEqual({ type: 'turnHeld', id: 'b', name: 'Bjarne', until: resumeAt + 3_000, resumed: true });
    expect(nextDue(r.state)).toBe(resumeAt + 3_000);
    r.tickAt(resumeAt + 3_000);
    expect(r.speaker).toBe('c');
    expect(nextDue(r.state)).toBe(resumeAt + 18_000);
    r.now = resumeAt + 17_999;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(bare(r.tickAt(resumeAt + 18_000))).toContainEqual({ type: 'left', id: 'b', name: 'Bjarne', reason: 'gone' });
  });

  it('nextDue wakes for neither the hold nor the seat during a pause', () => {
    // The pause first, then the drop.
    const r = bSpeaking();
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.wait(1_000).ok({ type: 'disconnect', by: 'b' });
    expect(nextDue(r.state)).toBeNull();
    // The drop first, then the pause.
    const q = bSpeaking();
    const qDrop = q.now;
    q.ok({ type: 'disconnect', by: 'b' });
    expect(nextDue(q.state)).toBe(qDrop + HOLD);
    q.wait(1_000).ok({ type: 'freeze', by: 'a', on: true });
    expect(nextDue(q.state)).toBeNull();
  });

  it("the seat's grace period does not run during a pause either: the seat and the turn outlast it", () => {
    const r = bSpeaking(20_000);
    r.ok({ type: 'freeze', by: 'a', on: true });
    const dropAt = r.wait(1_000).now;
    r.ok({ type: 'disconnect', by: 'b' });
    r.now = dropAt + 10 * 20_000;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(r.speaker).toBe('b');
    expect(r.state.participants.some((p) => p.id === 'b')).toBe(true);
    expect(r.state.frozen).toBe(true);
  });

  it("the chair's own seat is not kept by the pause (only the chair can lift it): a chair speaking who drops loses seat and turn after the grace period", () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['b'], settings: { speakerGraceMs: HOLD, graceMs: 20_000 } });
    expect(r.speaker).toBe('a');
    r.ok({ type: 'freeze', by: 'a', on: true });
    const dropAt = r.wait(1_000).now;
    r.ok({ type: 'disconnect', by: 'a' });
    r.now = dropAt + 19_999;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(r.speaker).toBe('a');
    const gone = r.tickAt(dropAt + 20_000);
    expect(gone.some((e) => e.type === 'left' && e.id === 'a' && e.reason === 'gone')).toBe(true);
    expect(r.chair).toBe('b');
    expect(r.speaker).not.toBe('a');
    expect(r.state.frozen).toBe(true);
  });

  it('a meeting unfrozen because its chair is gone resumes the hold, as the chair would', () => {
    const r = bSpeaking();
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.wait(1_000).ok({ type: 'disconnect', by: 'b' });
    const at = r.wait(10_000).now;
    const ev = r.ok({ type: 'leave', by: 'a' });
    expect(r.state.chairId).toBeNull();
    expect(r.state.frozen).toBe(false);
    expect(bare(ev)).toContainEqual({ type: 'turnHeld', id: 'b', name: 'Bjarne', until: at + HOLD, resumed: true });
    expect(nextDue(r.state)).toBe(at + HOLD);
  });
});
