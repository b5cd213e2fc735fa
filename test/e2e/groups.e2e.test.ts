// A listed weekly group in real Chromium, with the server's clock injected and moved forward:
// found on the landing page, its meeting held through to the closing, "chair next time" handed to
// a volunteer whose page alone gets the link, and a week later that link takes the chair.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { joinAtDoor, newPerson, participantId, tid, waitText, WAIT_MS, skipOpening } from '../helpers/browser.js';
import { dict } from '../../client/i18n.js';

const dir = mkdtempSync(join(tmpdir(), 'runde-groups-e2e-'));
const file = join(dir, 'groups.yaml');
writeFileSync(file, `groups:\n  - { slug: tirsdag, name: Tuesday share round, language: en, format: standard, schedule: [{ day: tuesday, time: "19:00", minutes: 90 }] }\n`);

const START = Date.parse('2026-01-06T18:00:00Z'); // Tuesday 19:00 in Oslo
const WEEK = 7 * 86_400_000;
let clock = START + 60_000;

// Registered before the stage, so it runs after the server is closed (afterAll hooks run as a stack).
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});
const stage = e2eStage({ groupsFile: file, now: () => clock });
const people = stage.opened;

async function person(): Promise<Page> {
  const p = await newPerson(stage.browser, { lang: 'en' });
  people.push(p);
  return p.page;
}

/** The chair moves the meeting on (with the confirmation steps) until it is in its closing. */
async function toClosing(chair: Page): Promise<void> {
  for (let i = 0; i < 10; i++) {
    if (((await tid(chair, 'meeting-phase').textContent()) ?? '').includes('Closing')) return;
    const confirm = tid(chair, 'chair-confirm-yes');
    if (await confirm.isVisible()) await confirm.click();
    else if (await tid(chair, 'chair-start').isVisible()) await tid(chair, 'chair-start').click();
    // In the opening, More tools skips the rest of the opening; after it, the bar's one next step.
    else if (await tid(chair, 'chair-advance').isVisible()) await skipOpening(chair);
    else await tid(chair, 'chair-next-segment').click();
    await chair.waitForTimeout(300);
  }
  await waitText(tid(chair, 'meeting-phase'), 'Closing');
}

