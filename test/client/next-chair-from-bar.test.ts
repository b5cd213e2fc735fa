// A fresh tester's chair of a weekly group on a phone, at the closing: the bar said only "Post the
// closing words, then end the meeting" with "End the meeting" as its one big button; "Chair next
// time …" stood ~1,200 px below, and ending the meeting did not say nobody had been named. The
// page's real code in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

describe("a weekly group's chair at the closing", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) is led from the bar to "Chair next time", and told at the end if nobody was named`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      r.state.group = { slug: 'sondag-parorende', start: r.now - 60_000 };
      while (r.state.phase !== 'closing') r.ok({ type: 'advance', by: 'a' });
      const page = await mountPage(r, 'a', lang);
      const go = page.q<HTMLButtonElement>('chair-bar-next-chair')!;
      expect(go.hidden).toBe(false);
      expect(page.q('chair-bar')!.contains(go)).toBe(true);
      go.click();
      const picker = page.q('next-chair-picker')!;
      expect(picker).not.toBeNull();
      expect(document.activeElement).toBe(picker.querySelector('h3'));
      page.q<HTMLButtonElement>('chair-end')!.click();
      expect(page.q('chair-end-confirm-text')!.textContent).toContain(t.confirmEndNoNextChair);
      // Named: the bar's way there goes, and the end says nothing of it.
      r.ok({ type: 'volunteer', by: 'b', on: true });
      r.ok({ type: 'chairNextTime', by: 'a', target: 'b' });
      page.push();
      expect(page.q('chair-bar-next-chair')!.hidden).toBe(true);
      page.destroy();
    });

    it(`(${lang}) a one-off meeting's closing has neither`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      while (r.state.phase !== 'closing') r.ok({ type: 'advance', by: 'a' });
      const page = await mountPage(r, 'a', lang);
      expect(page.q('chair-bar-next-chair')!.hidden).toBe(true);
      page.q<HTMLButtonElement>('chair-end')!.click();
      expect(page.q('chair-end-confirm-text')!.textContent).not.toContain(t.confirmEndNoNextChair);
      page.destroy();
    });
  }
});
