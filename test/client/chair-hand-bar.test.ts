// A fresh tester, first-time chair of a "large" meeting (a round by raised hands) on a 360x740
// phone: (1) after a member's turn timed out with nothing sent, or they passed, the bar said
// "everyone here has shared", which was untrue: they had a turn, they did not share; (2) the bar
// said 'Press "Raise your hand" to share yourself' with no such button in it (the member's hand
// button was some 1,800 px further down); (3) "Go on" ended the round unasked with the chair and a
// first-timer still to have a turn, and with hands up the question spoke only of the hands. The
// page's real code in jsdom, views from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const flush = () => new Promise((res) => setTimeout(res, 0));
const words = (page: MountedPage): string => page.q('script-chair-words')!.textContent ?? '';
const step = (page: MountedPage): string => page.q('chair-next-segment')!.textContent ?? '';
const hand = (page: MountedPage): HTMLButtonElement => page.q<HTMLButtonElement>('chair-bar-hand')!;
const shown = (b: HTMLElement | null): boolean => !!b && !b.hidden && !b.closest('[hidden]');
/** The member's own hand button further down the page (actions.ts): never beside the bar's. */
const memberHand = (page: MountedPage): boolean => shown(page.q('raise-hand'));

/** Whether a sentence says someone shared or has not (the words a turn had, passed or timed out, must not use). */
const SAYS_SHARED: Record<'nb' | 'en', RegExp> = { en: /\b(has|have|had) (not )?shared\b|not shared yet/i, nb: /\bhar (ikke )?delt\b|ikke delt ennå/i };

