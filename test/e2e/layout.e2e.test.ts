// What people need is where they can reach it, and the page keeps its place: the chair's next
// step without scrolling, the same composer for everyone out of turn, the transcript pinned to
// the newest entry when a phone turns upright, and a start time in the page's own language.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { joinAtDoor, newPerson, roundScene, tid, waitText, WAIT_MS, type RoundScene, skipOpening } from '../helpers/browser.js';
import { createMeeting } from '../helpers/server.js';
import { keepPagesBetweenTests } from '../helpers/open-browsers.js';

// Its tests go on with the pages the test before them opened.
keepPagesBetweenTests();

const DESKTOP = { width: 1000, height: 760 };
const PHONE = { width: 360, height: 760 };

let scene: RoundScene | null = null;

const stage = e2eStage();
const people = stage.opened;

/** The meeting in its round, set up by the first test that needs it (it polls, so in a test). */
async function round(): Promise<RoundScene> {
  scene ??= await roundScene(stage.browser, stage.server.url, 'nb', DESKTOP);
  return scene;
}

afterAll(async () => {
  await scene?.close();
});

/** The element's box at the top of the page, in viewport pixels. */
async function boxAtTop(page: Page, id: string): Promise<{ top: number; bottom: number }> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await tid(page, id).boundingBox();
  if (!box) throw new Error(`${id} is not shown`);
  return { top: box.y, bottom: box.y + box.height };
}

/** How far the transcript is from showing its newest entry, in pixels. */
function transcriptGap(page: Page): Promise<number> {
  return tid(page, 'transcript').evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
}

