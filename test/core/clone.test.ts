// clonePlain (shared/meeting/clone.ts), decide()'s copy of the state: a deep copy of plain data
// equal to what structuredClone makes, sharing no object or array with its input.
import { describe, expect, it } from 'vitest';
import { clonePlain } from '../../shared/meeting/clone.js';

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
