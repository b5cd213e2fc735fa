// A view drawn again after it arrived (patched by a connection mark or an acknowledgement's
// count, redrawn offline or in the other language) counts down from its arrival: ageView gives
// the clocks the server would have given it that much later.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { ageAsShown, ageView, keepEarliestClocks } from '../../client/meeting/view-age.js';
import { inRound } from '../core/helpers.js';

describe('ageView: a held view as the server would build it later, as far as its clocks go', () => {
  it("matches a fresh view's clocks 5 s later (speaker, plan, script)", () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'setPlan', by: 'a', endsInMs: 600_000, lastCallMs: 60_000 });
    const id = r.speaker!;
    const then = buildView(r.state, id, r.now);
    const later = buildView(r.state, id, r.now + 5_000);
    expect({ ...ageView(then, 5_000), seq: 0 }).toEqual({ ...later, seq: 0 });
    // Long past the ends: never below zero, and the script drifts behind as the server says.
    const aged = ageView(then, 3_600_000);
    const hourLater = buildView(r.state, id, r.now + 3_600_000);
    expect([aged.speaker, aged.plan.remainingMs, aged.script]).toEqual([hourLater.speaker, hourLater.plan.remainingMs, hourLater.script]);
  });

  it("a held turn's hold counts down as a fresh view's would, its share clock stays stopped", () => {
    const r = inRound({ others: ['b', 'c'], settings: { speakerGraceMs: 20_000 } });
    const id = r.speaker!;
    const listener = r.state.participants.find((p) => p.id !== id)!.id;
    r.ok({ type: 'disconnect', by: id });
    const then = buildView(r.state, listener, r.now);
    expect(then.speaker).toMatchObject({ frozen: true, heldRemainingMs: 20_000 });
    for (const ms of [1, 6_500, 19_999, 20_000, 60_000]) {
      expect(ageView(then, ms).speaker).toEqual(buildView(r.state, listener, r.now + ms).speaker);
    }
    // A later source for the same hold keeps the smaller figure: a whole view arriving 3 s after
    // the patch it repeats does not move the count back.
    const late = keepEarliestClocks(then, 3_000, then);
    expect(late.speaker?.heldRemainingMs).toBe(17_000);
  });

  it('a paused share clock does not run', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'freeze', by: 'a', on: true });
    const v = buildView(r.state, r.speaker!, r.now);
    expect(ageView(v, 10_000).speaker?.remainingMs).toBe(v.speaker?.remainingMs);
  });
});

describe('ageAsShown: offline on your own turn, your clock stops at the drop', () => {
  it('ages your share clock only up to the drop, every other clock to now', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'setPlan', by: 'a', endsInMs: 600_000, lastCallMs: 60_000 });
    const id = r.speaker!;
    const v = buildView(r.state, id, r.now);
    // Arrived 10 s ago, the connection went 7 s ago: 3 s of the share clock ran.
    const shown = ageAsShown(v, 10_000, 7_000);
    expect(shown.speaker?.remainingMs).toBe(v.speaker!.remainingMs - 3_000);
    expect(shown.plan.remainingMs).toBe(ageView(v, 10_000).plan.remainingMs);
    // Redrawn each second while offline: the same figure.
    expect(ageAsShown(v, 12_500, 9_500).speaker?.remainingMs).toBe(shown.speaker?.remainingMs);
    // Connected: as ageView.
    expect(ageAsShown(v, 10_000, null)).toEqual(ageView(v, 10_000));
  });

  it("offline on someone else's turn, their clock is held where it was last known (not run on)", () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'setPlan', by: 'a', endsInMs: 600_000, lastCallMs: 60_000 });
    const other = buildView(r.state, r.speaker === 'b' ? 'c' : 'b', r.now);
    const shown = ageAsShown(other, 10_000, 7_000);
    expect(shown.speaker?.remainingMs).toBe(other.speaker!.remainingMs - 3_000);
    expect(ageAsShown(other, 60_000, 57_000).speaker?.remainingMs).toBe(shown.speaker?.remainingMs);
    // The planned times run on: the sharing end and the script are not someone's turn.
    expect(shown.plan.remainingMs).toBe(ageView(other, 10_000).plan.remainingMs);
    expect(shown.script).toEqual(ageView(other, 10_000).script);
    expect(ageAsShown(other, 10_000, null)).toEqual(ageView(other, 10_000));
  });
});

