// A fresh tester (2026-12-06): the "Keep your chair link" box stood under the chair bar through
// the share round until "I have kept it" was pressed, pushing the share box down a phone's
// screen. Once the round is on it folds to one line that opens it again (the link is how a chair
// comes back, so it stays reachable). The page's real code in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { gathered, inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

/** Whether `el` is shown: neither it nor any element around it is hidden. */
const shown = (el: HTMLElement | null): boolean => {
  for (let x = el; x; x = x.parentElement) if (x.hidden) return false;
  return !!el;
};

describe("the chair's own link once the round is on", () => {
  for (const lang of ['en', 'nb'] as const) {
    const t = dict(lang);

    it(`(${lang}) is open through the opening, folds to one line that opens it again once the round starts, and stays open once opened`, async () => {
      const { saveSecret } = await import('../../client/session.js');
      const r = gathered({ others: ['b', 'c'], id: `fold-${lang}` });
      const page = await mountPage(r, 'a', lang, () => saveSecret('chairKey', r.state.id, 'the-chair-key'));
      const { q } = page;
      r.ok({ type: 'start', by: 'a' });
      page.push();
      const notice = q('chair-key-notice')!;
      expect(shown(q('chair-key-link'))).toBe(true);
      expect(shown(q('chair-key-open'))).toBe(false);
      // The round starts: one line, its title and a way to open it.
      r.ok({ type: 'advance', by: 'a' });
      expect(r.state.phase).toBe('round');
      page.push();
      expect(q('chair-key-notice')).toBe(notice);
      expect(shown(notice)).toBe(true);
      expect(shown(q('chair-key-link'))).toBe(false);
      expect(shown(q('chair-key-dismiss'))).toBe(false);
      expect(notice.querySelector('h2')!.textContent).toBe(t.chairLinkTitle);
      const open = q<HTMLButtonElement>('chair-key-open')!;
      expect(shown(open)).toBe(true);
      expect(open.textContent).toBe(t.chairLinkOpen);
      expect(open.getAttribute('aria-expanded')).toBe('false');
      // Opened again: the link, with the focus on it; later views leave it open.
      open.click();
      expect(shown(q('chair-key-link'))).toBe(true);
      expect(document.activeElement).toBe(q('chair-key-link'));
      expect(shown(open)).toBe(false);
      (document.activeElement as HTMLElement).blur();
      r.ok({ type: 'finishShare', by: r.speaker! });
      page.push();
      expect(shown(q('chair-key-link'))).toBe(true);
      page.destroy();
    });

    it(`(${lang}) shown first with the round on, it is read first: it folds once the phase moves on (or on the chair's own turn); asked for from More tools, it stays open`, async () => {
      const { saveSecret } = await import('../../client/session.js');
      const r = inRound({ others: ['b', 'c'], id: `fold2-${lang}` });
      // The chair has shared; someone else shares now.
      expect(r.speaker).toBe('a');
      r.ok({ type: 'finishShare', by: 'a' });
      expect(r.speaker).toBe('b');
      const page = await mountPage(r, 'a', lang, () => saveSecret('chairKey', r.state.id, 'the-chair-key'));
      const { q } = page;
      expect(shown(q('chair-key-link'))).toBe(true);
      page.push();
      expect(shown(q('chair-key-link'))).toBe(true);
      // The round goes on: still open, to be read. The phase moves on (open sharing): folded.
      r.ok({ type: 'finishShare', by: r.speaker! });
      page.push();
      expect(shown(q('chair-key-link'))).toBe(true);
      while (r.speaker) r.ok({ type: 'finishShare', by: r.speaker });
      r.ok({ type: 'advance', by: 'a' });
      expect(r.state.phase).toBe('open');
      page.push();
      expect(shown(q('chair-key-link'))).toBe(false);
      expect(shown(q('chair-key-open'))).toBe(true);
      // Put away, then asked for again from More tools in the round: open, and it stays open.
      q('chair-key-dismiss')!.click();
      expect(q('chair-key-notice')).toBeNull();
      q<HTMLButtonElement>('chair-own-link-show')!.click();
      expect(shown(q('chair-key-link'))).toBe(true);
      (document.activeElement as HTMLElement).blur();
      page.push();
      expect(shown(q('chair-key-link'))).toBe(true);
      page.destroy();
    });

    it(`(${lang}) shown first on the chair's own turn in the round, it is one line at once, out of the share box's way`, async () => {
      const { saveSecret } = await import('../../client/session.js');
      const r = inRound({ others: ['b'], id: `fold3-${lang}` });
      expect(r.speaker).toBe('a');
      const page = await mountPage(r, 'a', lang, () => saveSecret('chairKey', r.state.id, 'the-chair-key'));
      expect(shown(page.q('chair-key-notice'))).toBe(true);
      expect(shown(page.q('chair-key-link'))).toBe(false);
      expect(shown(page.q('chair-key-open'))).toBe(true);
      page.destroy();
    });

    // A fresh tester (2026-12-06): the notice was a status region, so opening it again could be
    // read out whole, link and all. No live region in or around it, open, folded or opened again;
    // shown by itself, its title is said once, through the page's own announcer; opened again,
    // nothing is said (the focus goes to the link, whose label says what it is).
    it(`(${lang}) is no live region, open, folded or opened again; shown by itself, its title is said once`, async () => {
      const { saveSecret } = await import('../../client/session.js');
      const r = gathered({ others: ['b', 'c'], id: `fold4-${lang}` });
      const page = await mountPage(r, 'a', lang, () => saveSecret('chairKey', r.state.id, 'the-chair-key'));
      const { q } = page;
      const said = q('turn-announce')!;
      await vi.waitFor(() => expect(said.textContent).toBe(t.chairLinkTitle));
      const notice = q('chair-key-notice')!;
      const live = (el: Element): boolean => ['status', 'alert', 'log', 'timer', 'marquee'].includes(el.getAttribute('role') ?? '') || (el.hasAttribute('aria-live') && el.getAttribute('aria-live') !== 'off');
      const noLiveRegion = (): void => {
        for (let el: Element | null = notice; el; el = el.parentElement) expect(live(el), el.outerHTML.slice(0, 80)).toBe(false);
        expect([...notice.querySelectorAll('*')].filter(live).map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
      };
      // Named by its title.
      expect(notice.getAttribute('aria-labelledby')).toBe(notice.querySelector('h2')!.id);
      noLiveRegion();
      r.ok({ type: 'start', by: 'a' });
      page.push();
      r.ok({ type: 'advance', by: 'a' });
      page.push();
      expect(shown(q('chair-key-link'))).toBe(false);
      noLiveRegion();
      const { silence } = await import('../../client/live-region.js');
      silence(said);
      q<HTMLButtonElement>('chair-key-open')!.click();
      expect(shown(q('chair-key-link'))).toBe(true);
      noLiveRegion();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(said.textContent).toBe('');
      page.destroy();
    });
  }
});
