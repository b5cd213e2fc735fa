// "Give the turn to …" where the chair picks who shares (a fresh tester's chair): the bar offered
// whoever "has not shared in this meeting", so a member who had passed was offered again, and
// again, while others had not had a turn at all. The suggestion is the first in the circle's
// order who has not had a turn in this round (shared or passed), from the view's `hadTurn` (the
// chair's only: `status` is null where the chair picks). The page's real code in jsdom, views
// from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

describe('where the chair picks, the turn is offered to someone who has not had one in this round', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) a member who passed is not offered again; once everyone has had a turn, nobody is, and the words say so`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'chairPicks' });
      expect(r.speaker).toBeNull();
      const page = await mountPage(r, 'a', lang);
      const give = () => page.q<HTMLButtonElement>('chair-bar-give')!;
      expect(give().hidden).toBe(false);
      expect(give().textContent).toBe(t.chairGiveNext('Bjarne'));
      r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
      r.ok({ type: 'pass', by: 'b' });
      page.push();
      // Bjarne passed: he has had his turn, though he has not shared.
      expect(give().textContent).toBe(t.chairGiveNext('Cecilie'));
      expect(page.q('script-chair-words')!.textContent).toBe(t.chairSays_picks('Cecilie'));
      r.ok({ type: 'giveTurn', by: 'a', target: 'c' });
      page.push();
      // While Cecilie shares, the turn will not move on by itself afterwards (a fresh tester's
      // chair read "The round runs by itself" and waited for nothing).
      expect(page.q('script-chair-words')!.textContent).toBe(t.chairSays_picksSharing('Cecilie'));
      r.shareDone('c');
      r.ok({ type: 'giveTurn', by: 'a', target: 'd' });
      r.ok({ type: 'pass', by: 'd' });
      page.push();
      // The chair is a member too: their own turn is offered last (chair-own-turn.test.ts).
      expect(give().textContent).toBe(t.chairTakeOwnTurn);
      r.ok({ type: 'giveTurn', by: 'a', target: 'a' });
      r.ok({ type: 'pass', by: 'a' });
      page.push();
      expect(give().hidden).toBe(true);
      // Not "Everyone here has shared": two of them passed.
      expect(page.q('script-chair-words')!.textContent).toMatch(/^(Everyone here has had their turn\.|Alle som er her, har hatt sin tur\.)/);
      page.destroy();
    });
  }

  it('the view: `hadTurn` for the chair in the round, whatever the turn mode; null for everyone else and outside the round', () => {
    const r = inRound({ others: ['b', 'c'], turnMode: 'chairPicks' });
    r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
    r.ok({ type: 'pass', by: 'b' });
    const had = (viewer: string) => Object.fromEntries(buildView(r.state, viewer, r.now).participants.map((p) => [p.id, p.hadTurn]));
    expect(had('a')).toEqual({ a: false, b: true, c: false });
    expect(had('b')).toEqual({ a: null, b: null, c: null });
    // Members see no round status where the chair picks (round-status.test.ts); the chair's mark is its own field.
    expect(buildView(r.state, 'a', r.now).participants.map((p) => p.status)).toEqual([null, null, null]);
    r.ok({ type: 'advance', by: 'a' });
    expect(r.state.phase).toBe('open');
    expect(had('a')).toEqual({ a: null, b: null, c: null });
  });
});
