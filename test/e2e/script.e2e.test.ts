// The meeting script in real Chromium (Issue 15): the chair sees the current segment's words,
// the next step in plain language and whether the meeting is on time, and steps on with one
// button; everyone sees the moment of silence with a countdown, and it ends by itself. The
// script is shortened with settings.scriptScale so a segment takes seconds.
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { SEGMENT_WORDS } from '../../shared/meeting/formats.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { joinAtDoor, newPerson, tid, waitText, WAIT_MS, type Lang } from '../helpers/browser.js';
import { languagesInTurn } from '../helpers/languages.js';

/** Cases whose walk is the same in either language run once, in the two languages in turn. */
const nextLang = languagesInTurn('en');

// A 2-minute welcome takes 12 s; the 1-minute silence 6 s.
const SCALE = 0.1;

const stage = e2eStage({ settings: { scriptScale: SCALE } });
const opened = stage.opened;
const clients = stage.clients;

const WORDS = {
  nb: { next: 'Neste steg: Tekster', onTime: 'Møtet er i rute.', go: 'Gå videre: Tekster', now: 'Nå: Et øyeblikks stillhet' },
  en: { next: 'Next step: Readings', onTime: 'The meeting is on time.', go: 'Go on: Readings', now: 'Now: A moment of silence' },
} as const;

describe('the script keeps the meeting', () => {
  {
    const lang = nextLang();
    it(`(${lang}) the chair sees the words for now, the next step and the time; everyone sees the silence count down, and it ends by itself`, { timeout: 90_000 }, async () => {
      const w = WORDS[lang];
      const { meetingId, chairKey } = await createMeeting(stage.server.url, { language: lang });
      const chair = await newPerson(stage.browser, { lang });
      const member = await newPerson(stage.browser, { lang });
      opened.push(chair, member);
      await chair.page.goto(`${stage.server.url}/m/${meetingId}#chair=${encodeURIComponent(chairKey)}`);
      await joinAtDoor(chair.page, 'Rolig Elv');
      await member.page.goto(`${stage.server.url}/m/${meetingId}`);
      await joinAtDoor(member.page, 'Stille Fjord');
      const c = await TestClient.connect(stage.server.url);
      clients.push(c);
      expect((await c.join(meetingId, 'Lys Morgen')).ok).toBe(true);

      await tid(chair.page, 'chair-start').click();
      // The chair: what to do now, the next step, on time.
      await waitText(tid(chair.page, 'script-chair-words'), SEGMENT_WORDS.welcome.chair[lang]);
      await waitText(tid(chair.page, 'script-next'), w.next);
      await waitText(tid(chair.page, 'script-timing'), w.onTime);
      await waitText(tid(chair.page, 'chair-next-segment'), w.go);
      // Not for the others: they see where the meeting stands, not the chair's recipe.
      await waitText(tid(member.page, 'script-now'), SEGMENT_WORDS.welcome.title[lang]);
      expect(await tid(member.page, 'chair-script').count()).toBe(0);

      // Going on with the segment's texts not posted asks first: yes, go on without them.
      const goOnWithout = async (): Promise<void> => {
        await tid(chair.page, 'chair-next-segment').click();
        await tid(chair.page, 'chair-confirm-yes').click();
      };
      await goOnWithout();
      await waitText(tid(chair.page, 'script-chair-words'), SEGMENT_WORDS.readings.chair[lang]);
      // Seconds early on a scaled script: still within the minute, on time.
      await waitText(tid(chair.page, 'script-timing'), w.onTime);
      await goOnWithout();

      // The silence: a countdown for everyone, posting closed, the chair's next step waits.
      await waitText(tid(member.page, 'script-now'), w.now);
      const countdown = tid(member.page, 'silence-countdown');
      await countdown.waitFor({ timeout: WAIT_MS });
      const first = (await countdown.textContent()) ?? '';
      expect(first).toMatch(/^0:0\d$/);
      await expect.poll(async () => (await countdown.textContent()) !== first, { timeout: WAIT_MS }).toBe(true);
      expect(await tid(chair.page, 'chair-next-segment').isDisabled()).toBe(true);
      // It ends by itself: the topic comes, the countdown goes.
      await waitText(tid(member.page, 'script-now'), SEGMENT_WORDS.topic.title[lang], 20_000);
      expect(await countdown.isVisible()).toBe(false);
      await waitText(tid(chair.page, 'script-chair-words'), SEGMENT_WORDS.topic.chair[lang]);
      // Into the round: the phase follows the script.
      await tid(chair.page, 'chair-next-segment').click();
      await waitText(tid(member.page, 'script-now'), SEGMENT_WORDS.round.title[lang]);
      await c.waitFor((x) => x.latest.phase === 'round', 'the round');
    });
  }
});
