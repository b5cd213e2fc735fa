// The share guard's live hints in real Chromium (issue 12; fresh tester D2, D4, D7): the page's
// hints follow the meeting's guard mode exactly as the server's check does (off: contact details
// only), in the composer and in the private draft box on deck alike (one component), and the door
// says why a pseudonym that looks like contact details is refused, in the server's own words.
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { ERROR_MESSAGES } from '../../shared/errors.js';
import { HINTS } from '../../shared/guard/hints.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitText, WAIT_MS, type Person } from '../helpers/browser.js';


const stage = e2eStage();
const opened = stage.opened;
const clients = stage.clients;

const ADVICE_AND_HANDLE = 'You should leave him, Rolig Elv. Find me on instagram @kari_84';

/** The kinds hinted in a hint box, once a contact-details hint (always shown) is up. */
async function kindsOnceContactShows(person: Person, box: string): Promise<string[]> {
  const list = person.page.locator(`[data-testid="${box}"] li`);
  await waitText(person.page.locator(`[data-testid="${box}"] [data-testid="guard-hint-pii"]`), HINTS.handle.en);
  return (await list.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''))).sort();
}

describe('live hints follow the meeting guard mode, in the composer and the draft box', () => {
  it('(en) off: contact details only, in the draft on deck and in the composer; nudge: advice and crosstalk too; the door names contact details', { timeout: 120_000 }, async () => {
    const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: 'en', guardMode: 'off' });
    const chair = await TestClient.connect(stage.server.url);
    clients.push(chair);
    expect((await chair.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
    const b = await newPerson(stage.browser, { lang: 'en' });
    opened.push(b);
    await b.page.goto(`${stage.server.url}/m/${meetingId}`);

    // The door (D4): the server's rule in the server's words, before anything is sent.
    await tid(b.page, 'join-form').waitFor({ timeout: WAIT_MS });
    for (const [name, code] of [
      ['kari_84', 'NAME_CONTACT'],
      ['+4791234567', 'NAME_CONTACT'],
      ['kari@example.com', 'NAME_CONTACT'],
      ['@kari', 'NAME_CONTACT'],
      ['kari.no', 'NAME_CONTACT'],
      ['Kari!', 'NAME_CHARACTERS'],
    ] as const) {
      await tid(b.page, 'join-name').fill(name);
      await waitText(tid(b.page, 'join-name-warning'), ERROR_MESSAGES[code].en);
    }
    // The field says it is invalid and why, without a live region read at every keystroke (a
    // fresh tester, 2026-12-05, heard "looks like a role" after three letters).
    await tid(b.page, 'join-name').fill('kari@example.com');
    expect(await tid(b.page, 'join-name').getAttribute('aria-invalid')).toBe('true');
    expect(await tid(b.page, 'join-name').getAttribute('aria-describedby')).toContain('join-name-warning');
    expect(await tid(b.page, 'join-name-warning').getAttribute('aria-live')).toBeNull();
    await tid(b.page, 'join-name').fill('Stille Fjord');
    expect(await tid(b.page, 'join-name').getAttribute('aria-invalid')).toBe('false');
    await joinAtDoor(b.page, 'Stille Fjord');

    // The chair's turn: b is on deck and writes in the draft box, the guard off.
    await chair.ok('start');
    await chair.ok('advance');
    await tid(b.page, 'draft').waitFor({ timeout: WAIT_MS });
    await tid(b.page, 'draft-input').fill(ADVICE_AND_HANDLE);
    expect(await kindsOnceContactShows(b, 'draft-hints')).toEqual(['guard-hint-pii']);

    // The chair turns the guard to nudge: the same draft now shows advice and crosstalk as well (D7).
    await chair.ok('setGuardMode', { mode: 'nudge' });
    await expect.poll(async () => (await kindsOnceContactShows(b, 'draft-hints')).join(' '), { timeout: WAIT_MS }).toBe('guard-hint-advice guard-hint-crosstalk guard-hint-pii');
    await waitText(b.page.locator('[data-testid="draft-hints"] [data-testid="guard-hint-advice"]'), HINTS.advice.en);

    // Back to off; b's turn: the draft moves into the composer, whose hints follow the mode too (D2).
    await chair.ok('setGuardMode', { mode: 'off' });
    await chair.ok('finishShare');
    await b.page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
    await expect.poll(() => tid(b.page, 'composer').inputValue(), { timeout: WAIT_MS }).toBe(ADVICE_AND_HANDLE);
    await tid(b.page, 'composer').fill(`${ADVICE_AND_HANDLE} `);
    expect(await kindsOnceContactShows(b, 'guard-hints')).toEqual(['guard-hint-pii']);
    await tid(b.page, 'composer').fill('You should leave him.');
    await expect.poll(() => b.page.locator('[data-testid="guard-hints"] li').count(), { timeout: WAIT_MS }).toBe(0);
    // With nothing the server would stop, the share goes out at once (off lets advice through).
    await tid(b.page, 'composer-send').click();
    await chair.waitFor((x) => x.shares().includes('You should leave him.'), 'the share, not stopped');
    expect(await b.page.locator('[data-testid="guard-hints"] li').count()).toBe(0);
  });
});