describe('layout in a meeting in progress', () => {
  it('the chair reaches the next step and the end without scrolling, on a desktop and on a phone', { timeout: 60_000 }, async () => {
    const scene = await round();
    const chair = scene.chair.page;
    await chair.setViewportSize(DESKTOP);
    for (const id of ['chair-next-segment', 'chair-end']) expect((await boxAtTop(chair, id)).bottom, id).toBeLessThanOrEqual(DESKTOP.height);
    // Both sit in the compact bar, not at the foot of the full panel.
    expect(await tid(chair, 'chair-bar').locator('[data-testid="chair-next-segment"]').count()).toBe(1);
    await chair.setViewportSize(PHONE);
    expect((await boxAtTop(chair, 'chair-next-segment')).bottom).toBeLessThanOrEqual(PHONE.height);
    await chair.setViewportSize(DESKTOP);
    // The rest of the panel is still there for the chair, and only for the chair.
    await tid(chair, 'chair-panel').waitFor();
    expect(await tid(scene.speaker.page, 'chair-bar').count()).toBe(0);
    expect(await tid(scene.listener.page, 'chair-bar').count()).toBe(0);
  });

  // A fresh tester's first-time chair saw only the chair link (not to be shared) and found the
  // link for the others at the foot of a long page, under "More tools".
  it('while people gather, the link for them sits in the chair bar by the start, on a phone\'s first screen; after the start it is back in the tools', { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'nb' });
    const chair = await newPerson(stage.browser, { lang: 'nb', ...PHONE });
    const other = await newPerson(stage.browser, { lang: 'nb', ...PHONE });
    people.push(chair, other);
    // The chair's steps as sent (see the double tap below).
    const steps: string[] = [];
    chair.page.on('websocket', (ws) => ws.on('framesent', (f) => void (typeof f.payload === 'string' && f.payload.includes('"nextSegment"') && steps.push(f.payload))));
    await chair.page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(chair.page, 'Rolig Elv');
    const bar = tid(chair.page, 'chair-bar');
    await bar.locator('[data-testid="chair-link"]').waitFor({ timeout: WAIT_MS });
    expect(await bar.locator('[data-testid="chair-link"]').inputValue()).toBe(`${stage.server.url}/m/${meetingId}`);
    await waitText(bar, 'Del denne lenken med dem som skal være med.');
    // The chair's own link is not to be taken for it (the same tester could not tell the two
    // apart, cut short on a phone): marked private in words and on its button, and showing its
    // end, `#chair=…`, where the two differ.
    const own = tid(chair.page, 'chair-key-link');
    await own.waitFor({ timeout: WAIT_MS });
    await waitText(tid(chair.page, 'chair-key-label'), 'Din private lenke – ikke del den');
    expect(await tid(chair.page, 'chair-key-copy').textContent()).toBe('Kopier din private lenke');
    await expect.poll(() => own.evaluate((e) => { const i = e as HTMLInputElement; return i.scrollLeft > 0 && i.scrollLeft + i.clientWidth >= i.scrollWidth - 2; }), { timeout: WAIT_MS }).toBe(true);
    for (const id of ['chair-start', 'chair-link', 'chair-copy-link']) expect((await boxAtTop(chair.page, id)).bottom, id).toBeLessThanOrEqual(PHONE.height);
    // No readings to post in the bar before the start (posted then, they were asked for again after it).
    expect(await bar.locator('[data-testid^="chair-reading-"]').count()).toBe(0);
    await other.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(other.page, 'Stille Fjord');
    await tid(chair.page, 'chair-start').click();
    await tid(chair.page, 'chair-advance').waitFor({ timeout: WAIT_MS });
    expect(await bar.locator('[data-testid="chair-link"]').count()).toBe(0);
    expect(await tid(chair.page, 'chair-panel').locator('[data-testid="chair-link"]').count()).toBe(1);

    // The welcome posted: its chip says so, and the bar no longer asks for it but for the next step
    // (the same tester's chair could not tell which texts were posted).
    const welcome = bar.locator('[data-testid="chair-reading-welcome"]');
    await waitText(tid(chair.page, 'script-chair-words'), 'legg inn velkomstteksten');
    // What to do now is read before the button that goes on (a first chair pressed "Go on" first).
    const wordsFirst = await bar.evaluate((el) => {
      const words = el.querySelector('[data-testid="script-chair-words"]');
      const next = el.querySelector('[data-testid="chair-next-segment"]');
      return !!words && !!next && (words.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(wordsFirst).toBe(true);
    expect((await boxAtTop(chair.page, 'chair-next-segment')).bottom).toBeLessThanOrEqual(PHONE.height);
    // Its words ask for a word to the newcomer, a note: the way to the note field is in the bar.
    await bar.locator('[data-testid="chair-bar-note"]').click();
    await expect.poll(() => tid(chair.page, 'chair-note').evaluate((e) => e === document.activeElement), { timeout: WAIT_MS }).toBe(true);
    // Sent from down there, the note says it went, and the way back up to the next step is by it
    // (the same tester's chair saw nothing happen and had to find the bar again).
    await chair.page.keyboard.type('Velkommen til deg som er ny i dag.');
    await tid(chair.page, 'chair-note-send').click();
    await waitText(tid(chair.page, 'chair-note-sent'), 'Meldingen er sendt.');
    expect(await tid(chair.page, 'chair-note').inputValue()).toBe('');
    await tid(chair.page, 'chair-note-sent-back').click();
    const back = await tid(chair.page, 'chair-next-segment').boundingBox();
    expect(back && back.y >= 0 && back.y + back.height <= PHONE.height, JSON.stringify(back)).toBe(true);
    // Focused as soon as it may be pressed (a step just taken settles it for a moment first).
    await expect.poll(() => tid(chair.page, 'chair-next-segment').evaluate((e) => e === document.activeElement), { timeout: WAIT_MS }).toBe(true);
    expect(await tid(chair.page, 'chair-note-sent').isVisible()).toBe(false);
    await welcome.click();
    await waitText(welcome, '✓ Velkommen');
    expect(await welcome.getAttribute('aria-label')).toBe('Velkommen (lagt inn)');
    await waitText(tid(chair.page, 'script-chair-words'), /^Det er lagt inn\. Når du er klar, trykk «.+»\.$/);
    // A new step on the same button waits a moment: a second tap meant for the last one does not
    // skip the next (a fresh tester skipped the topic when the silence ended under their finger).
    await tid(chair.page, 'chair-next-segment').click();
    await waitText(tid(chair.page, 'script-chair-words'), 'Legg inn tekstene');
    expect(await tid(chair.page, 'chair-next-segment').isDisabled()).toBe(true);
    await expect.poll(() => tid(chair.page, 'chair-next-segment').isEnabled(), { timeout: WAIT_MS }).toBe(true);
    // A double tap: one step. A fresh tester's skipped the readings, and open sharing, when the
    // second press went out after the first's answer but before its view: each step names the
    // segment the page shows (`from`), and the server refuses a step from one it has left.
    await tid(chair.page, 'chair-next-segment').evaluate((b) => {
      (b as HTMLButtonElement).click();
      (b as HTMLButtonElement).click();
    });
    // The readings are not posted: going on asks first, naming them (a fresh tester's first chair
    // went on from the welcome without posting it, and nothing said so).
    await waitText(tid(chair.page, 'chair-confirm'), /^Ikke lagt inn ennå: «.+», «.+», «.+»\. Går du videre nå, blir de hoppet over\./);
    await tid(chair.page, 'chair-confirm-yes').click();
    await waitText(tid(chair.page, 'script-chair-words'), /^Stillhet/);
    await chair.page.waitForTimeout(1500);
    expect(await tid(chair.page, 'script-chair-words').textContent()).toMatch(/^Stillhet/);
    expect(await tid(chair.page, 'inline-error').count()).toBe(0);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.at(-1)).toMatch(/"from":1[,}]/);
  });

  // A fresh tester's chair, first in the circle, found the bar filling the phone's first screen
  // and the share box below it, with "Your turn 1:29" at the very bottom.
  it("on the chair's own turn, on a phone, the bar leads to the share box", { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'nb' });
    const chair = await newPerson(stage.browser, { lang: 'nb', ...PHONE });
    const other = await newPerson(stage.browser, { lang: 'nb', ...PHONE });
    people.push(chair, other);
    await chair.page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(chair.page, 'Rolig Elv');
    await other.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(other.page, 'Stille Fjord');
    await tid(chair.page, 'chair-start').click();
    await tid(chair.page, 'chair-advance').waitFor({ timeout: WAIT_MS });
    expect(await tid(chair.page, 'chair-bar-share').isVisible()).toBe(false);
    await skipOpening(chair.page);
    await chair.page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await waitText(tid(chair.page, 'chair-bar-share'), 'Din tur: skriv delingen din');
    expect((await boxAtTop(chair.page, 'chair-bar-share')).bottom).toBeLessThanOrEqual(PHONE.height);
    await tid(chair.page, 'chair-bar-share').click();
    await expect.poll(() => tid(chair.page, 'composer').evaluate((e) => e === document.activeElement), { timeout: WAIT_MS }).toBe(true);
    const box = await tid(chair.page, 'composer').boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= PHONE.height, JSON.stringify(box)).toBe(true);
    // Not on someone else's turn.
    await tid(chair.page, 'pass').click();
    await other.page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await expect.poll(() => tid(chair.page, 'chair-bar-share').isVisible(), { timeout: WAIT_MS }).toBe(false);
  });

  it('out of turn the chair, having shared, sees the same composer as anyone: pass, send and done, all disabled', async () => {
    const chair = (await round()).chair.page;
    for (const id of ['pass', 'composer-send', 'finish-share']) {
      await expect.poll(() => tid(chair, id).isVisible(), { timeout: WAIT_MS }).toBe(true);
      expect(await tid(chair, id).isDisabled(), id).toBe(true);
    }
    expect(await tid(chair, 'composer').isDisabled()).toBe(true);
  });

  it('the speaker, once a chunk is sent, no longer sees "pass" (done is the way out)', async () => {
    const speaker = (await round()).speaker.page;
    expect(await tid(speaker, 'pass').isVisible()).toBe(true);
    await tid(speaker, 'composer').fill('Jeg kjenner meg igjen.');
    await tid(speaker, 'composer-send').click();
    await tid(speaker, 'pass').waitFor({ state: 'hidden', timeout: WAIT_MS });
    expect(await tid(speaker, 'finish-share').isVisible()).toBe(true);
  });

  it('the transcript stays at the newest entry when the window narrows, unless the reader scrolled up', async () => {
    const page = (await round()).listener.page;
    await page.setViewportSize(DESKTOP);
    await tid(page, 'transcript').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => transcriptGap(page)).toBeLessThan(2);
    await page.setViewportSize(PHONE);
    // Narrower means taller text: it must overflow, or the check below proves nothing.
    expect(await tid(page, 'transcript').evaluate((el) => el.scrollHeight > el.clientHeight + 100)).toBe(true);
    await expect.poll(() => transcriptGap(page), { timeout: WAIT_MS }).toBeLessThan(2);

    // Someone reading further up keeps their place.
    await tid(page, 'transcript').evaluate((el) => (el.scrollTop = 0));
    await expect.poll(() => tid(page, 'transcript').evaluate((el) => el.scrollTop)).toBe(0);
    await page.setViewportSize({ width: 320, height: 700 });
    await page.waitForTimeout(200);
    expect(await tid(page, 'transcript').evaluate((el) => el.scrollTop)).toBe(0);
  });
});

