// Weekly groups over HTTP on a real server with an injected clock: /api/groups/:slug opens the
// door of the current occurrence (a fresh meeting each week), the directory lists group meetings
// now and within 24 hours without small counts, and the feed is served.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import type { DirectoryEntry, GroupCard } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { startTestServer } from '../helpers/server.js';

const dir = mkdtempSync(join(tmpdir(), 'runde-groups-http-'));
const file = join(dir, 'groups.yaml');
writeFileSync(
  file,
  `groups:
  - slug: tirsdag
    name: Pårørendegruppa tirsdag
    language: nb
    format: relatives
    schedule:
      - { day: tuesday, time: "19:00", minutes: 90 }
  - slug: stille
    name: Unlisted group
    language: en
    format: standard
    listed: false
    schedule:
      - { day: tuesday, time: "19:00", minutes: 60 }
`,
);

// Tuesday 6 January 2026, 19:00 in Oslo is 18:00 UTC.
const START = Date.parse('2026-01-06T18:00:00Z');
const WEEK = 7 * 86_400_000;
let clock = START - 3600_000;
let server: RunningServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ groupsFile: file, now: () => clock });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const card = async (slug: string): Promise<{ status: number; body: GroupCard & { ok: boolean } }> => {
  const res = await fetch(`${server.url}/api/groups/${slug}`);
  return { status: res.status, body: (await res.json()) as GroupCard & { ok: boolean } };
};
const directory = async (): Promise<DirectoryEntry[]> => ((await (await fetch(`${server.url}/api/meetings`)).json()) as { meetings: DirectoryEntry[] }).meetings;

