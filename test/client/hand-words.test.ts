// "Raise your hand" is said only to someone who has the button. A fresh tester's listener read
// "Raise your hand if you would like to share." at the top with no such button (a listener, or a
// muted member, has none). For each reader in a hands meeting, the page's real code in jsdom with
// views from the real core: the top line asks for a hand exactly when the button is there.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { canRaiseHand, othersWordsNow } from '../../client/meeting/others-words.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

describe('the top line asks for a raised hand only from someone who has the button', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) a member, a listener and a muted member, nobody sharing, turns by hands`, async () => {
      const r = inRound({ others: ['b', 'c', 'd'], listeners: ['c'], turnMode: 'hands' });
      r.ok({ type: 'mute', by: 'a', target: 'd', on: true });
      expect(r.state.speaker).toBeNull();
      const want = { b: true, c: false, d: false } as const;
      for (const id of ['b', 'c', 'd'] as const) {
        const v = buildView(r.state, id, r.now);
        expect(canRaiseHand(v), id).toBe(want[id]);
        expect(othersWordsNow(v, t), id).toBe(want[id] ? t.turnNone_handsRound : t.turnNone_handsRoundOthers);
        const page = await mountPage(r, id, lang);
        const hand = page.q('raise-hand')!;
        const shown = !hand.closest('[hidden]');
        expect(shown, id).toBe(want[id]);
        expect(page.q('turn-status')!.textContent!.includes(t.turnNone_hands), id).toBe(shown);
        page.destroy();
      }
    }, 120_000);
  }
});
