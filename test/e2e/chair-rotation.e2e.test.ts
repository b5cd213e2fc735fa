// The chair that moves on after each round (the `relatives` format) comes to a member who is
// scrolled down the page on a phone: a fresh tester (2026-12-03) saw only "You are now chairing"
// in the transcript while the next step waited off-screen, and the one who lost the chair was not
// told it was the format's rotation. Now the page says it at once (the live region), brings the
// chair bar into view, and both transcripts say the chair moves on after each round.
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { dict } from '../../client/i18n.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, skipOpening, tid, waitText, WAIT_MS } from '../helpers/browser.js';


const stage = e2eStage();
const people = stage.opened;
const clients = stage.clients;

async function member(url: string, meetingId: string, name: string, chairKey?: string): Promise<TestClient> {
  const c = await TestClient.connect(url);
  clients.push(c);
  expect((await c.join(meetingId, name, chairKey ? { chairKey } : {})).ok).toBe(true);
  return c;
}

describe('the chair moves on after the round', () => {
  it('to a member scrolled down on a phone: said at once, the chair bar in view, the reason in both transcripts', { timeout: 240_000 }, async () => {
    const en = dict('en');
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { formatId: 'relatives', language: 'en', title: 'Tuesday circle' });
    const chair = await member(stage.server.url, meetingId, 'Calm Chair', chairKey);
    const person = await newPerson(stage.browser, { lang: 'en', width: 360, height: 740 });
    people.push(person);
    const { page } = person;
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(page, 'Quiet Lake', { volunteer: true });
    const last = await member(stage.server.url, meetingId, 'Still Water');
    // What the page's live region says, from here on.
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const region = document.querySelector('[data-testid="turn-announce"]')!;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, subtree: true, characterData: true });
    });
    await chair.ok('start');
    for (let i = 0; i < 12 && !(chair.latest.phase === 'round' && chair.latest.speaker); i++) await chair.ok('advance');
    expect(chair.latest.phase).toBe('round');
    // The round: the chair and Quiet Lake before Still Water, who ends it.
    const quietId = chair.latest.participants.find((p) => p.name === 'Quiet Lake')!.id;
    const lastId = chair.latest.participants.find((p) => p.name === 'Still Water')!.id;
    for (let i = 0; i < 6 && chair.latest.speaker?.id !== lastId; i++) {
      const speaker = chair.latest.speaker?.id;
      if (speaker === quietId) {
        await tid(page, 'pass').click();
        await chair.waitFor((c) => c.latest.speaker?.id !== quietId, 'Quiet Lake passed');
      } else {
        await chair.ok('finishShare');
        await chair.waitFor((c) => c.latest.speaker?.id !== speaker, 'the chair finished');
      }
    }
    expect(chair.latest.speaker?.id).toBe(lastId);
    // Scrolled down the page, the last thing touched the "I can chair" box (a fresh tester: the
    // focus on it kept the page from showing the chair bar).
    await tid(page, 'volunteer-toggle').focus();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await last.ok('finishShare');
    await chair.waitFor((c) => c.latest.chairId === quietId, 'the chair moved on to Quiet Lake', 10_000);
    await tid(page, 'chair-bar').waitFor({ timeout: WAIT_MS });
    // In view, and not under the sticky top bar.
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-testid="chair-bar"]')!.getBoundingClientRect();
      const top = document.querySelector('[data-testid="topbar"]')!.getBoundingClientRect().bottom;
      return r.height > 0 && r.top >= top - 1 && r.top < innerHeight;
    }, undefined, { timeout: WAIT_MS });
    await page.waitForFunction((words) => (window as unknown as { said: string[] }).said.some((s) => s.includes(words)), en.chairYouAnnounce, { timeout: WAIT_MS });
    await waitText(tid(page, 'transcript'), en.tChairRotationYou);
    // Seen on the bar too (a second fresh tester: the bar said only "Chair"), until the first step.
    await waitText(tid(page, 'chair-came-to-you'), en.chairYouAnnounce);
    await tid(page, 'chair-next-segment').click();
    await tid(page, 'chair-came-to-you').waitFor({ state: 'detached', timeout: WAIT_MS });
  });

  // A fresh tester (2026-12-05): the rotation made a member chair with no question, and nothing
  // there said how to decline. The note says the chair is theirs and offers to pass it on.
  it('to a member who cannot chair now: "I cannot chair now" beside the news passes the chair on to another volunteer', { timeout: 240_000 }, async () => {
    const en = dict('en');
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { formatId: 'relatives', language: 'en', title: 'Friday circle' });
    const chair = await member(stage.server.url, meetingId, 'Calm Chair', chairKey);
    const person = await newPerson(stage.browser, { lang: 'en', width: 360, height: 740 });
    people.push(person);
    const { page } = person;
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(page, 'Quiet Lake', { volunteer: true });
    await chair.ok('start');
    for (let i = 0; i < 12 && !(chair.latest.phase === 'round' && chair.latest.speaker); i++) await chair.ok('advance');
    const quietId = chair.latest.participants.find((p) => p.name === 'Quiet Lake')!.id;
    for (let i = 0; i < 4 && chair.latest.chairId !== quietId; i++) {
      if (chair.latest.speaker?.id === quietId) await tid(page, 'pass').click();
      else if (chair.latest.speaker) await chair.ok('finishShare');
      await new Promise((r) => setTimeout(r, 300));
    }
    await chair.waitFor((c) => c.latest.chairId === quietId, 'the chair moved on to Quiet Lake', 10_000);
    await waitText(tid(page, 'chair-came-to-you'), en.chairYouAnnounce);
    await waitText(tid(page, 'chair-came-not-now'), en.chairNotNow);
    // Two presses, the second named (a second tester: it went at once).
    await tid(page, 'chair-came-not-now').click();
    await waitText(tid(page, 'chair-came-not-now'), en.chairNotNowConfirm);
    expect(chair.latest.chairId).toBe(quietId);
    await tid(page, 'chair-came-not-now').click();
    await chair.waitFor((c) => c.latest.chairId === c.you, 'the chair passed back to the other volunteer', 10_000);
    await tid(page, 'chair-came-to-you').waitFor({ state: 'detached', timeout: WAIT_MS });
    await expect.poll(() => tid(page, 'volunteer-toggle').isChecked(), { timeout: WAIT_MS }).toBe(false);
  });

  it("from a chair who came with the chair link: the link's notice, which promises the chair back, goes with the chair", { timeout: 240_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { formatId: 'relatives', language: 'en', title: 'Thursday circle' });
    const person = await newPerson(stage.browser, { lang: 'en', width: 360, height: 740 });
    people.push(person);
    const { page } = person;
    await page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(page, 'Calm Chair');
    await tid(page, 'chair-key-notice').waitFor({ timeout: WAIT_MS });
    const next = await TestClient.connect(stage.server.url);
    clients.push(next);
    expect((await next.join(meetingId, 'Quiet Lake', { volunteer: true })).ok).toBe(true);
    await tid(page, 'chair-start').click();
    await next.waitFor((c) => c.latest.phase !== 'gathering', 'the start');
    await skipOpening(page);
    await next.waitFor((c) => c.latest.phase === 'round' && !!c.latest.speaker, 'the round');
    // The round: the chair passes, Quiet Lake finishes; the chair moves on after it.
    for (let i = 0; i < 4 && next.latest.chairId !== next.you; i++) {
      const speaker = next.latest.speaker?.id;
      if (speaker === next.you) await next.ok('finishShare');
      else if (speaker) await tid(page, 'pass').click();
      await next.waitFor((c) => c.latest.speaker?.id !== speaker || c.latest.chairId === c.you, 'the turn moving on');
    }
    await next.waitFor((c) => c.latest.chairId === c.you, 'the chair moved on to Quiet Lake', 15_000);
    await tid(page, 'chair-key-notice').waitFor({ state: 'detached', timeout: WAIT_MS });
  });
});

