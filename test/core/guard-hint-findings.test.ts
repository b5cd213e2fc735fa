// The share guard runs once per share (Issue 10): a share the guard stops for a look (nudge,
// GUARD_HINT) comes back from decide() with what the guard found, so the server answers the
// speaker from it instead of running the rules and the model over the text a second time.
import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/meeting/decide.js';
import { shareFindings } from '../../shared/meeting/guard-mode.js';
import { findParticipant } from '../../shared/meeting/state.js';
import { inRound } from './helpers.js';

describe('GUARD_HINT carries the findings', () => {
  it('equal to shareFindings on the same state, text and speaker', () => {
    const r = inRound();
    for (const text of ['Du bør gå fra ham.', 'Ring meg på 412 34 567.', 'Bjarne, jeg vet hvordan du har det.']) {
      const d = decide(r.state, { type: 'share', by: 'a', text }, r.now);
      expect(d.ok ? 'accepted' : d.code, text).toBe('GUARD_HINT');
      const found = d.ok ? undefined : d.findings;
      expect(found, text).toEqual(shareFindings(r.state, findParticipant(r.state, 'a')!, text));
      expect(found!.length, text).toBeGreaterThan(0);
    }
  });

  it('no findings on any other refusal, nor when the share goes out', () => {
    const r = inRound();
    const other = decide(r.state, { type: 'share', by: 'c', text: 'Du bør gå fra ham.' }, r.now);
    expect(other).toEqual({ ok: false, code: 'NOT_YOUR_TURN' });
    const confirmed = decide(r.state, { type: 'share', by: 'a', text: 'Du bør gå fra ham.', confirm: true }, r.now);
    expect(confirmed.ok).toBe(true);
  });
});
