// GET /api/feed.json in the Meeting Guide format: checked against the specification's schema
// (restated in fixtures/) and against an entry written out by hand from the specification.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseGroups } from '../../server/groups/config.js';
import { addMinutes, meetingGuideFeed } from '../../server/groups/feed.js';

const schema = JSON.parse(readFileSync(new URL('./fixtures/meeting-guide-feed.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

const { groups } = parseGroups({
  groups: [
    { slug: 'tirsdag', name: 'Pårørendegruppa tirsdag', language: 'nb', format: 'relatives', schedule: [{ day: 'tuesday', time: '19:00', minutes: 90 }], notes: 'Tekstmøte.' },
    { slug: 'weekend', name: 'Weekend share round', language: 'en', format: 'standard', timezone: 'Europe/London', schedule: [{ day: 'saturday', time: '23:30', minutes: 60 }, { day: 'sunday', time: '10:00', minutes: 60 }] },
    { slug: 'circle', name: 'Closed circle', language: 'nb', format: 'peer-group', schedule: [{ day: 'monday', time: '18:00', minutes: 75 }] },
    { slug: 'hidden', name: 'Unlisted', language: 'nb', format: 'standard', listed: false, schedule: [{ day: 'monday', time: '18:00', minutes: 60 }] },
  ],
});

describe('the Meeting Guide feed', () => {
  const feed = meetingGuideFeed(groups, 'https://runde.example');

  it('passes the specification\'s schema', () => {
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
  });

  it('would fail the schema with a field name or type code that is not the specification\'s', () => {
    expect(validate([{ ...feed[0], weekday: 2 }])).toBe(false);
    expect(validate([{ ...feed[0], types: ['ONLINE'] }])).toBe(false);
    expect(validate([{ ...feed[0], day: 7 }])).toBe(false);
  });

  it('matches an entry written out by hand from the specification', () => {
    expect(feed[0]).toEqual({
      name: 'Pårørendegruppa tirsdag',
      slug: 'tirsdag',
      day: 2, // Tuesday: 0 is Sunday
      time: '19:00',
      end_time: '20:30',
      timezone: 'Europe/Oslo',
      types: ['O', 'D', 'NO'],
      conference_url: 'https://runde.example/g/tirsdag',
      // In the group's language, as its notes (a fresh tester found it in English for a bokmål group).
      conference_url_notes: expect.stringContaining('ingen konto') as unknown as string,
      notes: expect.stringMatching(/^Tekstmøte\.\n\nFor pårørende/) as unknown as string,
      group: 'Pårørendegruppa tirsdag',
    });
  });

  it('lists each weekly time of a group once, with its own slug; closed groups as C; unlisted groups not at all', () => {
    expect(feed.map((m) => [m.slug, m.day, m.time, m.end_time, m.types.join(',')])).toEqual([
      ['tirsdag', 2, '19:00', '20:30', 'O,D,NO'],
      ['weekend-saturday-2330', 6, '23:30', '00:30', 'O,D,EN'],
      ['weekend-sunday-1000', 0, '10:00', '11:00', 'O,D,EN'],
      ['circle', 1, '18:00', '19:15', 'C,D,NO'],
    ]);
  });

  it('adds minutes on a 24-hour clock face', () => {
    expect(addMinutes('23:30', 60)).toBe('00:30');
    expect(addMinutes('09:05', 70)).toBe('10:15');
  });
});
