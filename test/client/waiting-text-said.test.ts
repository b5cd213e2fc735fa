// A fresh verifier's log of what a screen reader is given had "This is a closed meeting. The chair
// will let you in as soon as they can." on every entry, in open meetings too: the waiting room's
// status line held those words from the page's first drawing, hidden or not. It holds words only
// while the waiting room shows. The page's real code in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { gathered } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

describe("the waiting room's line", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) is empty for someone seated in an open meeting, from the page's first drawing`, async () => {
      const r = gathered({ others: ['b'] });
      const texts: string[] = [];
      const watch = new MutationObserver(() => {
        const el = document.querySelector('[data-testid="waiting-message"]');
        if (el?.textContent) texts.push(el.textContent);
      });
      watch.observe(document.body, { subtree: true, childList: true, characterData: true });
      const page = await mountPage(r, 'b', lang);
      watch.disconnect();
      expect(texts).toEqual([]);
      expect(page.q('waiting-message')!.textContent).toBe('');
      expect(page.container.textContent).not.toContain(t.waitingText);
      page.destroy();
    });
  }
});
