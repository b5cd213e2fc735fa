// A fresh tester's log of what a screen reader is given: the chair's door banner, a live region,
// was given "Waiting at the door:" with nobody after it on every join and language switch. It holds
// words only while someone waits. The page's real code in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { gathered, joinCmd } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

describe("the chair's door banner", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) holds words only while someone waits at the door`, async () => {
      const r = gathered({ access: 'closed', others: ['b'] });
      const chair = await mountPage(r, 'a', lang);
      const banner = chair.q('door-banner')!;
      expect(banner.getAttribute('role')).toBe('status');
      expect(banner.hidden).toBe(true);
      expect(banner.textContent).not.toContain(t.doorBanner(''));
      r.ok(joinCmd('x', { name: 'Carl' }));
      chair.push();
      expect(banner.hidden).toBe(false);
      expect(banner.textContent).toContain(t.doorBanner('Carl'));
      r.ok({ type: 'deny', by: 'a', target: 'x' });
      chair.push();
      chair.page.relabel();
      expect(banner.hidden).toBe(true);
      expect(banner.textContent).not.toContain(t.doorBanner(''));
      chair.destroy();
    });
  }
});
