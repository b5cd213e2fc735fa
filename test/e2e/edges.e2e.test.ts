// Issue 7 in real browsers: a speaker whose connection drops keeps the turn and the unsent draft
// (offline, then back; and a reload), the page never says "your turn" once it is not; the chair
// comes back with the chair link after closing the tab; a chair that falls free is offered to
// the room and taken with one click.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeeting } from '../helpers/server.js';
import { TestClient } from '../helpers/client.js';
import { cutLine, type Line } from '../helpers/cut-line.js';
import { SLOW_ANSWER_MS } from '../../client/meeting/connection-words.js';
import { joinAtDoor, launchBrowser, newPerson, roundScene, startE2eServer, tid, waitJoined, waitText, WAIT_MS, type E2eServer, type Person, type RoundScene } from '../helpers/browser.js';
import { dict } from '../../client/i18n.js';

const SPEAKER_GRACE_MS = 6_000;

let held: E2eServer;
let quick: E2eServer;
let longHold: E2eServer;
/** As in production, a drop counts only after 3 s without a return (RUNDE_DROP_SETTLE_MS). */
let settling: E2eServer;
/** A seat kept 8 s: long enough to open the chair link again, short enough to wait out at the door. */
let brief: E2eServer;
let browser: Browser;
const people: Person[] = [];

