// A weekly group's occurrence ids are listed before their doors open (the directory shows the
// next 24 hours), and a door may open before the previous occurrence's scheduled end. On a real
// server with an injected clock, over HTTP and sockets (fresh tester, Issue 13 D3, D4):
// - an occurrence id whose door is not open yet answers NOT_OPEN_YET with when it opens (HTTP and
//   join), never "ended"; once its door is open the id works, whether or not /g/<slug> was visited;
// - when the chair ended the previous occurrence early and the next one's door is already open,
//   /g/<slug> leads to the next one, and its id works.
// On the memory store, and on a real redis-server with two processes (asked on one, joined on the other).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DirectoryEntry, GroupCard } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { groupServers } from '../helpers/group-servers.js';

const dir = mkdtempSync(join(tmpdir(), 'runde-door-before-open-'));
const file = join(dir, 'groups.yaml');
// Monday 19:00–20:00, then 20:00–21:00 with its door opening 15 minutes before (at 19:45).
writeFileSync(
  file,
  `groups:
  - slug: mandag
    name: Mandag
    language: nb
    format: standard
    doorOpensMinutes: 15
    schedule:
      - { day: monday, time: "19:00", minutes: 60 }
      - { day: monday, time: "20:00", minutes: 60 }
`,
);

const FIRST = Date.parse('2026-01-05T18:00:00Z'); // Monday 19:00 in Oslo
const SECOND = FIRST + 3600_000; // Monday 20:00
let clock = FIRST - 3600_000;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['memory', 'redis'] as const)('a weekly occurrence before and as its door opens (%s)', (setup) => {
  const env = groupServers(setup, file, () => clock);
  const clients = env.clients;
  const getJson = async (path: string, url = env.a): Promise<{ status: number; body: Record<string, unknown> }> => {
    const res = await fetch(`${url}${path}`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const listedId = async (startsAt: number): Promise<string> => {
    const { body } = await getJson('/api/meetings');
    const e = (body.meetings as DirectoryEntry[]).find((m) => m.groupSlug === 'mandag' && m.startsAt === startsAt);
    if (!e) throw new Error('not listed');
    return e.meetingId;
  };
  const connect = async (url = env.b): Promise<TestClient> => {
    const c = await TestClient.connect(url);
    clients.push(c);
    return c;
  };

  it('answers NOT_OPEN_YET with the door\'s time before it opens (HTTP and join), and works once it is open', async () => {
    clock = FIRST - 3600_000;
    const id = await listedId(FIRST);
    const before = await getJson(`/api/meetings/${id}`);
    expect(before.status).toBe(409);
    expect(before.body).toMatchObject({ ok: false, code: 'NOT_OPEN_YET', doorOpensAt: FIRST - 15 * 60_000, startsAt: FIRST });
    expect(before.body.message).toMatch(/not open yet/i);
    const early = await connect();
    const ack = await early.join(id, 'Tidlig', { volunteer: true });
    expect(ack).toMatchObject({ ok: false, code: 'NOT_OPEN_YET', doorOpensAt: FIRST - 15 * 60_000 });

    // Its door opens: the listed id works at once, though nobody opened /g/mandag.
    clock = FIRST - 10 * 60_000;
    const open = await getJson(`/api/meetings/${id}`, env.b);
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ ok: true, phase: 'gathering' });
    const anna = await connect();
    expect((await anna.join(id, 'Anna', { volunteer: true })).ok).toBe(true);
    await anna.waitFor((c) => c.latest.chairId === c.you, 'Anna chairs');
  });

  it('leads /g/<slug> to the next occurrence whose door is open once the chair ended the previous one early', async () => {
    clock = FIRST + 40 * 60_000;
    const { body: during } = await getJson('/api/groups/mandag');
    const first = (during as unknown as GroupCard).current!.meetingId;
    // Anna (from the first test) still chairs the 19:00 meeting.
    const chair = clients.find((c) => c.meetingId === first && c.latest?.chairId === c.you)!;
    expect(chair).toBeDefined();
    // 19:50: the second meeting's door is open (19:45); the chair ends the first early.
    clock = SECOND - 10 * 60_000;
    await chair.ok('end');
    await chair.waitFor((c) => c.byes.length > 0 || !c.socket.connected, 'the first meeting ends');
    const { status, body } = await getJson('/api/groups/mandag', env.b);
    expect(status).toBe(200);
    const c = body as unknown as GroupCard;
    expect(c.ended).toBeNull();
    expect(c.current).toMatchObject({ startsAt: SECOND });
    expect(c.current!.meetingId).toBe(await listedId(SECOND));
    const next = await getJson(`/api/meetings/${c.current!.meetingId}`);
    expect(next.status).toBe(200);
    const cato = await connect();
    expect((await cato.join(c.current!.meetingId, 'Cato', { volunteer: true })).ok).toBe(true);
    // The first occurrence stays ended.
    expect((await getJson(`/api/meetings/${first}`)).status).toBe(410);
  });
});
