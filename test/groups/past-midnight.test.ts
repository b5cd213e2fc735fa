// A weekly meeting that runs past midnight (23:00–00:30), and one that spans the night the clocks
// go forward (23:30–03:30 on 28–29 March 2026 in Oslo), on a real server whose injected clock runs
// on from a chosen instant: the feed's end_time, the directory after midnight, /g/<slug> and the
// scheduled end all agree with the wall clock.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import type { DirectoryEntry, GroupCard } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { startTestServer } from '../helpers/server.js';

const dir = mkdtempSync(join(tmpdir(), 'runde-past-midnight-'));
const file = join(dir, 'groups.yaml');
writeFileSync(
  file,
  `groups:
  - { slug: natt, name: Nattmøtet, language: nb, format: standard, schedule: [{ day: saturday, time: "23:00", minutes: 90 }] }
  - { slug: sen, name: Seint, language: en, format: standard, schedule: [{ day: saturday, time: "23:30", minutes: 240 }] }
`,
);

let offset = 0;
const setClock = (at: number): void => {
  offset = at - Date.now();
};
const now = (): number => Date.now() + offset;
let server: RunningServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ groupsFile: file, now });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;
const iso = (ms: number | null | undefined): string | null => (typeof ms === 'number' ? new Date(ms).toISOString() : null);

describe('a meeting past midnight, across the spring change', () => {
  it('is in the feed from Saturday 23:00 to 00:30 and 23:30 to 03:30', async () => {
    const feed = await get<{ slug: string; day: number; time: string; end_time: string }[]>('/api/feed.json');
    expect(feed.map((m) => [m.slug, m.day, m.time, m.end_time])).toEqual([
      ['natt', 6, '23:00', '00:30'],
      ['sen', 6, '23:30', '03:30'],
    ]);
  });

  it('is listed as running after midnight, with its end after midnight, and its link opens its door', async () => {
    setClock(Date.parse('2026-03-28T23:15:00Z')); // Sunday 00:15 in Oslo, still winter time
    const running = (await get<{ meetings: DirectoryEntry[] }>('/api/meetings')).meetings.filter((m) => m.groupSlug);
    expect(running.map((m) => [m.groupSlug, m.phase, iso(m.startsAt), iso(m.endsAt)])).toEqual([
      ['natt', 'gathering', '2026-03-28T22:00:00.000Z', '2026-03-28T23:30:00.000Z'],
      ['sen', 'gathering', '2026-03-28T22:30:00.000Z', '2026-03-29T01:30:00.000Z'], // 03:30 summer time
    ]);
    const card = await get<GroupCard>('/api/groups/natt');
    expect(iso(card.current?.endsAt)).toBe('2026-03-28T23:30:00.000Z');
    expect(iso(card.next.startsAt)).toBe('2026-04-04T21:00:00.000Z'); // 23:00 summer time
  });

  it('ends at 03:30 on the wall clock on the night the clocks go forward', async () => {
    const end = Date.parse('2026-03-29T01:30:00Z');
    setClock(end - 8000);
    const card = await get<GroupCard>('/api/groups/sen');
    expect(iso(card.current?.endsAt)).toBe(iso(end));
    const c = await TestClient.connect(server.url);
    clients.push(c);
    const ack = await c.join(card.current!.meetingId, 'Kari', { volunteer: true });
    expect(ack.ok).toBe(true);
    expect(c.latest.endsAt).toBe(end);
    await c.waitFor((x) => x.byes.includes('ended'), 'the end at 03:30', 20_000);
    expect(now()).toBeGreaterThanOrEqual(end);
    const after = await get<GroupCard>('/api/groups/sen');
    expect(after.current).toBeNull();
    expect(iso(after.next.startsAt)).toBe('2026-04-04T21:30:00.000Z');
  }, 30_000);
});
