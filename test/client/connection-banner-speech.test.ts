// The connection banner counts the seat's grace down each second while offline. It was a live
// region (role=status): a screen reader could say it again every second (a fresh tester,
// 2026-12-06). The banner is now no live region; its words are said through a hidden one when
// they change in kind (connecting, the seat kept, the seat probably given up), not in figure.
// The page's real code in jsdom, its connection faked, views from the real core.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the connection banner and screen readers', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) the banner counts down, but is no live region; its words are said once per kind`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'], settings: { graceMs: 60_000 } });
      const page = await mountPage(r, 'b', lang);
      const banner = page.q('connection-status')!;
      const say = page.q('connection-say')!;
      // Nothing that changes each second may be a live region.
      expect(banner.getAttribute('role')).toBeNull();
      expect(banner.getAttribute('aria-live')).toBeNull();
      expect(say.getAttribute('role')).toBe('status');
      const said: string[] = [];
      new MutationObserver(() => {
        if (say.textContent) said.push(say.textContent);
      }).observe(say, { childList: true, characterData: true, subtree: true });
      page.conn.h.status('reconnecting');
      const first = banner.textContent ?? '';
      expect(first).toContain(t.reconnecting);
      for (let i = 0; i < 10; i++) await vi.advanceTimersByTimeAsync(1_000);
      // The banner's figure moved; what was said to screen readers did not, but once.
      expect(banner.textContent).not.toBe(first);
      await vi.advanceTimersByTimeAsync(0);
      expect(new Set(said)).toEqual(new Set([first]));
      // Back: the words go from both.
      page.conn.h.status('connected');
      await vi.advanceTimersByTimeAsync(100);
      expect(banner.textContent).toBe('');
      expect(say.textContent).toBe('');
      page.destroy();
    });
  }
});
