// The new chair's note in open sharing. A fresh tester (2026-12-06) took the chair in open
// sharing; when a member's turn started, the note at the top of the chair bar (a status region)
// changed and was read out again: "You now chair the meeting" heard a second time, with «Runden»
// though this was open sharing. The words are said once (the announce region, when the chair
// comes); the note follows the step on screen only, with words true for the phase.
// The page's real code in jsdom, views from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

/** Past live-region.ts's pause before the words go in. */
const said = () => new Promise((r) => setTimeout(r, 120));

/** Whether `el` or one of its ancestors is a live region (its changes are read out). */
function live(el: Element | null): boolean {
  for (let x = el; x; x = x.parentElement) {
    if (x.hasAttribute('aria-live') || ['status', 'alert', 'log'].includes(x.getAttribute('role') ?? '')) return true;
  }
  return false;
}

describe('the new chair in open sharing hears "you now chair" once, in words for open sharing', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) handed the chair in open sharing, then a member's turn starts`, async () => {
      const r = inRound({ others: ['b', 'c'], volunteers: ['b'] });
      while (r.speaker) r.ok({ type: 'finishShare', by: r.speaker });
      r.ok({ type: 'advance', by: 'a' });
      expect(r.state.phase).toBe('open');
      const page = await mountPage(r, 'b', lang);
      r.ok({ type: 'handChair', by: 'a', target: 'b' });
      page.push();
      await said();
      expect(page.q('turn-announce')!.textContent).toBe(t.chairYouAnnounce);
      // A member raises a hand: her turn starts by itself.
      r.ok({ type: 'raiseHand', by: 'c' });
      expect(r.speaker).toBe('c');
      page.push();
      await said();
      const words = page.q('chair-came-words')!;
      expect(words.textContent).toBe(t.chairYouAnnounceWaitOpen);
      expect(words.textContent).not.toMatch(/Runden|round/);
      // Changed on screen, not read out again.
      expect(live(words)).toBe(false);
      expect(page.q('turn-announce')!.textContent).not.toContain(t.chairYouAnnounceWaitOpen);
      page.destroy();
    });
  }
});
