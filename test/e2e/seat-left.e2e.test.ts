// Found by a fresh tester: coming back to a meeting after leaving it on purpose (or after the page
// closed its socket cleanly) told the person "your seat was given up because the connection was
// gone too long": untrue and frightening. The page now says what happened: they left (SEAT_LEFT),
// in the meeting's words of their language; the grace-time text stays for a lost connection
// (test/e2e/prefilled-name.e2e.test.ts).
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { newPerson, tid, waitText, WAIT_MS, type Lang } from '../helpers/browser.js';
import { languagesInTurn } from '../helpers/languages.js';

/** Cases whose walk is the same in either language run once, in the two languages in turn. */
const nextLang = languagesInTurn('en');

const stage = e2eStage();
const opened = stage.opened;
const clients = stage.clients;

describe('back after leaving on purpose: the page says so', () => {
  {
    const lang = nextLang();
    it(`${lang}: a tab whose seat was left (its socket closed cleanly) is told it left, at the door`, async () => {
      const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: lang });
      const chair = await TestClient.connect(stage.server.url);
      clients.push(chair);
      await chair.join(meetingId, 'Rolig Elv', { chairKey });
      // The seat this tab held: its socket closed on purpose (as a page does when it goes away).
      const gone = await TestClient.connect(stage.server.url);
      await gone.join(meetingId, 'Stille Fjord');
      const seq = gone.lastSeq();
      gone.close();
      await chair.waitFor((c) => c.events.some((e) => e.event.type === 'left' && e.event.id === gone.you), 'the seat left');
      const p = await newPerson(stage.browser, { lang });
      opened.push(p);
      await p.context.addInitScript((seat) => sessionStorage.setItem('runde.seat', seat), JSON.stringify({ meetingId, token: gone.token, lastSeq: seq }));
      await p.page.goto(`${stage.server.url}/m/${meetingId}`);
      await tid(p.page, 'join-form').waitFor({ timeout: WAIT_MS });
      await tid(p.page, 'join-error').waitFor({ timeout: WAIT_MS });
      await waitText(tid(p.page, 'join-error'), lang === 'nb' ? 'Du gikk ut av møtet, så plassen din holdes ikke av lenger.' : 'You left the meeting, so your seat is no longer kept.');
      expect(await tid(p.page, 'join-error').textContent()).not.toMatch(lang === 'nb' ? /forbindelse/ : /connection/);
    }, 60_000);
  }
});
