// A closed weekly group asks its members before someone new joins, in real Chromium: the chair
// asks about the person at the door, each member answers yes or no on their own page (one in
// English, one in Norwegian), only the chair sees the counts, nobody sees who answered what, the
// person at the door sees nothing of it, the counts show only from two answers, and the chair's admission ends the question everywhere.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { joinAtDoor, newPerson, tid, waitJoined, waitText, WAIT_MS, type Lang } from '../helpers/browser.js';

const CODE = 'krets-7';
const dir = mkdtempSync(join(tmpdir(), 'runde-group-ask-e2e-'));
const file = join(dir, 'groups.yaml');
writeFileSync(
  file,
  `groups:\n  - { slug: krets, name: Thursday circle, language: en, format: peer-group, access: closed, joinCodeHash: ${createHash('sha256').update(CODE).digest('hex')}, schedule: [{ day: thursday, time: "18:30", minutes: 75 }] }\n`,
);

const START = Date.parse('2026-01-08T17:30:00Z'); // Thursday 18:30 in Oslo

// Registered before the stage, so it runs after the server is closed (afterAll hooks run as a stack).
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});
const stage = e2eStage({ groupsFile: file, now: () => START + 60_000 });
const people = stage.opened;

async function person(lang: Lang = 'en'): Promise<Page> {
  const p = await newPerson(stage.browser, { lang });
  people.push(p);
  await p.page.goto(`${stage.server.url}/g/krets`);
  await tid(p.page, 'join-form').waitFor({ timeout: WAIT_MS });
  // The door follows the group's language (English); a bokmål reader chooses bokmål there.
  if (lang === 'nb') {
    await tid(p.page, 'lang-switch').click();
    await p.page.waitForFunction(() => document.documentElement.lang === 'nb', undefined, { timeout: WAIT_MS });
  }
  return p.page;
}

/** A member: through the closed door with the group's code. */
async function member(name: string, o: { volunteer?: boolean; lang?: Lang } = {}): Promise<Page> {
  const page = await person(o.lang);
  await tid(page, 'join-code').fill(CODE);
  await joinAtDoor(page, name, { volunteer: o.volunteer ?? false });
  return page;
}

describe('a closed group asks its members in the browser', () => {
  it('the chair asks, members answer anonymously, only the chair sees the counts and decides', async () => {
    const anna = await member('Anna', { volunteer: true });
    await tid(anna, 'chair-panel').waitFor({ timeout: WAIT_MS });
    const berit = await member('Berit');
    const cato = await member('Cato', { lang: 'nb' });

    // Dag comes without the code: the door holds him.
    const dag = await person();
    await tid(dag, 'join-name').fill('Dag');
    await tid(dag, 'join-pledge').check();
    await tid(dag, 'join-submit').click();
    await tid(dag, 'waiting-room').waitFor({ timeout: WAIT_MS });

    const ask = anna.locator('[data-testid^="ask-members-"]');
    await ask.waitFor({ timeout: WAIT_MS });
    await waitText(ask, 'Ask the group about Dag');
    await ask.click();

    // Each member sees the question in their own language, and answers.
    await waitText(tid(berit, 'ask-question'), 'The chair asks: may Dag join the group?');
    await waitText(tid(cato, 'ask-question'), 'Møtelederen spør: kan Dag bli med i gruppa?');
    await tid(berit, 'ask-yes').click();
    await waitText(tid(berit, 'ask-answered'), 'Thank you. The chair sees how many have answered, and the yes and no counts once everyone has, never just one answer.');
    await expect.poll(() => tid(berit, 'ask-yes').count(), { timeout: WAIT_MS }).toBe(0);
    // One answer is never shown as a count: the chair would know it is Berit's.
    await waitText(tid(anna, 'ask-counts'), 'One has answered, 1 has not yet. The yes and no counts show once everyone has answered.');
    expect(await tid(anna, 'ask-counts').innerText()).not.toMatch(/1 yes|0 no/);
    await tid(cato, 'ask-no').click();
    await waitText(tid(cato, 'ask-answered'), 'Takk. Møtelederen ser hvor mange som har svart, og tallene for ja og nei først når alle har svart, aldri bare ett svar.');
    await waitText(tid(anna, 'ask-counts'), 'Answers: 1 yes, 1 no. You decide.');

    // Nobody but the chair sees counts; nobody sees who said what; the door sees nothing of it.
    for (const page of [berit, cato]) {
      expect(await tid(page, 'ask-counts').count()).toBe(0);
      expect(await page.locator('body').innerText()).not.toMatch(/1 yes|1 ja|Answers:|Svar:/);
    }
    const door = await dag.locator('body').innerText();
    expect(door).not.toMatch(/asks|spør|Answers|Svar|Anna|Berit|Cato/);
    const chairText = await anna.locator('body').innerText();
    expect(chairText).not.toMatch(/Berit (said|answered)|Cato (said|answered)/);

    // Dag reads and accepts the guidelines at the door (Issue 15); then the chair decides:
    // admitting Dag ends the question on every page.
    await tid(dag, 'waiting-accept').click();
    await tid(dag, 'waiting-accepted').waitFor({ timeout: WAIT_MS });
    await expect.poll(() => anna.locator('[data-testid^="chair-admit-"]').isEnabled(), { timeout: WAIT_MS }).toBe(true);
    if (await tid(anna, 'door-banner-go').isVisible()) await tid(anna, 'door-banner-go').click();
    await anna.locator('[data-testid^="chair-admit-"]').click();
    await waitJoined(dag);
    for (const page of [anna, berit, cato]) {
      await expect.poll(() => page.locator('[data-testid="ask-counts"], [data-testid="ask-question"], [data-testid="ask-answered"]').count(), { timeout: WAIT_MS }).toBe(0);
    }
    expect(await tid(dag, 'ask-question').count()).toBe(0);
  }, 120_000);
});
