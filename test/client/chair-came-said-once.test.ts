// A fresh verifier with a screen reader (2026-12-06): handed the chair, a member heard the
// transcript's "You are now chairing" right before the chair note "You now chair the meeting. …",
// and with them two status lines of the chair panel as it appeared (the guard's count, the
// plan's timing). The new chair hears one thing: the note, which says what to do. Status regions
// that appear with the panel say only their later changes. What reaches the page's live regions
// is counted here: a region's words are heard when they come into a live region shown on the page
// (or the region appears with them); a region that becomes live around words already shown does
// not say them. The page's real code in jsdom, its connection faked, views from the real core.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { QUIET_FIRST_MS } from '../../client/live-region.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const isLive = (el: Element): boolean =>
  (el.hasAttribute('aria-live') && el.getAttribute('aria-live') !== 'off') || ['status', 'alert', 'log'].includes(el.getAttribute('role') ?? '');

/** The live region `el` is in, or null. */
function regionOf(el: Element): Element | null {
  for (let x: Element | null = el; x; x = x.parentElement) if (isLive(x)) return x;
  return null;
}

/**
 * What `page`'s live regions say from now on: each time a region shown on the page holds words
 * it did not hold (shown) just before, its testid and words. A region that turns live while
 * shown with words it already had says nothing.
 */
function listen(page: MountedPage): { said: string[]; stop(): void } {
  const said: string[] = [];
  const seen = new Map<Element, { shown: boolean; text: string }>();
  const look = (): void => {
    for (const el of page.container.querySelectorAll<HTMLElement>('*')) {
      const shown = !el.closest('[hidden]');
      const text = el.textContent ?? '';
      const before = seen.get(el);
      seen.set(el, { shown, text });
      // A region inside another is said with the outer one.
      if (!isLive(el) || (el.parentElement && regionOf(el.parentElement))) continue;
      if (!shown || !text.trim()) continue;
      if (before && before.shown && before.text === text) continue;
      said.push(`${el.dataset.testid ?? el.className}: ${text}`);
    }
  };
  look();
  const watch = new MutationObserver(look);
  watch.observe(page.container, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'role', 'aria-live'] });
  return { said, stop: () => watch.disconnect() };
}

describe('the chair come to you is said once: the chair note', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) handed the chair in the round`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'], volunteers: ['b'] });
      const page = await mountPage(r, 'b', lang);
      // Past what was said as the page opened (live-region.ts empties it again).
      await vi.advanceTimersByTimeAsync(10_000);
      const heard = listen(page);
      // As the server does: the events, then the view.
      for (const event of r.ok({ type: 'handChair', by: 'a', target: 'b' })) page.conn.h.event({ seq: r.state.seq, at: r.now, event });
      page.push();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(heard.said, heard.said.join('\n')).toHaveLength(1);
      expect(heard.said[0]).toMatch(/^turn-announce: /u);
      expect(heard.said[0]).toContain(lang === 'en' ? 'You now chair the meeting' : 'Nå er det du som leder møtet');
      // The transcript still shows the line.
      expect(page.container.textContent).toContain(t.tChairYou);
      // Later real changes of the panel's status lines are still said: the guard's count is live now.
      expect(page.q('chair-guard-count')!.getAttribute('role')).toBe('status');
      expect(page.q('script-timing-said')!.getAttribute('role')).toBe('status');
      heard.stop();
      page.destroy();
    });
  }
});
