// A weekly group's "chair next time" key seats its holder in the chair once; with that seat the
// holder gets the meeting's own chair key, which brings them back as a one-off meeting's chair key
// does, while the meeting lives. A fresh tester (2026-12-06): the page's "Keep your chair link"
// carried the spent one-time key, and opening it after closing the tab led to the closed door as
// a stranger ("Someone in the meeting already uses that name"), while the door still promised the
// chair. Real server, memory store, injected clock.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { GroupCard, NextChairKey, SeatResult } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { groupServers, groupsFileOf } from '../helpers/group-servers.js';
import { serverLogs } from '../helpers/server.js';

const CODE = 'fjellsol';
// Closed, as the tester's group: a spent key at the door of a closed meeting waits there.
const file = groupsFileOf(
  `groups:\n  - { slug: tirsdag, name: Tirsdag, language: en, format: standard, access: closed, joinCodeHash: "${createHash('sha256').update(CODE).digest('hex')}", schedule: [{ day: tuesday, time: "19:00", minutes: 90 }] }\n`,
);

const START = Date.parse('2026-01-06T18:00:00Z'); // Tuesday 19:00 in Oslo
const WEEK = 7 * 86_400_000;
let clock = START;
const env = groupServers('memory', file, () => clock);

async function meetingAt(at: number): Promise<string> {
  clock = at;
  const card = (await (await fetch(`${env.a}/api/groups/tirsdag`)).json()) as GroupCard;
  if (!card.current) throw new Error('door not open');
  return card.current.meetingId;
}

const connect = async (): Promise<TestClient> => {
  const c = await TestClient.connect(env.a);
  env.clients.push(c);
  return c;
};

/** The door card as a page with `key` in its tab asks for it. */
const doorCard = async (id: string, key: string): Promise<Record<string, unknown>> =>
  (await (await fetch(`${env.a}/api/meetings/${id}`, { headers: { 'x-chair-key': key } })).json()) as Record<string, unknown>;

/** Week one: Anna chairs (the first volunteer: no key was handed on) and hands "chair next time" to Berit. */
async function handedOnToBerit(at: number): Promise<NextChairKey> {
  const id = await meetingAt(at);
  const anna = await connect();
  const berit = await connect();
  const keys: NextChairKey[] = [];
  berit.socket.on('nextChairKey', (k) => keys.push(k));
  expect((await anna.join(id, 'Anna', { volunteer: true, joinCode: CODE })).ok).toBe(true);
  await anna.waitFor((c) => c.latest.chairId === c.you, 'Anna in the chair');
  expect((await berit.join(id, 'Berit', { volunteer: true, joinCode: CODE })).ok).toBe(true);
  await anna.ok('start');
  for (const phase of ['round', 'open', 'closing']) {
    await anna.ok('advance');
    await anna.waitFor((c) => c.latest.phase === phase, phase);
  }
  await anna.ok('chairNextTime', { target: berit.you });
  await berit.waitFor(() => keys.length === 1, "the key on Berit's socket");
  await anna.ok('end');
  return keys[0]!;
}

describe("a weekly group's chair by the handed-on key gets the meeting's own, reusable chair key", () => {
  it('gives the own key with the seat the one-time key made, and the own key brings its holder back to the seat and the chair', async () => {
    const once = (await handedOnToBerit(START + 60_000)).key;
    const id = await meetingAt(START + WEEK - 10 * 60_000);
    // Before it is used the one-time key promises the chair: the card names no seat and does not call it wrong.
    expect(await doorCard(id, once)).toMatchObject({ ok: true, group: true });
    expect(await doorCard(id, once)).not.toHaveProperty('chairKeyWrong');

    const berit = await connect();
    const ack = (await berit.join(id, 'Berit', { chairKey: once })) as { ok: true } & SeatResult;
    expect(ack.ok && 'view' in ack && ack.view.you.isChair).toBe(true);
    const own = ack.chairKey!;
    expect(own).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(own).not.toBe(once);
    expect(serverLogs.join('\n')).not.toContain(own);

    const dag = await connect();
    expect((await dag.join(id, 'Dag', { volunteer: true, joinCode: CODE })).ok).toBe(true);

    // The tab closes: the own key's door names the kept seat; the spent one-time key opens nothing now.
    berit.drop();
    await dag.waitFor((c) => c.latest.participants.some((p) => p.id === berit.you && !p.connected), 'Berit away');
    expect(await doorCard(id, own)).toMatchObject({ chairSeat: { name: 'Berit' } });
    expect(await doorCard(id, once)).toMatchObject({ chairKeyWrong: true });
    expect(await doorCard(id, once)).not.toHaveProperty('chairSeat');

    // The own key returns Berit to her seat, in the chair, whatever name it carries; no second own key.
    const back = await connect();
    const again = (await back.join(id, 'Someone', { chairKey: own })) as { ok: true } & SeatResult;
    expect(again).toMatchObject({ ok: true, kept: true });
    expect(again.chairKey).toBeUndefined();
    expect(back.you).toBe(berit.you);
    await dag.waitFor((c) => c.latest.chairId === back.you, 'Berit still in the chair');

    // She leaves (seat given up); Dag takes over the chair. The own key seats her anew, in the chair.
    await back.ok('leave');
    await dag.waitFor((c) => c.latest.chairId === dag.you, 'Dag in the chair');
    expect(await doorCard(id, own)).toMatchObject({ chairSeatGone: true });
    const third = await connect();
    const anew = await third.join(id, 'Berit', { chairKey: own });
    expect(anew.ok && 'view' in anew).toBe(true);
    await dag.waitFor((c) => c.latest.chairId === third.you, 'Berit back in the chair, returned');
    expect(third.you).not.toBe(berit.you);

    // The spent one-time key is still an ordinary join: at the closed door, never the chair.
    const replay = await connect();
    const r = await replay.join(id, 'Mallory', { chairKey: once });
    expect(r.ok && 'door' in r).toBe(true);
    expect(dag.latest.chairId).toBe(third.you);
  });
});