// A third fresh tester (2026-12-03) chaired a relatives round where nobody had ticked "I can
// chair": the round ended, the chair stayed, and nobody was told anything of the rotation.
describe('the rotation with nobody else offering to chair', () => {
  it('says so to the room and to the chair, and the member who then ticks "I can chair" gets the chair', { timeout: 240_000 }, async () => {
    const en = dict('en');
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { formatId: 'relatives', language: 'en', title: 'Monday circle' });
    const chairP = await newPerson(stage.browser, { lang: 'en' });
    const memberP = await newPerson(stage.browser, { lang: 'en', width: 360, height: 740 });
    people.push(chairP, memberP);
    await chairP.page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(chairP.page, 'Calm Chair');
    await memberP.page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(memberP.page, 'Quiet Lake');
    const watch = await member(stage.server.url, meetingId, 'Still Water');
    await tid(chairP.page, 'chair-start').click();
    await watch.waitFor((c) => c.latest.phase !== 'gathering', 'the start');
    await skipOpening(chairP.page);
    await watch.waitFor((c) => c.latest.phase === 'round' && !!c.latest.speaker, 'the round');
    // Everyone passes; nobody but the chair has offered to chair.
    for (let i = 0; i < 6 && watch.latest.roundActive; i++) {
      const speaker = watch.latest.speaker?.id;
      if (!speaker) break;
      if (speaker === watch.you) await watch.ok('pass');
      else await tid(speaker === watch.latest.chairId ? chairP.page : memberP.page, 'pass').click();
      await watch.waitFor((c) => c.latest.speaker?.id !== speaker, 'the turn moving on');
    }
    await watch.waitFor((c) => c.events.some((e) => e.event.type === 'rotationOpen'), 'the room told of the open rotation');
    await waitText(tid(chairP.page, 'transcript'), en.tRotationOpenYou);
    await waitText(tid(memberP.page, 'transcript'), en.tRotationOpen('Calm Chair'));
    // Asked at the top of the page too (a fourth fresh tester found only the transcript's line):
    // the member says yes, and the chair is theirs; the chair is not asked.
    await tid(memberP.page, 'rotation-ask').waitFor({ timeout: WAIT_MS });
    await waitText(tid(memberP.page, 'rotation-ask'), en.rotationAskText);
    expect(await tid(chairP.page, 'rotation-ask').isVisible()).toBe(false);
    // The page opened again is asked again (it was asked only on hearing the event, and a
    // reload, or someone seated after it, never was): the view says the rotation is open.
    await memberP.page.reload();
    await tid(memberP.page, 'rotation-ask').waitFor({ timeout: WAIT_MS });
    expect(await tid(chairP.page, 'rotation-ask').isVisible()).toBe(false);
    // The box below says, before any tick, that a tick takes the chair now (a fresh tester,
    // 2026-12-06, read "if needed" as an offer); the chair's own box is still the offer.
    await waitText(tid(memberP.page, 'volunteer-label'), en.volunteerToggleTakesRotation);
    await waitText(tid(chairP.page, 'volunteer-label'), en.volunteerToggle);
    await tid(memberP.page, 'rotation-accept').click();
    await tid(memberP.page, 'chair-bar').waitFor({ timeout: WAIT_MS });
    await tid(memberP.page, 'rotation-ask').waitFor({ state: 'hidden', timeout: WAIT_MS });
    expect(await tid(memberP.page, 'volunteer-toggle').isChecked()).toBe(true);
    await waitText(tid(memberP.page, 'transcript'), en.tChairRotationYou);
    await waitText(tid(chairP.page, 'transcript'), en.tChairRotation('Quiet Lake'));
  });
});

