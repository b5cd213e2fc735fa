import { describe, expect, it } from 'vitest';
import { formatRemaining, quarterTimes, quarterTimesAhead, startDays, startTime } from '../../client/time.js';

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

describe('choosing a start time', () => {
  const at = (h: number, m: number, dayShift = 0) => new Date(2025, 10, 20 + dayShift, h, m, 30).getTime();

  it('offers every quarter hour of a day, or only those still ahead today', () => {
    const all = quarterTimes();
    expect(all).toHaveLength(96);
    expect(all[0]).toBe('00:00');
    expect(all[1]).toBe('00:15');
    expect(all[95]).toBe('23:45');
    expect(quarterTimes(at(14, 7))[0]).toBe('14:15');
    expect(quarterTimes(at(14, 0))[0]).toBe('14:15');
    expect(quarterTimes(at(23, 44))).toEqual(['23:45']);
    expect(quarterTimes(at(23, 50))).toEqual([]);
  });

  // A round's end late in the evening (a fresh run at 23:41 had only "23:45" to choose).
  it("offers a round's end past midnight: the next quarter hours, however late", () => {
    expect(quarterTimesAhead(at(23, 41), 4)).toEqual(['23:45', '00:00', '00:15', '00:30']);
    expect(quarterTimesAhead(at(14, 0), 2)).toEqual(['14:15', '14:30']);
    expect(quarterTimesAhead(at(23, 50), 32)).toHaveLength(32);
  });

  it('names today and tomorrow, the rest by weekday, and drops today when it is over', () => {
    const words = { today: 'I dag', tomorrow: 'I morgen' };
    const days = startDays(at(10, 0), 'nb', words);
    expect(days.map((d) => d.offset)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(days[0]?.label).toBe('I dag');
    expect(days[1]?.label).toBe('I morgen');
    // 22 November 2025 was a Saturday.
    expect(days[2]?.label).toMatch(/lørdag/);
    expect(days[2]?.label).toMatch(/22/);
    expect(startDays(at(10, 0), 'en', words)[2]?.label).toMatch(/Saturday/);
    expect(startDays(at(23, 50), 'nb', words).map((d) => d.offset)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('turns a day and a time into that local moment, across a month end', () => {
    expect(startTime(at(10, 0), 0, '19:30')).toBe(new Date(2025, 10, 20, 19, 30).getTime());
    expect(startTime(at(10, 0), 1, '09:00')).toBe(new Date(2025, 10, 21, 9, 0).getTime());
    expect(startTime(at(10, 0), 11, '00:15')).toBe(new Date(2025, 11, 1, 0, 15).getTime());
  });
});
