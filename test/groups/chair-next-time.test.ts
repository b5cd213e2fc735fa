// "Chair next time" on a real server with an injected clock: the chair hands it on at the end of
// a group's meeting; only that person's socket gets a one-time key; at the next occurrence the key
// takes the chair. If nobody presents it, the first volunteer at the door takes the chair.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import type { GroupCard, NextChairKey } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { groupServers } from '../helpers/group-servers.js';
import { serverLogs, startTestServer } from '../helpers/server.js';

const dir = mkdtempSync(join(tmpdir(), 'runde-next-chair-'));
const file = join(dir, 'groups.yaml');
writeFileSync(file, `groups:\n  - { slug: tirsdag, name: Tirsdag, language: nb, format: standard, schedule: [{ day: tuesday, time: "19:00", minutes: 90 }] }\n`);

const START = Date.parse('2026-01-06T18:00:00Z'); // Tuesday 19:00 in Oslo
const WEEK = 7 * 86_400_000;
let clock = START;
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

async function meetingAt(at: number, url = server.url): Promise<string> {
  clock = at;
  const card = (await (await fetch(`${url}/api/groups/tirsdag`)).json()) as GroupCard;
  if (!card.current) throw new Error('door not open');
  return card.current.meetingId;
}

async function person(meetingId: string, name: string, o: { volunteer?: boolean; chairKey?: string } = {}, url = server.url): Promise<{ c: TestClient; keys: NextChairKey[] }> {
  const c = await TestClient.connect(url);
  clients.push(c);
  const keys: NextChairKey[] = [];
  c.socket.on('nextChairKey', (k) => keys.push(k));
  const ack = await c.join(meetingId, name, o);
  if (!ack.ok) throw new Error(`join refused: ${ack.code}`);
  return { c, keys };
}

/** Week one: Anna chairs (first volunteer), hands "chair next time" to Berit at the end. */
async function weekOneHandsOnToBerit(at: number, url = server.url): Promise<{ key: NextChairKey; others: NextChairKey[][] }> {
  const id = await meetingAt(at, url);
  const anna = await person(id, 'Anna', { volunteer: true }, url);
  const berit = await person(id, 'Berit', { volunteer: true }, url);
  const cato = await person(id, 'Cato', {}, url);
  await anna.c.waitFor((c) => c.latest.chairId === c.you, 'Anna in the chair');
  await anna.c.ok('start');
  for (const phase of ['opening', 'round', 'open', 'closing']) {
    await anna.c.waitFor((c) => c.latest.chairId === c.you, 'Anna in the chair');
    if (phase !== 'opening') await anna.c.ok('advance');
    await anna.c.waitFor((c) => c.latest.phase === phase, phase);
  }
  await anna.c.ok('chairNextTime', { target: berit.c.you });
  await berit.c.waitFor(() => berit.keys.length === 1, 'the key on Berit\'s socket');
  await anna.c.waitFor((c) => c.latest.nextChairHanded, 'the chair sees it handed on');
  await anna.c.ok('end');
  return { key: berit.keys[0]!, others: [anna.keys, cato.keys] };
}

