// A weekly group's own planned segment lengths (Issue 15: per-group planned lengths), on a real
// server: `segmentMinutes` in the groups file reaches the group's meeting, whose script (in every
// view) plans those segments with the group's minutes and the rest with the format's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { findFormat } from '../../shared/meeting/formats.js';
import type { GroupCard } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { startTestServer } from '../helpers/server.js';

const dir = mkdtempSync(join(tmpdir(), 'runde-segment-minutes-'));
const file = join(dir, 'groups.yaml');
writeFileSync(
  file,
  `groups:\n  - { slug: onsdag, name: Onsdag, language: nb, format: standard, segmentMinutes: { round: 40, open: 5 }, schedule: [{ day: wednesday, time: "19:00", minutes: 90 }] }\n`,
);

const START = Date.parse('2026-01-07T18:00:00Z'); // Wednesday 19:00 in Oslo
const offset = START + 10 * 60_000 - Date.now();
const now = (): number => Date.now() + offset;

let server: RunningServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ groupsFile: file, now });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a weekly group's own planned lengths", () => {
  it("plan the group's meeting: the round and open sharing by the group's minutes, the rest by the format", async () => {
    const card = (await (await fetch(`${server.url}/api/groups/onsdag`)).json()) as GroupCard;
    const id = card.current!.meetingId;
    const anna = await TestClient.connect(server.url);
    const berit = await TestClient.connect(server.url);
    clients.push(anna, berit);
    expect((await anna.join(id, 'Anna', { volunteer: true })).ok).toBe(true);
    expect((await berit.join(id, 'Berit')).ok).toBe(true);
    await anna.waitFor((c) => c.latest.chairId === c.you, 'Anna chairs');
    await anna.ok('start');
    await berit.waitFor((c) => c.latest.script !== null, 'the script');
    const planned = berit.latest.script!.segments.map((s) => [s.kind, s.plannedMs]);
    const want = findFormat('standard')!.script.map((s) => [s.kind, s.kind === 'round' ? 40 * 60_000 : s.kind === 'open' ? 5 * 60_000 : s.plannedMs]);
    expect(planned).toEqual(want);
  });
});
