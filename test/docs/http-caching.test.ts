// docs/protocol.md says how each HTTP answer may be cached, and the server must send exactly
// that: every `GET /api/...` it documents is requested here and its Cache-Control compared with
// the doc (the HTTP API's rule, or the header the endpoint's own section names). The one answer
// that may be cached, the Meeting Guide feed, must hold nothing live; everything about a
// meeting's live state (the directory, a group's card, a meeting's door) is no-store, errors too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

const doc = readFileSync(new URL('../../docs/protocol.md', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'runde-caching-'));
const file = join(dir, 'groups.yaml');
writeFileSync(file, `groups:\n  - { slug: tirsdag, name: Tirsdag, language: nb, format: standard, schedule: [{ day: tuesday, time: "19:00", minutes: 90 }] }\n`);

const START = Date.parse('2026-01-06T18:00:00Z'); // Tuesday 19:00 in Oslo: the door is open
let server: RunningServer;
let meetingId = '';
beforeAll(async () => {
  server = await startTestServer({ groupsFile: file, now: () => START + 60_000 });
  meetingId = (await createMeeting(server.url, { listed: true })).meetingId;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The text under a `### ` heading, up to the next heading. */
function section(heading: string): string {
  const lines = doc.split('\n');
  const start = lines.indexOf(heading);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('#'));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}

/** The HTTP API's rule: "Every `/api` answer has `Cache-Control: …`". */
const rule = /Every `\/api` answer has `Cache-Control: ([^`]+)`/.exec(section('## HTTP API'))?.[1];
const documented = [...doc.matchAll(/^### `GET (\/api\/[^`]+)`$/gm)].map((m) => m[1]!);
const concrete = (path: string): string => path.replace(':id', meetingId).replace(':slug', 'tirsdag');
const cacheControl = async (path: string): Promise<string | null> => (await fetch(`${server.url}${path}`)).headers.get('cache-control');

describe('HTTP caching is what docs/protocol.md says', () => {
  it('states one rule for /api, and documents the GET endpoints', () => {
    expect(rule).toBe('no-store');
    expect(documented).toEqual(expect.arrayContaining(['/api/meetings', '/api/meetings/:id', '/api/groups/:slug', '/api/feed.json', '/api/help']));
  });

  it('sends each documented GET endpoint\'s Cache-Control: its section\'s own, else the rule', async () => {
    for (const path of documented) {
      const own = /`Cache-Control: ([^`]+)`/.exec(section(`### \`GET ${path}\``))?.[1];
      expect({ path, header: await cacheControl(concrete(path)) }).toEqual({ path, header: own ?? rule });
    }
  });

  it('lets only the feed be cached, and the feed holds nothing live', async () => {
    const cached = documented.filter((p) => /`Cache-Control: (?!no-store)/.test(section(`### \`GET ${p}\``)));
    expect(cached).toEqual(['/api/feed.json']);
    const feed = (await (await fetch(`${server.url}/api/feed.json`)).json()) as Record<string, unknown>[];
    expect(feed.length).toBeGreaterThan(0);
    for (const entry of feed) for (const live of ['phase', 'present', 'meetingId', 'startsAt']) expect(entry).not.toHaveProperty(live);
    // While the group's meeting runs, its live state is in no-store answers only.
    expect((await (await fetch(`${server.url}/api/groups/tirsdag`)).json()).current).not.toBeNull();
  });

  it('never lets an error under /api be cached either', async () => {
    for (const path of ['/api/groups/nope', '/api/meetings/not-an-id', '/api/nothing-here']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(404);
      expect({ path, header: res.headers.get('cache-control') }).toEqual({ path, header: 'no-store' });
    }
  });
});
