// Issue 11 in real Chromium: a first-time chair cannot get lost and a slow typist is never cut
// off unawares. The page under test runs in a browser; the other people in the meeting are
// socket clients (test/helpers/client.ts), which also prove what did and did not reach the room.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { dict } from '../../client/i18n.js';
import { joinAtDoor, launchBrowser, newPerson, startE2eServer, tid, waitText, WAIT_MS, type E2eServer, type Lang, type Person, skipOpening } from '../helpers/browser.js';
import { languagesInTurn } from '../helpers/languages.js';

/** Cases whose walk is the same in either language run once, in the two languages in turn. */
const nextLang = languagesInTurn('nb');

let server: E2eServer;
/** Short turns, and a warning time unlike any format's 30 s: the page must take the server's. */
let quick: E2eServer;
/**
 * The same short turns warned 2 s in: for cases that need a turn with its warning showing, not the
 * warning's timing (quick's 6 s before it came were waited out, twice, with nothing to check).
 */
let early: E2eServer;
let browser: Browser;
const opened: Person[] = [];
const clients: TestClient[] = [];

const QUICK_SHARE_MS = 12_000;
const QUICK_WARN_MS = 6_000;
const EARLY_WARN_MS = 10_000;

beforeAll(async () => {
  [server, quick, early, browser] = await Promise.all([
    startE2eServer(),
    startE2eServer({ settings: { graceMs: 60_000, shareMs: QUICK_SHARE_MS, warnMs: QUICK_WARN_MS } }),
    startE2eServer({ settings: { graceMs: 60_000, shareMs: QUICK_SHARE_MS, warnMs: EARLY_WARN_MS } }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all(opened.map((p) => p.context.close()));
  await browser?.close();
  await Promise.all([server?.close(), quick?.close(), early?.close()]);
});

async function person(lang: Lang, width = 1000, bypassCSP = false): Promise<Person> {
  const p = await newPerson(browser, { lang, width, bypassCSP });
  opened.push(p);
  return p;
}

async function client(url: string, meetingId: string, name: string, o: { role?: 'participant' | 'listener'; chairKey?: string; volunteer?: boolean } = {}): Promise<TestClient> {
  const c = await TestClient.connect(url);
  clients.push(c);
  const ack = await c.join(meetingId, name, o);
  if (!ack.ok) throw new Error(`join failed: ${ack.code}`);
  return c;
}

/** A meeting whose chair is a browser page (first in the circle). */
async function chairedByBrowser(lang: Lang, o: { width?: number; url?: string } = {}): Promise<{ meetingId: string; page: Page; person: Person }> {
  const url = o.url ?? server.url;
  const { meetingId, chairKey } = await createMeeting(url, { language: lang });
  const p = await person(lang, o.width);
  await p.page.goto(`${url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
  await joinAtDoor(p.page, 'Rolig Elv');
  return { meetingId, page: p.page, person: p };
}

/** A meeting whose chair is a socket client (first in the circle). */
async function chairedByClient(url: string, lang: Lang): Promise<{ meetingId: string; chair: TestClient }> {
  const { meetingId, chairKey } = await createMeeting(url, { language: lang });
  const chair = await client(url, meetingId, 'Rolig Elv', { chairKey });
  return { meetingId, chair };
}

/**
 * A meeting chaired over a socket, with "Stille Fjord" in Chromium at 360 px as the speaker after
 * the chair's own turn, who has typed `text` into the focused share box (not sent).
 */
async function typingSpeaker(url: string, lang: Lang, text: string): Promise<{ chair: TestClient; page: Page }> {
  const { meetingId, chair } = await chairedByClient(url, lang);
  const page = (await person(lang, 360)).page;
  await page.goto(`${url}/m/${meetingId}`);
  await joinAtDoor(page, 'Stille Fjord');
  await chair.ok('start');
  await chair.ok('advance');
  await chair.ok('finishShare');
  await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
  await tid(page, 'composer').click();
  await tid(page, 'composer').pressSequentially(text, { delay: 5 });
  return { chair, page };
}

const eventsOf = (c: TestClient, type: string) => c.events.filter((e) => e.event.type === type);

const WORDS = {
  nb: {
    chairHere: 'Trykk «Start møtet» når du er klar. 3 er her.',
    cutOff: 'Stille Fjord deler fortsatt. 1 har ikke hatt sin tur. Avslutte runden likevel?',
    skip: 'Stille Fjord deler fortsatt. Vedkommende mister resten av sin tur.',
    end: 'Avslutte møtet for alle nå? Alle blir sendt ut, og alt fra møtet (navn, delinger, plasser) slettes fra serveren.',
    queued: 'Meldingen blir lagt inn etter denne delingen.',
    queueFull: 'Det venter allerede fem notater',
    warning: 'Snart slutt på tiden',
    timeLeft: 'Tid igjen:',
    unsent: 'ikke delt',
    draftKept: 'er flyttet hit, så du kan skrive videre mens du venter',
    draftKeptNoTurn: 'ikke delte, er tatt vare på her',
    onDeck: 'Du er neste',
    place: 'Du er nummer 2 i køen.',
    toShare: 'Jeg vil dele likevel',
    toListen: 'Jeg vil bare lytte',
    acks: '2 personer sendte: Takk for at du delte',
    notify: 'Runde: du er neste',
    notShared: 'ikke delt ennå',
    lastCall: 'Siste runde er ropt opp',
  },
  en: {
    chairHere: 'Press "Start the meeting" when you are ready; 3 are here.',
    cutOff: 'Stille Fjord is still sharing. 1 person has not had their turn. End the round anyway?',
    skip: 'Stille Fjord is still sharing. They lose the rest of their turn.',
    end: 'End the meeting for everyone now? Everyone is sent away, and everything of the meeting (names, shares, seats) is deleted from the server.',
    queued: 'Your note will be posted after this share.',
    queueFull: 'Five notes are already waiting',
    warning: 'Time is nearly up',
    timeLeft: 'Time left:',
    unsent: 'not shared',
    draftKept: 'has been moved here, so you can go on writing while you wait',
    draftKeptNoTurn: 'did not share is kept here',
    onDeck: 'You are next',
    place: 'You are number 2 in line.',
    toShare: 'I would like to share after all',
    toListen: 'I would rather just listen',
    acks: '2 people said: Thank you for sharing',
    notify: 'Runde: you are next',
    notShared: 'not shared yet',
    lastCall: 'Last call has passed',
  },
} as const;

describe('a first-time chair cannot get lost', () => {
  {
    const lang = nextLang();
    it(`(${lang}) the chair's page speaks to the chair; a step that cuts people off says who and asks once; one end control after the closing words`, { timeout: 90_000 }, async () => {
      const w = WORDS[lang];
      const { meetingId, page } = await chairedByBrowser(lang);
      const b = await client(server.url, meetingId, 'Stille Fjord');
      await client(server.url, meetingId, 'Lys Morgen');
      // Not "waiting for the chair": the chair is told the next step and how many are here.
      await waitText(tid(page, 'turn-status'), w.chairHere);
      await tid(page, 'chair-start').click();
      await skipOpening(page);
      await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
      await tid(page, 'pass').click();
      await b.waitFor((x) => x.latest.speaker?.id === b.you, 'b speaks');

      // b is sharing, c waits: the next step's button is not the primary one, and asks first.
      await expect.poll(() => tid(page, 'chair-next-segment').getAttribute('class'), { timeout: WAIT_MS }).toContain('secondary');
      // The natural next step is named: who shares next (the turn passes by itself).
      await waitText(tid(page, 'chair-next-up'), 'Lys Morgen');
      await tid(page, 'chair-next-segment').click();
      await waitText(tid(page, 'chair-confirm-text'), w.cutOff);
      // Cancel changes nothing and gives focus back.
      await tid(page, 'chair-confirm-no').click();
      expect(await tid(page, 'chair-confirm').isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('chair-next-segment');
      expect(b.latest.phase).toBe('round');
      expect(b.latest.speaker?.id).toBe(b.you);

      // Skipping the speaker says so too.
      await tid(page, 'chair-skip').click();
      await waitText(tid(page, 'chair-skip-confirm-text'), w.skip);
      await tid(page, 'chair-skip-confirm-no').click();
      expect(b.latest.speaker?.id).toBe(b.you);

      // Confirmed: the round ends.
      await tid(page, 'chair-next-segment').click();
      await tid(page, 'chair-confirm-yes').click();
      await b.waitFor((x) => x.latest.phase === 'open', 'open sharing');
      // Ending now names the closing words it leaves unsaid (a fresh tester, 2026-12-04, ended a
      // meeting in open sharing and was not told); answered no, nothing changes.
      await tid(page, 'chair-end').click();
      await waitText(tid(page, 'chair-end-confirm-text'), dict(lang).confirmLaterEnd(lang === 'nb' ? '«Avslutningsord»' : '“Closing words”', false));
      await waitText(tid(page, 'chair-end-confirm-text'), w.end);
      await tid(page, 'chair-end-confirm-no').click();
      expect(b.latest.phase).toBe('open');
      // Right after a phase change the next step waits a moment: a double tap skips nothing.
      // With nobody sharing and no hands up, going on is the natural step again.
      await expect.poll(() => tid(page, 'chair-next-segment').getAttribute('class'), { timeout: WAIT_MS }).toContain('primary');
      await tid(page, 'chair-next-segment').click();
      await b.waitFor((x) => x.latest.phase === 'closing', 'closing');
      // The chair's page shows the closing before its next step is pressed: a press on the step of
      // the phase before (its view still on the way, under load) changes nothing (ALREADY_DONE).
      await waitText(tid(page, 'meeting-phase'), dict(lang).phase_closing);
      // The closing's steps (contributions, announcements) up to its last: the closing words.
      await tid(page, 'chair-next-segment').click();
      await b.waitFor((x) => x.latest.script?.kind === 'announcements', 'announcements');
      // Likewise the step: the page's script line has moved on before its next step is pressed.
      await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid="script-now"]')?.textContent ?? ''), { timeout: WAIT_MS }).toMatch(lang === 'nb' ? /Kunngjøringer/i : /Announcements/i);
      await tid(page, 'chair-next-segment').click();
      await b.waitFor((x) => x.latest.script?.kind === 'closing', 'the closing words');

      // The closing: one end control, after the closing words, asking first.
      await expect.poll(() => tid(page, 'chair-next-segment').isVisible(), { timeout: WAIT_MS }).toBe(false);
      expect(await page.locator('[data-testid="chair-end"]:visible').count()).toBe(1);
      const after = await page.evaluate(() => {
        const reading = document.querySelector('[data-testid="chair-bar"] [data-testid="chair-reading-closing"]');
        const end = document.querySelector('[data-testid="chair-end"]');
        return !!reading && !!end && (reading.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(after).toBe(true);
      await tid(page, 'chair-end').click();
      await waitText(tid(page, 'chair-end-confirm-text'), w.end);
      await tid(page, 'chair-end-confirm-no').click();
      expect(b.latest.phase).toBe('closing');
      await tid(page, 'chair-reading-closing').click();
      await tid(page, 'chair-end').click();
      await tid(page, 'chair-end-confirm-yes').click();
      await page.locator('[data-testid="meeting-closed"][data-reason="ended"]').waitFor({ timeout: WAIT_MS });
    });
  }

  const INTERRUPT = {
    nb: {
      mute: 'Stille Fjord deler fortsatt. Demping avslutter delingen nå',
      waiting: 'Stille Fjord deler fortsatt. Å sende vedkommende til venterommet avslutter delingen nå',
      remove: 'Stille Fjord deler fortsatt. Å ta vedkommende ut avslutter delingen nå',
    },
    en: {
      mute: 'Stille Fjord is still sharing. Muting ends their share now',
      waiting: 'Stille Fjord is still sharing. Sending them to the waiting room ends their share now',
      remove: 'Stille Fjord is still sharing. Removing them ends their share now',
    },
  } as const;

  {
    const lang = nextLang();
    it(`(${lang}) muting, sending to the waiting room or removing the person who is sharing says it ends the share and asks once; others are not asked`, { timeout: 90_000 }, async () => {
      const w = INTERRUPT[lang];
      const { meetingId, page } = await chairedByBrowser(lang);
      const b = await client(server.url, meetingId, 'Stille Fjord');
      const c = await client(server.url, meetingId, 'Lys Morgen');
      await tid(page, 'chair-start').click();
      await skipOpening(page);
      await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
      await tid(page, 'pass').click();
      await b.waitFor((x) => x.latest.speaker?.id === b.you, 'b speaks');
      const menu = tid(page, `chair-menu-${b.you}`);
      const open = async () => {
        if (!(await menu.evaluate((m) => (m as HTMLDetailsElement).open))) await menu.locator('summary').click();
      };
      for (const [action, words] of [['mute', w.mute], ['waiting', w.waiting], ['remove', w.remove]] as const) {
        await open();
        await tid(page, `chair-${action}-${b.you}`).click();
        await waitText(tid(page, `person-confirm-${b.you}-text`), words);
        // Cancel: nothing happened, the speaker still shares.
        await tid(page, `person-confirm-${b.you}-no`).click();
        expect(await tid(page, `person-confirm-${b.you}`).isHidden()).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`chair-${action}-${b.you}`);
      }
      expect(b.latest.speaker?.id).toBe(b.you);
      expect(b.latest.participants.find((p) => p.id === b.you)?.muted).toBe(false);
      expect(eventsOf(b, 'muted')).toEqual([]);

      // Confirmed: muted, the share ends, the turn moves on.
      await open();
      await tid(page, `chair-mute-${b.you}`).click();
      await tid(page, `person-confirm-${b.you}-yes`).click();
      await c.waitFor((x) => x.latest.speaker?.id === c.you, 'the turn moved on to c');
      expect(c.latest.participants.find((p) => p.id === b.you)?.muted).toBe(true);

      // c, who is sharing now, sent to the waiting room after confirming.
      const menuC = tid(page, `chair-menu-${c.you}`);
      await menuC.locator('summary').click();
      await tid(page, `chair-waiting-${c.you}`).click();
      await waitText(tid(page, `person-confirm-${c.you}-text`), lang === 'nb' ? 'Lys Morgen deler fortsatt.' : 'Lys Morgen is still sharing.');
      await tid(page, `person-confirm-${c.you}-yes`).click();
      await b.waitFor((x) => !x.latest.participants.some((p) => p.id === c.you), 'c in the waiting room');

      // Someone who is not sharing is unmuted at once, with no question.
      await open();
      await tid(page, `chair-mute-${b.you}`).click();
      await b.waitFor((x) => x.latest.participants.find((p) => p.id === b.you)?.muted === false, 'b unmuted');
      expect(await tid(page, `person-confirm-${b.you}`).isHidden()).toBe(true);
    });
  }

  // A fresh tester (2026-12-05): in a rotating round a member who had just taken the chair posted
  // a phone number as a note, and it reached everyone at once under "From the chair".
  it('contact details in a chair note or the topic wait for a look, quoted, and go out only with "Send as it is"', { timeout: 60_000 }, async () => {
    const { meetingId, page } = await chairedByBrowser('nb');
    const b = await client(server.url, meetingId, 'Stille Fjord');
    const note = 'Ring meg på 912 34 567 etter møtet.';
    await tid(page, 'chair-note').fill(note);
    await tid(page, 'chair-note-send').click();
    await waitText(tid(page, 'chair-note-check'), /«912 34 567»: .*telefonnummer/);
    await waitText(tid(page, 'chair-note-check'), 'Før det går ut til alle:');
    expect(await tid(page, 'chair-note').inputValue()).toBe(note);
    expect(await tid(page, 'chair-note-sent').isHidden()).toBe(true);
    // Nothing reached the room.
    await page.waitForTimeout(300);
    expect(eventsOf(b, 'note')).toEqual([]);
    await tid(page, 'chair-note-check-send').click();
    await b.waitFor((x) => eventsOf(x, 'note').length === 1, 'the note sent as it is');
    await tid(page, 'chair-note-check').waitFor({ state: 'hidden', timeout: WAIT_MS });
    expect(await tid(page, 'chair-note').inputValue()).toBe('');
    // Changing the words takes the look away; plain words go at once.
    await tid(page, 'chair-topic').fill('Skriv til kari@example.no');
    await tid(page, 'chair-topic-set').click();
    await tid(page, 'chair-topic-check').waitFor({ timeout: WAIT_MS });
    await tid(page, 'chair-topic').fill('Aksept');
    expect(await tid(page, 'chair-topic-check').isHidden()).toBe(true);
    await tid(page, 'chair-topic-set').click();
    await b.waitFor((x) => x.latest.topic === 'Aksept', 'the topic set');
  });

  it('a chair note during a share waits for it, says so, and errors appear next to the note box', { timeout: 60_000 }, async () => {
    const w = WORDS.nb;
    const { meetingId, page } = await chairedByBrowser('nb');
    const b = await client(server.url, meetingId, 'Stille Fjord');
    await tid(page, 'chair-start').click();
    await skipOpening(page);
    await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await tid(page, 'pass').click();
    await b.waitFor((x) => x.latest.speaker?.id === b.you, 'b speaks');
    await tid(page, 'chair-note').fill('Husk å snakke om deg selv.');
    await tid(page, 'chair-note-send').click();
    await waitText(tid(page, 'chair-note-queued'), w.queued);
    expect(await tid(page, 'error-message').isVisible()).toBe(false);
    expect(eventsOf(b, 'note')).toEqual([]);
    // Five may wait; the sixth is refused, and the refusal shows by the note box.
    for (let i = 2; i <= 5; i++) {
      await tid(page, 'chair-note').fill(`Melding ${i}`);
      await tid(page, 'chair-note-send').click();
      await expect.poll(() => tid(page, 'chair-note').inputValue(), { timeout: WAIT_MS }).toBe('');
    }
    await tid(page, 'chair-note').fill('Melding 6');
    await tid(page, 'chair-note-send').click();
    const inline = page.locator('[data-testid="chair-panel"] form:has([data-testid="chair-note"]) + [data-testid="inline-error"]');
    await waitText(inline, w.queueFull);
    expect(await tid(page, 'error-message').isVisible()).toBe(false);
    // The share ends: the notes go out right after it, before the next turn.
    await b.ok('finishShare');
    await b.waitFor((x) => eventsOf(x, 'note').length === 5, 'the queued notes');
    const order = b.events.map((e) => e.event.type).filter((t) => ['shareEnded', 'note', 'turn'].includes(t));
    expect(order.slice(-6)).toEqual(['shareEnded', 'note', 'note', 'note', 'note', 'note']);
    await expect.poll(() => tid(page, 'chair-note-queued').isVisible(), { timeout: WAIT_MS }).toBe(false);
  });

  it('the person menu closes with Escape, one at a time, and never covers the next row (360 px)', { timeout: 60_000 }, async () => {
    const { meetingId, page } = await chairedByBrowser('nb', { width: 360 });
    const b = await client(server.url, meetingId, 'Stille Fjord', { volunteer: true });
    const c = await client(server.url, meetingId, 'Lys Morgen', { volunteer: true });
    const menuB = tid(page, `chair-menu-${b.you}`);
    const menuC = tid(page, `chair-menu-${c.you}`);
    await menuB.locator('summary').click();
    await tid(page, `chair-remove-${b.you}`).waitFor();
    // The open menu pushes the next row down instead of lying over it.
    const body = await menuB.locator('.menu-body').boundingBox();
    const nextRow = await tid(page, `circle-item-${c.you}`).boundingBox();
    expect(body && nextRow).toBeTruthy();
    expect(body!.y + body!.height).toBeLessThanOrEqual(nextRow!.y + 1);
    // Escape closes it and gives focus back to its toggle.
    await page.keyboard.press('Escape');
    await expect.poll(() => menuB.evaluate((m) => (m as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    // Opening one closes another.
    await menuB.locator('summary').click();
    await menuC.locator('summary').click();
    await expect.poll(() => menuB.evaluate((m) => (m as HTMLDetailsElement).open)).toBe(false);
    expect(await menuC.evaluate((m) => (m as HTMLDetailsElement).open)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
  });
});

describe('a slow typist is never cut off unawares', () => {
  {
    const lang = nextLang();
    it(`(${lang}) the server's warning time, shown and spoken by the composer with the time in view; unsent words kept and never sent (360 px)`, { timeout: 90_000 }, async () => {
      const w = WORDS[lang];
      const { meetingId, chair } = await chairedByClient(quick.url, lang);
      const p = await person(lang, 360);
      const page = p.page;
      // Count the chimes: the optional sound is played through Web Audio.
      await page.addInitScript(() => {
        const win = window as unknown as { __chimes: number };
        win.__chimes = 0;
        const orig = AudioContext.prototype.createOscillator;
        AudioContext.prototype.createOscillator = function (this: AudioContext) {
          win.__chimes += 1;
          return orig.call(this);
        };
      });
      await page.goto(`${quick.url}/m/${meetingId}`);
      await joinAtDoor(page, 'Stille Fjord');
      await tid(page, 'time-sound-toggle').check();
      const chimesBefore = await page.evaluate(() => (window as unknown as { __chimes: number }).__chimes);
      await chair.ok('start');
      await chair.ok('advance');
      await chair.ok('finishShare');
      await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
      // The time left is in the composer, in view while typing.
      await tid(page, 'composer').click();
      await waitText(tid(page, 'composer-time'), w.timeLeft);
      const box = await tid(page, 'composer-time').boundingBox();
      const input = await tid(page, 'composer').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(input!.y + 1);
      // Not warned at once (the format's 30 s would), but at the server's warnMs.
      expect(await tid(page, 'time-warning').isVisible()).toBe(false);
      const unsent = lang === 'nb' ? 'Jeg har tenkt mye på dette i uka' : 'I have thought about this a lot this week';
      await tid(page, 'composer').pressSequentially(unsent, { delay: 5 });
      await waitText(tid(page, 'time-warning'), w.warning, QUICK_SHARE_MS);
      expect(await tid(page, 'time-warning').getAttribute('role')).toBe('alert');
      const warnBox = await tid(page, 'time-warning').boundingBox();
      expect(warnBox!.x + warnBox!.width).toBeLessThanOrEqual(360);
      await expect.poll(() => page.evaluate(() => (window as unknown as { __chimes: number }).__chimes)).toBeGreaterThan(chimesBefore);
      // The time runs out: the words were not shared, say so, keep them where they can be written
      // on, with the typist (a fresh tester: the box closed under them, and the keystrokes and
      // the phone keyboard were lost).
      await tid(page, 'draft-kept').waitFor({ state: 'visible', timeout: QUICK_SHARE_MS });
      await waitText(tid(page, 'draft-kept'), w.draftKeptNoTurn);
      expect(await tid(page, 'draft-input').inputValue()).toBe(unsent);
      expect(await tid(page, 'composer').inputValue()).toBe('');
      expect(await page.locator('textarea:visible').count()).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('draft-input');
      expect(chair.shares()).toEqual([]);
      // Open sharing: a raised hand gives a turn, the words are still there, and only a press sends them.
      await chair.waitFor((x) => x.latest.roundActive === false, 'the round to complete', WAIT_MS);
      await chair.ok('advance');
      // The chair shares first, so the raised hand waits: the unshared words move to the draft
      // box, where they can be written on, with a note (a fresh tester found them in the greyed-out
      // share box below an empty draft box).
      await chair.ok('raiseHand');
      await chair.waitFor((x) => x.latest.speaker?.id === x.latest.you.id, 'the chair to speak', WAIT_MS);
      await tid(page, 'raise-hand').click();
      await waitText(tid(page, 'draft-kept'), w.draftKept);
      expect(await tid(page, 'draft-input').inputValue()).toBe(unsent);
      expect(await tid(page, 'composer').inputValue()).toBe('');
      expect(await tid(page, 'composer-unsent').isVisible()).toBe(false);
      await tid(page, 'draft-input').press('End');
      await tid(page, 'draft-input').pressSequentially('.', { delay: 5 });
      await chair.ok('finishShare');
      await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
      expect(await tid(page, 'draft-kept').isVisible()).toBe(false);
      expect(await tid(page, 'composer').inputValue()).toBe(`${unsent}.`);
      expect(await tid(page, 'composer').isEnabled()).toBe(true);
      expect(chair.shares()).toEqual([]);
      await tid(page, 'composer-send').click();
      await chair.waitFor((x) => x.shares().includes(`${unsent}.`), 'the share, sent by hand');
      expect(page.viewportSize()?.width).toBe(360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    });
  }

  {
    const lang = nextLang();
    it(`(${lang}) on deck: the next is told (visibly, aria-live, sound, notification), the rest see their place; a private draft becomes the composer's text when the turn comes, sent only by a press of send`, { timeout: 90_000 }, async () => {
      const w = WORDS[lang];
      const { meetingId, chair } = await chairedByClient(server.url, lang);
      const b = await person(lang);
      const c = await person(lang, 360);
      await b.context.grantPermissions(['notifications'], { origin: server.url });
      await b.page.addInitScript(() => {
        const win = window as unknown as { __notes: string[]; __chimes: number };
        win.__notes = [];
        win.__chimes = 0;
        const Real = window.Notification;
        class Spy extends Real {
          constructor(title: string, o?: NotificationOptions) {
            super(title, o);
            win.__notes.push(title);
          }
        }
        Object.defineProperty(window, 'Notification', { value: Spy });
        const orig = AudioContext.prototype.createOscillator;
        AudioContext.prototype.createOscillator = function (this: AudioContext) {
          win.__chimes += 1;
          return orig.call(this);
        };
      });
      const sentByB: string[] = [];
      b.page.on('websocket', (ws) => ws.on('framesent', (f) => sentByB.push(String(f.payload))));
      await b.page.goto(`${server.url}/m/${meetingId}`);
      await joinAtDoor(b.page, 'Stille Fjord');
      await c.page.goto(`${server.url}/m/${meetingId}`);
      await joinAtDoor(c.page, 'Lys Morgen');
      await tid(b.page, 'notify-toggle').check();
      await tid(b.page, 'sound-toggle').check();
      const chimes = () => b.page.evaluate(() => (window as unknown as { __chimes: number }).__chimes);
      const before = await chimes();
      await chair.ok('start');
      await chair.ok('advance');
      // The chair's turn starts: b is next, c second in line.
      await waitText(tid(b.page, 'on-deck'), w.onDeck);
      await waitText(tid(b.page, 'on-deck-announce'), w.onDeck);
      await waitText(tid(c.page, 'on-deck'), w.place);
      // The line at the top of the page says it too (the on-deck box may be below the first screen).
      const youNext = lang === 'nb' ? /deler – du er neste/ : /is sharing – you are next/;
      await waitText(tid(b.page, 'turn-status'), youNext);
      expect(await tid(c.page, 'turn-status').innerText()).not.toMatch(youNext);
      await expect.poll(() => b.page.evaluate(() => (window as unknown as { __notes: string[] }).__notes)).toEqual([w.notify]);
      await expect.poll(chimes).toBeGreaterThan(before);
      // The draft box is open for b only, and nothing typed in it leaves the device.
      await tid(b.page, 'draft').waitFor({ timeout: WAIT_MS });
      expect(await tid(c.page, 'draft').isVisible()).toBe(false);
      // On a phone the draft box sits below the transcript, off the first screen (a fresh tester
      // never found it): the line at the top takes whoever is next there in one press.
      await b.page.setViewportSize({ width: 360, height: 740 });
      await b.page.evaluate(() => window.scrollTo(0, 0));
      const jump = b.page.locator('[data-testid="turn-status"] [data-testid="turn-draft-jump"]');
      await jump.waitFor({ timeout: WAIT_MS });
      expect(await jump.innerText()).toBe(lang === 'nb' ? 'Skriv utkastet ditt' : 'Write your draft');
      expect(await tid(c.page, 'turn-draft-jump').isVisible()).toBe(false);
      await jump.click();
      await expect.poll(() => b.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('draft-input');
      const inView = await tid(b.page, 'draft-input').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight;
      });
      expect(inView).toBe(true);
      // One text box to write in: the greyed, empty share box is hidden under the draft box (a
      // fresh tester on deck did not know which to use); the line saying whose turn it is stays.
      // Not on deck, c has the share box as before.
      const boxes = (p: typeof b.page) => p.locator('textarea:visible').count();
      expect(await boxes(b.page)).toBe(1);
      expect(await tid(b.page, 'composer').isVisible()).toBe(false);
      expect(await tid(b.page, 'composer-reason').isVisible()).toBe(true);
      // …and it points to the draft box, not "you can write when it is your turn" under a box one can write in.
      expect(await tid(b.page, 'composer-reason').innerText()).toContain(lang === 'nb' ? 'skrive i utkastet over' : 'write in the draft above');
      expect(await tid(c.page, 'composer').isVisible()).toBe(true);
      const draft = lang === 'nb' ? 'Et utkast jeg skrev mens jeg ventet' : 'A draft I wrote while I waited';
      await tid(b.page, 'draft-input').fill(draft);
      expect(await b.page.locator('[data-testid="draft"] button').count()).toBe(0);
      await chair.ok('share', { text: 'Jeg deler litt først.' });
      await chair.waitFor((x) => x.shares().length === 1, 'the chair share');
      expect(sentByB.some((f) => f.includes('utkast') || f.includes('draft'))).toBe(false);
      expect(await b.page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(draft.slice(0, 10));
      expect(chair.shares()).not.toContain(draft);
      // b's turn: the draft is the composer's text, focus in it; only a press of send posts it.
      await chair.ok('finishShare');
      await b.page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
      await expect.poll(() => tid(b.page, 'composer').inputValue()).toBe(draft);
      await expect.poll(() => tid(b.page, 'draft').isVisible()).toBe(false);
      expect(await boxes(b.page)).toBe(1);
      expect(chair.shares()).not.toContain(draft);
      await tid(b.page, 'composer-send').click();
      await chair.waitFor((x) => x.shares().includes(draft), 'the draft, posted');
      // c is on deck now; a draft written and then left behind is gone with the page.
      await waitText(tid(c.page, 'on-deck'), w.onDeck);
      await tid(c.page, 'draft-input').fill('hemmelig utkast');
      await tid(c.page, 'leave').click();
      await tid(c.page, 'meeting-closed').waitFor({ timeout: WAIT_MS });
      expect(await c.page.evaluate(() => document.body.innerText + JSON.stringify(sessionStorage))).not.toContain('hemmelig');
      expect(await c.page.locator('textarea').count()).toBe(0);
    });
  }

  // A fresh tester with a screen reader (2026-12-05): the warning said "time is nearly up" with no
  // figure, and a slow typist could not ask for more time; the chair's offer of a minute appeared
  // in its bar unannounced, and the extension was announced without saying how much.
  it('(nb) the warning says how long is left; the speaker asks for more time, the chair hears it and gives a minute, the speaker reads how much (360 px)', { timeout: 90_000 }, async () => {
    const { chair, page } = await typingSpeaker(early.url, 'nb', 'Jeg skriver sakte');
    await waitText(tid(page, 'time-warning'), 'Snart slutt på tiden.', QUICK_SHARE_MS);
    await waitText(tid(page, 'time-warning'), 'eller be om mer tid');
    // The figure is said (in the alert's text), not shown: seen, it went stale beside the clock.
    expect(await tid(page, 'time-warning').textContent()).toMatch(/omtrent \d+ sekunder igjen\./);
    const shown = await tid(page, 'time-warning').evaluate((el) => [...el.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join(''));
    expect(shown).toMatch(/^Snart slutt på tiden\./);
    expect(shown).not.toMatch(/sekunder/);
    expect(await tid(page, 'time-warning').locator('.visually-hidden').evaluate((el) => getComputedStyle(el).clip || getComputedStyle(el).clipPath)).toBeTruthy();
    const deadline = chair.latest.speaker!.deadline;
    await tid(page, 'ask-more-time').click();
    await waitText(tid(page, 'more-time-asked'), 'Du har bedt møtelederen om mer tid');
    expect(await tid(page, 'ask-more-time').isVisible()).toBe(false);
    // The chair is asked (its own event, its view), nothing is given yet.
    await chair.waitFor((c) => eventsOf(c, 'moreTimeAsked').length === 1 && c.latest.speaker?.askedMoreTime === true, 'the question to the chair');
    expect(chair.latest.speaker?.deadline).toBe(deadline);
    await chair.ok('extend');
    await waitText(tid(page, 'transcript'), 'Møtelederen ga deg mer tid: 1 min til.');
    await expect.poll(() => tid(page, 'time-warning').isVisible()).toBe(false);
    expect(await tid(page, 'more-time-asked').isVisible()).toBe(false);
    expect(await tid(page, 'composer').inputValue()).toBe('Jeg skriver sakte');
  });

  it('(en) the chair in a browser reads a speaker\'s question for more time and whose time is nearly up, and gives the minute from the bar', { timeout: 90_000 }, async () => {
    const { meetingId, page } = await chairedByBrowser('en', { url: early.url });
    const speaker = await client(early.url, meetingId, 'Stille Fjord');
    await tid(page, 'chair-start').click();
    await skipOpening(page);
    await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await tid(page, 'pass').click();
    await speaker.waitFor((x) => x.latest.speaker?.id === x.you, 'the turn reaches the speaker', WAIT_MS);
    await waitText(tid(page, 'transcript'), "Stille Fjord's time is nearly up. You can give one more minute with “Give Stille Fjord one more minute”.", QUICK_SHARE_MS);
    await speaker.ok('askMoreTime');
    await waitText(tid(page, 'transcript'), 'Stille Fjord asks for more time. To give it, press “Stille Fjord asks for more time: give one more minute” at the top.');
    // The bar itself says so (a fresh tester's chair on a phone saw the same button as at the warning).
    await waitText(tid(page, 'chair-bar-extend'), 'Stille Fjord asks for more time: give one more minute');
    await tid(page, 'chair-bar-extend').click();
    await speaker.waitFor((c) => eventsOf(c, 'extended').length === 1, 'the minute given');
    await waitText(tid(page, 'transcript'), 'The chair gave Stille Fjord more time: 1 min more.');
    await expect.poll(() => tid(page, 'chair-bar-extend').isVisible()).toBe(false);
  });

  // A fresh tester (2026-12-02): the chair paused while the speaker typed; the share box closed,
  // the focus went to the page and the next words were lost, and "send what you have written"
  // stayed beside a Send that could not be pressed.
  it('(en) the chair pauses while the speaker types: the box stays open with the focus, the words typed go on, sending waits (360 px)', { timeout: 90_000 }, async () => {
    const w = WORDS.en;
    const { chair, page } = await typingSpeaker(early.url, 'en', 'I am scared');
    await waitText(tid(page, 'time-warning'), w.warning, QUICK_SHARE_MS);
    await chair.ok('freeze', { on: true });
    await waitText(tid(page, 'composer-reason'), 'You can keep writing');
    expect(await tid(page, 'composer').isEnabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('composer');
    expect(await tid(page, 'composer-send').isDisabled()).toBe(true);
    expect(await tid(page, 'time-warning').isVisible()).toBe(false);
    await page.keyboard.type(' and tired.', { delay: 5 });
    expect(await tid(page, 'composer').inputValue()).toBe('I am scared and tired.');
    await chair.ok('freeze', { on: false });
    await expect.poll(() => tid(page, 'composer-send').isEnabled()).toBe(true);
    expect(await tid(page, 'time-warning').isVisible()).toBe(true);
    await tid(page, 'composer-send').click();
    await chair.waitFor((x) => x.shares().includes('I am scared and tired.'), 'the share, sent after the pause');
  });

  // A fresh tester: typing in the middle of the text as the turn came (or went), the caret jumped
  // to the end when the words moved to the other box.
  it('(en) words moved between the draft box and the share box keep the typist\'s caret and selection where they were, and the focus with them (360 px)', { timeout: 90_000 }, async () => {
    const { meetingId, chair } = await chairedByClient(server.url, 'en');
    const page = (await person('en', 360)).page;
    await page.goto(`${server.url}/m/${meetingId}`);
    await joinAtDoor(page, 'Stille Fjord');
    await chair.ok('start');
    await chair.ok('advance');
    await tid(page, 'draft').waitFor({ timeout: WAIT_MS });
    const caret = () =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLTextAreaElement | null;
        return { box: a?.getAttribute('data-testid'), start: a?.selectionStart, end: a?.selectionEnd };
      });
    await tid(page, 'draft-input').click();
    await tid(page, 'draft-input').pressSequentially('I am afraid today', { delay: 5 });
    // Back into the middle of it: "I am very| afraid today".
    for (let i = 0; i < ' afraid today'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' very', { delay: 5 });
    expect(await caret()).toEqual({ box: 'draft-input', start: 9, end: 9 });
    // The turn comes: the words move to the share box, the caret with them.
    await chair.ok('finishShare');
    await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await expect.poll(() => tid(page, 'composer').inputValue()).toBe('I am very afraid today');
    expect(await caret()).toEqual({ box: 'composer', start: 9, end: 9 });
    await page.keyboard.type(', very', { delay: 5 });
    expect(await tid(page, 'composer').inputValue()).toBe('I am very, very afraid today');
    // A word selected as the turn goes: the words move to the draft box, the selection with them.
    await page.keyboard.down('Shift');
    for (let i = 0; i < ' afraid'.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Shift');
    expect(await caret()).toEqual({ box: 'composer', start: 15, end: 22 });
    await chair.ok('skip');
    await expect.poll(() => tid(page, 'draft-input').inputValue()).toBe('I am very, very afraid today');
    expect(await caret()).toEqual({ box: 'draft-input', start: 15, end: 22 });
    expect(chair.shares()).not.toContain('I am very, very afraid today');
  });

  // A fresh tester (2026-12-02): Pass, 8 px from Send, ended a turn at once with two lines
  // written, and left them in a greyed-out box.
  it('(nb) Pass with words written asks first; cancelled, the turn goes on; passed, the words go to the draft box, unshared (360 px)', { timeout: 90_000 }, async () => {
    const { chair, page } = await typingSpeaker(server.url, 'nb', 'Linje en');
    await tid(page, 'pass').click();
    await waitText(tid(page, 'pass-confirm-text'), 'Stå over likevel?');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('pass-confirm-no');
    await tid(page, 'pass-confirm-no').click();
    expect(await tid(page, 'pass-confirm').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="turn-status"].mine').count()).toBe(1);
    await tid(page, 'pass').click();
    await tid(page, 'pass-confirm-yes').click();
    await chair.waitFor((x) => x.latest.speaker?.id !== x.latest.participants.find((p) => p.name === 'Stille Fjord')?.id, 'the turn passed', WAIT_MS);
    await expect.poll(() => tid(page, 'draft-input').inputValue()).toBe('Linje en');
    expect(await tid(page, 'composer').inputValue()).toBe('');
    expect(chair.shares()).toEqual([]);
    // Her next turn (a hand in open sharing) takes the words into the share box, and says they
    // are still unshared and may go now (a fresh tester, 2026-12-05: an owed turn began with them
    // back in the box and only "write and press Send" above them).
    await chair.ok('advance');
    await chair.waitFor((x) => x.latest.phase === 'open', 'open sharing', WAIT_MS);
    await tid(page, 'raise-hand').click();
    await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await expect.poll(() => tid(page, 'composer').inputValue()).toBe('Linje en');
    await waitText(tid(page, 'composer-unsent'), 'Ordene fra en tidligere tur er ikke delt ennå. Nå er det din tur: send dem når du er klar.');
    // Writing on, she has read it.
    await tid(page, 'composer').press('End');
    await tid(page, 'composer').pressSequentially(' og to', { delay: 5 });
    await expect.poll(() => tid(page, 'composer-unsent').isVisible(), { timeout: WAIT_MS }).toBe(false);
  });

  it('a listener can switch to sharing, get a turn, and switch back (en, 360 px)', { timeout: 60_000 }, async () => {
    const w = WORDS.en;
    const { meetingId, chair } = await chairedByClient(server.url, 'en');
    const b = await client(server.url, meetingId, 'Stille Fjord');
    const p = await person('en', 360);
    await p.page.goto(`${server.url}/m/${meetingId}`);
    await joinAtDoor(p.page, 'Lys Morgen', { role: 'listener' });
    await chair.ok('start');
    await chair.ok('advance');
    await waitText(tid(p.page, 'role-switch'), w.toShare);
    await tid(p.page, 'role-switch').click();
    await waitText(tid(p.page, 'role-switch'), w.toListen);
    await chair.waitFor((x) => x.latest.participants.find((q) => q.name === 'Lys Morgen')?.role === 'participant', 'the switch');
    await chair.ok('finishShare');
    await b.waitFor((x) => x.latest.speaker?.id === b.you, 'b speaks');
    // Told they are next, like anyone in the circle.
    await waitText(tid(p.page, 'on-deck'), w.onDeck);
    await b.ok('finishShare');
    await p.page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    // Not in the middle of one's own turn.
    expect(await tid(p.page, 'role-switch').isDisabled()).toBe(true);
    await tid(p.page, 'pass').click();
    await expect.poll(() => tid(p.page, 'role-switch').isEnabled(), { timeout: WAIT_MS }).toBe(true);
    await tid(p.page, 'role-switch').click();
    await chair.waitFor((x) => x.latest.participants.find((q) => q.name === 'Lys Morgen')?.role === 'listener', 'back to listening');
    await waitText(tid(p.page, 'role-switch'), w.toShare);
    expect(await p.page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
  });

  {
    const lang = nextLang();
    it(`(${lang}) acknowledgements reach a screen reader batched: one announcement for two taps`, { timeout: 60_000 }, async () => {
      const { meetingId, chair } = await chairedByClient(server.url, lang);
      const p = await person(lang);
      await p.page.goto(`${server.url}/m/${meetingId}`);
      await joinAtDoor(p.page, 'Stille Fjord');
      const c = await client(server.url, meetingId, 'Lys Morgen');
      await chair.ok('start');
      await chair.ok('advance');
      await chair.ok('pass');
      await p.page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
      await p.page.evaluate(() => {
        const el = document.querySelector('[data-testid="ack-announce"]');
        const win = window as unknown as { __said: string[] };
        win.__said = [];
        new MutationObserver(() => win.__said.push(el?.textContent ?? '')).observe(el!, { childList: true, characterData: true, subtree: true });
      });
      await chair.ok('acknowledge', { kind: 'thanks' });
      await c.ok('acknowledge', { kind: 'thanks' });
      await waitText(tid(p.page, 'ack-announce'), WORDS[lang].acks);
      expect(await tid(p.page, 'ack-announce').getAttribute('aria-live')).toBe('polite');
      expect(await p.page.evaluate(() => (window as unknown as { __said: string[] }).__said.filter(Boolean))).toEqual([WORDS[lang].acks]);
    });
  }
});

describe('a round that fits the time', () => {
  it('the chair sets the end, sees and applies the suggested length, the last call closes the queue, and not-yet-shared go first', { timeout: 90_000 }, async () => {
    const { meetingId, page } = await chairedByBrowser('nb');
    const b = await client(server.url, meetingId, 'Stille Fjord');
    const c = await client(server.url, meetingId, 'Lys Morgen');
    const d = await client(server.url, meetingId, 'Varm Vind');
    await tid(page, 'chair-turn-mode').selectOption('hands');
    await tid(page, 'chair-start').click();
    await skipOpening(page);
    await b.waitFor((x) => x.latest.phase === 'round', 'the round');
    // b shares and finishes; c takes the turn; then b and d raise hands.
    await b.ok('raiseHand');
    await b.ok('share', { text: 'Jeg er glad for å være her.' });
    await b.ok('finishShare');
    await c.ok('raiseHand');
    await b.ok('raiseHand');
    await d.ok('raiseHand');
    await c.waitFor((x) => x.latest.upNext.join() === [b.you, d.you].join(), 'the queue b, d');
    // Not yet shared first: d goes before b; the chair sees the marker, nobody else does.
    await tid(page, 'plan-priority').check();
    await c.waitFor((x) => x.latest.upNext.join() === [d.you, b.you].join(), 'the queue d, b');
    await waitText(tid(page, `circle-item-${d.you}`), WORDS.nb.notShared);
    expect(c.latest.participants.every((q) => q.shared === null)).toBe(true);
    // The end of sharing: three quarters of an hour or so from now, last call 5 minutes before.
    await tid(page, 'plan-lastcall').selectOption('5');
    await tid(page, 'plan-set').click();
    await b.waitFor((x) => eventsOf(x, 'plan').length === 1, 'the plan');
    await waitText(tid(page, 'plan-status'), /til skal ha sin tur/);
    const suggestion = (await tid(page, 'plan-suggest').textContent()) ?? '';
    expect(suggestion).toMatch(/^Forslag: \d+ min( \d+ s)? per deling/);
    await tid(page, 'plan-apply').click();
    await b.waitFor((x) => eventsOf(x, 'shareLength').length === 1, 'the share length');
    const ms = (eventsOf(b, 'shareLength')[0]!.event as { ms: number }).ms;
    const plan = b.latest.plan;
    // What was applied is for those whose turn is still to begin (a new length applies from the
    // next turn): the time left less the speaker's own ÷ the two still to share after c, who
    // shares now (of the three still to share: c, d and the chair).
    const speakerLeft = b.latest.speaker!.remainingMs;
    expect(Math.abs(ms - Math.floor((plan.remainingMs! - speakerLeft) / 2 / 15_000) * 15_000)).toBeLessThanOrEqual(15_000);
    await waitText(tid(page, 'transcript'), /Hver deling er nå/);
    // Last call already due: the queue closes, and says so.
    await tid(page, 'plan-lastcall').selectOption('20');
    await tid(page, 'plan-ends').selectOption({ index: 0 });
    await tid(page, 'plan-set').click();
    await b.waitFor((x) => eventsOf(x, 'lastCall').length === 1, 'the last call');
    await c.ok('finishShare');
    const ack = await c.emit('raiseHand', {});
    expect(ack.ok ? 'ok' : ack.code).toBe('LAST_CALL');
    await waitText(tid(page, 'transcript'), /Siste runde: håndkøen er stengt/);
  });
});

const AXE_PATH = join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js');

/** axe-core's serious and critical violations on the page as it is now, readable. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const result = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as {
    violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
  };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('axe stays clean with the new parts on screen', () => {
  it('the chair with a confirmation, the time plan and a queued note; the next sharer with the draft box; the speaker with the time warning', { timeout: 120_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(early.url, { language: 'nb' });
    const chairP = await person('nb', 1000, true);
    await chairP.page.goto(`${early.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(chairP.page, 'Rolig Elv');
    const speaker = await person('nb', 1000, true);
    await speaker.page.goto(`${early.url}/m/${meetingId}`);
    await joinAtDoor(speaker.page, 'Stille Fjord');
    // (At 360 px axe flags the top bar's language switch, "EN" named "Switch to English": not part of this page.)
    const next = await person('nb', 1000, true);
    await next.page.goto(`${early.url}/m/${meetingId}`);
    await joinAtDoor(next.page, 'Lys Morgen');
    const c = chairP.page;
    await tid(c, 'chair-start').click();
    await skipOpening(c);
    await c.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await tid(c, 'pass').click();
    await speaker.page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await tid(next.page, 'draft-input').fill('Et utkast');
    await tid(c, 'chair-note').fill('Husk tiden');
    await tid(c, 'chair-note-send').click();
    await tid(c, 'chair-note-queued').waitFor({ timeout: WAIT_MS });
    await tid(c, 'plan-set').click();
    await tid(c, 'plan-status').waitFor({ timeout: WAIT_MS });
    await tid(c, 'chair-next-segment').click();
    await tid(c, 'chair-confirm').waitFor({ timeout: WAIT_MS });
    await tid(speaker.page, 'composer').fill('Jeg skriver sakte');
    await tid(speaker.page, 'time-warning').waitFor({ timeout: QUICK_SHARE_MS });
    const found = {
      chair: await seriousViolations(c),
      next: await seriousViolations(next.page),
      speaker: await seriousViolations(speaker.page),
    };
    expect(found).toEqual({ chair: [], next: [], speaker: [] });
  });
});
