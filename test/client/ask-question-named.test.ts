// A fresh verifier found the closed group's question to the members three times in a member's page
// text: the transcript's line (the record), the question's group named by an aria-label, and the
// same words again as its first line, so a screen reader said them twice on the way to Yes. The
// group is named by its first line now. The page's real code in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { gathered, joinCmd } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

describe("the members' question about someone at the door", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) is named by its own first line, its words not given a second time as a label`, async () => {
      const r = gathered({ access: 'closed', others: ['b'] });
      r.ok(joinCmd('x', { name: 'Carl' }));
      r.ok({ type: 'askMembers', by: 'a', target: 'x' });
      const berit = await mountPage(r, 'b', lang);
      const group = berit.q('ask-question')!;
      expect(group.getAttribute('role')).toBe('group');
      expect(group.hasAttribute('aria-label')).toBe(false);
      const label = document.getElementById(group.getAttribute('aria-labelledby')!)!;
      expect(group.contains(label)).toBe(true);
      expect(label.textContent).toBe(t.askQuestion('Carl'));
      // Within the question, its words stand once.
      const inGroup = (group.textContent ?? '').split(t.askQuestion('Carl')).length - 1;
      const labels = [...group.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ');
      expect(inGroup + (labels.includes(t.askQuestion('Carl')) ? 1 : 0)).toBe(1);
      berit.destroy();
    });
  }
});