describe('landing page', () => {
  async function landing(lang: 'nb' | 'en'): Promise<Page> {
    const p = await newPerson(stage.browser, { lang, ...DESKTOP });
    people.push(p);
    await p.page.goto(`${stage.server.url}/`);
    await tid(p.page, 'landing-create-form').waitFor({ timeout: WAIT_MS });
    return p.page;
  }

  it('"have a link?" puts its label above the box in both languages, box and button side by side', async () => {
    for (const lang of ['nb', 'en'] as const) {
      const page = await landing(lang);
      const label = await page.locator('[data-testid="join-link-form"] label').boundingBox();
      const input = await tid(page, 'join-link-input').boundingBox();
      const button = await tid(page, 'join-link-submit').boundingBox();
      if (!label || !input || !button) throw new Error('join-link form not shown');
      expect(label.y + label.height, lang).toBeLessThanOrEqual(input.y + 1);
      expect(Math.abs(label.x - input.x), lang).toBeLessThan(2);
      expect(button.x, lang).toBeGreaterThan(input.x + input.width - 1);
      // The label spans the whole row, not a narrow column beside the button.
      expect(label.width, lang).toBeGreaterThanOrEqual(button.x + button.width - input.x - 1);
    }
  });

  it('the start time is a day and a quarter hour in the page language, and is sent as that local moment', async () => {
    const page = await landing('nb');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(await page.locator('input[type="datetime-local"], input[type="date"]').count()).toBe(0);
    expect(await tid(page, 'create-starts-time').isVisible()).toBe(false);
    expect(await tid(page, 'create-starts-day').locator('option[value="1"]').textContent()).toBe('I morgen');
    await tid(page, 'create-starts-day').selectOption('1');
    await tid(page, 'create-starts-time').waitFor();
    const times = await tid(page, 'create-starts-time').locator('option').allTextContents();
    expect(times).toHaveLength(96);
    expect(times.slice(0, 2)).toEqual(['00:00', '00:15']);
    // Tomorrow at midnight: always within the next 24 hours, so the directory lists it already.
    await tid(page, 'create-starts-time').selectOption('00:00');
    await tid(page, 'create-title').fill('Fredagsmøtet');
    // Not in the public list unless the chair chooses it (a fresh tester, 2026-12-04).
    expect(await tid(page, 'create-listed').isChecked()).toBe(false);
    await tid(page, 'create-listed').check();
    const expected = await page.evaluate(() => {
      const d = new Date();
      return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0).getTime();
    });
    await tid(page, 'create-submit').click();
    await tid(page, 'join-page').waitFor({ timeout: WAIT_MS });
    const meetingId = new URL(page.url()).pathname.split('/').pop();
    const res = await fetch(`${stage.server.url}/api/meetings`);
    const { meetings } = (await res.json()) as { meetings: { meetingId: string; startsAt: number | null }[] };
    expect(meetings.find((m) => m.meetingId === meetingId)?.startsAt).toBe(expected);
  });
});

