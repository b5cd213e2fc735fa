// A weekly group's chair by the "chair next time" key, in real Chromium: the page's "Keep your
// chair link" carries the meeting's own chair key (not the spent one-time key), and that link,
// opened after the tab was closed, brings its holder back to the seat and the chair. The spent
// one-time key's door promises nothing. A fresh tester (2026-12-06) closed the tab and opened the
// link the page promised would bring him back as chair: the door still said "It works once", then
// "Someone in the meeting already uses that name", then the closed door, and the chair went to
// someone else.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GroupCard, NextChairKey } from '../../shared/protocol.js';
import { dict } from '../../client/i18n.js';
import { e2eStage } from '../helpers/e2e-stage.js';
import { joinAtDoor, tid, waitText, WAIT_MS } from '../helpers/browser.js';
import { TestClient } from '../helpers/client.js';

const CODE = 'fjellsol';
const dir = mkdtempSync(join(tmpdir(), 'runde-group-chair-link-'));
const file = join(dir, 'groups.yaml');
writeFileSync(
  file,
  `groups:\n  - { slug: tirsdag, name: Tuesday group, language: en, format: standard, access: closed, joinCodeHash: "${createHash('sha256').update(CODE).digest('hex')}", schedule: [{ day: tuesday, time: "19:00", minutes: 90 }] }\n`,
);

const START = Date.parse('2026-01-06T18:00:00Z'); // Tuesday 19:00 in Oslo
const WEEK = 7 * 86_400_000;
let clock = START + 60_000;

afterAll(() => rmSync(dir, { recursive: true, force: true }));
const stage = e2eStage({ groupsFile: file, now: () => clock });

async function currentMeeting(): Promise<string> {
  const card = (await (await fetch(`${stage.server.url}/api/groups/tirsdag`)).json()) as GroupCard;
  if (!card.current) throw new Error('door not open');
  return card.current.meetingId;
}

async function seated(id: string, name: string, o: { volunteer?: boolean } = {}): Promise<TestClient> {
  const c = await TestClient.connect(stage.server.url);
  stage.clients.push(c);
  const ack = await c.join(id, name, { ...o, joinCode: CODE });
  if (!ack.ok || 'door' in ack) throw new Error('not seated');
  return c;
}

/** Week one over sockets: Anna chairs and hands "chair next time" to Carl; his one-time key. */
async function handedOnToCarl(): Promise<string> {
  const id = await currentMeeting();
  const anna = await seated(id, 'Anna', { volunteer: true });
  await anna.waitFor((c) => c.latest.chairId === c.you, 'Anna in the chair');
  const carl = await seated(id, 'Carl', { volunteer: true });
  const keys: NextChairKey[] = [];
  carl.socket.on('nextChairKey', (k) => keys.push(k));
  await anna.ok('start');
  for (const phase of ['round', 'open', 'closing']) {
    await anna.ok('advance');
    await anna.waitFor((c) => c.latest.phase === phase, phase);
  }
  await anna.ok('chairNextTime', { target: carl.you });
  await carl.waitFor(() => keys.length === 1, "the key on Carl's socket");
  await anna.ok('end');
  return keys[0]!.key;
}

describe("a weekly group's chair link, for the chair by the handed-on key", () => {
  it('brings him back as chair after the tab was closed; the spent key promises nothing', async () => {
    const once = await handedOnToCarl();

    clock = START + WEEK - 5 * 60_000;
    const carl = await stage.person({ lang: 'en' });
    await carl.page.goto(`${stage.server.url}/g/tirsdag#chair=${once}`);
    await waitText(tid(carl.page, 'join-chair-note'), dict('en').joinChairNoteGroup);
    await joinAtDoor(carl.page, 'Carl');
    await tid(carl.page, 'chair-panel').waitFor({ timeout: WAIT_MS });
    await waitText(tid(carl.page, 'chair-key-notice'), dict('en').chairLinkTitle);
    const link = await tid(carl.page, 'chair-key-link').inputValue();
    const id = await currentMeeting();
    expect(link).toMatch(new RegExp(`^${stage.server.url}/m/${id}#chair=[A-Za-z0-9_-]{24}$`));
    expect(link.endsWith(once)).toBe(false);

    const dag = await seated(id, 'Dag', { volunteer: true });
    expect(dag.latest.chairId).not.toBe(dag.you);

    // The tab is closed; the link, opened on a fresh page, offers the kept seat and gives it back with the chair.
    await carl.page.close();
    await dag.waitFor((c) => c.latest.participants.some((p) => p.name === 'Carl' && !p.connected), 'Carl away');
    const back = await stage.person({ lang: 'en' });
    await back.page.goto(link);
    await waitText(tid(back.page, 'join-chair-seat-text'), dict('en').joinChairReturn('Carl'));
    await tid(back.page, 'join-chair-return').click();
    await tid(back.page, 'chair-panel').waitFor({ timeout: WAIT_MS });
    await dag.waitFor((c) => c.latest.participants.find((p) => p.id === c.latest.chairId)?.name === 'Carl' && c.latest.participants.some((p) => p.name === 'Carl' && p.connected), 'Carl back, in the chair');

    // The spent one-time key on the meeting's own address: the door says it opens no chair, and no chair note.
    const spent = await stage.person({ lang: 'en' });
    await spent.page.goto(`${stage.server.url}/m/${id}#chair=${once}`);
    await waitText(tid(spent.page, 'join-chair-key-wrong'), dict('en').joinChairKeyWrong);
    expect(await tid(spent.page, 'join-chair-note').count()).toBe(0);
    expect(await spent.page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(once);
  }, 120_000);
});
