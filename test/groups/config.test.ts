// The operator's group file: JSON or YAML, validated with errors that name the entry and field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroupsFile, parseGroups, OWN_READING_MAX } from '../../server/groups/config.js';

const dir = mkdtempSync(join(tmpdir(), 'runde-groups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const good = {
  slug: 'tirsdag',
  name: 'Pårørendegruppa tirsdag',
  language: 'nb',
  format: 'relatives',
  schedule: [{ day: 'tuesday', time: '19:00', minutes: 90 }],
};
const withGroup = (patch: Record<string, unknown>) => ({ groups: [good, { ...good, slug: 'second', ...patch }] });
const errorOf = (raw: unknown): string => {
  try {
    parseGroups(raw, 'groups.yaml');
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected the file to be rejected');
};

describe('the groups file', () => {
  it('reads YAML with defaults: Europe/Oslo, listed, the format\'s access, door 15 minutes before', () => {
    const path = join(dir, 'groups.yaml');
    writeFileSync(path, `publicUrl: https://runde.example/
groups:
  - slug: tirsdag
    name: Pårørendegruppa tirsdag
    language: nb
    format: relatives
    schedule:
      - { day: tuesday, time: "19:00", minutes: 90 }
    readings:
      welcome: |
        Velkommen til vår gruppe.
`);
    const f = loadGroupsFile(path);
    expect(f.publicUrl).toBe('https://runde.example');
    expect(f.groups[0]).toMatchObject({ slug: 'tirsdag', timezone: 'Europe/Oslo', listed: true, access: 'open', doorMs: 15 * 60_000, joinCodeHash: null, readings: { welcome: 'Velkommen til vår gruppe.' } });
  });

  it('reads JSON, and a closed format makes a closed group', () => {
    const path = join(dir, 'groups.json');
    writeFileSync(path, JSON.stringify({ groups: [{ ...good, format: 'peer-group', joinCodeHash: 'a'.repeat(64), timezone: 'Europe/London' }] }));
    expect(loadGroupsFile(path).groups[0]).toMatchObject({ access: 'closed', joinCodeHash: 'a'.repeat(64), timezone: 'Europe/London' });
  });

  it.each([
    [{ schedule: [{ day: 'tuesday', time: '7pm', minutes: 60 }] }, /groups\[1\] \(second\)\.schedule\[0\]\.time must be "HH:MM"/],
    [{ schedule: [{ day: 'tirsdag', time: '19:00', minutes: 60 }] }, /groups\[1\] \(second\)\.schedule\[0\]\.day must be one of monday/],
    [{ schedule: [] }, /groups\[1\] \(second\)\.schedule needs at least one/],
    [{ timezone: 'Europe/Osloo' }, /groups\[1\] \(second\)\.timezone is not an IANA time zone/],
    [{ format: 'bible-study' }, /groups\[1\] \(second\)\.format is not a known format/],
    [{ slug: 'Tirsdag Gruppe' }, /groups\[1\] \(Tirsdag Gruppe\)\.slug must be/],
    [{ slug: 'tirsdag' }, /groups\[1\] \(tirsdag\)\.slug "tirsdag" is used twice/],
    [{ language: 'sv' }, /groups\[1\] \(second\)\.language must be "nb" or "en"/],
    [{ joinCodeHash: 'b'.repeat(64) }, /groups\[1\] \(second\)\.joinCodeHash is only for a closed group/],
    [{ readings: { prayer: 'x' } }, /groups\[1\] \(second\)\.readings may only have welcome/],
    [{ format: 'large', readings: { silence: 'x' } }, /groups\[1\] \(second\)\.readings\.silence is not a reading of format "large"/],
    [{ readings: { welcome: 'x'.repeat(OWN_READING_MAX + 1) } }, /groups\[1\] \(second\)\.readings\.welcome must be at most 5000 characters/],
    // In UTF-16 units, as every text limit (fresh tester of issue 12): 2501 emoji are 5002 units.
    [{ readings: { welcome: '😀'.repeat(OWN_READING_MAX / 2 + 1) } }, /groups\[1\] \(second\)\.readings\.welcome must be at most 5000 characters/],
    [{ readings: { welcome: 'lone \ud800 surrogate' } }, /groups\[1\] \(second\)\.readings\.welcome must be well-formed text/],
    [{ colour: 'blue' }, /groups\[1\] \(second\).*colour/],
    [{ contributionUrl: 'http://example.org/gi' }, /groups\[1\] \(second\)\.contributionUrl must be an https:\/\/ address/],
    [{ contributionUrl: 'javascript:alert(1)' }, /groups\[1\] \(second\)\.contributionUrl must be an https:\/\/ address/],
    [{ segmentMinutes: { prayer: 5 } }, /groups\[1\] \(second\)\.segmentMinutes/],
    [{ segmentMinutes: { round: 0 } }, /groups\[1\] \(second\)\.segmentMinutes\.round/],
    [{ segmentMinutes: { round: 2.5 } }, /groups\[1\] \(second\)\.segmentMinutes\.round/],
  ])('rejects a bad entry naming the entry and field: %#', (patch, message) => {
    expect(errorOf(withGroup(patch))).toMatch(message);
  });

  it.each([
    // The tester's case: 19:00 for 120 minutes runs to 21:00, past 20:00's start.
    [[{ day: 'monday', time: '19:00', minutes: 120 }, { day: 'monday', time: '20:00', minutes: 60 }], /groups\[1\] \(second\)\.schedule\[1\] overlaps schedule\[0\] \(monday 19:00 for 120 minutes\)/],
    // The same time twice.
    [[{ day: 'friday', time: '18:00', minutes: 60 }, { day: 'friday', time: '18:00', minutes: 60 }], /\.schedule\[1\] overlaps schedule\[0\]/],
    // A later entry inside an earlier one, listed first.
    [[{ day: 'monday', time: '20:00', minutes: 30 }, { day: 'monday', time: '19:00', minutes: 120 }], /\.schedule\[1\] overlaps schedule\[0\] \(monday 20:00 for 30 minutes\)/],
    // Past midnight into the next day's meeting, and from Sunday night into Monday (the week wraps).
    [[{ day: 'tuesday', time: '23:00', minutes: 120 }, { day: 'wednesday', time: '00:30', minutes: 60 }], /\.schedule\[1\] overlaps schedule\[0\] \(tuesday 23:00/],
    [[{ day: 'monday', time: '00:30', minutes: 60 }, { day: 'sunday', time: '23:00', minutes: 120 }], /\.schedule\[1\] overlaps schedule\[0\] \(monday 00:30/],
  ])('refuses weekly times that overlap, naming the entry and the one it overlaps: %#', (schedule, message) => {
    expect(errorOf(withGroup({ schedule }))).toMatch(message);
  });

  it('accepts back-to-back weekly times (one ends as the next starts)', () => {
    const schedule = [
      { day: 'monday', time: '19:00', minutes: 60 },
      { day: 'monday', time: '20:00', minutes: 60 },
      { day: 'sunday', time: '23:00', minutes: 60 },
      { day: 'monday', time: '00:00', minutes: 60 },
    ];
    expect(parseGroups(withGroup({ schedule })).groups[1]!.schedule).toHaveLength(4);
  });

  it('names a misspelled key first, with the key it may have meant', () => {
    const { schedule, ...rest } = good;
    const message = errorOf({ groups: [{ ...rest, shedule: schedule }] });
    expect(message).toMatch(/groups\[0\] \(tirsdag\) has an unknown key "shedule" \(did you mean "schedule"\?\)/);
    expect(errorOf({ groups: [{ ...good, schedule: [{ day: 'monday', time: '19:00', minuts: 60 }] }] })).toMatch(/schedule\[0\] has an unknown key "minuts" \(did you mean "minutes"\?\)/);
  });

  it("keeps a group's own contributions link (https), null when it has none", () => {
    const f = parseGroups(withGroup({ contributionUrl: 'https://example.org/gi' }));
    expect(f.groups.map((g) => g.contributionUrl)).toEqual([null, 'https://example.org/gi']);
  });

  it("keeps a group's own planned segment minutes as ms by segment kind, none by default (Issue 15)", () => {
    const f = parseGroups(withGroup({ segmentMinutes: { round: 40, open: 10 } }));
    expect(f.groups.map((g) => g.plannedMs)).toEqual([{}, { round: 40 * 60_000, open: 10 * 60_000 }]);
  });

  it('accepts a reading of exactly 5,000 characters', () => {
    expect(parseGroups(withGroup({ readings: { welcome: 'x'.repeat(OWN_READING_MAX) } })).groups[1]!.readings.welcome).toHaveLength(OWN_READING_MAX);
  });

  it('says which file is unreadable or not JSON/YAML', () => {
    expect(() => loadGroupsFile(join(dir, 'missing.yaml'))).toThrow(/missing\.yaml: cannot read the file \(ENOENT\)/);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'groups: [ { slug: x\n');
    expect(() => loadGroupsFile(bad)).toThrow(/bad\.yaml: not valid JSON or YAML/);
  });
});
