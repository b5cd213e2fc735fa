// A round by raised hands (the large format) with no hand up: the chair bar said "The round runs by
// itself: everyone gets their turn" (the circle's words) and "Go on" was the big, primary button
// though members had not shared (a colleague's find). A hands round never ends by itself: only
// those who raise a hand share. With no hand up and some here not yet shared, waiting and going
// on are both right: the words say so and name the step, and going on is no primary button; once
// everyone here has shared, going on is the next step. The page's real code in jsdom, views from
// the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const words = (page: MountedPage): string => page.q('script-chair-words')!.textContent ?? '';
const next = (page: MountedPage): HTMLButtonElement => page.q<HTMLButtonElement>('chair-next-segment')!;
const primaries = (page: MountedPage): string[] =>
  [...page.q('chair-bar')!.querySelectorAll<HTMLButtonElement>('button.primary')].filter((b) => !b.hidden && !b.closest('[hidden]')).map((b) => b.dataset.testid ?? '');

describe('the chair bar in a round by raised hands', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) no hand up: not "everyone gets their turn"; wait or go on, neither primary; once all here have shared, going on is`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c', 'd'], formatId: 'large', turnMode: 'hands' });
      expect(r.speaker).toBeNull();
      const page = await mountPage(r, 'a', lang);
      const step = next(page).textContent ?? '';
      expect(step).not.toBe('');
      // Nobody here has had a turn yet, the chair too (the core's count, plan.toShare): the chair's own hand is named.
      expect(words(page)).toBe(t.chairSays_handsNoneSelf(4, t.raiseHand, step));
      expect(words(page)).not.toContain(lang === 'en' ? 'runs by itself' : 'går av seg selv: hver får');
      expect(primaries(page)).toEqual([]);
      expect(next(page).closest('.chair-bar-actions')).not.toBeNull();
      // A hand up: the turns go by themselves.
      r.ok({ type: 'raiseHand', by: 'b' });
      expect(r.speaker).toBe('b');
      page.push();
      expect(words(page)).toBe(t.chairSays_handsRound);
      expect(primaries(page)).toEqual([]);
      r.shareDone('b');
      page.push();
      expect(words(page)).toBe(t.chairSays_handsNoneSelf(3, t.raiseHand, step));
      r.ok({ type: 'raiseHand', by: 'c' });
      r.shareDone('c');
      // Someone who raised a hand and passed had their turn: nobody waits for their hand.
      r.ok({ type: 'raiseHand', by: 'd' });
      r.ok({ type: 'pass', by: 'd' });
      page.push();
      // Everyone else has shared, not the chair, who may share like any member: not "everyone here has shared".
      expect(words(page)).toBe(t.chairSays_handsSelf(t.raiseHand, step));
      expect(primaries(page)).toEqual([]);
      r.ok({ type: 'raiseHand', by: 'a' });
      r.shareDone('a');
      page.push();
      expect(words(page)).toBe(t.chairSays_handsDone(step));
      expect(primaries(page)).toEqual(['chair-next-segment']);
      // The words name the next step: the bar's own "Next step" line would say it twice.
      expect(page.q('script-next')?.hidden ?? true).toBe(true);
      page.destroy();
    });
  }
});
