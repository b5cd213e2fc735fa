// A fresh tester's member, back from a drop that took her turn (her hand put back first in the
// queue as a late turn, view `lateTurn`), read only "Your hand is up", and "Lower your hand"
// dropped the late turn at once, unasked. Her page now says the hand is her late turn, and
// lowering it asks first; an ordinary hand still goes down at once. The page's real code in
// jsdom, views from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const flush = () => new Promise((res) => setTimeout(res, 0));

/** Open sharing: Bjarne's turn is taken by a drop, Cecilie speaks, Bjarne is back (a late turn), Dagny raises a hand. */
function lateTurnBack(): Run {
  const r = inRound({ others: ['b', 'c', 'd'] });
  for (const id of ['a', 'b', 'c', 'd']) r.shareDone(id);
  r.ok({ type: 'advance', by: 'a' });
  r.ok({ type: 'raiseHand', by: 'b' });
  r.ok({ type: 'raiseHand', by: 'c' });
  r.ok({ type: 'share', by: 'b', text: 'Jeg ville si en ting til.' });
  r.ok({ type: 'disconnect', by: 'b' });
  r.tickAt(r.now + r.state.settings.speakerGraceMs + 1);
  expect(r.speaker).toBe('c');
  r.ok({ type: 'reconnect', by: 'b' });
  r.ok({ type: 'raiseHand', by: 'd' });
  expect(r.state.lateHands).toEqual(['b']);
  return r;
}

describe('her own late turn on a member’s page', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) the hand is said to be her late turn, and lowering it asks first`, async () => {
      const r = lateTurnBack();
      const page = await mountPage(r, 'b', lang);
      const note = page.q('hand-status')!.textContent;
      expect([t.handUpLatePlain, t.handUpLate(1)]).toContain(note);
      const btn = page.q<HTMLButtonElement>('raise-hand')!;
      const lowered = () => page.conn.sent.filter((s) => s.event === 'lowerHand').length;
      btn.click();
      await flush();
      expect(lowered()).toBe(0);
      const ask = page.q('hand-late-confirm')!;
      expect(ask.hidden).toBe(false);
      expect(page.q('hand-late-confirm-text')!.textContent).toBe(t.lowerHandLateAsk);
      // "Cancel": nothing sent, the hand stays.
      page.q<HTMLButtonElement>('hand-late-confirm-no')!.click();
      await flush();
      expect(ask.hidden).toBe(true);
      expect(lowered()).toBe(0);
      // Asked again, and yes: lowered.
      btn.click();
      await flush();
      expect(page.q('hand-late-confirm-yes')!.textContent).toBe(t.lowerHandLateYes);
      page.q<HTMLButtonElement>('hand-late-confirm-yes')!.click();
      await flush();
      expect(lowered()).toBe(1);
      page.destroy();
    });

    it(`(${lang}) an ordinary hand is said as one and goes down at once`, async () => {
      const r = lateTurnBack();
      const page = await mountPage(r, 'd', lang);
      const note = page.q('hand-status')!.textContent;
      expect([t.handUpPlain, t.handUp(2)]).toContain(note);
      page.q<HTMLButtonElement>('raise-hand')!.click();
      await flush();
      expect(page.conn.sent.filter((s) => s.event === 'lowerHand').length).toBe(1);
      expect(page.q('hand-late-confirm')!.hidden).toBe(true);
      page.destroy();
    });
    it(`(${lang}) the chair's own late turn, on the chair bar: lowering it asks first`, async () => {
      const r = inRound({ turnMode: 'hands', others: ['b', 'c'] });
      r.ok({ type: 'raiseHand', by: 'a' });
      r.ok({ type: 'raiseHand', by: 'c' });
      expect(r.speaker).toBe('a');
      r.ok({ type: 'share', by: 'a', text: 'Jeg begynte på noe.' });
      r.ok({ type: 'disconnect', by: 'a' });
      r.tickAt(r.now + r.state.settings.speakerGraceMs + 1);
      expect(r.speaker).toBe('c');
      r.ok({ type: 'reconnect', by: 'a' });
      expect(r.state.chairId).toBe('a');
      expect(r.state.lateHands).toEqual(['a']);
      const page = await mountPage(r, 'a', lang);
      const btn = page.q<HTMLButtonElement>('chair-bar-hand')!;
      expect(btn.hidden).toBe(false);
      btn.click();
      await flush();
      expect(page.conn.sent.filter((s) => s.event === 'lowerHand').length).toBe(0);
      expect(page.q('chair-hand-late-confirm-text')!.textContent).toBe(t.lowerHandLateAsk);
      page.q<HTMLButtonElement>('chair-hand-late-confirm-yes')!.click();
      await flush();
      expect(page.conn.sent.filter((s) => s.event === 'lowerHand').length).toBe(1);
      page.destroy();
    });
  }
});