beforeAll(async () => {
  [held, quick, longHold, settling, brief, browser] = await Promise.all([
    startE2eServer({ settings: { speakerGraceMs: SPEAKER_GRACE_MS, graceMs: 60_000 } }),
    startE2eServer({ settings: { graceMs: 1_500 } }),
    startE2eServer({ settings: { speakerGraceMs: 40_000, graceMs: 60_000 } }),
    startE2eServer({ settings: { speakerGraceMs: 40_000, graceMs: 60_000 }, dropSettleMs: 3_000 }),
    startE2eServer({ settings: { graceMs: 8_000 } }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all(people.map((p) => p.context.close().catch(() => undefined)));
  await browser?.close();
  await Promise.all([held?.close(), quick?.close(), longHold?.close(), settling?.close(), brief?.close()]);
});

/**
 * A round scene (en) whose pages reach the server through a relay that can stall and cut
 * (test/helpers/cut-line.ts); `sp` is the speaker's page. The relay is closed afterwards.
 */
async function throughRelay(fn: (scene: RoundScene, link: Line, sp: Page) => Promise<void>): Promise<void> {
  const link = await cutLine(held.url);
  try {
    const scene = await roundScene(browser, link.url, 'en');
    people.push(scene.chair, scene.speaker, scene.listener);
    await fn(scene, link, scene.speaker.page);
  } finally {
    await link.close();
  }
}

describe('weak links in the browser', () => {
  it('a speaker who goes offline keeps the turn and the draft, the page says the turn is held, and back online they continue', { timeout: 240_000 }, async () => {
    const scene = await roundScene(browser, held.url, 'en');
    people.push(scene.chair, scene.speaker, scene.listener);
    const sp = scene.speaker.page;
    const draft = 'Half a thought I have not sent yet';
    await tid(sp, 'composer').fill(draft);
    const wentAt = Date.now();
    await scene.speaker.context.setOffline(true);
    // At once, from the browser's own `offline` event, not at socket.io's ping timeout 18-21 s later
    // (a fresh tester, 2026-12-06): the words speak of this device, and the whole hold is left.
    await waitText(tid(sp, 'connection-status'), new RegExp(`^${dict('en').noNetworkHere}`), 3_000);
    expect(Date.now() - wentAt).toBeLessThan(3_000);
    const heldFor = Number(/held for about (\d+) more seconds?/.exec((await tid(sp, 'composer-reason').textContent()) ?? '')?.[1]);
    expect(heldFor).toBeGreaterThanOrEqual(SPEAKER_GRACE_MS / 1000 - 3);
    // Offline, the page says the connection dropped and for how long the turn is held — never "your turn".
    await waitText(tid(sp, 'turn-status'), /connection dropped.*held for about \d+ more seconds?/i, 30_000);
    expect(await tid(sp, 'turn-status').textContent()).not.toMatch(/^Your turn/);
    // The text box stays open and keeps the focus (a fresh tester on a phone: the keyboard went
    // away mid-sentence); only sending waits for the connection, and the line by the box says so.
    expect(await tid(sp, 'composer').isEnabled()).toBe(true);
    expect(await sp.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('composer');
    expect(await tid(sp, 'composer-send').isDisabled()).toBe(true);
    await waitText(tid(sp, 'composer-reason'), /keep writing/i);
    await sp.keyboard.type(', and more');
    await waitText(tid(scene.listener.page, 'turn-status'), /Stille Fjord lost the connection/, 30_000);
    await scene.speaker.context.setOffline(false);
    await waitText(tid(sp, 'turn-status'), /^Your turn/, 30_000);
    await expect.poll(() => tid(sp, 'composer-send').isEnabled(), { timeout: WAIT_MS }).toBe(true);
    expect(await tid(sp, 'composer').inputValue()).toBe(`${draft}, and more`);
    // A reload within the tab keeps the seat and the turn; unsent text lives in the page's memory
    // only (Issue 14: sessionStorage holds the seat alone), so the reload empties the box.
    await sp.reload();
    await waitJoined(sp);
    await waitText(tid(sp, 'turn-status'), /^Your turn/);
    expect(await tid(sp, 'composer').inputValue()).toBe('');
    expect(await sp.evaluate(() => Object.keys(sessionStorage))).toEqual(['runde.seat']);
    await tid(sp, 'composer').fill(draft);
    await tid(sp, 'finish-share').click();
    await waitText(scene.listener.page.locator('[data-testid="share-chunk"]').last(), draft);
  });

  // A fresh tester (2026-12-05): a page reloaded during a hold said "held for up to 20 seconds"
  // and did not move, beside "about 13 more seconds" counting down on the page next to it. The
  // view now carries the hold's time left (`speaker.heldRemainingMs`).
  it('a listener who reloads during a held turn counts the hold down with the others', { timeout: 240_000 }, async () => {
    const scene = await roundScene(browser, longHold.url, 'en');
    people.push(scene.chair, scene.speaker, scene.listener);
    // The line's element also holds the stopped share clock.
    const counting = /^Stille Fjord lost the connection\. The turn is held for about (\d+) more seconds?\./;
    const secondsLeft = async (page: Page): Promise<number> => {
      await waitText(tid(page, 'turn-status'), counting, 60_000);
      return Number(counting.exec((await tid(page, 'turn-status').textContent()) ?? '')?.[1]);
    };
    await scene.speaker.context.setOffline(true);
    await secondsLeft(scene.listener.page);
    await scene.listener.page.reload();
    await waitJoined(scene.listener.page);
    const reloaded = await secondsLeft(scene.listener.page);
    const beside = await secondsLeft(scene.chair.page);
    // Read one after the other: a tick may fall between them.
    expect(Math.abs(reloaded - beside)).toBeLessThanOrEqual(2);
    expect(reloaded).toBeLessThanOrEqual(40);
    // And it counts down, not a figure standing still.
    await expect.poll(() => secondsLeft(scene.listener.page), { timeout: 10_000 }).toBeLessThan(reloaded);
    await scene.speaker.context.setOffline(false);
  });

  // Three fresh testers (2026-12-05): the drop is announced after its settle time and dated back
  // to when the link went, so the others' share clock ran on for those seconds and then jumped
  // back up, "stopped while the turn is held". It now stops where it stood on each page; the
  // return gives the speaker the seconds back, and the transcript says so.
  it('a speaker\'s drop stops the others\' share clock where it stood (never jumping back up); the return says the time is given back', { timeout: 240_000 }, async () => {
    const scene = await roundScene(browser, settling.url, 'en');
    people.push(scene.chair, scene.speaker, scene.listener);
    const lp = scene.listener.page;
    const seconds = async (): Promise<number> => {
      const m = /(\d+):(\d\d)/.exec((await tid(lp, 'countdown').textContent()) ?? '');
      if (!m) throw new Error('no clock shown');
      return Number(m[1]) * 60 + Number(m[2]);
    };
    const shown: number[] = [await seconds()];
    await scene.speaker.context.setOffline(true);
    // Read the clock until the hold has been announced and stood for 3 s.
    const until = Date.now() + 60_000;
    let heldSince: number | null = null;
    while (Date.now() < until && (heldSince === null || Date.now() - heldSince < 3_000)) {
      await lp.waitForTimeout(150);
      shown.push(await seconds());
      if (heldSince === null && /stopped while the turn is held/.test((await tid(lp, 'countdown').textContent()) ?? '')) heldSince = Date.now();
    }
    expect(heldSince, 'the hold was announced').not.toBeNull();
    const rises = shown.flatMap((n, i) => (i > 0 && n > shown[i - 1]! ? [`${shown[i - 1]} → ${n}`] : []));
    expect(rises, `the clock read ${shown.join(', ')}`).toEqual([]);
    await scene.speaker.context.setOffline(false);
    await waitText(lp.locator('[data-testid="transcript"]'), /Stille Fjord lost the connection, is back and continues, with the time that was left when it went\./, 60_000);
    // Running again, from at least the figure it stopped at (the seconds given back).
    const stoppedAt = shown.at(-1)!;
    await expect.poll(() => tid(lp, 'countdown').textContent(), { timeout: WAIT_MS }).not.toMatch(/stopped/);
    expect(await seconds()).toBeGreaterThanOrEqual(stoppedAt - 2);
  });

  it('a listener whose connection drops and comes back is marked so on the others\' pages (from the connection event alone, no new view)', { timeout: 240_000 }, async () => {
    const scene = await roundScene(browser, held.url, 'en');
    people.push(scene.chair, scene.speaker, scene.listener);
    const row = scene.chair.page.locator('[data-testid="circle"] li[data-participant]', { hasText: 'Lys Morgen' });
    await row.waitFor({ timeout: WAIT_MS });
    expect(await row.getAttribute('class')).not.toMatch(/\boffline\b/);
    await scene.listener.context.setOffline(true);
    await expect.poll(() => row.getAttribute('class'), { timeout: 60_000 }).toMatch(/\boffline\b/);
    await scene.listener.context.setOffline(false);
    await expect.poll(() => row.getAttribute('class'), { timeout: 60_000 }).not.toMatch(/\boffline\b/);
  });

  // A fresh tester (2026-12-05): offline for the chair's last ten seconds, she came back to "Runde /
  // This meeting has ended" alone, where the others read the meeting's kind farewell.
  it('a member offline when the chair ends the meeting gets the same farewell as the others when back', { timeout: 240_000 }, async () => {
    const scene = await roundScene(browser, held.url, 'en');
    people.push(scene.chair, scene.speaker, scene.listener);
    const row = scene.chair.page.locator('[data-testid="circle"] li[data-participant]', { hasText: 'Lys Morgen' });
    await scene.listener.context.setOffline(true);
    await expect.poll(() => row.getAttribute('class'), { timeout: 60_000 }).toMatch(/\boffline\b/);
    await tid(scene.chair.page, 'chair-end').click();
    await tid(scene.chair.page, 'chair-end-confirm-yes').click();
    const there = scene.speaker.page.locator('[data-testid="meeting-closed"][data-reason="ended"]');
    await there.waitFor({ timeout: WAIT_MS });
    await scene.listener.context.setOffline(false);
    const back = scene.listener.page.locator('[data-testid="meeting-closed"][data-reason="ended"]');
    await back.waitFor({ timeout: 60_000 });
    expect(await back.textContent()).toBe(await there.textContent());
    expect(await scene.listener.page.locator('[data-testid="join-unavailable"]').count()).toBe(0);
  });

  it('offline past the speaker grace, the page says the turn has moved on', { timeout: 240_000 }, async () => {
    const scene = await roundScene(browser, held.url, 'en');
    people.push(scene.chair, scene.speaker, scene.listener);
    const sp = scene.speaker.page;
    await tid(sp, 'composer').fill('Det jeg ville si var');
    await scene.speaker.context.setOffline(true);
    // Within the grace the clock by the box is shown stopped: the server does not count it down.
    await waitText(tid(sp, 'turn-status'), /connection dropped.*held for about \d+ more seconds?/i, 30_000);
    const stopped = await tid(sp, 'composer-time').textContent();
    await sp.waitForTimeout(2500);
    expect(await tid(sp, 'composer-time').textContent()).toBe(stopped);
    await waitText(tid(sp, 'turn-status'), /turn has probably moved on/, 60_000);
    expect(await tid(sp, 'turn-status').textContent()).not.toMatch(/^Your turn/);
    // Nothing else on the page goes on saying it is theirs: no clock, no "sharing now" row.
    await expect.poll(() => tid(sp, 'composer-time').isVisible(), { timeout: WAIT_MS }).toBe(false);
    expect(await sp.locator('[data-testid="circle"] li.speaking').count()).toBe(0);
    // The room saw the held turn end; the round waits for the late turn owed to the speaker.
    await waitText(tid(scene.listener.page, 'turn-status'), /^(?!.*Stille Fjord)/, 60_000);
    await scene.speaker.context.setOffline(false);
    // The unsent words are kept, and the page says why they were not shared: not "time ran out".
    // The late turn has come at once, so the note says to send them now, not that they wait
    // for a turn (a fresh tester: the old words stayed on screen through the late turn).
    await waitText(tid(sp, 'turn-status'), /^Your turn/, 30_000);
    await waitText(tid(sp, 'composer-unsent'), /connection was down when your turn ended.*your turn now/i, 30_000);
    await sp.waitForTimeout(1500);
    expect(await tid(sp, 'composer-unsent').isVisible()).toBe(true);
    expect(await tid(sp, 'composer').inputValue()).toBe('Det jeg ville si var');
    // Writing on, she has read it: the note goes and gives the box back its room (a fresh tester,
    // 2026-12-05: it stayed for her whole late turn, the box four lines high on her phone).
    await tid(sp, 'composer').press('End');
    await tid(sp, 'composer').pressSequentially(' i dag');
    await expect.poll(() => tid(sp, 'composer-unsent').isVisible(), { timeout: WAIT_MS }).toBe(false);
    expect(await tid(sp, 'composer').inputValue()).toBe('Det jeg ville si var i dag');
  });

  // A fresh tester (2026-12-02, a weak connection): a slow typist whose seat was given up found
  // the share they had been writing gone after joining again from the same page.
  // A fresh tester (2026-12-05): past the seat's grace her banner said the seat was probably given
  // up unless the chair had paused; the chair had, and back online she was in her seat with not a
  // word of it. Here the pause comes as she drops (her last view never says paused).
  it('back in a seat the banner doubted (a pause kept it), the page says so', { timeout: 240_000 }, async () => {
    const scene = await roundScene(browser, quick.url, 'en');
    people.push(scene.chair, scene.speaker, scene.listener);
    const lys = scene.listener;
    await lys.context.setOffline(true);
    await tid(scene.chair.page, 'chair-freeze').click();
    await waitText(tid(lys.page, 'connection-status'), /probably been given up, unless the chair paused the meeting meanwhile\. Stay on this page/, 60_000);
    await tid(scene.chair.page, 'frozen-banner').waitFor({ timeout: WAIT_MS });
    await lys.context.setOffline(false);
    await waitText(tid(lys.page, 'transcript'), dict('en').tBackInSeat, 60_000);
    expect(await tid(lys.page, 'join-error').count()).toBe(0);
  });

  it('a seat lost with words unsent: the door says they are kept, and joining again (as a listener) puts them back in view', { timeout: 240_000 }, async () => {
    const scene = await roundScene(browser, quick.url, 'nb');
    people.push(scene.chair, scene.speaker, scene.listener);
    const sp = scene.speaker.page;
    const words = 'Det jeg har skrevet sakte på telefonen';
    await tid(sp, 'composer').fill(words);
    await scene.speaker.context.setOffline(true);
    await waitText(scene.chair.page.locator('[data-testid="transcript"]'), /Forbindelsen til Stille Fjord kom ikke tilbake i tide/, 60_000);
    await scene.speaker.context.setOffline(false);
    await waitText(tid(sp, 'join-error'), /kunne ikke holde av plassen din.*Det du hadde skrevet, men ikke sendt, er tatt vare på/, 60_000);
    // The door keeps the name and the pledge as they were given; this time they only listen.
    expect(await tid(sp, 'join-name').inputValue()).toBe('Stille Fjord');
    await tid(sp, 'join-role-listener').check();
    await tid(sp, 'join-pledge').check();
    await tid(sp, 'join-submit').click();
    await waitJoined(sp);
    // The transcript starts anew and says why (a fresh tester's chair, 2026-12-05, found it empty).
    await waitText(tid(sp, 'transcript'), dict('nb').tYouJoinedAgain);
    // The words are back in view, and a listener is not promised a turn (a second fresh tester).
    await waitText(tid(sp, 'composer-unsent'), /^Dette hadde du skrevet før forbindelsen falt ut\. Det er ikke delt\. Som lytter har du ingen tur/);
    expect(await tid(sp, 'composer').isVisible()).toBe(true);
    expect(await tid(sp, 'composer').inputValue()).toBe(words);
    // Nothing of it reached anyone: the room never saw these words.
    expect(await scene.chair.page.locator('[data-testid="transcript"]').innerText()).not.toContain(words);
  });

  // A fresh tester (2026-12-02): on a stalled link (bytes held, nothing closed) a press of send
  // showed nothing for 14–16 s, until the heartbeat gave the connection up.
  it('a share sent on a stalled link says it is still sending, and goes through once the link flows', { timeout: 240_000 }, async () => {
    await throughRelay(async (scene, link, sp) => {
      const words = 'Sent while the line stalls';
      await tid(sp, 'composer').fill(words);
      link.stall();
      const t0 = Date.now();
      await tid(sp, 'composer-send').click();
      await expect.poll(() => tid(sp, 'composer-slow').isVisible(), { timeout: 10_000 }).toBe(true);
      // Not before the answer is late: a share is answered in well under a second.
      expect(Date.now() - t0).toBeGreaterThanOrEqual(SLOW_ANSWER_MS - 100);
      await waitText(tid(sp, 'composer-slow'), /Still sending.*stays in the box/);
      expect(await tid(sp, 'composer').inputValue()).toBe(words);
      // The press of Send left the focus (a phone's keyboard) in the box: the typist goes on.
      expect(await sp.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('composer');
      await sp.keyboard.type(' And a second thought');
      link.flow();
      await waitText(scene.listener.page.locator('[data-testid="share-chunk"]').last(), words);
      await expect.poll(() => tid(sp, 'composer-slow').isVisible(), { timeout: WAIT_MS }).toBe(false);
      // Only what was sent left the box; what was typed meanwhile waits, and goes out once.
      await expect.poll(() => tid(sp, 'composer').inputValue(), { timeout: WAIT_MS }).toBe('And a second thought');
      await tid(sp, 'composer-send').click();
      await waitText(scene.listener.page.locator('[data-testid="share-chunk"]').last(), 'And a second thought');
      expect(await scene.listener.page.locator('[data-testid="share-chunk"]', { hasText: words }).count()).toBe(1);
    });
  });

  // The next two cases each wait out the page's whole retry window (30 s, SENDER_DEFAULTS in
  // client/command-sender.ts) with the link down, while their pages sit idle: they run at once,
  // each in its own meeting through its own relay, so the file waits that window once, not twice.
  // Each keeps its own name and its own failure; assertions use the test's own `expect` (vitest
  // binds the global one, and expect.poll, to one current test).
  describe.concurrent('each waiting out the retry window (the two at once)', () => {
    // A fresh tester: a share sent into a stall that outlasted the retries, the turn gone and back
    // (a late turn) on return, showed two notices at once: "the connection dropped before this was
    // sent … it is your turn now" and "Not sent … press Send again when the connection is back"
    // (since 2026-12-06 "Not confirmed …": sent and unanswered, it may have arrived).
    it('a share sent into a long stall, the turn gone and back on return: one notice says what happened and what to do', { timeout: 240_000 }, async ({ expect }) => {
      await throughRelay(async (scene, link, sp) => {
        const words = 'Sent into a long stall';
        await tid(sp, 'composer').fill(words);
        link.stall();
        await tid(sp, 'composer-send').click();
        // Every retry runs out while the link is still stalled (the command sender's window).
        await waitText(tid(sp, 'composer-slow'), /^Not confirmed/, 90_000);
        link.flow();
        // Back: the turn had moved on, and the late turn owed comes at once.
        await waitText(tid(sp, 'turn-status'), /^Your turn/, 60_000);
        await waitText(tid(sp, 'composer-unsent'), /connection was down when your turn ended.*your turn now/i, 30_000);
        await sp.waitForTimeout(1500);
        expect(await tid(sp, 'composer-unsent').isVisible()).toBe(true);
        expect(await tid(sp, 'composer-slow').isVisible()).toBe(false);
        expect(await tid(sp, 'composer').inputValue()).toBe(words);
        // The words were never shared; sent now, they go once, and the note has done its job.
        expect(await scene.listener.page.locator('[data-testid="share-chunk"]', { hasText: words }).count()).toBe(0);
        await tid(sp, 'composer-send').click();
        await waitText(scene.listener.page.locator('[data-testid="share-chunk"]').last(), words);
        await expect.poll(() => tid(sp, 'composer-unsent').isVisible(), { timeout: WAIT_MS }).toBe(false);
        expect(await tid(sp, 'composer-slow').isVisible()).toBe(false);
      });
    });

    // A fresh tester on a weak phone link: the room had the part within a second, but the connection
    // dropped before its answer came and stayed down until every retry had run out. Back, the page
    // still said "not shared yet" (and "Not sent"), with part two, typed while "Still sending …"
    // showed, in the same box: sending it would have said part one to the room again.
    it('a share that reached the room with its answer lost: back, the page knows it from its own share event; part one leaves the box, part two stays, and goes once', { timeout: 120_000 }, async ({ expect }) => {
      await throughRelay(async (scene, link, sp) => {
        const partOne = 'Part four: thank you for letting me be here.';
        const partTwo = 'Part five: and for listening.';
        await tid(sp, 'composer').fill(partOne);
        // What the page sends still reaches the server; what the server sends back is held.
        link.stall('toClient');
        await tid(sp, 'composer-send').click();
        await waitText(tid(sp, 'composer-slow'), /Still sending/);
        await sp.keyboard.type(` ${partTwo}`);
        // The connection drops before the answer came, and stays down until every retry ran out.
        link.cut();
        await waitText(tid(sp, 'composer-slow'), /^Not confirmed/, 60_000);
        expect(await tid(sp, 'composer').inputValue()).toBe(`${partOne} ${partTwo}`);
        link.flow();
        link.mend();
        // Back: the turn had moved on, and the late turn owed comes at once.
        await waitText(tid(sp, 'turn-status'), /^Your turn/, 30_000);
        await expect.poll(() => tid(sp, 'composer').inputValue(), { timeout: WAIT_MS }).toBe(partTwo);
        expect(await tid(sp, 'composer-slow').isVisible()).toBe(false);
        expect(await tid(sp, 'composer-unsent').textContent()).not.toContain(partOne);
        const chunks = scene.listener.page.locator('[data-testid="share-chunk"]');
        await waitText(chunks.last(), partOne, 30_000);
        await tid(sp, 'composer-send').click();
        await waitText(chunks.last(), partTwo);
        await expect.poll(() => tid(sp, 'composer').inputValue(), { timeout: WAIT_MS }).toBe('');
        expect(await tid(sp, 'composer-unsent').isVisible()).toBe(false);
        // Each part once in the room.
        expect(await chunks.filter({ hasText: partOne }).count()).toBe(1);
        expect(await chunks.filter({ hasText: partTwo }).count()).toBe(1);
      });
    });
  });

  it('a chair who closed the tab comes back as chair with the chair link the page showed once', { timeout: 240_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(held.url, { title: 'Chair link', language: 'en' });
    const chair = await newPerson(browser, { lang: 'en' });
    const other = await newPerson(browser, { lang: 'en' });
    people.push(chair, other);
    await chair.page.goto(`${held.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(chair.page, 'Quiet Pine');
    await tid(chair.page, 'chair-key-notice').waitFor({ timeout: WAIT_MS });
    const link = await tid(chair.page, 'chair-key-link').inputValue();
    expect(link).toContain(`#chair=`);
    await tid(chair.page, 'chair-key-dismiss').click();
    await other.page.goto(`${held.url}/m/${meetingId}`);
    await joinAtDoor(other.page, 'Calm Lake');
    // The tab is closed: its sessionStorage (seat, token) is gone with it.
    await chair.page.close();
    // The room is told in its transcript (a fresh tester, 2026-12-03, saw only the circle's mark):
    // before the start, that it waits for the chair (a fresh tester, 2026-12-05: not "goes on").
    const told = other.page.locator('[data-testid="transcript-system"]', { hasText: dict('en').turnNone_gathering_chairAway });
    await told.waitFor({ timeout: WAIT_MS });
    const again = await chair.context.newPage();
    await again.goto(link);
    // Its seat is kept: one press back to it by its name, not the whole form again (a third fresh
    // tester, 2026-12-03, filled in the door again as a returning chair).
    await waitText(tid(again, 'join-chair-seat-text'), dict('en').joinChairReturn('Quiet Pine'));
    expect(await tid(again, 'join-name').count()).toBe(0);
    await tid(again, 'join-chair-return').click();
    await waitJoined(again);
    await tid(again, 'chair-panel').waitFor({ timeout: WAIT_MS });
    expect(await tid(again, 'join-error').count()).toBe(0);
    // One Quiet Pine in the room, connected, and still the chair.
    await expect.poll(() => other.page.locator('[data-testid="circle"] li[data-participant]', { hasText: 'Quiet Pine' }).count(), { timeout: WAIT_MS }).toBe(1);
    // And told of the return, on the same line (one drop, one return: one line).
    await other.page.locator('[data-testid="transcript-system"]', { hasText: 'The chair lost the connection and is back.' }).waitFor({ timeout: WAIT_MS });
    expect(await told.count()).toBe(0);
    // The returning page's last line says so, after the history replayed to it (a fresh tester,
    // 2026-12-05, read only the first join's "You are in the meeting. Welcome.").
    await expect.poll(async () => (await again.locator('[data-testid="transcript"] li').allTextContents()).at(-1), { timeout: WAIT_MS }).toBe(dict('en').tBackInSeatChair);
  });

  // Two fresh testers (2026-12-05): the door offered the kept seat, the grace ran out while the
  // chair read it, the door went on saying "Your seat is kept", and "Back to my seat" made a new
  // seat under the first join's "Welcome". The door now asks again while it offers the seat.
  it('a chair whose seat is given up while the door offers it back: the door says so, and the new seat too', { timeout: 240_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(brief.url, { title: 'Door read slowly', language: 'en' });
    const chair = await newPerson(browser, { lang: 'en' });
    people.push(chair);
    const link = `${brief.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`;
    await chair.page.goto(link);
    await joinAtDoor(chair.page, 'Quiet Pine');
    const member = await TestClient.connect(brief.url);
    await member.join(meetingId, 'Calm Lake', { volunteer: true });
    try {
      const id = member.latest.chairId;
      await chair.page.close();
      const again = await chair.context.newPage();
      await again.goto(link);
      await waitText(tid(again, 'join-chair-seat-text'), dict('en').joinChairReturn('Quiet Pine'));
      await member.waitFor((c) => c.events.some((e) => e.event.type === 'left' && e.event.id === id), 'the seat given up', 30_000);
      await waitText(tid(again, 'join-chair-note'), dict('en').joinChairNoteSeatGone, 15_000);
      expect(await tid(again, 'join-chair-return').count()).toBe(0);
      await joinAtDoor(again, 'Quiet Pine');
      await waitText(tid(again, 'transcript'), dict('en').tYouJoinedAgain);
      expect(await tid(again, 'transcript').textContent()).not.toContain(dict('en').tYouJoined);
      await tid(again, 'chair-panel').waitFor({ timeout: WAIT_MS });
    } finally {
      member.close();
    }
  });

  // A fresh tester (2026-12-05): a chair back through the chair link in a fresh page after the
  // seat was given up read the door's "you return to your seat", then a plain welcome over an
  // empty transcript; the member who had taken over the chair was not told it was no longer theirs.
  it('a chair whose seat was given up opens the chair link in a fresh page: the door, the first line and the one who had taken over say what happened', { timeout: 240_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(quick.url, { title: 'Chair back', language: 'en' });
    const chair = await newPerson(browser, { lang: 'en' });
    const a = await newPerson(browser, { lang: 'en' });
    people.push(chair, a);
    const link = `${quick.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`;
    await chair.page.goto(link);
    await joinAtDoor(chair.page, 'Old Oak');
    await a.page.goto(`${quick.url}/m/${meetingId}`);
    await joinAtDoor(a.page, 'Red Fox', { volunteer: true });
    await chair.context.setOffline(true);
    await chair.page.close();
    await waitText(a.page.locator('[data-testid="transcript"]'), /You are now chairing/, 40_000);
    await chair.context.setOffline(false);
    const again = await chair.context.newPage();
    await again.goto(link);
    await waitText(tid(again, 'join-chair-note'), dict('en').joinChairNoteSeatGone);
    await joinAtDoor(again, 'Old Oak');
    await tid(again, 'chair-panel').waitFor({ timeout: WAIT_MS });
    await waitText(tid(again, 'transcript'), dict('en').tYouJoinedAgain);
    expect(await tid(again, 'transcript').textContent()).not.toContain('Welcome');
    await waitText(tid(a.page, 'transcript'), dict('en').tChairReturnedFromYou('Old Oak'));
    await tid(a.page, 'chair-panel').waitFor({ state: 'detached', timeout: WAIT_MS });
  });

  it('a chair that falls free with no volunteer connected is offered to everyone; one click takes it', { timeout: 240_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(quick.url, { title: 'Vacant chair', language: 'en' });
    const chair = await newPerson(browser, { lang: 'en' });
    const a = await newPerson(browser, { lang: 'en' });
    // Grey Owl is on a phone, scrolled down the page (a fresh tester, 2026-12-03).
    const b = await newPerson(browser, { lang: 'en', width: 360, height: 740 });
    people.push(chair, a, b);
    await chair.page.goto(`${quick.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(chair.page, 'Old Oak');
    for (const [p, name] of [[a, 'Red Fox'], [b, 'Grey Owl']] as const) {
      await p.page.goto(`${quick.url}/m/${meetingId}`);
      await joinAtDoor(p.page, name);
    }
    await b.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await b.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await chair.context.setOffline(true);
    await chair.page.close();
    await tid(a.page, 'chair-vacant').waitFor({ timeout: 40_000 });
    await tid(b.page, 'chair-vacant').waitFor({ timeout: WAIT_MS });
    // Brought into view, clear of the sticky top bar, and focused (read out as the dialog it is).
    await b.page.waitForFunction(() => {
      const r = document.querySelector('[data-testid="chair-vacant"]')!.getBoundingClientRect();
      const top = document.querySelector('[data-testid="topbar"]')!.getBoundingClientRect().bottom;
      return r.top >= top - 1 && r.top < innerHeight;
    }, undefined, { timeout: WAIT_MS });
    expect(await b.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('chair-vacant');
    await tid(a.page, 'chair-vacant-accept').click();
    await tid(a.page, 'chair-panel').waitFor({ timeout: WAIT_MS });
    await tid(b.page, 'chair-vacant').waitFor({ state: 'hidden', timeout: WAIT_MS });
    await waitText(b.page.locator('[data-testid="transcript"]'), /Red Fox is now chairing/);
  });
});
