// The door holds (issue 8) in real Chromium: a removed person who comes back waits at the door,
// the waiting page says why one waits (wrong code, locked, watched) and that the meeting ended,
// a lone join code on the landing page gets a clear answer, and the chair sees the join code.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { dict } from '../../client/i18n.js';
import { ERROR_MESSAGES } from '../../shared/errors.js';
import { TestClient } from '../helpers/client.js';
import { newPerson, tid, waitJoined, waitText, WAIT_MS } from '../helpers/browser.js';
import { createMeeting } from '../helpers/server.js';

const nb = dict('nb');

const stage = e2eStage();
const people = stage.opened;
const clients = stage.clients;

async function person(): Promise<Page> {
  const p = await newPerson(stage.browser, { lang: 'nb' });
  people.push(p);
  return p.page;
}

/** A meeting with its chair seated over a plain socket. */
async function chaired(opts: Parameters<typeof createMeeting>[1] = {}): Promise<{ meetingId: string; chair: TestClient }> {
  const { meetingId, chairKey } = await createMeeting(stage.server.url, opts);
  const chair = await TestClient.connect(stage.server.url);
  clients.push(chair);
  expect((await chair.join(meetingId, 'Kveldsro', { chairKey })).ok).toBe(true);
  return { meetingId, chair };
}

/** Fills the door form (name, pledge, optionally a code) and submits it. */
async function knock(page: Page, name: string, code?: string): Promise<void> {
  await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
  await tid(page, 'join-name').fill(name);
  if (code !== undefined) await tid(page, 'join-code').fill(code);
  await tid(page, 'join-pledge').check();
  await tid(page, 'join-submit').click();
}

