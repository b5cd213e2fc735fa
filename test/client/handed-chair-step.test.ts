// The chair bar's first step for a member handed the chair in the middle of the sharing (a fresh
// tester): the chair passed on mid-round, the new chair saw "Go on: Open sharing" as the first
// and big button of the bar, and a first-time chair takes the first button for the next step.
// While the sharing still runs, its own step comes first (a turn to give where the chair picks,
// or nothing but waiting), and going on, an early end, stands small by the end control. The
// page's real code in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { gathered, type GatherOptions, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

/** Started and stepped on by the chair `a` into the round (the standard format's script). */
function toRound(o: GatherOptions): Run {
  const r = gathered({ others: ['b', 'c', 'd'], volunteers: ['b', 'c'], ...o });
  r.ok({ type: 'start', by: 'a' });
  while (r.state.phase !== 'round') r.ok({ type: 'nextSegment', by: 'a' });
  return r;
}

/** The chair bar's visible steps in order (its "More tools" link, the texts and open questions aside): testid and whether primary. */
function steps(page: MountedPage): { id: string; primary: boolean }[] {
  const bar = page.q('chair-bar')!;
  return [...bar.querySelectorAll<HTMLButtonElement>('button')]
    .filter((b) => !b.hidden && !b.closest('[hidden]') && !b.classList.contains('ghost') && !(b.dataset.testid ?? '').startsWith('chair-reading-') && !b.closest('.confirm-step'))
    .map((b) => ({ id: b.dataset.testid ?? '', primary: b.classList.contains('primary') }));
}

/**
 * The sharing still runs: going on is no primary step, nor under the chair's words where the next
 * step stands, but small by the end control, after every other step and line of the bar (who
 * shares next, the texts).
 */
function goingOnIsLast(page: MountedPage): void {
  const s = steps(page);
  expect(s.slice(-2).map((x) => x.id)).toEqual(['chair-next-segment', 'chair-end']);
  expect(s.find((x) => x.id === 'chair-next-segment')!.primary).toBe(false);
  const next = page.q('chair-next-segment')!;
  expect(next.closest('.chair-bar-actions')).toBeNull();
  expect(next.parentElement).toBe(page.q('chair-end')!.parentElement);
  const upNext = page.q('chair-next-up')!;
  expect(upNext.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
}

/** Nothing is left to the round: going on is the next step, first under the words, and primary. */
function goingOnIsFirst(page: MountedPage): void {
  expect(steps(page)[0]).toEqual({ id: 'chair-next-segment', primary: true });
  expect(page.q('chair-next-segment')!.closest('.chair-bar-actions')).not.toBeNull();
}

describe('a member handed the chair in the middle of the sharing', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) a circle round, the chair passed on while someone shares: no "Go on" first or primary; once everyone has had a turn, it is the first and primary step again`, async () => {
      const r = toRound({});
      expect(r.speaker).toBe('a');
      const page = await mountPage(r, 'b', lang);
      r.ok({ type: 'handChair', by: 'a', target: 'b' });
      page.push();
      expect(page.q('chair-bar')!.hidden).toBe(false);
      goingOnIsLast(page);
      expect(steps(page).filter((x) => x.primary)).toEqual([]);
      // b's own turn: still the round's.
      r.shareDone('a');
      page.push();
      expect(r.speaker).toBe('b');
      goingOnIsLast(page);
      r.shareDone('b');
      r.shareDone('c');
      page.push();
      goingOnIsLast(page);
      r.shareDone('d');
      page.push();
      expect(r.state.roundActive).toBe(false);
      goingOnIsFirst(page);
      page.destroy();
    });

    it(`(${lang}) open sharing with a hand up, the chair passed on: "Go on: Closing" is not first`, async () => {
      const r = toRound({});
      for (const id of ['a', 'b', 'c', 'd']) r.shareDone(id);
      r.ok({ type: 'nextSegment', by: 'a' });
      expect(r.state.phase).toBe('open');
      r.ok({ type: 'raiseHand', by: 'c' });
      expect(r.speaker).toBe('c');
      const page = await mountPage(r, 'b', lang);
      r.ok({ type: 'handChair', by: 'a', target: 'b' });
      page.push();
      goingOnIsLast(page);
      r.ok({ type: 'finishShare', by: 'c' });
      page.push();
      goingOnIsFirst(page);
      page.destroy();
    });

    it(`(${lang}) a round where the chair picks, taken over after the chair dropped: the first, primary step gives the next turn, named; the status words say so`, async () => {
      const t = dict(lang);
      const r = toRound({ turnMode: 'chairPicks', volunteers: ['c'] });
      r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
      r.shareDone('b');
      const page = await mountPage(r, 'c', lang);
      // The chair's connection drops and its grace runs out: the chair passes on to c.
      r.ok({ type: 'disconnect', by: 'a' });
      r.tickAt(r.now + r.state.settings.graceMs + 1);
      expect(r.chair).toBe('c');
      page.push();
      const s = steps(page);
      expect(s[0]).toEqual({ id: 'chair-bar-give', primary: true });
      expect(s.filter((x) => x.primary).map((x) => x.id)).toEqual(['chair-bar-give']);
      goingOnIsLast(page);
      // b has shared: the next one who has not, in the circle's order, is d (c is the chair).
      const give = page.q<HTMLButtonElement>('chair-bar-give')!;
      expect(give.textContent).toBe(t.chairGiveNext('Dagny'));
      expect(page.q('script-chair-words')!.textContent).toBe(t.chairSays_picks('Dagny'));
      give.click();
      await new Promise((res) => setTimeout(res, 0));
      expect(page.conn.sent.at(-1)).toEqual({ event: 'giveTurn', payload: { target: 'd' } });
      page.destroy();
    });
  }
});
