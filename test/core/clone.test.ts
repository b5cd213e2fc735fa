// clonePlain (shared/meeting/clone.ts), decide()'s copy of the state: a deep copy of plain data
// equal to what structuredClone makes, sharing no object or array with its input; and a share's
// copy (cloneForShare), which copies only what a share changes.
import { describe, expect, it } from 'vitest';
import { clonePlain } from '../../shared/meeting/clone.js';
import { decide } from '../../shared/meeting/decide.js';
import { inRound } from './helpers.js';

describe('clonePlain', () => {
  it('copies plain data deeply, as structuredClone does, sharing nothing with the input', () => {
    const input = JSON.parse('{"a":[1,{"b":null,"c":"x"}],"d":{"e":[[true,false]],"__proto__":{"polluted":1}},"f":0}') as Record<string, unknown>;
    input.g = undefined;
    const copy = clonePlain(input);
    expect(copy).toStrictEqual(structuredClone(input));
    expect(Object.keys(copy)).toEqual(Object.keys(input));
    // An own __proto__ key stays a key: the copy's prototype is untouched.
    const d = copy.d as Record<string, unknown>;
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(d, '__proto__')).toBe(true);
    expect((d as { polluted?: number }).polluted).toBeUndefined();
    // Nothing shared: changing the copy leaves the input as it was.
    ((copy.a as unknown[])[1] as Record<string, unknown>).c = 'changed';
    ((d.e as unknown[][])[0] as unknown[]).push('more');
    expect(((input.a as unknown[])[1] as Record<string, unknown>).c).toBe('x');
    expect(((input.d as Record<string, unknown>).e as unknown[][])[0]).toEqual([true, false]);
  });
});

/** Freezes `v` and everything it holds, as the memory store freezes a committed state. */
function deepFreeze<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  Object.freeze(v);
  for (const x of Object.values(v)) deepFreeze(x);
  return v;
}

// A share copies only what it changes (cloneForShare): a 50-person meeting's participants, door
// and settings are shared with the state before, not copied per share (Issue 10: CPU per
// delivery), and nothing of that state is written, in any guard mode or outcome.
describe('a share copies only what it changes', () => {
  it('shares the participants, the door and the settings with the state before', () => {
    const r = inRound();
    const before = r.state;
    r.ok({ type: 'share', by: 'a', text: 'I had a long week, and it is good to be here tonight.' });
    expect(r.state.participants).toBe(before.participants);
    expect(r.state.waiting).toBe(before.waiting);
    expect(r.state.settings).toBe(before.settings);
    // What a share changes is new: the posted shares, the speaker (`posted`).
    expect(r.state.shares).not.toBe(before.shares);
    expect(r.state.speaker).not.toBe(before.speaker);
    expect(r.state.speaker?.posted).toBe(true);
    expect(before.speaker?.posted).toBeFalsy();
  });

  it('writes nothing of a frozen state, through every guard mode and outcome', () => {
    for (const mode of ['nudge', 'hold', 'off'] as const) {
      const r = inRound();
      if (mode !== 'nudge') r.ok({ type: 'setGuardMode', by: 'a', mode });
      const step = (text: string, confirm = false): void => {
        const frozen = deepFreeze(structuredClone(r.state));
        const d = decide(frozen, { type: 'share', by: 'a', text, confirm }, r.now);
        const again = decide(structuredClone(r.state), { type: 'share', by: 'a', text, confirm }, r.now);
        expect(d).toEqual(again);
        if (d.ok) r.state = d.state;
      };
      step('I had a long week, and it is good to be here tonight.');
      step('Bjarne, you should leave him.');
      step('Bjarne, you should leave him.', true);
      step('Ring meg på 912 34 567.');
      step('Ring meg på 912 34 567.', true);
      // Posted: nudge the clean one and the two confirmed; off all but the unconfirmed phone
      // number; hold only the clean one (the flagged ones wait, the last replacing the others).
      expect(r.state.shares?.length).toBe({ nudge: 3, off: 4, hold: 1 }[mode]);
      if (mode === 'hold') expect(r.state.held?.text).toBe('Ring meg på 912 34 567.');
    }
  });
});