describe('the door in the browser', () => {
  it('a removed person who opens the link again waits at the door and sees nothing of the meeting', { timeout: 60_000 }, async () => {
    const { meetingId, chair } = await chaired();
    await chair.ok('setTopic', { text: 'Tema for de innenfor' });
    const page = await person();
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await knock(page, 'Bråk');
    await waitJoined(page);
    await chair.waitFor((c) => c.latest.participants.length === 2, 'the chair sees them');
    const target = chair.latest.participants.find((p) => p.name === 'Bråk')!.id;
    await chair.ok('remove', { target });
    await tid(page, 'meeting-closed').waitFor({ timeout: WAIT_MS });
    await waitText(tid(page, 'meeting-closed-message'), nb.bye_removed);
    // Back with the same link: the door holds.
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await knock(page, 'Bråk igjen');
    await tid(page, 'waiting-room').waitFor({ timeout: WAIT_MS });
    await waitText(tid(page, 'waiting-message'), nb.door_held);
    await chair.waitFor((c) => c.latest.waiting.some((w) => w.name === 'Bråk igjen'), 'the chair sees them wait');
    expect(chair.latest.doorWatched).toBe(true);
    const text = (await page.locator('body').innerText()).toLowerCase();
    for (const secret of ['kveldsro', 'tema for de innenfor']) expect(text).not.toContain(secret);
  });

  it('the waiting page says the code did not match, lets one try again, says the door is locked, and that the meeting ended', { timeout: 60_000 }, async () => {
    const { meetingId, chair } = await chaired({ access: 'closed', joinCode: 'fjord-42' });
    const page = await person();
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await knock(page, 'Gjest', 'fjord-43');
    await tid(page, 'waiting-room').waitFor({ timeout: WAIT_MS });
    await waitText(tid(page, 'waiting-message'), nb.door_wrongCode);
    // Try again: back at the form, the place at the door given up, the right code lets them in.
    await tid(page, 'waiting-retry').click();
    await tid(page, 'join-form').waitFor({ timeout: WAIT_MS });
    await chair.waitFor((c) => c.latest.waiting.length === 0, 'the place at the door given up');
    await tid(page, 'join-code').fill('fjord-42');
    await tid(page, 'join-submit').click();
    await waitJoined(page);

    await chair.ok('lock', { on: true });
    const late = await person();
    await late.goto(`${stage.server.url}/m/${meetingId}`);
    await knock(late, 'Sen', 'fjord-42');
    await waitText(tid(late, 'waiting-message'), nb.door_locked);
    await chair.waitFor((c) => c.latest.waiting.length === 1, 'the chair sees the late one');
    await chair.ok('end');
    await tid(late, 'meeting-closed').waitFor({ timeout: WAIT_MS });
    await waitText(tid(late, 'meeting-closed-message'), nb.bye_endedAtDoor);
  });

  it('a join code pasted where the link goes gets a clear answer; with the link in front it is understood', { timeout: 60_000 }, async () => {
    const { meetingId } = await chaired({ access: 'closed', joinCode: 'fjord-42' });
    const page = await person();
    await page.goto(`${stage.server.url}/`);
    await tid(page, 'join-link-input').fill('fjord-42');
    await tid(page, 'join-link-submit').click();
    await waitText(tid(page, 'join-link-error'), nb.joinLinkIsCode);
    expect(new URL(page.url()).pathname).toBe('/');
    await tid(page, 'join-link-input').fill(`${stage.server.url}/m/${meetingId} kode: fjord-42`);
    await tid(page, 'join-link-submit').click();
    await knock(page, 'Lenke og kode');
    await waitJoined(page);
  });

  // A fresh tester (2026-12-04) opened another meeting in the same tab, came back and was told
  // "someone in the meeting already uses that name": their own seat, kept after its page was gone.
  it('a name still held by a seat whose page was lost: the door says it may be their own, kept for a while', { timeout: 60_000 }, async () => {
    const { meetingId } = await chaired();
    const before = await TestClient.connect(stage.server.url);
    clients.push(before);
    expect((await before.join(meetingId, 'Stille Fjord')).ok).toBe(true);
    // The page went (its link closed, no leave): the seat is kept for the grace period.
    before.socket.io.reconnection(false);
    before.socket.io.engine.close();
    const page = await person();
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await knock(page, 'Stille Fjord');
    // How long it is kept, from the meeting's own grace period (a fresh tester, 2026-12-05, was told
    // only "wait a little", and tried again and again for a minute).
    const card = (await (await fetch(`${stage.server.url}/api/meetings/${meetingId}`)).json()) as { graceMs: number };
    expect(card.graceMs).toBeGreaterThan(0);
    await waitText(tid(page, 'join-error'), `${ERROR_MESSAGES.NAME_TAKEN.nb} ${nb.joinNameTakenMaybeYou(Math.round(card.graceMs / 1000))}`);
    expect(await tid(page, 'join-error').textContent()).toMatch(/opptil (ett minutt|\d+ (minutter|sekunder)) etter/u);
    // Someone else may use the name, connected: no promise that waiting frees it (a second tester).
    expect(await tid(page, 'join-error').textContent()).toMatch(/Ellers bruker noen andre det: velg et annet navn\.$/u);
  });

  // A fresh tester (2026-12-04): the door offered a name already in use, and after the refusal the
  // same names stayed on offer, and asked whether the name's holder was they themselves.
  it('a suggested name someone took meanwhile: refused, and the door offers others', { timeout: 60_000 }, async () => {
    const { meetingId } = await chaired();
    const page = await person();
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    const offered = ((await tid(page, 'join-name-suggestion-0').textContent()) ?? '').trim();
    expect(offered).not.toBe('');
    const other = await TestClient.connect(stage.server.url);
    clients.push(other);
    expect((await other.join(meetingId, offered)).ok).toBe(true);
    await tid(page, 'join-name-suggestion-0').click();
    await tid(page, 'join-pledge').check();
    await tid(page, 'join-submit').click();
    // Not "Was that you, earlier?": the door itself offered the name (a fresh tester, 2026-12-04).
    await waitText(tid(page, 'join-error'), `${ERROR_MESSAGES.NAME_TAKEN.nb} ${nb.joinNameTakenSuggested}`);
    expect(await tid(page, 'join-error').textContent()).not.toContain(nb.joinNameTakenMaybeYou(null).split('?')[0]!);
    const now = (await page.locator('[data-testid^="join-name-suggestion-"]').allTextContents()).map((n) => n.trim());
    expect(now).toHaveLength(3);
    expect(now).not.toContain(offered);
  });

  it('the chair sees the meeting’s join code in the chair panel, even in a tab that never knew it', { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { access: 'closed', joinCode: 'fjord-42' });
    const page = await person();
    await page.goto(`${stage.server.url}/m/${meetingId}#chair=${chairKey}`);
    await knock(page, 'Leder');
    await waitJoined(page);
    await waitText(tid(page, 'chair-join-code'), 'fjord-42');
    expect(await tid(page, 'chair-join-code-row').isVisible()).toBe(true);
    expect(await tid(page, 'chair-link').inputValue()).toContain('#code=fjord-42');
  });
});