describe('chair next time, across weeks', () => {
  it('gives only the chosen volunteer a key for the next occurrence, and that key takes the chair there', async () => {
    const { key, others } = await weekOneHandsOnToBerit(START + 60_000);
    expect(key).toMatchObject({ slug: 'tirsdag', startsAt: START + WEEK });
    expect(key.key).toMatch(/^[A-Za-z0-9_-]{21,64}$/);
    expect(others).toEqual([[], []]);
    // The key is never logged.
    expect(serverLogs.join('\n')).not.toContain(key.key);

    // A week later: the door opens; a volunteer comes first, but the chair is kept for the key.
    const next = await meetingAt(START + WEEK - 10 * 60_000);
    const dag = await person(next, 'Dag', { volunteer: true });
    expect(dag.c.latest.chairId).toBeNull();
    const berit = await person(next, 'Berit', { chairKey: key.key });
    await berit.c.waitFor((c) => c.latest.chairId === c.you, 'Berit takes the chair with the key');
    await dag.c.waitFor((c) => c.latest.chairId === berit.c.you, 'Dag sees Berit in the chair');

    // The key was handed on for one use: presented again (the same name, then another) it takes
    // neither Berit's seat nor the chair; it is an ordinary join, and Berit's socket stays hers.
    const again = await TestClient.connect(server.url);
    clients.push(again);
    const sameName = await again.join(next, 'Berit', { chairKey: key.key });
    expect(sameName).toMatchObject({ ok: false, code: 'NAME_TAKEN' });
    const replay = await person(next, 'Mallory', { chairKey: key.key });
    expect(replay.c.you).not.toBe(berit.c.you);
    expect(replay.c.latest.chairId).toBe(berit.c.you);
    await dag.c.waitFor((c) => c.latest.participants.some((p) => p.id === replay.c.you), 'Dag sees the replay as a new seat');
    expect(berit.c.byes).toEqual([]);
    expect(berit.c.socket.connected).toBe(true);
    expect(dag.c.latest.chairId).toBe(berit.c.you);

    // Berit's own way back is her resume token: a dropped connection comes back to her seat and the chair.
    berit.c.drop();
    const back = await TestClient.connect(server.url);
    clients.push(back);
    const resumed = await back.resume(next, berit.c.token, berit.c.lastSeq());
    expect(resumed.ok).toBe(true);
    expect(back.you).toBe(berit.c.you);
    await dag.c.waitFor((c) => c.latest.chairId === back.you, 'Berit back in the chair by her token');
  });

  it('a key for one week opens only that week\'s meeting, not the week after', async () => {
    const id = await meetingAt(START + 2 * WEEK + 60_000);
    const a = await person(id, 'Eva', { volunteer: true });
    await a.c.waitFor((c) => c.latest.chairId === c.you, 'Eva chairs');
    // Week three's meeting has no handed-on key: a made-up one is no chair key.
    const stranger = await person(id, 'Finn', { chairKey: 'x'.repeat(24) });
    expect(stranger.c.latest.chairId).toBe(a.c.you);
  });

  it('if nobody presents the key, the first volunteer at the door takes the chair once the chair wait is over', async () => {
    const { key } = await weekOneHandsOnToBerit(START + 3 * WEEK + 60_000);
    expect(key.startsAt).toBe(START + 4 * WEEK);
    // Berit does not come. Past the chair wait (15 minutes after the start), Gro at the door takes it.
    const id = await meetingAt(START + 4 * WEEK + 16 * 60_000);
    const gro = await person(id, 'Gro', { volunteer: true });
    await gro.c.waitFor((c) => c.latest.chairId === c.you, 'Gro takes the chair');
  });

  it('with no key handed on, the first volunteer at the door takes the chair at once', async () => {
    const id = await meetingAt(START + 5 * WEEK - 10 * 60_000);
    const helga = await person(id, 'Helga', { volunteer: true });
    await helga.c.waitFor((c) => c.latest.chairId === c.you, 'Helga takes the chair');
  });
});

describe('a handed-on key works once, on a real redis-server with two processes', () => {
  const env = groupServers('redis', file, () => clock);

  it('seats its holder on one process; presented again on the other it takes neither her seat nor the chair', async () => {
    const { a, b } = env;
    const { key } = await weekOneHandsOnToBerit(START + 6 * WEEK + 60_000, a);
    const next = await meetingAt(START + 7 * WEEK - 10 * 60_000, b);
    const berit = await person(next, 'Berit', { chairKey: key.key }, a);
    await berit.c.waitFor((c) => c.latest.chairId === c.you, 'Berit takes the chair with the key');
    const replay = await person(next, 'Mallory', { chairKey: key.key }, b);
    expect(replay.c.you).not.toBe(berit.c.you);
    expect(replay.c.latest.chairId).toBe(berit.c.you);
    await berit.c.waitFor((c) => c.latest.participants.some((p) => p.id === replay.c.you), 'Berit sees the replay as a new seat');
    expect(berit.c.byes).toEqual([]);
    expect(berit.c.socket.connected).toBe(true);
  });
});
