// Those owed a turn while their connection is down, named on the chair's page in every turn mode.
// Where the chair picks, a fresh tester's chair gave turns to two members and then a third, whose
// connection dropped in his turn (the drop took it; his seat is kept): the bar said "Everyone else
// here has had their turn: you have not had yours", the circle only "disconnected", going on asked
// about the chair's own turn alone, and after it the bar said "Everyone here has had their turn.
// Next step: …" while his seat was held. By hands, a member back from a drop with his late hand up
// was counted twice ("1 has a hand up. 1 has not had their turn."), and while the round waited for
// his late turn the bar no longer said the chair had not had hers. The page's real code in jsdom,
// views from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

/** The script's next step's button words as the chair's page says them (imported late: the page's globals first). */
const stepOf = async (r: Run): Promise<string> => (await import('../../client/meeting/script-line.js')).nextStepLabel(buildView(r.state, 'a', r.now).script!);

const flush = () => new Promise((res) => setTimeout(res, 0));

/** `id` drops in their own turn, and the turn's hold runs out: the drop takes the turn, the seat is kept. */
function dropInTurn(r: Run, id: string): void {
  expect(r.speaker).toBe(id);
  r.ok({ type: 'disconnect', by: id });
  r.tickAt(r.now + r.state.settings.speakerGraceMs + 1);
  expect(r.speaker).toBeNull();
  expect(r.participant(id)).toBeTruthy();
}

/** The early-end question's words, then "no". */
async function askedOnGoingOn(page: MountedPage): Promise<string> {
  page.q<HTMLButtonElement>('chair-next-segment')!.click();
  await flush();
  expect(page.conn.sent.map((x) => x.event)).not.toContain('nextSegment');
  const text = page.q('chair-confirm-text')!.textContent ?? '';
  page.q<HTMLButtonElement>('chair-confirm-no')!.click();
  await flush();
  return text;
}

const words = (page: MountedPage): string => page.q('script-chair-words')!.textContent ?? '';
const badges = (page: MountedPage, id: string): string => page.q(`circle-item-${id}`)!.textContent ?? '';

describe('those owed a turn while away, on the chair’s page', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) where the chair picks, a member whose turn a drop took is named in the bar, the circle and the question while his seat is held`, async () => {
      const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'chairPicks' });
      r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
      r.shareDone('b');
      r.ok({ type: 'giveTurn', by: 'a', target: 'c' });
      r.ok({ type: 'pass', by: 'c' });
      r.ok({ type: 'giveTurn', by: 'a', target: 'd' });
      dropInTurn(r, 'd');
      const page = await mountPage(r, 'a', lang);
      const step = await stepOf(r);
      expect(words(page)).toBe(t.chairSays_picksSelfAway(t.chairTakeOwnTurn, 'Dagny', false));
      expect(badges(page, 'd')).toContain(t.badgeOwedTurn);
      expect(badges(page, 'c')).not.toContain(t.badgeOwedTurn);
      expect(await askedOnGoingOn(page)).toBe([t.confirmWaitingSelf(1), t.confirmLate('Dagny', false), t.confirmAsk_round].join(' '));
      // The chair's own turn had: not "everyone here has had their turn" while Dagny's seat is held.
      r.ok({ type: 'giveTurn', by: 'a', target: 'a' });
      r.shareDone('a');
      page.push();
      expect(words(page)).toBe(t.chairSays_picksWaitsAway('Dagny', false, step));
      // The time plan's line names her too: not "everyone has had their turn".
      const { countWords } = await import('../../client/meeting/plan-panel.js');
      expect(buildView(r.state, 'a', r.now).plan.toShare).toBe(0);
      expect(countWords(buildView(r.state, 'a', r.now), 0, 0, '10 min')).toBe(t.planLeftNoTurn('10 min', 'Dagny'));
      expect(await askedOnGoingOn(page)).toBe([t.confirmLate('Dagny', false), t.confirmAsk_round].join(' '));
      // Back: the turn is the chair's to give her.
      r.ok({ type: 'reconnect', by: 'd' });
      page.push();
      expect(words(page)).toBe(t.chairSays_picks('Dagny'));
      expect(badges(page, 'd')).not.toContain(t.badgeOwedTurn);
      page.destroy();
    });

    it(`(${lang}) where the chair picks, two away are both named, and once their seats are given up nobody is`, async () => {
      const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'chairPicks' });
      r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
      dropInTurn(r, 'b');
      r.ok({ type: 'giveTurn', by: 'a', target: 'd' });
      r.shareDone('d');
      // Cecilie drops before anyone gave her the turn: she has not had one either.
      r.ok({ type: 'disconnect', by: 'c' });
      const page = await mountPage(r, 'a', lang);
      const names = lang === 'nb' ? 'Bjarne og Cecilie' : 'Bjarne and Cecilie';
      expect(words(page)).toBe(t.chairSays_picksSelfAway(t.chairTakeOwnTurn, names, true));
      expect(badges(page, 'b')).toContain(t.badgeOwedTurn);
      expect(badges(page, 'c')).toContain(t.badgeOwedTurn);
      expect(await askedOnGoingOn(page)).toBe([t.confirmWaitingSelf(1), t.confirmLate(names, true), t.confirmAsk_round].join(' '));
      r.ok({ type: 'giveTurn', by: 'a', target: 'a' });
      r.shareDone('a');
      r.tickAt(r.now + r.state.settings.graceMs + 1);
      expect(r.state.participants.map((p) => p.id)).not.toContain('b');
      page.push();
      expect(words(page)).toBe(t.chairSays_picksDone(await stepOf(r)));
      page.destroy();
    });

    it(`(${lang}) by hands, a member back from a drop with his late hand up is counted once and named; the chair is told of her own turn while the round waits`, async () => {
      const r = inRound({ others: ['b', 'c'], formatId: 'large', turnMode: 'hands' });
      r.ok({ type: 'raiseHand', by: 'b' });
      dropInTurn(r, 'b');
      const page = await mountPage(r, 'a', lang);
      const step = await stepOf(r);
      expect(words(page)).toBe(t.chairSays_roundWaitsLateSelf('Bjarne', t.raiseHand, step));
      // The chair shares; Bjarne is back with his hand up; Cecilie has not had her turn.
      r.ok({ type: 'raiseHand', by: 'a' });
      expect(r.speaker).toBe('a');
      r.ok({ type: 'reconnect', by: 'b' });
      page.push();
      // His hand is his late turn (view `lateTurn`), not one raised: said so (late-hand-words.test.ts).
      // She holds the turn: going on ends her own share, said first (chair-own-turn-cut.test.ts).
      expect(await askedOnGoingOn(page)).toBe([t.confirmSelfSpeaking, t.confirmLateHands('Bjarne', false), t.confirmWaitingMore(1), t.confirmAsk_round].join(' '));
      // Cecilie raises hers too: both named, each as what it is, nobody counted besides.
      r.ok({ type: 'raiseHand', by: 'c' });
      page.push();
      expect(await askedOnGoingOn(page)).toBe([t.confirmSelfSpeaking, t.confirmLateHands('Bjarne', false), t.confirmHandsNamed('Cecilie', false), t.confirmAsk_round].join(' '));
      page.destroy();
    });
  }
});