describe("the chair's bar in a round by raised hands", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) words say "had their turn", not "shared", about all who had a turn, whatever they did with it`, () => {
      const said = [t.chairSays_handsSelf(t.raiseHand, 'X'), t.chairSays_handsNone(2, 'X'), t.chairSays_handsNoneSelf(2, t.raiseHand, 'X'), t.chairSays_handsDone('X'), t.turnNone_roundWaitsLate];
      for (const s of said) expect(s).not.toMatch(SAYS_SHARED[lang]);
      for (const s of said) expect(s).toContain(lang === 'en' ? 'had their turn' : 'hatt sin tur');
    });

    it(`(${lang}) a member who timed out with nothing sent and one who passed had their turn: the bar says so`, async () => {
      const r = inRound({ others: ['b', 'c'], formatId: 'large', turnMode: 'hands' });
      r.ok({ type: 'raiseHand', by: 'b' });
      expect(r.speaker).toBe('b');
      // Bjarne's time runs out with nothing sent.
      r.tickAt(r.now + r.state.settings.shareMs + 60_000);
      expect(r.speaker).toBeNull();
      expect(r.state.roundOrder.find((e) => e.id === 'b')?.status).toBe('timedOut');
      r.ok({ type: 'raiseHand', by: 'c' });
      r.ok({ type: 'pass', by: 'c' });
      const page = await mountPage(r, 'a', lang);
      expect(words(page)).toBe(t.chairSays_handsSelf(t.raiseHand, step(page)));
      expect(words(page)).not.toMatch(SAYS_SHARED[lang]);
      r.ok({ type: 'raiseHand', by: 'a' });
      r.ok({ type: 'pass', by: 'a' });
      page.push();
      expect(words(page)).toBe(t.chairSays_handsDone(step(page)));
      expect(words(page)).not.toMatch(SAYS_SHARED[lang]);
      page.destroy();
    });

    it(`(${lang}) the chair's own hand is in the bar, named as the words name it, sending what the member's hand button sends`, async () => {
      const r = inRound({ others: ['b', 'c'], formatId: 'large', turnMode: 'hands' });
      const page = await mountPage(r, 'a', lang);
      const bar = page.q('chair-bar')!;
      // Nobody shares, no hand up, the chair among the three who have not had their turn.
      expect(shown(hand(page))).toBe(true);
      expect(memberHand(page)).toBe(false);
      expect(bar.contains(hand(page))).toBe(true);
      expect(hand(page).textContent).toBe(t.raiseHand);
      expect(words(page)).toBe(t.chairSays_handsNoneSelf(3, t.raiseHand, step(page)));
      hand(page).click();
      await flush();
      expect(page.conn.sent.at(-1)).toEqual({ event: 'raiseHand', payload: {} });
      // Raised while Bjarne shares: it waits in the queue, and the bar's button lowers it.
      r.ok({ type: 'raiseHand', by: 'b' });
      r.ok({ type: 'raiseHand', by: 'a' });
      expect(r.speaker).toBe('b');
      page.push();
      expect(shown(hand(page))).toBe(true);
      expect(memberHand(page)).toBe(false);
      expect(hand(page).textContent).toBe(t.lowerHand);
      expect(hand(page).getAttribute('aria-pressed')).toBe('true');
      hand(page).click();
      await flush();
      expect(page.conn.sent.at(-1)).toEqual({ event: 'lowerHand', payload: {} });
      r.ok({ type: 'lowerHand', by: 'a' });
      r.shareDone('b');
      r.ok({ type: 'raiseHand', by: 'c' });
      r.shareDone('c');
      page.push();
      // Only the chair is left: the words name the button that is right there.
      expect(words(page)).toBe(t.chairSays_handsSelf(t.raiseHand, step(page)));
      expect(shown(hand(page))).toBe(true);
      expect(memberHand(page)).toBe(false);
      expect(hand(page).textContent).toBe(t.raiseHand);
      hand(page).click();
      await flush();
      expect(page.conn.sent.at(-1)).toEqual({ event: 'raiseHand', payload: {} });
      r.ok({ type: 'raiseHand', by: 'a' });
      expect(r.speaker).toBe('a');
      page.push();
      // Sharing now, then shared: nothing of their own hand to offer.
      expect(shown(hand(page))).toBe(false);
      r.shareDone('a');
      page.push();
      expect(shown(hand(page))).toBe(false);
      // Their turn had, the bar offers no hand: a hand for another share is the member's button, the one shown.
      expect(memberHand(page)).toBe(true);
      expect(words(page)).toBe(t.chairSays_handsDone(step(page)));
      page.destroy();
    });

    it(`(${lang}) no such button where the chair picks, in a circle, or for a listener chair`, async () => {
      for (const turnMode of ['chairPicks', 'circle'] as const) {
        const r = inRound({ others: ['b', 'c'], turnMode });
        const page = await mountPage(r, 'a', lang);
        expect(shown(page.q('chair-bar-hand'))).toBe(false);
        page.destroy();
      }
      const r = inRound({ others: ['b', 'c'], formatId: 'large', turnMode: 'hands' });
      r.ok({ type: 'setRole', by: 'a', role: 'listener' });
      const page = await mountPage(r, 'a', lang);
      expect(shown(page.q('chair-bar-hand'))).toBe(false);
      page.destroy();
    });

    it(`(${lang}) going on asks, naming how many have not had their turn, the chair among them, hands up or not`, async () => {
      const r = inRound({ others: ['b', 'c', 'd'], formatId: 'large', turnMode: 'hands' });
      r.ok({ type: 'raiseHand', by: 'b' });
      r.shareDone('b');
      r.ok({ type: 'raiseHand', by: 'c' });
      r.ok({ type: 'pass', by: 'c' });
      // Nobody shares, no hand up; Dagny (a first-timer) and the chair have not had their turn.
      const page = await mountPage(r, 'a', lang);
      page.q<HTMLButtonElement>('chair-next-segment')!.click();
      await flush();
      expect(page.conn.sent.map((x) => x.event)).not.toContain('nextSegment');
      expect(page.q('chair-confirm')!.hidden).toBe(false);
      expect(page.q('chair-confirm-text')!.textContent).toBe([t.confirmWaitingSelf(2), t.confirmAsk_round].join(' '));
      page.q<HTMLButtonElement>('chair-confirm-no')!.click();
      await flush();
      // Dagny shares, Bjarne and Cecilie raise their hands again: the hands, and who has not had a turn.
      r.ok({ type: 'raiseHand', by: 'd' });
      r.ok({ type: 'raiseHand', by: 'b' });
      r.ok({ type: 'raiseHand', by: 'c' });
      expect(r.speaker).toBe('d');
      page.push();
      page.q<HTMLButtonElement>('chair-next-segment')!.click();
      await flush();
      expect(page.q('chair-confirm-text')!.textContent).toBe([t.confirmSpeaker('Dagny'), t.confirmHandsNamed(lang === "nb" ? "Bjarne og Cecilie" : "Bjarne and Cecilie", true), t.confirmWaitingMoreSelf(1), t.confirmAsk_round].join(' '));
      page.q<HTMLButtonElement>('chair-confirm-no')!.click();
      await flush();
      // Once the chair too has had a turn and no hand is up, going on is the next step: no question.
      r.ok({ type: 'lowerHands', by: 'a', target: null });
      r.shareDone('d');
      r.ok({ type: 'raiseHand', by: 'a' });
      r.ok({ type: 'pass', by: 'a' });
      expect(r.speaker).toBeNull();
      page.push();
      page.q<HTMLButtonElement>('chair-next-segment')!.click();
      await flush();
      expect(page.conn.sent.at(-1)?.event).toBe('nextSegment');
      page.destroy();
    });

    it(`(${lang}) the question counts a member other than the chair without "you"`, async () => {
      const r = inRound({ others: ['b', 'c'], formatId: 'large', turnMode: 'hands' });
      r.ok({ type: 'raiseHand', by: 'a' });
      r.shareDone('a');
      const page = await mountPage(r, 'a', lang);
      page.q<HTMLButtonElement>('chair-next-segment')!.click();
      await flush();
      expect(page.q('chair-confirm-text')!.textContent).toBe([t.confirmWaiting(2), t.confirmAsk_round].join(' '));
      page.destroy();
    });
  }
});
