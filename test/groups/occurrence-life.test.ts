// A weekly group's meeting lives for its scheduled time, on real servers with an injected clock
// that runs on from a chosen instant (issue 13): emptying it does not end it, so someone who found
// its door a moment ago still gets in; its chair's `end` ends it for good (/g/<slug> then says so
// and names the next meeting, and nobody re-opens it, on any process); the clock warns the room
// five minutes before the scheduled end and ends it then. On the memory store, and on a real
// redis-server with two processes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryEntry, GroupCard } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { groupServers } from '../helpers/group-servers.js';

const dir = mkdtempSync(join(tmpdir(), 'runde-occurrence-life-'));
const file = join(dir, 'groups.yaml');
writeFileSync(file, `groups:\n  - { slug: tirsdag, name: Tirsdag, language: nb, format: standard, schedule: [{ day: tuesday, time: "19:00", minutes: 90 }] }\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const START = Date.parse('2026-01-06T18:00:00Z'); // Tuesday 19:00 in Oslo
const END = START + 90 * 60_000;
const WEEK = 7 * 86_400_000;

/** The servers' clock: `at` from the moment it is set, running on in real time (timers must fire). */
let offset = 0;
const setClock = (at: number): void => {
  offset = at - Date.now();
};
const now = (): number => Date.now() + offset;

describe.each(['memory', 'redis'] as const)('a weekly group meeting\'s life (%s)', (setup) => {
  const env = groupServers(setup, file, now);
  const clients = env.clients;
  const servers = env.servers;
  /** The first process, and a second one on the same Redis (the same one on the memory store). */
  let a = '';
  let b = '';
  beforeAll(() => {
    a = env.a;
    b = env.b;
  });

  const card = async (url: string): Promise<GroupCard> => (await (await fetch(`${url}/api/groups/tirsdag`)).json()) as GroupCard;
  const directory = async (url: string): Promise<DirectoryEntry[]> =>
    ((await (await fetch(`${url}/api/meetings`)).json()) as { meetings: DirectoryEntry[] }).meetings.filter((m) => m.groupSlug === 'tirsdag');
  async function person(url: string, meetingId: string, name: string, volunteer = false): Promise<TestClient> {
    const c = await TestClient.connect(url);
    clients.push(c);
    const ack = await c.join(meetingId, name, { volunteer });
    if (!ack.ok) throw new Error(`join refused: ${ack.code}`);
    return c;
  }

  it('is not ended by emptying: someone who found the door while it emptied still gets in', async () => {
    setClock(START + 10 * 60_000);
    const id = (await card(a)).current!.meetingId;
    const anna = await person(a, id, 'Anna', true);
    await anna.ok('setTopic', { text: 'Kari og huset' });
    // Berit opens /g/tirsdag now: her page holds this meeting's door.
    const seen = (await card(b)).current!.meetingId;
    expect(seen).toBe(id);
    await anna.ok('leave');
    // Nothing of Anna's time is kept for whoever comes next: no log, no topic.
    expect(await servers[0]!.store.readLog(id, -1)).toEqual([]);
    expect((await servers[0]!.store.load(id))?.topic).toBeNull();
    const berit = await TestClient.connect(b);
    clients.push(berit);
    const ack = await berit.join(seen, 'Berit', { volunteer: true });
    expect(ack.ok ? 'seated' : ack.code).toBe('seated');
    await berit.waitFor((c) => c.latest.chairId === c.you, 'Berit takes the empty chair');
    expect(berit.latest.topic).toBeNull();
    expect(berit.events.map((e) => e.event.type)).not.toContain('topic');
    expect((await directory(a))[0]).toMatchObject({ phase: 'gathering', startsAt: START, endsAt: END });
  });

  it('is ended for good by its chair: the link says so and names the next meeting, on every process', async () => {
    setClock(START + WEEK + 10 * 60_000);
    const id = (await card(a)).current!.meetingId;
    const chair = await person(a, id, 'Cato', true);
    const other = await person(b, id, 'Dag');
    await chair.waitFor((c) => c.latest.chairId === c.you, 'Cato chairs');
    await chair.ok('end');
    await other.waitFor((c) => c.byes.includes('ended'), 'Dag hears the end');
    for (const url of [a, b]) {
      const after = await card(url);
      expect(after.current).toBeNull();
      expect(after.ended).toEqual({ startsAt: START + WEEK, endsAt: END + WEEK });
      expect(after.next.startsAt).toBe(START + 2 * WEEK);
      expect((await directory(url))[0]).toMatchObject({ startsAt: START + WEEK, phase: 'ended', present: null });
    }
    const late = await TestClient.connect(b);
    clients.push(late);
    const ack = await late.join(id, 'Eva');
    expect(ack.ok ? 'seated' : ack.code).toBe('MEETING_ENDED');
    // After its scheduled end the mark is gone with it; the next week opens as usual.
    setClock(START + 2 * WEEK);
    expect((await card(a)).ended).toBeNull();
    expect((await card(a)).current?.startsAt).toBe(START + 2 * WEEK);
  });

  it('warns the room five minutes before its scheduled end', async () => {
    // Four minutes before the end of week four's meeting: the warning is due at once.
    setClock(END + 3 * WEEK - 4 * 60_000);
    const id = (await card(a)).current!.meetingId;
    // The warning waits for someone to hear it: the first to come gets it at once, once.
    const frid = await person(a, id, 'Frid', true);
    await frid.waitFor((x) => x.events.some((e) => e.event.type === 'endingSoon'), 'the warning', 10_000);
    const gro = await person(b, id, 'Gro');
    await frid.ok('setTopic', { text: 'Tid' });
    await gro.waitFor((x) => x.latest.topic === 'Tid', 'the topic');
    expect(frid.events.filter((e) => e.event.type === 'endingSoon').map((e) => e.event)).toEqual([{ type: 'endingSoon', endsAt: END + 3 * WEEK, phase: 'gathering' }]);
    // A latecomer is not sent old events; the end stands in every view.
    expect(gro.latest.endsAt).toBe(END + 3 * WEEK);
  });

  it('ends at its scheduled end, with everyone sent off and nothing kept', async () => {
    // Eight seconds before the end of week five's meeting (room for a loaded machine to seat two).
    setClock(END + 4 * WEEK - 8000);
    const id = (await card(a)).current!.meetingId;
    const hege = await person(a, id, 'Hege', true);
    const ivar = await person(b, id, 'Ivar');
    for (const c of [hege, ivar]) await c.waitFor((x) => x.byes.includes('ended'), 'the end at the scheduled time', 20_000);
    expect(now()).toBeGreaterThanOrEqual(END + 4 * WEEK);
    expect(ivar.events.some((e) => e.event.type === 'ended')).toBe(true);
    const after = await card(b);
    expect(after.current).toBeNull();
    expect(after.ended).toBeNull();
    expect(after.next.startsAt).toBe(START + 5 * WEEK);
    expect(await servers[0]!.store.load(id)).toBeNull();
  }, 30_000);
});
