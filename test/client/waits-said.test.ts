// What everyone is told while the sharing waits on something that is not the next person (a fresh
// tester, 2026-12-05, from views of the real core): past the last call the page still said "Raise
// your hand if you would like to share", showed the button and promised the draft a turn; with the
// round waiting on a dropped member's late turn, the chair read "The round runs by itself" and the
// members "Waiting for the next person in the round".
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { besideDraftWords, handsClosedForYou } from '../../client/meeting/draft-words.js';
import { lateTurnsAwaited, othersWordsNow } from '../../client/meeting/others-words.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, T0 } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'Event']);

/** A round by hands whose last call has passed, b's hand raised in time, c's not; nobody sharing. */
function pastLastCall() {
  const r = inRound({ others: ['b', 'c'], turnMode: 'hands', settings: { shareMs: 30 * 60_000 } });
  r.ok({ type: 'setPlan', by: 'a', endsInMs: 20 * 60_000, lastCallMs: 5 * 60_000 });
  r.ok({ type: 'raiseHand', by: 'b' });
  r.tickAt(T0 + 15 * 60_000);
  return r;
}

describe('past the last call', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) someone without a hand up is told no new hands, is offered no hand, and the draft is not promised a turn; a hand up in time keeps its way`, async () => {
      const t = dict(lang);
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const r = pastLastCall();
      const c = buildView(r.state, 'c', r.now);
      expect(c.plan.lastCall).toBe(true);
      expect(handsClosedForYou(c)).toBe(true);
      // b shares (the hand raised in time): c, waiting, reads no promise of a turn beside the draft.
      expect(r.speaker).toBe('b');
      expect(besideDraftWords(c, t)).toBe(t.composerBesideDraftLastCall(c.participants.find((p) => p.id === 'b')!.name));
      expect(besideDraftWords(c, t)).not.toContain(lang === 'nb' ? 'rekk opp' : 'raise your hand');
      // The hand button is gone for c, the note says why.
      const { Actions } = await import('../../client/meeting/actions.js');
      const ok = async () => ({ ok: true }) as never;
      const actions = new Actions({ acknowledge: ok, raiseHand: ok, lowerHand: ok, error: () => undefined });
      actions.update(c, true);
      const hand = actions.el.querySelector<HTMLButtonElement>('[data-testid="raise-hand"]')!;
      expect(hand.hidden).toBe(true);
      expect(actions.el.textContent).toContain(t.handsClosedNote);
      // b finishes; nobody shares now, nobody waits: the line says the hands are closed, not "raise your hand".
      r.ok({ type: 'finishShare', by: 'b' });
      const after = buildView(r.state, 'c', r.now);
      expect(after.speaker).toBeNull();
      expect(othersWordsNow(after, t)).toBe(t.turnNone_handsClosedNone);
      // With the plan cleared, the hands are open again, and so are the words.
      r.ok({ type: 'setPlan', by: 'a', endsInMs: null, lastCallMs: 0 });
      const open = buildView(r.state, 'c', r.now);
      expect(handsClosedForYou(open)).toBe(false);
      expect(othersWordsNow(open, t)).toBe(t.turnNone_handsRound);
      actions.update(open, true);
      expect(hand.hidden).toBe(false);
    });

    it(`(${lang}) the chair is told the last call has passed and what comes next, not "whoever wants to share raises a hand"`, async () => {
      const t = dict(lang);
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const { chairWordsNow } = await import('../../client/meeting/chair-words.js');
      const r = pastLastCall();
      r.ok({ type: 'finishShare', by: 'b' });
      const v = buildView(r.state, 'a', r.now);
      // No hand is up: no word of hands that are up, and no "go on: Go on: …" (a second tester).
      expect(v.upNext).toEqual([]);
      const { nextStepLabel } = await import('../../client/meeting/script-line.js');
      const step = v.script ? nextStepLabel(v.script) : '';
      expect(chairWordsNow(v)).toBe(t.chairSays_lastCall(step, false));
      expect(chairWordsNow(v)).not.toMatch(/hands are up share|har hånden oppe, får/u);
      // The members: nobody waits for a turn.
      expect(othersWordsNow(buildView(r.state, 'c', r.now), t)).toBe(t.turnNone_handsClosedNone);
    });
  }
});

describe('a round that waits on a dropped member’s late turn', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) the chair is told whose late turn and that going on asks first; the members, without a name, that the round waits for a late turn`, async () => {
      const t = dict(lang);
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const { chairWordsNow } = await import('../../client/meeting/chair-words.js');
      const r = inRound({ others: ['b', 'c'], settings: { graceMs: 600_000 } });
      r.ok({ type: 'disconnect', by: 'c' });
      r.ok({ type: 'finishShare', by: r.speaker! });
      r.ok({ type: 'finishShare', by: r.speaker! });
      const chair = buildView(r.state, 'a', r.now);
      expect(chair.roundActive).toBe(true);
      expect(chair.speaker).toBeNull();
      const name = chair.participants.find((p) => p.id === 'c')!.name;
      expect(lateTurnsAwaited(chair)).toEqual([name]);
      expect(chairWordsNow(chair)).toContain(name);
      expect(chairWordsNow(chair)).toBe(t.chairSays_roundWaitsLate(name, chairWordsNow(chair).match(lang === 'nb' ? /«(.*)»/u : /"(.*)"/u)![1]!));
      const member = buildView(r.state, 'b', r.now);
      expect(othersWordsNow(member, t)).toBe(t.turnNone_roundWaitsLate);
      expect(othersWordsNow(member, t)).not.toContain(name);
      // c comes back: c's late turn starts, and nothing waits any more.
      r.ok({ type: 'reconnect', by: 'c' });
      expect(r.speaker).toBe('c');
      expect(lateTurnsAwaited(buildView(r.state, 'a', r.now))).toEqual([]);
    });
  }
});

// A fresh tester (2026-12-05): the time plan said "0 people have not shared yet" while the bar
// said a member's time ran out before she shared anything. The count is who is still to share.
describe("the time plan's count", () => {
  it('says who is still to share, not who has shared nothing (nb and en)', () => {
    // Nobody left: not "0 more people to share" (and no suggestion beside it: plan-suggestion.test.ts).
    expect(dict('en').planLeft('5:00', 0)).toBe('5:00 left; everyone has had their turn.');
    expect(dict('nb').planLeft('5:00', 0)).toBe('5:00 igjen; alle har hatt sin tur.');
    expect(dict('en').planLeft('5:00', 1)).toBe('5:00 left; 1 more person to have their turn.');
    expect(dict('nb').planLeft('5:00', 1)).toBe('5:00 igjen; én til skal ha sin tur.');
    for (const lang of ['nb', 'en'] as const) expect(dict(lang).planLeft('5:00', 0)).not.toMatch(/not shared|ikke delt/u);
  });
});
