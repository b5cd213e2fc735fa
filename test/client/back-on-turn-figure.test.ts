// A fresh tester's speaker, back from a 9 s drop in her own turn, saw "Time left: 0:54" and heard
// "You are back, and it is still your turn: about 59 seconds left." The resume's answer over-states
// the time left by its own transit (built before it arrived); the page's clock keeps the smaller
// figure it had already counted (view-age.ts keepEarliestClocks), while the spoken line read the
// answer's own figure. What is said is now what the clock on screen shows. The page's real code in
// jsdom, views from the real core, the page's clocks faked.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { fakePageClocks, mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

fakePageClocks();

describe('back on her own turn: the time said is the time shown', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) the resume's answer arrives 5 s after it was built: she hears the clock's figure`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      r.shareDone('a');
      expect(r.speaker).toBe('b');
      // 60 s of her turn left.
      r.wait(r.state.speaker!.deadline - r.now - 60_000);
      const page = await mountPage(r, 'b', lang);
      await vi.advanceTimersByTimeAsync(1_000);
      r.wait(1_000);
      // The link goes for 9 s; the server never noticed (no drop in the core): her clock ran on there.
      page.conn.h.status('reconnecting');
      await vi.advanceTimersByTimeAsync(4_000);
      r.wait(4_000);
      // The answer to her resume is built now and arrives 5 s later, on a slow link.
      const answer = buildView(r.state, 'b', r.now);
      expect(answer.speaker!.remainingMs).toBe(55_000);
      await vi.advanceTimersByTimeAsync(5_000);
      const said: string[] = [];
      const obs = new MutationObserver((records) => {
        for (const m of records) for (const n of m.addedNodes) if (n.textContent) said.push(n.textContent);
      });
      obs.observe(page.container, { subtree: true, childList: true, characterData: true });
      page.conn.h.status('connected');
      page.conn.h.ready({ you: 'b', token: 'tok', view: answer, missed: [] });
      await vi.advanceTimersByTimeAsync(200);
      obs.disconnect();
      const shown = page.q('composer-time')!.textContent!;
      expect(shown).toBe(t.timeLeft('0:50'));
      expect(said.filter((s) => s.includes(t.backOnTurnAnnounce(t.aboutSeconds(50))))).toHaveLength(1);
      expect(said.some((s) => s.includes(t.backOnTurnAnnounce(t.aboutSeconds(55))))).toBe(false);
      page.destroy();
    });
  }
});