describe('a weekly group over HTTP', () => {
  it('says when the next meeting starts and its door opens while the door is shut', async () => {
    clock = START - 3600_000;
    const { status, body } = await card('tirsdag');
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, slug: 'tirsdag', name: 'Pårørendegruppa tirsdag', timezone: 'Europe/Oslo', now: clock, current: null });
    expect(body.next).toEqual({ startsAt: START, endsAt: START + 90 * 60_000, doorOpensAt: START - 15 * 60_000 });
  });

  it('answers 404 for a group that does not exist', async () => {
    expect((await card('nope')).status).toBe(404);
    expect((await card('NOT_A_SLUG')).status).toBe(404);
  });

  it('lists the group within 24 hours before its door opens, never a count below five', async () => {
    clock = START - 20 * 3600_000;
    const listed = (await directory()).filter((m) => m.groupSlug);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ groupSlug: 'tirsdag', phase: 'scheduled', startsAt: START, endsAt: START + 90 * 60_000, present: null });
    clock = START - 25 * 3600_000;
    expect((await directory()).filter((m) => m.groupSlug)).toHaveLength(0);
  });

  it('opens the door N minutes before the start: one fresh meeting per occurrence, the same for everyone', async () => {
    clock = START - 15 * 60_000;
    const a = (await card('tirsdag')).body.current;
    expect(a).toMatchObject({ startsAt: START, endsAt: START + 90 * 60_000 });
    const again = (await card('tirsdag')).body.current;
    expect(again?.meetingId).toBe(a!.meetingId);
    const door = (await (await fetch(`${server.url}/api/meetings/${a!.meetingId}`)).json()) as Record<string, unknown>;
    expect(door).toMatchObject({ ok: true, title: 'Pårørendegruppa tirsdag', formatId: 'relatives', phase: 'gathering', group: true });
  });

  it('shows how many are present only from five people on', async () => {
    clock = START + 60_000;
    const { meetingId } = (await card('tirsdag')).body.current!;
    for (const name of ['Anna', 'Berit', 'Cato', 'Dag']) {
      const c = await TestClient.connect(server.url);
      clients.push(c);
      expect((await c.join(meetingId, name, { volunteer: true })).ok).toBe(true);
    }
    const few = (await directory()).find((m) => m.groupSlug === 'tirsdag');
    expect(few).toMatchObject({ phase: 'gathering', present: null });
    const fifth = await TestClient.connect(server.url);
    clients.push(fifth);
    expect((await fifth.join(meetingId, 'Eli')).ok).toBe(true);
    expect((await directory()).find((m) => m.groupSlug === 'tirsdag')?.present).toBe(5);
  });

  it('makes next week a different, empty meeting: nothing of last week is in it', async () => {
    clock = START + 60_000;
    const lastWeek = (await card('tirsdag')).body.current!.meetingId;
    clock = START + WEEK;
    const next = (await card('tirsdag')).body.current!;
    expect(next.startsAt).toBe(START + WEEK);
    expect(next.meetingId).not.toBe(lastWeek);
    const c = await TestClient.connect(server.url);
    clients.push(c);
    expect((await c.join(next.meetingId, 'Anna')).ok).toBe(true);
    expect(c.latest.participants.map((p) => p.name)).toEqual(['Anna']);
    expect(c.latest.seq).toBe(1);
  });

  it('keeps an unlisted group off the directory and the feed, but its link works', async () => {
    clock = START;
    expect((await directory()).some((m) => m.groupSlug === 'stille')).toBe(false);
    expect((await card('stille')).body.current).not.toBeNull();
    const feed = (await (await fetch(`${server.url}/api/feed.json`)).json()) as { slug: string; conference_url: string }[];
    expect(feed.map((m) => m.slug)).toEqual(['tirsdag']);
    expect(feed[0]!.conference_url).toBe(`${server.url}/g/tirsdag`);
  });

  it('shows the true phase of a week\'s meeting before anyone opens its door: the schedule and the store together', async () => {
    // Week three: nobody has asked for /g/tirsdag, so nothing is stored for it yet.
    const at = START + 3 * WEEK;
    clock = at - 16 * 60_000;
    expect((await directory()).find((m) => m.groupSlug === 'tirsdag')).toMatchObject({ startsAt: at, phase: 'scheduled' });
    clock = at - 10 * 60_000; // the door is open by the schedule; nobody there: 0, not "a few"
    expect((await directory()).find((m) => m.groupSlug === 'tirsdag')).toMatchObject({ startsAt: at, phase: 'gathering', present: 0 });
    clock = at + 30 * 60_000; // running by the schedule, still nobody has come
    expect((await directory()).find((m) => m.groupSlug === 'tirsdag')).toMatchObject({ startsAt: at, phase: 'gathering', present: 0 });
    // Once people are in and the chair starts, the stored phase is the one shown.
    const { meetingId } = (await card('tirsdag')).body.current!;
    const [chair, other] = [await TestClient.connect(server.url), await TestClient.connect(server.url)];
    clients.push(chair, other);
    expect((await chair.join(meetingId, 'Ivar', { volunteer: true })).ok).toBe(true);
    expect((await other.join(meetingId, 'Jon')).ok).toBe(true);
    await chair.ok('start');
    expect((await directory()).find((m) => m.groupSlug === 'tirsdag')).toMatchObject({ startsAt: at, phase: 'opening' });
  });

  it('re-reads the file on reload, and keeps the old groups when the new file is bad', async () => {
    writeFileSync(file, `groups:\n  - { slug: onsdag, name: Onsdag, language: nb, format: na, schedule: [{ day: wednesday, time: "20:00", minutes: 60 }] }\n`);
    expect(server.reloadGroups()).toEqual({ ok: true, groups: 1 });
    expect((await card('onsdag')).status).toBe(200);
    expect((await card('tirsdag')).status).toBe(404);
    writeFileSync(file, `groups:\n  - { slug: onsdag, name: Onsdag, language: nb, format: na, schedule: [{ day: wednesday, time: "25:00", minutes: 60 }] }\n`);
    const r = server.reloadGroups();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/groups\[0\] \(onsdag\)\.schedule\[0\]\.time/);
    expect((await card('onsdag')).status).toBe(200);
  });
});
