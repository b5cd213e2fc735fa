// Every count of who has not shared on the chair's page reads the core's one count (`plan.toShare`,
// shared/meeting/on-deck.ts stillToShare, through chair-steps.ts stillWaiting): the early-end
// question where the chair picks, the plan's words, and the bar's words by raised hands. A fresh
// tester's chair, who had not shared yet where the chair picks, was asked "1 person has not had
// their turn. End sharing now?" with two left, the chair one of them (now: "2 people have not had
// their turn, you among them"); by hands the bar said
// "2 people here have not shared yet" with three. The page's real code in jsdom, views from the
// real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { cutOff, cutOffLines, handsRound, stillWaiting } from '../../client/meeting/chair-steps.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const flush = () => new Promise((res) => setTimeout(res, 0));

describe("the chair's counts of who has not shared", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) where the chair picks, going on early counts the chair who has not had a turn`, async () => {
      const r = inRound({ others: ['b', 'c'], turnMode: 'chairPicks' });
      r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
      r.shareDone('b');
      const page = await mountPage(r, 'a', lang);
      page.q<HTMLButtonElement>('chair-next-segment')!.click();
      await flush();
      expect(page.conn.sent.map((x) => x.event)).not.toContain('nextSegment');
      // Cecilie and the chair: before, "1 person has not had their turn".
      expect(page.q('chair-confirm-text')!.textContent).toContain(t.confirmWaitingSelf(2));
      page.q<HTMLButtonElement>('chair-confirm-no')!.click();
      // Cecilie has had hers: the chair's own is still to come, and going on still asks.
      r.ok({ type: 'giveTurn', by: 'a', target: 'c' });
      r.ok({ type: 'pass', by: 'c' });
      page.push();
      page.q<HTMLButtonElement>('chair-next-segment')!.click();
      await flush();
      expect(page.q('chair-confirm')!.hidden).toBe(false);
      expect(page.q('chair-confirm-text')!.textContent).toContain(t.confirmWaitingSelf(1));
      page.q<HTMLButtonElement>('chair-confirm-no')!.click();
      // The chair's own turn had: nobody is left, going on asks nothing.
      r.ok({ type: 'giveTurn', by: 'a', target: 'a' });
      r.shareDone('a');
      page.push();
      page.q<HTMLButtonElement>('chair-next-segment')!.click();
      await flush();
      expect(page.conn.sent.at(-1)?.event).toBe('nextSegment');
      page.destroy();
    });

    it(`(${lang}) by hands, the bar counts the chair among those here who have not shared`, async () => {
      const r = inRound({ others: ['b', 'c'], formatId: 'large', turnMode: 'hands' });
      r.ok({ type: 'raiseHand', by: 'b' });
      r.shareDone('b');
      const page = await mountPage(r, 'a', lang);
      const step = page.q('chair-next-segment')!.textContent ?? '';
      // Cecilie and the chair: before, "1 person here has not shared yet".
      expect(page.q('script-chair-words')!.textContent).toBe(t.chairSays_handsNoneSelf(2, t.raiseHand, step));
      page.destroy();
    });
  }

  it('the early-end question, the plan and the bar read one count, which follows the core through a drop, a mute and the speaker', () => {
    const t = dict('en');
    // Where the chair picks: a, b, c, d; b shares now.
    const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'chairPicks' });
    r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
    const counts = () => {
      const v = buildView(r.state, 'a', r.now);
      return { toShare: v.plan.toShare, waiting: stillWaiting(v), asked: cutOffLines(cutOff(v, 'end'), t, 'en') };
    };
    expect(counts()).toEqual({ toShare: 4, waiting: 3, asked: [t.confirmSpeaker('Bjarne'), t.confirmWaitingSelf(3)] });
    // A member whose connection is down is not counted, in the core as on the page (the circle's
    // rule: upNext); her seat kept, she is named apart, once (chair-steps.ts owedAway).
    r.ok({ type: 'disconnect', by: 'c' });
    expect(counts()).toEqual({ toShare: 3, waiting: 2, asked: [t.confirmSpeaker('Bjarne'), t.confirmWaitingSelf(2), t.confirmLate('Cecilie', false)] });
    r.ok({ type: 'reconnect', by: 'c' });
    r.ok({ type: 'mute', by: 'a', target: 'd', on: true });
    expect(counts()).toEqual({ toShare: 3, waiting: 2, asked: [t.confirmSpeaker('Bjarne'), t.confirmWaitingSelf(2)] });
    // The speaker's turn held for a dropped connection: still theirs, still counted once.
    r.ok({ type: 'disconnect', by: 'b' });
    expect(r.speaker).toBe('b');
    expect(counts()).toEqual({ toShare: 3, waiting: 2, asked: [t.confirmSpeaker('Bjarne'), t.confirmWaitingSelf(2)] });

    // The chair who has had a turn is not among those the question counts.
    const q = inRound({ others: ['b', 'c'], turnMode: 'chairPicks' });
    q.ok({ type: 'giveTurn', by: 'a', target: 'a' });
    q.shareDone('a');
    expect(cutOffLines(cutOff(buildView(q.state, 'a', q.now), 'end'), t, 'en')).toEqual([t.confirmWaiting(2)]);

    // By hands: nobody shares, no hand up; the bar's count is the core's.
    const h = inRound({ others: ['b', 'c', 'd'], formatId: 'large', turnMode: 'hands' });
    h.ok({ type: 'disconnect', by: 'd' });
    const v = buildView(h.state, 'a', h.now);
    expect(v.plan.toShare).toBe(3);
    expect(handsRound(v)).toEqual({ kind: 'none', notShared: 3 });
  });
});
