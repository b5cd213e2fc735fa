// Issue 7 §2, the duplicated tab, in real browsers: a second tab with the same seat (its
// sessionStorage copied, as Chromium does when a tab is duplicated) takes the meeting over; the
// first says, in its language, that the meeting is open in another tab, keeps the seat, and takes
// it back with one click. Closing a replaced tab never gives the seat up.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { pause } from '../helpers/meeting.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, participantId, tid, waitJoined, waitText, WAIT_MS } from '../helpers/browser.js';
import { TestClient } from '../helpers/client.js';
import { dict } from '../../client/i18n.js';

/** Short, so that a replaced tab's close counted as a drop would cost the seat within the test. */
const GRACE_MS = 1_500;


const stage = e2eStage({ settings: { graceMs: GRACE_MS } });
const people = stage.opened;

/** The chair's circle row of this person: there, and not shown as offline. */
async function seatConnected(chair: Page, id: string): Promise<boolean> {
  const row = tid(chair, `circle-item-${id}`);
  if ((await row.count()) === 0) return false;
  return !((await row.getAttribute('class')) ?? '').split(/\s+/).includes('offline');
}

describe('a meeting open in two tabs', () => {
  it('the newer tab takes over, the older says so (nb, en), keeps the seat through a close, and takes it back with one click', { timeout: 120_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { title: 'To faner', language: 'nb' });
    const chair = await newPerson(stage.browser, { lang: 'nb' });
    const nb = await newPerson(stage.browser, { lang: 'nb' });
    const en = await newPerson(stage.browser, { lang: 'en' });
    people.push(chair, nb, en);
    await chair.page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(chair.page, 'Rolig Elv');
    const tab1 = nb.page;
    await tab1.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(tab1, 'Stille Fjord');
    const id = await participantId(chair.page, 'Stille Fjord');
    await tid(chair.page, 'chair-start').click();
    await tid(chair.page, 'chair-topic').waitFor({ timeout: WAIT_MS });

    // Tab 2 holds the same seat (token) and opens the meeting: it resumes and takes over.
    const seat = await tab1.evaluate(() => sessionStorage.getItem('runde.seat'));
    expect(seat).not.toBeNull();
    const tab2 = en.page;
    await tab2.goto(`${stage.server.url}/`);
    await tab2.evaluate((s) => sessionStorage.setItem('runde.seat', s), seat!);
    await tab2.goto(`${stage.server.url}/m/${meetingId}`);
    await waitJoined(tab2);

    // Tab 1 says the meeting is open in another tab (in Norwegian), with a way to take it back.
    await tid(tab1, 'meeting-replaced').waitFor({ timeout: WAIT_MS });
    await waitText(tid(tab1, 'meeting-replaced-message'), 'Dette møtet ble åpnet i en annen fane eller på en annen enhet');
    expect(await tid(tab1, 'meeting').count()).toBe(0);
    expect(await tid(tab1, 'meeting-take-back').textContent()).toBe('Ta møtet tilbake hit');
    // Its seat is not given up: past the grace period the seat is still there and connected.
    await pause(GRACE_MS + 1_000);
    expect(await seatConnected(chair.page, id)).toBe(true);
    await tid(chair.page, 'chair-topic').fill('Mens to faner er åpne');
    await tid(chair.page, 'chair-topic-set').click();
    await tid(tab2, 'transcript-topic').waitFor({ timeout: WAIT_MS });

    // Taking it back: tab 1 resumes the same seat; tab 2 is told the same, in English.
    await tid(tab1, 'meeting-take-back').click();
    await waitJoined(tab1);
    expect(await participantId(tab1, 'Stille Fjord')).toBe(id);
    await tid(tab2, 'meeting-replaced').waitFor({ timeout: WAIT_MS });
    await waitText(tid(tab2, 'meeting-replaced-message'), 'This meeting was opened in another tab or on another device');
    expect(await tid(tab2, 'meeting-take-back').textContent()).toBe('Take the meeting back here');

    // The replaced tab is closed: the seat stays with tab 1, which still hears the room live.
    await tab2.close();
    await pause(GRACE_MS + 1_000);
    expect(await seatConnected(chair.page, id)).toBe(true);
    await tid(chair.page, 'chair-topic').fill('Tilbake i første fane');
    await tid(chair.page, 'chair-topic-set').click();
    await waitText(tid(tab1, 'transcript-topic').last(), 'Tilbake i første fane');
    expect(await tab1.evaluate(() => sessionStorage.getItem('runde.seat'))).not.toBeNull();
  });

  // A fresh tester (2026-12-03): a member who taps the link again gets a fresh tab with no seat,
  // and the door answered their own name with "someone in the meeting already uses that name".
  it('a new tab of the same browser opening the link is told the meeting is open in another tab; its own name taken says whose it likely is (nb)', { timeout: 60_000 }, async () => {
    const { meetingId } = await createMeeting(stage.server.url, { title: 'Ny fane', language: 'nb' });
    const member = await newPerson(stage.browser, { lang: 'nb' });
    const stranger = await newPerson(stage.browser, { lang: 'nb' });
    people.push(member, stranger);
    await member.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(member.page, 'Stille Fjord');
    const fresh = await member.context.newPage();
    await fresh.goto(`${stage.server.url}/m/${meetingId}`);
    await tid(fresh, 'join-other-tab').waitFor({ timeout: WAIT_MS });
    expect(await tid(fresh, 'join-other-tab').innerText()).toContain('Du er allerede i dette møtet i en annen fane');
    // This door shows its form: the notice says what the form would do.
    expect(await tid(fresh, 'join-other-tab').innerText()).toContain('Går du inn her med skjemaet, får du en plass til.');
    await tid(fresh, 'join-name').fill('Stille Fjord');
    await tid(fresh, 'join-pledge').check();
    await tid(fresh, 'join-submit').click();
    await tid(fresh, 'join-error').waitFor({ timeout: WAIT_MS });
    expect(await tid(fresh, 'join-error').innerText()).toBe('Noen i møtet bruker allerede det navnet. Er det deg i den andre fanen? Gå tilbake dit.');
    // Another browser (no seat in this meeting) is told nothing of the kind.
    await stranger.page.goto(`${stage.server.url}/m/${meetingId}`);
    await tid(stranger.page, 'join-form').waitFor({ timeout: WAIT_MS });
    await stranger.page.waitForTimeout(500);
    expect(await tid(stranger.page, 'join-other-tab').count()).toBe(0);
    // The second tester: an older phone user who cannot find the old tab moves the seat here.
    const before = await participantId(member.page, 'Stille Fjord');
    await tid(fresh, 'join-move-here').click();
    await waitJoined(fresh);
    expect(await participantId(fresh, 'Stille Fjord')).toBe(before);
    await tid(member.page, 'meeting-replaced').waitFor({ timeout: WAIT_MS });
    // Nothing unsent went along, and the old tab does not say it did (a fourth fresh tester).
    await waitText(tid(member.page, 'meeting-replaced-hint'), dict('nb').replacedMovedEmptyHint);
    await fresh.close();
  });

  // The seat's tab busy (an older phone under load; a loaded test host once): its answers to the
  // other tabs come late. The door once waited 250 ms for them, then never offered the way to
  // the seat at all.
  it('a seat tab that answers late: the new tab still says the meeting is open there, and moves the seat (en)', { timeout: 60_000 }, async () => {
    const { meetingId } = await createMeeting(stage.server.url, { title: 'Busy tab', language: 'en' });
    const member = await newPerson(stage.browser, { lang: 'en' });
    people.push(member);
    await member.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(member.page, 'Quiet Fjord');
    const seat = await participantId(member.page, 'Quiet Fjord');
    await member.page.evaluate(() => {
      const post = BroadcastChannel.prototype.postMessage;
      BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, m: unknown) {
        setTimeout(() => post.call(this, m), 1_500);
      };
    });
    const fresh = await member.context.newPage();
    await fresh.goto(`${stage.server.url}/m/${meetingId}`);
    await tid(fresh, 'join-form').waitFor({ timeout: WAIT_MS });
    // The person had begun to type when the answer came: the notice comes, the typing goes on.
    await tid(fresh, 'join-name').fill('Qui');
    await tid(fresh, 'join-other-tab').waitFor({ timeout: WAIT_MS });
    await fresh.keyboard.type('et');
    expect(await tid(fresh, 'join-name').inputValue()).toBe('Quiet');
    await tid(fresh, 'join-move-here').click();
    await waitJoined(fresh);
    expect(await participantId(fresh, 'Quiet Fjord')).toBe(seat);
    await tid(member.page, 'meeting-replaced').waitFor({ timeout: WAIT_MS });
    await fresh.close();
  });

  // A third fresh tester (C, 2026-12-03) moved her seat to a new tab on her turn: the half-written
  // share stayed behind in the old tab, and the old tab said "someone has your link".
  it('"Move my seat here" brings the unsent words along, and the old tab does not say someone has the link (en)', { timeout: 90_000 }, async () => {
    const en = dict('en');
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { title: 'Moving tabs', language: 'en' });
    const chair = await TestClient.connect(stage.server.url);
    stage.clients.push(chair);
    expect((await chair.join(meetingId, 'Calm Chair', { chairKey })).ok).toBe(true);
    const member = await newPerson(stage.browser, { lang: 'en' });
    people.push(member);
    await member.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(member.page, 'Quiet Fjord');
    await chair.ok('start');
    await chair.ok('advance');
    await chair.ok('finishShare');
    await tid(member.page, 'composer-send').waitFor({ timeout: WAIT_MS });
    const words = 'I have been trying to write this for a while and my hands are shaking.';
    await tid(member.page, 'composer').fill(words);
    const fresh = await member.context.newPage();
    await fresh.goto(`${stage.server.url}/m/${meetingId}`);
    await tid(fresh, 'join-move-here').click();
    await waitJoined(fresh);
    expect(await tid(fresh, 'composer').inputValue()).toBe(words);
    await waitText(tid(fresh, 'composer-unsent'), en.composerKeptMovedLead);
    // Not the note for a page opened afresh: the words did come along.
    expect(await tid(fresh, 'reloaded-on-turn').count()).toBe(0);
    await tid(member.page, 'meeting-replaced').waitFor({ timeout: WAIT_MS });
    await waitText(tid(member.page, 'meeting-replaced-hint'), en.replacedMovedHint);
    expect(await tid(member.page, 'meeting-replaced-hint').innerText()).not.toContain('someone has your link');
    // The meeting ends in the tab that has the seat now: the old tab says so too, offers no way
    // back, and forgets the ended meeting's resume token (a fresh tester, 2026-12-04: it kept
    // inviting the person back until pressed).
    expect(await member.page.evaluate(() => sessionStorage.getItem('runde.seat'))).not.toBeNull();
    await chair.ok('end');
    await fresh.locator('[data-testid="meeting-closed"][data-reason="ended"]').waitFor({ timeout: WAIT_MS });
    await member.page.locator('[data-testid="meeting-closed"][data-reason="ended"]').waitFor({ timeout: WAIT_MS });
    expect(await tid(member.page, 'meeting-take-back').count()).toBe(0);
    expect(await member.page.evaluate(() => sessionStorage.getItem('runde.seat'))).toBeNull();
    await fresh.close();
  });
  // A fresh tester (E, 2026-12-04): a chair who opened the chair link again beside the tab she
  // chaired in was shown "Move my seat here" and "Back to my seat" side by side.
  it('the chair link opened again beside the chair\'s own tab offers one way to the seat; the key\'s way back only if that tab does not answer (en)', { timeout: 90_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { title: 'Chair in two tabs', language: 'en' });
    const chair = await newPerson(stage.browser, { lang: 'en' });
    people.push(chair);
    const link = `${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`;
    await chair.page.goto(link);
    await joinAtDoor(chair.page, 'Rolig Elv');
    await tid(chair.page, 'chair-panel').waitFor({ timeout: WAIT_MS });
    const seat = await participantId(chair.page, 'Rolig Elv');

    // Moved from the other tab: one button, and the seat (with the chair) comes along.
    const second = await chair.context.newPage();
    await second.goto(link);
    await tid(second, 'join-move-here').waitFor({ timeout: WAIT_MS });
    expect(await tid(second, 'join-chair-return').isVisible()).toBe(false);
    // The chair's door has no form, so its notice speaks of none (a fresh tester, 2026-12-04).
    expect(await tid(second, 'join-other-tab').innerText()).toContain('You are already in this meeting in another tab');
    expect(await tid(second, 'join-other-tab').innerText()).not.toMatch(/form/i);
    await tid(second, 'join-move-here').click();
    await waitJoined(second);
    await tid(second, 'chair-panel').waitFor({ timeout: WAIT_MS });
    expect(await participantId(second, 'Rolig Elv')).toBe(seat);
    await tid(chair.page, 'meeting-replaced').waitFor({ timeout: WAIT_MS });

    // The tab with the seat cannot answer (its messages to other tabs go nowhere, as in a tab a
    // phone has frozen; its connection stays open): the third says so, and the key's way back
    // appears, and works. (Closing it would lose the seat within this file's 1.5 s grace, and the
    // meeting, with nobody else, would end.)
    const third = await chair.context.newPage();
    await third.goto(link);
    await tid(third, 'join-move-here').waitFor({ timeout: WAIT_MS });
    expect(await tid(third, 'join-chair-return').isVisible()).toBe(false);
    await chair.page.close();
    await second.evaluate(() => {
      BroadcastChannel.prototype.postMessage = () => undefined;
    });
    await tid(third, 'join-move-here').click();
    await tid(third, 'join-other-tab-failed').waitFor({ timeout: WAIT_MS });
    await tid(third, 'join-chair-return').click();
    await waitJoined(third);
    await tid(third, 'chair-panel').waitFor({ timeout: WAIT_MS });
    expect(await participantId(third, 'Rolig Elv')).toBe(seat);
  });
});
