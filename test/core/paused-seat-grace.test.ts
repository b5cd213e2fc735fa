// A tester trying the product as its users would (an older relative on a phone with a weak link):
// the chair paused the meeting for a break, the tester's connection dropped during it, and when
// they came back after the break their seat had been given up — the pause stopped the turn's
// clock and hold, but not the dropped seat's grace period.
// The rule (shared/meeting/seat-grace.ts): while the meeting is paused a dropped seat's grace
// period does not run; it keeps the time it had left and runs again from the resume (the whole
// grace period for a drop during the pause). The same for a place at the door. The chair's own
// grace runs on: only the chair can lift a pause, and a chair gone for good must not stand the
// meeting still.
import { describe, expect, it } from 'vitest';
import { nextDue } from '../../shared/meeting/decide.js';
import { buildView } from '../../shared/meeting/view.js';
import { accept, bare, gathered, inRound } from './helpers.js';

const GRACE = 20_000;
const HOLD = 5_000;

const seated = (r: ReturnType<typeof gathered>, id: string): boolean => r.state.participants.some((p) => p.id === id);
const atDoor = (r: ReturnType<typeof gathered>, id: string): boolean => r.state.waiting.some((w) => w.id === id);

describe("a dropped seat's grace period while the meeting is paused", () => {
  it('a drop during the pause: the seat is kept however long the pause lasts, then for the whole grace period from the resume', () => {
    const r = inRound({ settings: { graceMs: GRACE, speakerGraceMs: HOLD } });
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.wait(1_000).ok({ type: 'disconnect', by: 'c' });
    // The server sets no timer for the seat while paused.
    expect(nextDue(r.state)).toBeNull();
    // A long break: ten grace periods.
    r.wait(10 * GRACE);
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(seated(r, 'c')).toBe(true);

    const resumeAt = r.now;
    expect(bare(r.ok({ type: 'freeze', by: 'a', on: false }))).toEqual([{ type: 'frozen', on: false }]);
    expect(nextDue(r.state)).toBe(resumeAt + GRACE);
    r.now = resumeAt + GRACE - 1;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(seated(r, 'c')).toBe(true);
    expect(bare(r.tickAt(resumeAt + GRACE))).toEqual([{ type: 'left', id: 'c', name: 'Cecilie', reason: 'gone' }]);
  });

  it('a drop before the pause: the grace stops with the time it had left and runs that much after the resume', () => {
    const r = inRound({ settings: { graceMs: GRACE, speakerGraceMs: HOLD } });
    const dropAt = r.now;
    r.ok({ type: 'disconnect', by: 'c' });
    expect(nextDue(r.state)).toBe(dropAt + GRACE);
    r.now = dropAt + 6_000;
    r.ok({ type: 'freeze', by: 'a', on: true });
    expect(nextDue(r.state)).toBeNull();
    r.now = dropAt + 60_000;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    const resumeAt = r.now;
    r.ok({ type: 'freeze', by: 'a', on: false });
    expect(nextDue(r.state)).toBe(resumeAt + 14_000);
    r.now = resumeAt + 13_999;
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(seated(r, 'c')).toBe(true);
    r.tickAt(resumeAt + 14_000);
    expect(seated(r, 'c')).toBe(false);
  });

  it('a second pause stops the grace again, where the first resume left it', () => {
    const r = inRound({ settings: { graceMs: GRACE, speakerGraceMs: HOLD } });
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'disconnect', by: 'c' });
    const firstResume = r.wait(30_000).now;
    r.ok({ type: 'freeze', by: 'a', on: false });
    r.now = firstResume + 8_000;
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.wait(100_000);
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    const secondResume = r.now;
    r.ok({ type: 'freeze', by: 'a', on: false });
    expect(nextDue(r.state)).toBe(secondResume + 12_000);
  });

  it('back during the pause: the seat simply goes on, and a later drop has the whole grace period again', () => {
    const r = inRound({ settings: { graceMs: GRACE, speakerGraceMs: HOLD } });
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'disconnect', by: 'c' });
    r.wait(50_000).ok({ type: 'reconnect', by: 'c' });
    expect(r.participant('c')).not.toHaveProperty('graceLeft');
    r.wait(1_000).ok({ type: 'freeze', by: 'a', on: false });
    const dropAt = r.wait(1_000).now;
    r.ok({ type: 'disconnect', by: 'c' });
    expect(r.participant('c')).not.toHaveProperty('graceEndsAt');
    expect(nextDue(r.state)).toBe(dropAt + GRACE);
  });

  it("the chair's own grace runs during the pause: the chair passes on and the meeting stays paused with the new chair", () => {
    const r = inRound({ volunteers: ['b'], settings: { graceMs: GRACE, speakerGraceMs: HOLD } });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'freeze', by: 'a', on: true });
    const dropAt = r.wait(1_000).now;
    r.ok({ type: 'disconnect', by: 'a' });
    expect(nextDue(r.state)).toBe(dropAt + GRACE);
    const gone = bare(r.tickAt(dropAt + GRACE));
    expect(gone).toContainEqual({ type: 'left', id: 'a', name: 'Ada', reason: 'gone' });
    expect(r.chair).toBe('b');
    expect(r.state.frozen).toBe(true);
  });

  it('a chair who hands the chair on while their own connection is down (a command already on its way) is kept from then on like everyone else', () => {
    const r = inRound({ volunteers: ['b'], settings: { graceMs: GRACE, speakerGraceMs: HOLD } });
    r.ok({ type: 'finishShare', by: 'a' });
    r.ok({ type: 'freeze', by: 'a', on: true });
    const dropAt = r.now;
    r.ok({ type: 'disconnect', by: 'a' });
    r.now = dropAt + 5_000;
    r.ok({ type: 'handChair', by: 'a', target: 'b' });
    expect(r.chair).toBe('b');
    expect(nextDue(r.state)).toBeNull();
    r.wait(5 * GRACE);
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(seated(r, 'a')).toBe(true);
    const resumeAt = r.now;
    r.ok({ type: 'freeze', by: 'b', on: false });
    expect(nextDue(r.state)).toBe(resumeAt + 15_000);
  });

  it('a pause lifted because its chair is gone with nobody to take the chair: the kept seats run from then', () => {
    const r = inRound({ settings: { graceMs: GRACE, speakerGraceMs: HOLD } });
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'disconnect', by: 'c' });
    const dropAt = r.wait(1_000).now;
    r.ok({ type: 'disconnect', by: 'a' });
    r.tickAt(dropAt + GRACE);
    expect(seated(r, 'a')).toBe(false);
    expect(r.state.frozen).toBe(false);
    // Past c's own grace period since their drop, but the pause kept it until a's seat went.
    expect(seated(r, 'c')).toBe(true);
    expect(nextDue(r.state)).toBe(dropAt + 2 * GRACE);
    r.tickAt(dropAt + 2 * GRACE);
    expect(seated(r, 'c')).toBe(false);
  });

  it('a held turn and its seat during a long pause: after the resume the hold ends first, then the seat', () => {
    const r = inRound({ settings: { graceMs: GRACE, speakerGraceMs: HOLD } });
    r.ok({ type: 'finishShare', by: 'a' });
    expect(r.speaker).toBe('b');
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'disconnect', by: 'b' });
    r.wait(5 * GRACE);
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(r.speaker).toBe('b');
    const resumeAt = r.now;
    expect(r.ok({ type: 'freeze', by: 'a', on: false })).toContainEqual({ type: 'turnHeld', id: 'b', name: 'Bjarne', until: resumeAt + HOLD, resumed: true });
    r.tickAt(resumeAt + HOLD);
    expect(r.speaker).toBe('c');
    expect(seated(r, 'b')).toBe(true);
    r.tickAt(resumeAt + GRACE);
    expect(seated(r, 'b')).toBe(false);
  });

  it('the view says whose grace is paused: everyone but the chair, and only while the pause lasts', () => {
    const r = inRound({ settings: { graceMs: GRACE, speakerGraceMs: HOLD } });
    expect(buildView(r.state, 'c', r.now).gracePaused).toBe(false);
    r.ok({ type: 'freeze', by: 'a', on: true });
    expect(buildView(r.state, 'c', r.now).gracePaused).toBe(true);
    expect(buildView(r.state, 'a', r.now).gracePaused).toBe(false);
    r.ok({ type: 'freeze', by: 'a', on: false });
    expect(buildView(r.state, 'c', r.now).gracePaused).toBe(false);
  });
});

