// A fresh tester's speaker asked for more time from the time warning and then read, beside "You have
// asked the chair for more time", the warning still saying "…or ask for more time". Once she has
// asked (or been given more), that clause goes; nothing is added to the alert, so nothing is read out
// again. The page's real code in jsdom, views from the real core, the page's clocks faked.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { fakePageClocks, mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

fakePageClocks();

describe('the time warning after asking for more time', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) no longer offers to ask, and says nothing new`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      r.shareDone('a');
      expect(r.speaker).toBe('b');
      // Past the warning (10 s left in these settings): 8 s left.
      r.tickAt(r.state.speaker!.deadline - 8_000);
      const page = await mountPage(r, 'b', lang);
      await vi.advanceTimersByTimeAsync(600);
      const warning = page.q('time-warning')!;
      expect(warning.hidden).toBe(false);
      expect(warning.textContent).toContain(t.timeWarning(true));
      const added: string[] = [];
      const obs = new MutationObserver((records) => {
        for (const m of records) for (const n of m.addedNodes) if (n.textContent) added.push(n.textContent);
      });
      obs.observe(warning, { subtree: true, childList: true, characterData: true });
      r.ok({ type: 'askMoreTime', by: 'b' });
      expect(r.state.speaker!.askedMoreTime).toBe(true);
      page.push();
      await vi.advanceTimersByTimeAsync(600);
      obs.disconnect();
      expect(warning.hidden).toBe(false);
      expect(warning.textContent).toContain(t.timeWarning(false));
      expect(warning.textContent).not.toContain(t.timeWarning(true));
      expect(added).toEqual([]);
      page.destroy();
    });
  }
});
