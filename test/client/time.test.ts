import { describe, expect, it } from 'vitest';
import { formatRemaining } from '../../client/time.js';

describe('formatRemaining', () => {
  it('shows minutes and seconds, rounding up so 0:00 means the time is really up', () => {
    expect(formatRemaining(180_000)).toBe('3:00');
    expect(formatRemaining(179_001)).toBe('3:00');
    expect(formatRemaining(179_000)).toBe('2:59');
    expect(formatRemaining(9_500)).toBe('0:10');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5_000)).toBe('0:00');
    expect(formatRemaining(61 * 60_000)).toBe('61:00');
  });
});