describe('a weekly group in the browser', () => {
  it('is held from the landing page, hands the chair on to next week, and the key takes the chair then', async () => {
    const anna = await person();
    await anna.goto(stage.server.url);
    await waitText(tid(anna, 'directory-zone'), /Times are shown in your time zone/);
    // Nobody is inside yet: the door is open, and no "a few present" for an empty room.
    await waitText(tid(anna, 'directory-when-tirsdag'), /Every week · Door open$/);
    await tid(anna, 'directory-join-tirsdag').click();
    await expect.poll(() => new URL(anna.url()).pathname, { timeout: WAIT_MS }).toBe('/g/tirsdag');
    await joinAtDoor(anna, 'Anna', { volunteer: true });
    await tid(anna, 'chair-panel').waitFor({ timeout: WAIT_MS });

    const berit = await person();
    await berit.goto(`${stage.server.url}/g/tirsdag`);
    await joinAtDoor(berit, 'Berit', { volunteer: true });

    await toClosing(anna);
    await tid(anna, 'next-chair-open').click();
    const beritId = await participantId(anna, 'Berit');
    await tid(anna, `next-chair-give-${beritId}`).click();
    await tid(anna, 'next-chair-done').waitFor({ timeout: WAIT_MS });

    // Only Berit's page gets the link, with the sentence on keeping it.
    await tid(berit, 'next-chair-key').waitFor({ timeout: WAIT_MS });
    await waitText(tid(berit, 'next-chair-key'), /Keep the link below somewhere only you can see it/);
    const link = await tid(berit, 'next-chair-link').inputValue();
    expect(link).toMatch(new RegExp(`^${stage.server.url}/g/tirsdag#chair=[A-Za-z0-9_-]{21,}$`));
    expect(await tid(anna, 'next-chair-key').count()).toBe(0);

    // The chair ends the meeting: Berit's end screen keeps the link, its copy button and the
    // sentence on keeping it (page memory only: nothing of it in sessionStorage or localStorage).
    await tid(anna, 'chair-end').click();
    await tid(anna, 'chair-end-confirm-yes').click();
    await berit.locator('[data-testid="meeting-closed"][data-reason="ended"]').waitFor({ timeout: WAIT_MS });
    const kept = berit.locator('[data-testid="meeting-closed"] [data-testid="next-chair-key"]');
    await kept.waitFor({ timeout: WAIT_MS });
    await waitText(kept, /Keep the link below somewhere only you can see it/);
    expect(await kept.locator('[data-testid="next-chair-link"]').inputValue()).toBe(link);
    expect(await kept.locator('[data-testid="next-chair-copy"]').count()).toBe(1);
    const key = link.split('#chair=')[1]!;
    const stored = await berit.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain(key);
    await anna.locator('[data-testid="meeting-closed"]').waitFor({ timeout: WAIT_MS });
    expect(await tid(anna, 'next-chair-key').count()).toBe(0);

    // A week later (the server's clock moved on): a volunteer at the door first, then Berit's link.
    clock = START + WEEK - 5 * 60_000;
    const cato = await person();
    await cato.goto(`${stage.server.url}/g/tirsdag`);
    await joinAtDoor(cato, 'Cato', { volunteer: true });
    expect(await tid(cato, 'chair-panel').count()).toBe(0);

    const beritNextWeek = await person();
    await beritNextWeek.goto(link);
    // The key works once: the door does not promise a return to a seat with it (a fresh tester).
    await waitText(tid(beritNextWeek, 'join-chair-note'), dict('en').joinChairNoteGroup);
    await joinAtDoor(beritNextWeek, 'Berit'); // with a chair key the door offers no "I can chair": the key is the offer
    await tid(beritNextWeek, 'chair-panel').waitFor({ timeout: WAIT_MS });
    // The fragment left the address bar at once.
    expect(new URL(beritNextWeek.url()).hash).toBe('');
    // Nothing of last week's meeting is in this one.
    expect(await beritNextWeek.locator('[data-testid="circle"] li[data-participant]', { hasText: 'Anna' }).count()).toBe(0);
  }, 120_000);

  it('warns whoever is present five minutes before the scheduled end, in their language', async () => {
    // Weeks three and five, four minutes before the end (19:00 + 90 minutes): the warning comes at once.
    const cases = [
      // Nobody has started the meeting (still gathering): nothing about moving to the closing.
      { week: 2, lang: 'en', text: /The meeting ends by itself at \d\d:\d\d, in five minutes\./, not: 'The chair may move to the closing now' },
      { week: 4, lang: 'nb', text: /Møtet slutter av seg selv kl\. \d\d[:.]\d\d, om fem minutter\./, not: 'Møtelederen kan gå over til avslutningen nå' },
    ] as const;
    for (const c of cases) {
      clock = START + c.week * WEEK + 86 * 60_000;
      const p = await newPerson(stage.browser, { lang: c.lang });
      people.push(p);
      await p.page.goto(`${stage.server.url}/g/tirsdag`);
      // The door follows the group's language (English); a bokmål reader switches to bokmål there.
      if (c.lang === 'nb') {
        await tid(p.page, 'join-form').waitFor({ timeout: WAIT_MS });
        await tid(p.page, 'lang-switch').click();
        await p.page.waitForFunction(() => document.documentElement.lang === 'nb', undefined, { timeout: WAIT_MS });
      }
      await joinAtDoor(p.page, c.lang === 'en' ? 'Eva' : 'Frid', { volunteer: true });
      await waitText(tid(p.page, 'transcript'), c.text);
      expect(await tid(p.page, 'transcript').textContent()).not.toContain(c.not);
    }
  });

  it('says plainly that the chair ended this week\'s meeting, and when the next one is', async () => {
    clock = START + 3 * WEEK + 10 * 60_000;
    const chair = await person();
    await chair.goto(`${stage.server.url}/g/tirsdag`);
    await joinAtDoor(chair, 'Gro', { volunteer: true });
    await tid(chair, 'chair-end').click();
    await tid(chair, 'chair-end-confirm-yes').click();
    await chair.locator('[data-testid="meeting-closed"][data-reason="ended"]').waitFor({ timeout: WAIT_MS });
    for (const lang of ['en', 'nb'] as const) {
      const p = await newPerson(stage.browser, { lang });
      people.push(p);
      await p.page.goto(`${stage.server.url}/g/tirsdag`);
      await tid(p.page, 'group-ended').waitFor({ timeout: WAIT_MS });
      await waitText(tid(p.page, 'group-ended'), lang === 'en' ? 'The chair ended this meeting before its time.' : 'Møtelederen har avsluttet dette møtet før tiden.');
      await waitText(tid(p.page, 'group-next-at'), lang === 'en' ? /The next meeting starts/ : /Neste møte starter/);
      expect(await tid(p.page, 'join-form').count()).toBe(0);
    }
    // The landing page's list says the same: ended, not "happening now".
    const home = await person();
    await home.goto(stage.server.url);
    await waitText(tid(home, 'directory-when-tirsdag'), /^Ended · Every week$/);
    // An ended meeting offers no Join button.
    expect(await tid(home, 'directory-join-tirsdag').count()).toBe(0);
  });

  it('says when the next meeting starts while its door is shut', async () => {
    clock = START + WEEK + 3 * 3600_000;
    const page = await person();
    await page.goto(`${stage.server.url}/g/tirsdag`);
    await tid(page, 'group-next').waitFor({ timeout: WAIT_MS });
    await waitText(tid(page, 'group-zone'), /Times are shown in your time zone/);
    await waitText(tid(page, 'group-door-opens'), /The door opens/);
    // The meeting's own link, as listed before its door opens (an hour before the start): not
    // "ended", but when the door opens.
    clock = START + 6 * WEEK - 3600_000; // a week no other test opened
    const listed = ((await (await fetch(`${stage.server.url}/api/meetings`)).json()) as { meetings: { groupSlug: string | null; meetingId: string; phase: string }[] }).meetings.find((m) => m.groupSlug === 'tirsdag' && m.phase === 'scheduled');
    expect(listed).toBeDefined();
    await page.goto(`${stage.server.url}/m/${listed!.meetingId}`);
    await waitText(tid(page, 'join-unavailable-message'), /^The door of this meeting is not open yet\. The door opens .+\. Come back then\.$/);
  });
});
