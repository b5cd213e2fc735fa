// Another's share said again, in real Chromium (shared/guard/echo.ts): fresh testers quoted a
// member's sentence back, in «…» and in plain words, and it went out with no hint. The page reads
// the draft against the others' shares it has seen: a hint in the draft box and the share box,
// and one more press to send it as it is. The meeting's state keeps no share's words, so the
// server's check cannot make this finding: the page tells it with the share (`echo`), and the
// server holds it in hold mode and marks it for the chair when it goes out.
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { HINTS } from '../../shared/guard/hints.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitText, WAIT_MS } from '../helpers/browser.js';

const stage = e2eStage();

const KARI = 'Denne uka har vært tung. Jeg føler at jeg drukner litt mer for hver eneste dag som går.';
const QUOTE = 'Da hun sa «jeg føler at jeg drukner litt mer for hver eneste dag», kjente jeg meg igjen.';

describe("a draft that repeats another's share word for word", () => {
  it('(nb) is hinted in the draft box and the share box; Send asks first and sends nothing; "Send as it is" sends it; the own share and a hidden one are not read against', { timeout: 120_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'nb', guardMode: 'nudge' });
    const chair = await TestClient.connect(stage.server.url);
    stage.clients.push(chair);
    expect(await chair.join(meetingId, 'Rolig Elv', { chairKey })).toMatchObject({ ok: true });
    const p = await newPerson(stage.browser, { lang: 'nb', width: 390 });
    stage.opened.push(p);
    const page = p.page;
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(page, 'Stille Fjord');
    await chair.ok('start');
    await chair.ok('advance');
    // The chair shares first; the page's person is on deck and writes in the draft box.
    await chair.ok('share', { text: KARI });
    await tid(page, 'draft').waitFor({ timeout: WAIT_MS });
    await tid(page, 'draft-input').fill(QUOTE);
    await waitText(page.locator('[data-testid="draft-hints"] [data-testid="guard-hint-crosstalk"]'), HINTS.echo.nb);
    await waitText(page.locator('[data-testid="draft-hints"] [data-testid="guard-hint-crosstalk"]'), '«jeg føler at jeg drukner litt mer for…»');
    // Seven words of it are no quote: the hint goes.
    await tid(page, 'draft-input').fill('Jeg føler at jeg drukner litt mer, men det går bedre.');
    await expect.poll(() => page.locator('[data-testid="draft-hints"] li').count(), { timeout: WAIT_MS }).toBe(0);
    await tid(page, 'draft-input').fill(QUOTE);
    await waitText(page.locator('[data-testid="draft-hints"] [data-testid="guard-hint-crosstalk"]'), HINTS.echo.nb);

    // The turn comes: the words move to the share box, hinted there too.
    await chair.ok('finishShare');
    await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await expect.poll(() => tid(page, 'composer').inputValue(), { timeout: WAIT_MS }).toBe(QUOTE);
    await tid(page, 'composer').fill(`${QUOTE} `);
    await waitText(page.locator('[data-testid="guard-hints"] [data-testid="guard-hint-crosstalk"]'), HINTS.echo.nb);
    // Send asks for a look first: nothing goes out, and the page says so.
    await tid(page, 'composer-send').click();
    await tid(page, 'guard-send-anyway').waitFor({ timeout: WAIT_MS });
    await tid(page, 'guard-not-sent').waitFor({ timeout: WAIT_MS });
    await new Promise((r) => setTimeout(r, 500));
    expect(chair.shares()).toEqual([KARI]);
    // Sent as it is, with one more press.
    await tid(page, 'guard-send-anyway').click();
    await chair.waitFor((x) => x.shares().includes(QUOTE), 'the share, sent as it is');
    // The chair is told, as for any share sent after the guard's hint (a fresh tester: a quote
    // sent as it is left no mark).
    const quoteSeq = chair.events.find((e) => e.event.type === 'share' && e.event.text === QUOTE)!.seq;
    await chair.waitFor((x) => (x.latest.reports ?? []).some((r) => r.share === quoteSeq && r.reason === 'guardHint' && (r.kinds ?? []).includes('crosstalk')), "the guard's mark on the quote, for the chair");

    // Its own words are not another's: said again, no hint.
    await tid(page, 'composer').fill('Da hun sa «jeg føler at jeg drukner litt mer for hver eneste dag», kjente jeg meg igjen. Ja.');
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.locator('[data-testid="guard-hints"] [data-testid="guard-hint-crosstalk"]').count()).toBe(1);
    await tid(page, 'composer').fill('Jeg vil bare si at det har vært en tung uke for meg, og at jeg er glad for å være her.');
    await expect.poll(() => page.locator('[data-testid="guard-hints"] li').count(), { timeout: WAIT_MS }).toBe(0);
    await tid(page, 'composer-send').click();
    await chair.waitFor((x) => x.shares().length === 3, 'the plain share, at once');
    await tid(page, 'composer').fill('Og jeg vil bare si at det har vært en tung uke for meg, og at jeg er glad for å være her.');
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.locator('[data-testid="guard-hints"] li').count()).toBe(0);

    // A share the chair hid leaves the page's memory: its words are no longer read against.
    const kariSeq = chair.events.find((e) => e.event.type === 'share' && e.event.text === KARI)!.seq;
    await chair.ok('hideShare', { share: kariSeq });
    await tid(page, 'composer').fill(QUOTE.replace('.', '!'));
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.locator('[data-testid="guard-hints"] [data-testid="guard-hint-crosstalk"]').count()).toBe(0);
  });

  it('(en) is held in hold mode, with its hint, until the speaker sends it as it is; the chair gets the mark', { timeout: 120_000 }, async () => {
    const SAID = 'This week was hard. I feel like I am drowning a little more with every single day that passes.';
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'en', guardMode: 'hold' });
    const chair = await TestClient.connect(stage.server.url);
    stage.clients.push(chair);
    expect(await chair.join(meetingId, 'Still Sea', { chairKey })).toMatchObject({ ok: true });
    const p = await newPerson(stage.browser, { lang: 'en', width: 390 });
    stage.opened.push(p);
    const page = p.page;
    await page.goto(`${stage.server.url}/m/${meetingId}`);
    await joinAtDoor(page, 'Quiet Fjord');
    await chair.ok('start');
    await chair.ok('advance');
    await chair.ok('share', { text: SAID });
    await chair.ok('finishShare');
    await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    const echo = 'When she said "I feel like I am drowning a little more with every single day", I knew it.';
    await tid(page, 'composer').fill(echo);
    await waitText(page.locator('[data-testid="guard-hints"] [data-testid="guard-hint-crosstalk"]'), HINTS.echo.en);
    await tid(page, 'composer-send').click();
    // Held: nobody has it, the speaker sees why.
    await tid(page, 'guard-held').waitFor({ timeout: WAIT_MS });
    await waitText(page.locator('[data-testid="guard-held-share"] [data-testid="guard-held-hint-crosstalk"]'), HINTS.echo.en);
    await new Promise((r) => setTimeout(r, 500));
    expect(chair.shares()).toEqual([SAID]);
    await tid(page, 'guard-release').click();
    await chair.waitFor((x) => x.shares().includes(echo), 'the held share, sent as it is');
    const seq = chair.events.find((e) => e.event.type === 'share' && e.event.text === echo)!.seq;
    await chair.waitFor((x) => (x.latest.reports ?? []).some((r) => r.share === seq && r.reason === 'guardHint' && (r.kinds ?? []).includes('crosstalk')), "the guard's mark, for the chair");
  });
});
