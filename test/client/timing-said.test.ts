// A fresh tester's chair heard the plan's timing line each minute through the shares ("5 min
// behind the plan", then 6, then 7). The line on screen follows the minutes; what is said is new
// words of another kind (on time, behind, ahead) at once, and more of the same at most every
// TIMING_SAY_EVERY_MS. The page's real code in jsdom, views from the real core, clocks faked.
import { describe, expect, it, vi } from 'vitest';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { watchLive } from '../helpers/live-said.js';
import { fakePageClocks, mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

fakePageClocks();

describe("the chair's plan line, behind the plan", () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) shows each minute, is said when it falls behind and then at most every 5 minutes`, async () => {
      const { TIMING_SAY_EVERY_MS } = await import('../../client/meeting/script-line.js');
      const r = inRound({ others: ['b', 'c'] });
      const page = await mountPage(r, 'a', lang);
      await vi.advanceTimersByTimeAsync(5_000);
      const shown = page.q('script-timing')!;
      const live = watchLive(page.container);
      const seen = new Set<string>();
      // Two hours with nobody moving on: the round runs far past its plan.
      const said = page.q('script-timing-said')!;
      for (let i = 0; i < 12 * 60; i++) {
        await vi.advanceTimersByTimeAsync(10_000);
        seen.add(shown.textContent ?? '');
        // Read through, one copy at every moment, and the one there is the line on screen (a fresh
        // verifier heard it twice in the bar).
        const readable = [shown.getAttribute('aria-hidden') === 'true' ? null : shown.textContent, said.textContent || null].filter((x) => x);
        expect(readable, `at ${i * 10} s`).toEqual([shown.textContent]);
      }
      live.stop();
      const behind = [...seen].filter((x) => x.includes(lang === 'nb' ? 'bak planen' : 'behind the plan'));
      const saidBehind = live.said.filter((x) => x.includes(lang === 'nb' ? 'bak planen' : 'behind the plan'));
      // Shown minute by minute; said far less often, and never the same words twice.
      expect(behind.length).toBeGreaterThan(30);
      expect(saidBehind.length).toBeGreaterThan(1);
      const behindFor = behind.length * 60_000;
      expect(saidBehind.length).toBeLessThanOrEqual(Math.ceil(behindFor / TIMING_SAY_EVERY_MS) + 1);
      expect(new Set(saidBehind).size).toBe(saidBehind.length);
      expect(shown.getAttribute('role')).toBeNull();
      // Read through (not live), the bar holds the line once, as shown: the words said are gone
      // once said (a fresh tester's screen reader read "27 min behind" on screen and "35 min
      // behind" beside it, or the same words twice).
      expect(page.q('script-timing-said')!.textContent).toBe('');
      page.destroy();
    });
  }
});
