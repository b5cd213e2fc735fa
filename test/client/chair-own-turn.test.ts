// The chair's own turn where the chair gives the turns or members raise hands. The chair is a
// member who may share, but fresh testers' chairs read "Everyone here has had their turn" while
// they had not shared, and "Give the turn to …" never offered them. Now, once everyone else here
// has had a turn, the bar offers "Take your own turn" (chair-steps.ts roundStep) and the words say
// the chair has not had theirs; by hands, that they have not shared and may raise their hand. The
// core gives the chair the turn as anyone (test/core/still-to-share.test.ts). The page's real code
// in jsdom, views from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { chairCameWords } from '../../client/meeting/chair-came.js';
import { besideDraftWords } from '../../client/meeting/draft-words.js';
import { dict } from '../../client/i18n.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const words = (page: MountedPage): string => page.q('script-chair-words')!.textContent ?? '';

describe("the chair's own turn", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) where the chair picks: offered once everyone else has had a turn, taken from the bar, then "everyone here"`, async () => {
      const r = inRound({ others: ['b', 'c'], turnMode: 'chairPicks' });
      const page = await mountPage(r, 'a', lang);
      const give = () => page.q<HTMLButtonElement>('chair-bar-give')!;
      // The others first: the chair is not pressed to open the sharing.
      expect(give().textContent).toBe(t.chairGiveNext('Bjarne'));
      r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
      r.shareDone('b');
      r.ok({ type: 'giveTurn', by: 'a', target: 'c' });
      r.ok({ type: 'pass', by: 'c' });
      page.push();
      expect(give().hidden).toBe(false);
      expect(give().textContent).toBe(t.chairTakeOwnTurn);
      expect(words(page)).toBe(t.chairSays_picksSelf(t.chairTakeOwnTurn));
      expect(words(page)).not.toBe(t.chairSays_picksDone(page.q('chair-next-segment')!.textContent ?? ''));
      // A member handed the chair now is told the same button.
      expect(chairCameWords(buildView(r.state, 'a', r.now), t)).toBe(t.chairYouAnnounceGive(t.chairTakeOwnTurn));
      // The button gives the turn to the chair, which the core accepts.
      give().click();
      expect(page.conn.sent.at(-1)).toEqual({ event: 'giveTurn', payload: { target: 'a' } });
      r.ok({ type: 'giveTurn', by: 'a', target: 'a' });
      page.push();
      expect(words(page)).toBe(t.chairSays_picksSharingSelf);
      r.shareDone('a');
      page.push();
      expect(give().hidden).toBe(true);
      expect(words(page)).toBe(t.chairSays_picksDone(page.q('chair-next-segment')!.textContent ?? ''));
      page.destroy();
    });

    it(`(${lang}) where the chair picks: the chair may take their own turn first, from their own row in the circle`, async () => {
      const r = inRound({ others: ['b', 'c'], turnMode: 'chairPicks' });
      const page = await mountPage(r, 'a', lang);
      // Many chairs share first: the chair's own row offers it at any point while nobody shares.
      const ownMenu = () => page.q<HTMLDetailsElement>('chair-menu-a')!;
      const take = () => page.q<HTMLButtonElement>('chair-give-a')!;
      expect(ownMenu().hidden).toBe(false);
      expect(take().textContent).toBe(t.chairTakeOwnTurn);
      // Nothing else about oneself is on it (no muting or removing oneself).
      expect(ownMenu().querySelectorAll('button')).toHaveLength(1);
      take().click();
      expect(page.conn.sent.at(-1)).toEqual({ event: 'giveTurn', payload: { target: 'a' } });
      r.ok({ type: 'giveTurn', by: 'a', target: 'a' });
      page.push();
      // Not while someone (here: the chair) shares.
      expect(ownMenu().hidden).toBe(true);
      r.shareDone('a');
      page.push();
      expect(ownMenu().hidden).toBe(false);
    });

    it(`(${lang}) in a circle round the chair's own row has no menu to open`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      const page = await mountPage(r, 'a', lang);
      expect(page.q<HTMLDetailsElement>('chair-menu-a')?.hidden ?? true).toBe(true);
    });

    it(`(${lang}) by hands: with everyone else shared, not "everyone here has shared" while the chair has not`, async () => {
      const r = inRound({ others: ['b'], formatId: 'large', turnMode: 'hands' });
      r.ok({ type: 'raiseHand', by: 'b' });
      r.shareDone('b');
      const page = await mountPage(r, 'a', lang);
      const step = page.q('chair-next-segment')!.textContent ?? '';
      expect(words(page)).toBe(t.chairSays_handsSelf(t.raiseHand, step));
      // The hand button the words name is on the chair's page.
      const hand = [...page.container.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === t.raiseHand && !b.closest('[hidden]'));
      expect(hand).toBeDefined();
      r.ok({ type: 'raiseHand', by: 'a' });
      expect(r.speaker).toBe('a');
      r.shareDone('a');
      page.push();
      expect(words(page)).toBe(t.chairSays_handsDone(step));
      page.destroy();
    });

    it(`(${lang}) the chair's draft words where the chair picks: they give the turns, their own too`, () => {
      const r = inRound({ others: ['b'], turnMode: 'chairPicks' });
      expect(besideDraftWords(buildView(r.state, 'a', r.now), t)).toBe(t.composerBesideDraftChairPicksYou(null, t.chairTakeOwnTurn));
      expect(besideDraftWords(buildView(r.state, 'b', r.now), t)).toBe(t.composerBesideDraftChairPicks(null));
    });
  }
});
