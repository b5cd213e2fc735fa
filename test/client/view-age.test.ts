// A view drawn again after it arrived (patched by a connection mark or an acknowledgement's
// count, redrawn offline or in the other language) counts down from its arrival: ageView gives
// the clocks the server would have given it that much later.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { ageAsShown, ageView } from '../../client/meeting/view-age.js';
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
    // Connected, or on someone else's turn: as ageView.
    expect(ageAsShown(v, 10_000, null)).toEqual(ageView(v, 10_000));
    const other = buildView(r.state, 'b' === id ? 'c' : 'b', r.now);
    expect(ageAsShown(other, 10_000, 7_000)).toEqual(ageView(other, 10_000));
  });
});
