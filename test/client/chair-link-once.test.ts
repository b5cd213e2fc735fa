// While people gathered, the chair saw their private chair link in three places: its notice ("Keep
// your chair link"), a line under the members' link pointing to that notice, and "Show my chair
// link again" beside the members' link in the chair bar. A first-time chair needs it once,
// plainly marked private, and a way back to it under More tools. While gathering the notice
// stands in the bar right after the members' link (a phone's first screens hold both); once the
// meeting runs, at the top of the page. The page's real code in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { gathered } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

describe("the chair's own link while people gather", () => {
  for (const lang of ['en', 'nb'] as const) {
    it(`(${lang}) is shown once, marked private, next to the members' link; More tools can show it again`, async () => {
      const t = dict(lang);
      const { saveSecret } = await import('../../client/session.js');
      const r = gathered({ others: ['b'], id: `m-${lang}` });
      const page = await mountPage(r, 'a', lang, () => saveSecret('chairKey', r.state.id, 'the-chair-key'));
      const { container, q } = page;
      // One field holds the link, one box names it, and nothing else points to it.
      const fields = [...container.querySelectorAll('input')].filter((i) => i.value.includes('#chair='));
      expect(fields.map((f) => f.dataset.testid)).toEqual(['chair-key-link']);
      expect(container.querySelectorAll('[data-testid="chair-key-notice"]')).toHaveLength(1);
      expect(container.textContent!.split(t.chairLinkTitle)).toHaveLength(2);
      expect(q('chair-key-label')!.textContent).toBe(t.chairLinkPrivate);
      // In the bar, right after the link for the others; the bar offers nothing else about it.
      const bar = q('chair-bar')!;
      const notice = q('chair-key-notice')!;
      expect(bar.contains(notice)).toBe(true);
      expect(notice.previousElementSibling!.contains(q('chair-link'))).toBe(true);
      expect(bar.querySelector('[data-testid="chair-own-link-show"]')).toBeNull();
      // More tools has the way back to it.
      const again = q('chair-panel')!.querySelector<HTMLButtonElement>('[data-testid="chair-own-link-show"]')!;
      expect(again.textContent).toBe(t.chairOwnLinkShow);
      // Once the meeting runs, the notice stands at the top of the page, the members' link in the tools.
      r.ok({ type: 'start', by: 'a' });
      page.push();
      expect(bar.contains(q('chair-key-notice'))).toBe(false);
      expect(container.querySelector('.meeting-main')!.firstElementChild!.contains(q('chair-key-notice'))).toBe(true);
      expect(q('chair-panel')!.contains(q('chair-link'))).toBe(true);
      // Kept and put away: More tools shows it again, once.
      q('chair-key-dismiss')!.click();
      expect(q('chair-key-notice')).toBeNull();
      again.click();
      expect(container.querySelectorAll('[data-testid="chair-key-notice"]')).toHaveLength(1);
      page.destroy();
    });
  }
});
