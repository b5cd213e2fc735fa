// A view drawn again after it arrived (patched by a connection mark or an acknowledgement's
// count, redrawn offline or in the other language) counts down from its arrival: ageView gives
// the clocks the server would have given it that much later.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { ageView } from '../../client/meeting/view-age.js';
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
