// The page's echo finding (shared/guard/echo.ts), told with the share: only the page holds the
// others' words, so the server weighs what it is told (guard-mode.ts echoFinding). A fresh tester
// found a quote of another's share, sent as it is, left the chair no mark, and hold mode did not
// hold it.
import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/meeting/decide.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, nameOf } from './helpers.js';
import { SERENITY_PRAYER } from '../../shared/guard/echo.js';

const QUOTE = 'Da hun sa «jeg føler at jeg drukner litt mer for hver eneste dag», kjente jeg meg igjen.';
const ECHO = 'jeg føler at jeg drukner litt mer for hver eneste dag';

function speaking(mode?: 'off' | 'nudge' | 'hold') {
  const r = inRound({ others: ['b', 'c'] });
  if (mode) r.ok({ type: 'setGuardMode', by: 'a', mode });
  r.ok({ type: 'finishShare', by: 'a' });
  return { r, speaker: r.speaker! };
}

describe('a share told to repeat another member share', () => {
  it('nudge: asks for a look with the stretch as a crosstalk finding; sent as it is, the chair gets the mark', () => {
    const { r, speaker } = speaking();
    expect(decide(r.state, { type: 'share', by: speaker, text: QUOTE, echo: ECHO }, r.now)).toEqual({ ok: false, code: 'GUARD_HINT', findings: [{ kind: 'crosstalk', match: ECHO }] });
    r.ok({ type: 'share', by: speaker, text: QUOTE, confirm: true, echo: ECHO });
    expect(buildView(r.state, 'a', r.now).reports).toEqual([{ share: r.state.seq, reason: 'guardHint', count: 1, kinds: ['crosstalk'], name: nameOf(speaker), text: QUOTE }]);
    expect(r.state.guardCount).toBe(1);
  });

  it('hold: held with the stretch among its findings; released, it goes out marked for the chair', () => {
    const { r, speaker } = speaking('hold');
    const ev = r.ok({ type: 'share', by: speaker, text: QUOTE, echo: ECHO });
    expect(ev.some((e) => e.type === 'share')).toBe(false);
    expect(buildView(r.state, speaker, r.now).guard.held).toEqual({ text: QUOTE, findings: [{ kind: 'crosstalk', match: ECHO }] });
    r.ok({ type: 'releaseHeld', by: speaker });
    expect(r.last('share').map((e) => e.text)).toEqual([QUOTE]);
    expect(buildView(r.state, 'a', r.now).reports).toEqual([{ share: r.state.seq, reason: 'guardHint', count: 1, kinds: ['crosstalk'], name: nameOf(speaker), text: QUOTE }]);
  });

  it('a stretch the share does not hold is not taken, nor is it in off mode: the share goes out plainly', () => {
    const { r, speaker } = speaking();
    r.ok({ type: 'share', by: speaker, text: QUOTE, echo: 'Du er en idiot' });
    expect(buildView(r.state, 'a', r.now).reports).toEqual([]);
    const off = speaking('off');
    off.r.ok({ type: 'share', by: off.speaker, text: QUOTE, echo: ECHO });
    expect(buildView(off.r.state, 'a', off.r.now).reports).toEqual([]);
  });

  it("the room's own words told as an echo are not taken: the Serenity Prayer goes out plainly", () => {
    for (const prayer of SERENITY_PRAYER) {
      const { r, speaker } = speaking();
      r.ok({ type: 'share', by: speaker, text: `I said it to myself: ${prayer}`, echo: prayer });
      expect(buildView(r.state, 'a', r.now).reports).toEqual([]);
    }
  });
});
