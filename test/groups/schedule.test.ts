// Weekly schedules in an IANA zone: local wall-clock times hold across daylight-saving changes.
import { describe, expect, it } from 'vitest';
import { addMinutes } from '../../server/groups/feed.js';
import { currentAndNext, localParts, occurrenceAfter, occurrencesBetween, type Slot } from '../../server/groups/schedule.js';

const OSLO = 'Europe/Oslo';
const tuesday19: Slot[] = [{ day: 'tuesday', time: '19:00', minutes: 90 }];
const iso = (ms: number): string => new Date(ms).toISOString();

describe('weekly occurrences in a time zone', () => {
  it('puts 19:00 Oslo at 18:00 UTC in winter and 17:00 UTC in summer', () => {
    const winter = occurrencesBetween(tuesday19, OSLO, Date.parse('2026-01-01T00:00:00Z'), Date.parse('2026-01-08T00:00:00Z'));
    expect(winter.map((o) => iso(o.start))).toEqual(['2026-01-06T18:00:00.000Z']);
    expect(winter[0]!.end - winter[0]!.start).toBe(90 * 60_000);
    const summer = occurrencesBetween(tuesday19, OSLO, Date.parse('2026-07-01T00:00:00Z'), Date.parse('2026-07-08T00:00:00Z'));
    expect(summer.map((o) => iso(o.start))).toEqual(['2026-07-07T17:00:00.000Z']);
  });

  it('keeps local time across the spring and autumn changes (29 March and 25 October 2026)', () => {
    const sundays: Slot[] = [{ day: 'sunday', time: '19:00', minutes: 60 }];
    const around = occurrencesBetween(sundays, OSLO, Date.parse('2026-03-21T00:00:00Z'), Date.parse('2026-04-06T00:00:00Z'));
    expect(around.map((o) => iso(o.start))).toEqual(['2026-03-22T18:00:00.000Z', '2026-03-29T17:00:00.000Z', '2026-04-05T17:00:00.000Z']);
    const autumn = occurrencesBetween(sundays, OSLO, Date.parse('2026-10-18T00:00:00Z'), Date.parse('2026-10-27T00:00:00Z'));
    expect(autumn.map((o) => iso(o.start))).toEqual(['2026-10-18T17:00:00.000Z', '2026-10-25T18:00:00.000Z']);
    // The week that holds the change is an hour shorter or longer, as the wall clock says.
    expect(around[1]!.start - around[0]!.start).toBe(7 * 86_400_000 - 3_600_000);
  });

  it('moves a start that does not exist (02:30 on the spring change) forward by the gap', () => {
    const night: Slot[] = [{ day: 'sunday', time: '02:30', minutes: 60 }];
    const [o] = occurrencesBetween(night, OSLO, Date.parse('2026-03-29T00:00:00Z'), Date.parse('2026-03-29T06:00:00Z'));
    expect(localParts(o!.start, OSLO)).toEqual({ day: 0, time: '03:30' });
  });

  it('uses other zones too, and several weekly times', () => {
    const two: Slot[] = [{ day: 'monday', time: '20:00', minutes: 60 }, { day: 'thursday', time: '08:15', minutes: 45 }];
    const week = occurrencesBetween(two, 'America/New_York', Date.parse('2026-01-05T00:00:00Z'), Date.parse('2026-01-12T00:00:00Z'));
    expect(week.map((o) => [iso(o.start), o.slot])).toEqual([
      ['2026-01-06T01:00:00.000Z', 0],
      ['2026-01-08T13:15:00.000Z', 1],
    ]);
  });
});

describe('the current and the next occurrence', () => {
  const start = Date.parse('2026-01-06T18:00:00Z');
  const door = 15 * 60_000;

  it('has no current meeting before the door opens, and names the next', () => {
    const r = currentAndNext(tuesday19, OSLO, start - door - 1, door);
    expect(r.current).toBeNull();
    expect(r.next.start).toBe(start);
  });

  it('opens the door N minutes before the start and keeps it open until the end', () => {
    expect(currentAndNext(tuesday19, OSLO, start - door, door).current?.start).toBe(start);
    expect(currentAndNext(tuesday19, OSLO, start + 89 * 60_000, door).current?.start).toBe(start);
    const after = currentAndNext(tuesday19, OSLO, start + 90 * 60_000, door);
    expect(after.current).toBeNull();
    expect(iso(after.next.start)).toBe('2026-01-13T18:00:00.000Z');
  });

  it('hands on to the first occurrence after a given one', () => {
    expect(iso(occurrenceAfter(tuesday19, OSLO, start).start)).toBe('2026-01-13T18:00:00.000Z');
  });
});

