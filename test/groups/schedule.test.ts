// Weekly schedules in an IANA zone: local wall-clock times hold across daylight-saving changes.
import { describe, expect, it } from 'vitest';
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
