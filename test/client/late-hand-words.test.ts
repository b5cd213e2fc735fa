// A fresh tester's chair read "Tre Rot har hånden oppe" (has a hand up) about a member back from a
// drop that took her turn, whose hand the core had put back first in the queue as a late turn
// (round-plan.ts oweHand): the view said only `hand: 1`. It now carries `lateTurn`, and the
// chair's words tell a late turn apart from a hand raised: the circle's badge, the bar's "next to
// share", the early-end question and the time plan. The page's real code in jsdom, views from the
// real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const flush = () => new Promise((res) => setTimeout(res, 0));
const badges = (page: MountedPage, id: string): string => page.q(`circle-item-${id}`)!.textContent ?? '';

/** The early-end question's words, then "no". */
async function askedOnGoingOn(page: MountedPage): Promise<string> {
  page.q<HTMLButtonElement>('chair-next-segment')!.click();
  await flush();
  const text = page.q('chair-confirm-text')!.textContent ?? '';
  page.q<HTMLButtonElement>('chair-confirm-no')!.click();
  await flush();
  return text;
}

/**
 * Open sharing after a circle round everyone shared in: Bjarne raises a hand and shares, his
 * connection drops past the speaker's grace, the turn goes to Cecilie's hand, and Bjarne is back:
 * his hand is first in the queue, a late turn; Dagny raises one the ordinary way.
 */
function lateTurnBack(): Run {
  const r = inRound({ others: ['b', 'c', 'd'] });
  for (const id of ['a', 'b', 'c', 'd']) r.shareDone(id);
  r.ok({ type: 'advance', by: 'a' });
  expect(r.state.phase).toBe('open');
  r.ok({ type: 'raiseHand', by: 'b' });
  r.ok({ type: 'raiseHand', by: 'c' });
  expect(r.speaker).toBe('b');
  r.ok({ type: 'share', by: 'b', text: 'Jeg ville si en ting til.' });
  r.ok({ type: 'disconnect', by: 'b' });
  r.tickAt(r.now + r.state.settings.speakerGraceMs + 1);
  expect(r.speaker).toBe('c');
  r.ok({ type: 'reconnect', by: 'b' });
  r.ok({ type: 'raiseHand', by: 'd' });
  expect(r.state.hands).toEqual(['b', 'd']);
  return r;
}

describe("a late turn's hand on the chair's page", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) the circle, the bar, the early-end question and the plan say "late turn", not "hand up"`, async () => {
      const r = lateTurnBack();
      const page = await mountPage(r, 'a', lang);
      // The circle: his badge says what his hand is; Dagny's is a hand.
      expect(badges(page, 'b')).toContain(t.badgeHandLate(1));
      expect(badges(page, 'b')).not.toContain(t.badgeHand(1));
      expect(badges(page, 'd')).toContain(t.badgeHand(2));
      // "Lower all hands" keeps a late turn (the core's lowerHands): the button says so.
      const lowerAll = page.q<HTMLButtonElement>('chair-lower-hands')!;
      expect(lowerAll.textContent).toBe(t.chairLowerHandsKeepsLate);
      expect(lowerAll.disabled).toBe(false);
      // The bar: who shares next, and why.
      expect(page.q('chair-next-up')!.textContent).toBe(t.chairNextUpLate('Bjarne'));
      // The early-end question: his late turn said as one, Dagny's hand as a hand.
      const asked = await askedOnGoingOn(page);
      expect(asked).toContain(t.confirmLateHands('Bjarne', false));
      expect(asked).toContain(t.confirmHandsNamed('Dagny', false));
      expect(asked).not.toContain(t.confirmHandsNamed(lang === 'nb' ? 'Bjarne og Dagny' : 'Bjarne and Dagny', true));
      // The plan: everyone has shared in this meeting (the core's count is 0), but a late turn is still to come.
      const { countWords } = await import('../../client/meeting/plan-panel.js');
      const v = buildView(r.state, 'a', r.now);
      expect(v.plan.toShare).toBe(0);
      expect(countWords(v, 0, 0, '10 min')).toBe(t.planLeftLateOnly('10 min', 'Bjarne', false));
      // Taken: nothing says "late" any more.
      r.ok({ type: 'finishShare', by: 'c' });
      expect(r.speaker).toBe('b');
      page.push();
      expect(badges(page, 'b')).not.toContain(t.badgeHandLate(1));
      expect(page.q('chair-next-up')!.textContent).toBe(t.chairNextUp('Dagny'));
      page.destroy();
    });
  }
});