// A fresh tester (2026-12-03) took a chair's phone offline: the page said the seat was kept, not a
// word of the chair, and the next step's button still looked ready to press.
describe("the chair's own page offline", () => {
  it('says their steps wait, without promising the chair is still theirs; the next step is off until the connection is back', { timeout: 180_000 }, async () => {
    const en = dict('en');
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'en', title: 'Friday circle' });
    const person = await newPerson(stage.browser, { lang: 'en', width: 360, height: 740 });
    people.push(person);
    const { page, context } = person;
    await page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
    await joinAtDoor(page, 'Calm Chair');
    await member(stage.server.url, meetingId, 'Quiet Lake');
    const start = tid(page, 'chair-start');
    await expect.poll(() => start.isEnabled(), { timeout: WAIT_MS }).toBe(true);
    expect(await tid(page, 'chair-offline-reason').isVisible()).toBe(false);
    await context.setOffline(true);
    // This chair came in by the chair link (tester A: the offline line did not say it can be opened elsewhere).
    await waitText(tid(page, 'chair-offline-reason'), `${en.chairOffline} ${en.chairOfflineLink}`, 60_000);
    expect(await tid(page, 'chair-offline-reason').isVisible()).toBe(true);
    expect(await start.isDisabled()).toBe(true);
    // A tool pressed offline is not sent, and says so (tester A, 2026-12-03: "Waiting for the
    // connection …" read as a promise, and the note was lost without a word).
    await tid(page, 'chair-note').fill('Remember to be gentle with yourselves.');
    await tid(page, 'chair-note-send').click();
    await waitText(tid(page, 'inline-error'), en.notSentOffline);
    expect(await tid(page, 'chair-note').inputValue()).toBe('Remember to be gentle with yourselves.');
    await context.setOffline(false);
    await tid(page, 'chair-offline-reason').waitFor({ state: 'hidden', timeout: 60_000 });
    await expect.poll(() => start.isEnabled(), { timeout: WAIT_MS }).toBe(true);
  });
});