// A fresh tester (2026-12-05), older users' large text: at 390 px with a 24 px root font the
// top bar ran off the screen and only the "L" of "Lukk raskt" showed; the speaker line broke
// inside a name beside the clock.
describe('large text on a phone', () => {
  // A fresh tester at 200 % text on a 360x640 phone: the sticky top bar was 281 px high, over the
  // clock, the time warning and all but two lines of the share box; the skip link stuck out over
  // the name. With large text on a small screen the bar scrolls away and the quick exit alone
  // stays, in the corner; with ordinary text the bar stays as it was.
  it('large text on a small phone: the bar scrolls away, the quick exit stays on screen; ordinary text keeps the bar', { timeout: 60_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'nb' });
    const p = await newPerson(stage.browser, { lang: 'nb', width: 360, height: 640 });
    people.push(p);
    const page = p.page;
    await page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(page, 'Modig Bjørk');
    await tid(page, 'chair-start').waitFor({ timeout: WAIT_MS });
    const scrolled = async (font: number) => {
      await page.evaluate((f) => document.documentElement.style.setProperty('font-size', `${f}px`, 'important'), font);
      // Set with no resize: the page sees the bar's size change (a fresh verifier's way).
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(100);
      const bar = (await page.locator('.topbar').boundingBox())!;
      const exit = (await tid(page, 'quick-exit').boundingBox())!;
      const skip = await page.locator('.skip-link').boundingBox();
      return { barBottom: bar.y + bar.height, exit, skipBottom: skip ? skip.y + skip.height : -1 };
    };
    const large = await scrolled(32);
    expect(large.barBottom).toBeLessThanOrEqual(0);
    expect(large.exit.y).toBeGreaterThanOrEqual(0);
    expect(large.exit.y + large.exit.height).toBeLessThanOrEqual(640);
    expect(large.exit.x + large.exit.width).toBeLessThanOrEqual(360);
    expect(large.exit.height).toBeLessThan(640 * 0.2);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await page.locator('.skip-link').boundingBox())!.y + (await page.locator('.skip-link').boundingBox())!.height).toBeLessThanOrEqual(0);
    const ordinary = await scrolled(16);
    // Sticky: at the top of the screen however far the page is scrolled.
    expect((await page.locator('.topbar').boundingBox())!.y).toBeGreaterThanOrEqual(-0.5);
    expect(ordinary.barBottom).toBeGreaterThan(0);
    expect(ordinary.barBottom).toBeLessThan(640 * 0.2);
  });

  it('keeps the quick exit wholly on screen with no sideways scroll, on the front page and in a meeting, nb and en; the speaker line breaks between words', { timeout: 120_000 }, async () => {
    const sizes = [
      { width: 390, font: 24 },
      { width: 320, font: 20 },
      { width: 360, font: 24 },
    ];
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'nb' });
    for (const lang of ['nb', 'en'] as const) {
      const p = await newPerson(stage.browser, { lang, width: 390, height: 800 });
      people.push(p);
      const page = p.page;
      const check = async (where: string) => {
        for (const s of sizes) {
          await page.setViewportSize({ width: s.width, height: 800 });
          // (The page's CSP refuses a style tag; the CSSOM is a user's setting as far as it knows.)
          await page.evaluate((f) => document.documentElement.style.setProperty('font-size', `${f}px`, 'important'), s.font);
          await page.evaluate(() => window.scrollTo(0, 0));
          const box = (await tid(page, 'quick-exit').boundingBox())!;
          const label = `${lang} ${where} ${s.width}px/${s.font}px`;
          expect(box.x, label).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, label).toBeLessThanOrEqual(s.width);
          const wide = await page.evaluate(() => {
            const w = document.documentElement.clientWidth;
            return [...document.querySelectorAll<HTMLElement>('body *')]
              .filter((e) => e.getBoundingClientRect().right > w + 0.5 && e.getClientRects().length > 0)
              .slice(0, 8)
              .map((e) => `${e.tagName}.${e.className}[${e.dataset.testid ?? ''}] ${Math.round(e.getBoundingClientRect().right)}`);
          });
          expect(wide, label).toEqual([]);
        }
      };
      await page.goto(stage.server.url);
      await tid(page, 'quick-exit').waitFor({ timeout: WAIT_MS });
      await check('front page');
      if (lang === 'nb') {
        await page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
        await joinAtDoor(page, 'Modig Bjørk');
        await tid(page, 'chair-start').waitFor({ timeout: WAIT_MS });
        await check('meeting');
        // The speaker line: no word broken (every line of it starts at a word's start).
        const broken = await tid(page, 'turn-status').locator('.turn-text').evaluate((el) => {
          const range = document.createRange();
          const text = el.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) return false;
          const s = text.textContent ?? '';
          let lastTop = -1;
          for (let i = 0; i < s.length; i++) {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const top = range.getBoundingClientRect().top;
            if (lastTop >= 0 && top > lastTop + 2 && /\p{L}/u.test(s[i - 1] ?? '') && /\p{L}/u.test(s[i]!)) return true;
            lastTop = top;
          }
          return false;
        });
        expect(broken).toBe(false);
      }
    }
  });
});
