// A fresh tester (2026-12-06) saw the big countdown and "Time left" in her share box one second
// apart for a moment: each clock ran its own half-second interval, started when it first had a
// clock to show (the countdown at the first speaker, her box at her own turn). On one beat
// (client/meeting/beat.ts) the two always show the same second. The page's real code in jsdom,
// views from the real core, the page's clocks faked.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { fakePageClocks, mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

fakePageClocks();

describe("the speaker's two clocks", () => {
  it('show the same second all through her turn, whenever her turn began', async () => {
    const t = dict('en');
    for (const offset of [0, 130, 250, 370]) {
      const r = inRound({ others: ['b', 'c'] });
      const page = await mountPage(r, 'b', 'en');
      // Someone else's turn runs on the big clock first.
      expect(r.speaker).toBe('a');
      await vi.advanceTimersByTimeAsync(2_000 + offset);
      r.wait(2_000 + offset);
      r.shareDone('a');
      expect(r.speaker).toBe('b');
      page.push();
      let seen = 0;
      for (let ms = 0; ms < 8_000; ms += 50) {
        await vi.advanceTimersByTimeAsync(50);
        const big = page.q('countdown')!.textContent!;
        const box = page.q('composer-time')!.textContent!;
        expect(box, `offset ${offset}, ${ms} ms into her turn`).toBe(t.timeLeft(big));
        seen++;
      }
      expect(seen).toBe(160);
      page.destroy();
    }
  });
});
