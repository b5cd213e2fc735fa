// The chair's guard count is one per share that was held (hold mode) or sent after a hint
// (nudge): a flagged share sent again while its first version is still held replaces it and is
// not counted again (fresh tester of issue 12).
import { describe, expect, it } from 'vitest';
import { inRound } from './helpers.js';

describe('the guard count', () => {
  it('hold: the same held share sent again, with or without confirm, counts once', () => {
    const r = inRound();
    r.ok({ type: 'setGuardMode', by: 'a', mode: 'hold' });
    r.ok({ type: 'share', by: 'a', text: 'Bjarne, you should leave him', confirm: false });
    expect(r.state.guardCount).toBe(1);
    r.ok({ type: 'share', by: 'a', text: 'Bjarne, you should leave him', confirm: true });
    r.ok({ type: 'share', by: 'a', text: 'You should leave him.', confirm: false });
    expect(r.state.held?.text).toBe('You should leave him.');
    expect(r.state.guardCount).toBe(1);
    // Released, then a new flagged share held: that is a second share.
    r.ok({ type: 'releaseHeld', by: 'a' });
    r.ok({ type: 'share', by: 'a', text: 'Just stop answering his calls.', confirm: true });
    expect(r.state.held).not.toBeNull();
    expect(r.state.guardCount).toBe(2);
  });

  it('nudge: a share refused with a hint and then confirmed counts once', () => {
    const r = inRound();
    r.no({ type: 'share', by: 'a', text: 'Du bør gå fra ham.', confirm: false }, 'GUARD_HINT');
    r.no({ type: 'share', by: 'a', text: 'Du bør gå fra ham.', confirm: false }, 'GUARD_HINT');
    r.ok({ type: 'share', by: 'a', text: 'Du bør gå fra ham.', confirm: true });
    expect(r.state.guardCount).toBe(1);
  });
});
