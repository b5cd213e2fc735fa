// The chair's instruction is said once. On a 360 px phone a fresh tester's chair read it twice in
// a row (the chair bar, then the status box) and it filled the first screen. The page's real code
// in jsdom, views from the real core, through the gathering, every segment of the script and the
// round: the words of the chair bar stand nowhere else on the page that shows.
import { describe, expect, it, vi } from 'vitest';
import { inRound, gathered } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const shown = (el: Element): boolean => !el.closest('[hidden]');

/** How many shown elements of `page` hold exactly `words` as their own text. */
function timesSaid(page: MountedPage, words: string): number {
  return [...page.container.querySelectorAll<HTMLElement>('*')].filter((e) => shown(e) && e.children.length === 0 && (e.textContent ?? '').trim() === words.trim()).length;
}

describe("the chair's instruction is said once", () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) at each step of the script, and in the round`, async () => {
      const r = gathered({ others: ['b', 'c'] });
      r.ok({ type: 'start', by: 'a' });
      let checked = 0;
      for (let i = 0; i < 40; i++) {
        const page = await mountPage(r, 'a', lang);
        const words = page.q('script-chair-words')?.textContent ?? '';
        if (r.state.phase === 'closing' || r.state.phase === 'ended') {
          page.destroy();
          break;
        }
        expect(words, `${r.state.phase}`).not.toBe('');
        expect(timesSaid(page, words), `${r.state.phase}: ${words}`).toBe(1);
        checked++;
        page.destroy();
        const phase = r.state.phase;
        if (phase === 'round' && r.state.speaker) r.ok({ type: 'pass', by: r.state.speaker.id });
        else r.ok({ type: 'advance', by: 'a' });
      }
      expect(checked).toBeGreaterThan(3);
      // In the round by hands, nobody sharing, too.
      const h = inRound({ others: ['b', 'c'], turnMode: 'hands' });
      const page = await mountPage(h, 'a', lang);
      const words = page.q('script-chair-words')!.textContent ?? '';
      expect(timesSaid(page, words)).toBe(1);
      page.destroy();
    }, 120_000);
  }
});