describe('keepEarliestClocks: a later source for the same deadline never moves a clock later', () => {
  /** The speaker's own views as the server builds them: the turn starts at r.now. */
  function setUp() {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'setPlan', by: 'a', endsInMs: 600_000, lastCallMs: 60_000 });
    const id = r.speaker!;
    return { r, id, v: buildView(r.state, id, r.now) };
  }

  it('a whole view arriving 3 s after the patch of the same turn keeps the patch’s clocks', () => {
    const { v } = setUp();
    // The patch (true when built) arrived 0.3 s after it was built; the whole view built at the
    // same moment arrived 3.3 s after: 3 s after the patch, with the figures of its build.
    const held = v;
    const late = keepEarliestClocks(held, 3_000, v);
    expect(late.speaker!.remainingMs).toBe(v.speaker!.remainingMs - 3_000);
    expect(late.plan.remainingMs).toBe(v.plan.remainingMs! - 3_000);
    expect(late.script!.remainingMs).toBe(v.script!.remainingMs - 3_000);
    expect(late.script!.driftMs).toBe(v.script!.driftMs);
    // Everything else is the new view's.
    expect({ ...late, speaker: null, plan: null, script: null }).toEqual({ ...v, speaker: null, plan: null, script: null });
  });

  it('a fresher figure for the same deadline is taken (smaller), and nothing from no held view', () => {
    const { r, id, v } = setUp();
    const fresher = buildView(r.state, id, r.now + 5_000);
    // Held 2 s: it implies more time left than the view built 5 s on: the new one stands.
    expect(keepEarliestClocks(v, 2_000, fresher)).toBe(fresher);
    expect(keepEarliestClocks(null, 2_000, v)).toBe(v);
  });

  it('a new deadline takes the new figures: an extension, a new turn, a resumed clock', () => {
    const { r, id, v } = setUp();
    r.wait(10_000).ok({ type: 'extend', by: 'a' });
    const extended = buildView(r.state, id, r.now);
    expect(extended.speaker!.deadline).not.toBe(v.speaker!.deadline);
    expect(keepEarliestClocks(v, 1_000, extended).speaker).toEqual(extended.speaker);
    r.ok({ type: 'freeze', by: 'a', on: true });
    const frozen = buildView(r.state, id, r.now);
    r.wait(5_000).ok({ type: 'freeze', by: 'a', on: false });
    const resumed = buildView(r.state, id, r.now);
    expect(resumed.speaker!.deadline).not.toBe(frozen.speaker!.deadline);
    expect(keepEarliestClocks(frozen, 1_000, resumed).speaker).toEqual(resumed.speaker);
    r.ok({ type: 'finishShare', by: id });
    const next = buildView(r.state, id, r.now);
    if (next.speaker) expect(keepEarliestClocks(extended, 60_000, next).speaker).toEqual(next.speaker);
    // A new plan: its own time left.
    r.ok({ type: 'setPlan', by: 'a', endsInMs: 900_000, lastCallMs: 60_000 });
    const replanned = buildView(r.state, id, r.now);
    expect(keepEarliestClocks(v, 5_000, replanned).plan).toEqual(replanned.plan);
  });

  // Three fresh testers (2026-12-05): a speaker's drop is announced after its settle time and
  // dated back to when the link went, so the stopped clock on the others' pages jumped back up
  // by those seconds. A clock that stops keeps the figure the page showed; the return (a new
  // deadline) gives the speaker the seconds back.
  it('a clock that stops (a held turn, a pause) never shows more than it showed running; the return takes the server’s figure', () => {
    const r = inRound({ others: ['b', 'c'], settings: { speakerGraceMs: 20_000 } });
    const id = r.speaker!;
    const listener = r.state.participants.find((p) => p.id !== id)!.id;
    const running = buildView(r.state, listener, r.now);
    // The link went 3 s after this view arrived; the drop is announced 3 s later (the settle
    // time), dated back to the drop: the stopped figure is 3 s more than the page shows now.
    r.wait(6_000).ok({ type: 'disconnect', by: id, at: r.now - 3_000 });
    const held = buildView(r.state, listener, r.now);
    expect(held.speaker).toMatchObject({ frozen: true, deadline: running.speaker!.deadline });
    expect(held.speaker!.remainingMs).toBe(running.speaker!.remainingMs - 3_000);
    const shown = keepEarliestClocks(running, 6_000, held);
    expect(shown.speaker!.remainingMs).toBe(running.speaker!.remainingMs - 6_000);
    expect(shown.speaker!.heldRemainingMs).toBe(held.speaker!.heldRemainingMs);
    // Later sources during the hold (a whole view, another patch) keep the figure shown.
    const again = keepEarliestClocks(shown, 4_000, buildView(r.state, listener, r.now + 4_000));
    expect(again.speaker!.remainingMs).toBe(shown.speaker!.remainingMs);
    // Back: a new deadline, counted from the time left at the drop.
    r.wait(4_000).ok({ type: 'reconnect', by: id });
    const back = buildView(r.state, listener, r.now);
    expect(back.speaker).toMatchObject({ id, frozen: false, remainingMs: held.speaker!.remainingMs });
    expect(keepEarliestClocks(again, 4_000, back).speaker).toEqual(back.speaker);
    // A pause: the same.
    const p = inRound({ others: ['b', 'c'] });
    const before = buildView(p.state, p.speaker!, p.now);
    p.wait(2_000).ok({ type: 'freeze', by: 'a', on: true });
    const paused = buildView(p.state, p.speaker!, p.now);
    expect(keepEarliestClocks(before, 2_500, paused).speaker!.remainingMs).toBe(before.speaker!.remainingMs - 2_500);
    expect(keepEarliestClocks(before, 1_500, paused).speaker).toEqual(paused.speaker);
  });

  it('past the segment’s end the held script counts when it is further behind', () => {
    const { v } = setUp();
    const over = v.script!.remainingMs + 10_000;
    const held = v;
    // The late source says 5 s less behind than the held one aged (its transit): the held one stays.
    const late = ageView(v, over - 5_000);
    const kept = keepEarliestClocks(held, over, late);
    expect(kept.script!.remainingMs).toBe(0);
    expect(kept.script!.driftMs).toBe(ageView(v, over).script!.driftMs);
  });
});