describe('a place at the door while the meeting is paused', () => {
  it('a drop at the door during the pause: the place is kept, then for the grace period from the resume', () => {
    const r = gathered({ settings: { graceMs: GRACE } });
    r.ok({ type: 'lock', by: 'a', on: true });
    r.join('d');
    expect(atDoor(r, 'd')).toBe(true);
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'disconnect', by: 'd' });
    r.wait(3 * GRACE);
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    expect(atDoor(r, 'd')).toBe(true);
    const resumeAt = r.now;
    r.ok({ type: 'freeze', by: 'a', on: false });
    expect(nextDue(r.state)).toBe(resumeAt + GRACE);
    r.tickAt(resumeAt + GRACE);
    expect(atDoor(r, 'd')).toBe(false);
  });

  it('let in while away during the pause: the seat keeps the stopped grace; sent back, the door keeps it', () => {
    const r = gathered({ settings: { graceMs: GRACE } });
    r.ok({ type: 'lock', by: 'a', on: true });
    r.join('d');
    accept(r, 'd');
    r.ok({ type: 'freeze', by: 'a', on: true });
    r.ok({ type: 'disconnect', by: 'd' });
    r.wait(2 * GRACE).ok({ type: 'admit', by: 'a', target: 'd' });
    expect(seated(r, 'd')).toBe(true);
    r.wait(2 * GRACE).ok({ type: 'sendToWaiting', by: 'a', target: 'd' });
    expect(atDoor(r, 'd')).toBe(true);
    r.wait(2 * GRACE);
    r.no({ type: 'tick' }, 'NOTHING_DUE');
    const resumeAt = r.now;
    r.ok({ type: 'freeze', by: 'a', on: false });
    expect(nextDue(r.state)).toBe(resumeAt + GRACE);
  });
});