describe('a meeting past midnight, and the end on the wall clock', () => {
  const late: Slot[] = [{ day: 'saturday', time: '23:00', minutes: 90 }];
  const localEnd = (o: { end: number }): string => {
    const p = localParts(o.end, OSLO);
    return `${p.day} ${p.time}`;
  };

  it('runs 23:00–00:30 into Sunday, in winter and in summer', () => {
    const [winter] = occurrencesBetween(late, OSLO, Date.parse('2026-01-10T00:00:00Z'), Date.parse('2026-01-11T00:00:00Z'));
    expect([iso(winter!.start), iso(winter!.end)]).toEqual(['2026-01-10T22:00:00.000Z', '2026-01-10T23:30:00.000Z']);
    expect(localEnd(winter!)).toBe('0 00:30');
    const [summer] = occurrencesBetween(late, OSLO, Date.parse('2026-07-11T00:00:00Z'), Date.parse('2026-07-12T00:00:00Z'));
    expect([iso(summer!.start), iso(summer!.end)]).toEqual(['2026-07-11T21:00:00.000Z', '2026-07-11T22:30:00.000Z']);
  });

  it('is still current after midnight, until 00:30, and is found from Sunday', () => {
    const sundayQuarterPast = Date.parse('2026-01-10T23:15:00Z'); // 00:15 on Sunday in Oslo
    const r = currentAndNext(late, OSLO, sundayQuarterPast, 15 * 60_000);
    expect(iso(r.current!.start)).toBe('2026-01-10T22:00:00.000Z');
    expect(iso(r.next.start)).toBe('2026-01-17T22:00:00.000Z');
    expect(currentAndNext(late, OSLO, Date.parse('2026-01-10T23:30:00Z'), 15 * 60_000).current).toBeNull();
  });

  it('keeps the weekend of each daylight-saving change right (28–29 March and 24–25 October 2026)', () => {
    // Saturday 23:00 before the spring change is +01:00; the end 00:30 is before the 02:00 jump.
    const spring = occurrencesBetween(late, OSLO, Date.parse('2026-03-21T00:00:00Z'), Date.parse('2026-04-05T00:00:00Z'));
    expect(spring.map((o) => [iso(o.start), iso(o.end)])).toEqual([
      ['2026-03-21T22:00:00.000Z', '2026-03-21T23:30:00.000Z'],
      ['2026-03-28T22:00:00.000Z', '2026-03-28T23:30:00.000Z'],
      ['2026-04-04T21:00:00.000Z', '2026-04-04T22:30:00.000Z'],
    ]);
    const autumn = occurrencesBetween(late, OSLO, Date.parse('2026-10-24T00:00:00Z'), Date.parse('2026-11-01T00:00:00Z'));
    expect(autumn.map((o) => [iso(o.start), iso(o.end)])).toEqual([
      ['2026-10-24T21:00:00.000Z', '2026-10-24T22:30:00.000Z'],
      ['2026-10-31T22:00:00.000Z', '2026-10-31T23:30:00.000Z'],
    ]);
  });

  it('ends a meeting that spans the change at the wall-clock end: 23:30–03:30 is 3 hours in spring, 5 in autumn', () => {
    const night: Slot[] = [{ day: 'saturday', time: '23:30', minutes: 240 }];
    const [spring] = occurrencesBetween(night, OSLO, Date.parse('2026-03-28T12:00:00Z'), Date.parse('2026-03-29T12:00:00Z'));
    expect([iso(spring!.start), iso(spring!.end), localEnd(spring!)]).toEqual(['2026-03-28T22:30:00.000Z', '2026-03-29T01:30:00.000Z', '0 03:30']);
    const [autumn] = occurrencesBetween(night, OSLO, Date.parse('2026-10-24T12:00:00Z'), Date.parse('2026-10-25T12:00:00Z'));
    expect([iso(autumn!.start), iso(autumn!.end), localEnd(autumn!)]).toEqual(['2026-10-24T21:30:00.000Z', '2026-10-25T02:30:00.000Z', '0 03:30']);
  });

  it('ends every occurrence of a year where the feed\'s end_time says, in several zones', () => {
    const slots: Slot[] = [
      { day: 'saturday', time: '23:00', minutes: 90 },
      { day: 'saturday', time: '23:30', minutes: 240 },
      { day: 'sunday', time: '01:00', minutes: 150 },
      { day: 'tuesday', time: '19:00', minutes: 90 },
    ];
    for (const zone of [OSLO, 'America/New_York', 'Australia/Sydney']) {
      const year = occurrencesBetween(slots, zone, Date.parse('2026-01-01T00:00:00Z'), Date.parse('2027-01-01T00:00:00Z'));
      expect(year.length).toBeGreaterThan(200);
      for (const o of year) {
        const slot = slots[o.slot]!;
        expect({ zone, start: iso(o.start), end: localParts(o.end, zone).time }).toEqual({ zone, start: iso(o.start), end: addMinutes(slot.time, slot.minutes) });
        expect(o.end).toBeGreaterThan(o.start);
      }
    }
  });

  it('keeps a start moved over the spring gap its full length rather than none', () => {
    const gap: Slot[] = [{ day: 'sunday', time: '02:30', minutes: 60 }];
    const [o] = occurrencesBetween(gap, OSLO, Date.parse('2026-03-29T00:00:00Z'), Date.parse('2026-03-29T06:00:00Z'));
    expect(o!.end - o!.start).toBe(60 * 60_000);
  });
});
