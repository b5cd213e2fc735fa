// The line beside the draft box says where the words go next, and never promises a turn that is
// not coming (a fresh tester, 2026-12-03: "it moves to the text box when your turn starts" stayed
// on after their time ran out and "The round is complete"). Views from the real core.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { besideDraftWords } from '../../client/meeting/draft-words.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';

describe('the line beside the draft box', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) waiting in the round: the draft moves to the box at the turn; once the turn is over in this round, no turn is promised`, () => {
      const r = inRound();
      const first = r.state.speaker!.id;
      const later = r.state.roundOrder.map((e) => e.id).find((id) => id !== first)!;
      const waiting = besideDraftWords(buildView(r.state, later, r.now), t);
      expect(waiting).toBe(t.composerBesideDraft(r.state.participants.find((p) => p.id === first)!.name));
      r.ok({ type: 'pass', by: first });
      const done = besideDraftWords(buildView(r.state, first, r.now), t);
      expect(done).toContain(t.composerBesideDraftDone(null));
      expect(done).not.toBe(t.composerBesideDraft(null));
    });

    it(`(${lang}) in open sharing, out of the hand queue: raise a hand; in the queue: at the turn`, () => {
      const r = inRound();
      while (r.state.roundActive && r.state.speaker) r.ok({ type: 'pass', by: r.state.speaker.id });
      r.ok({ type: 'advance', by: 'a' });
      const v = buildView(r.state, 'b', r.now);
      expect(v.effectiveMode).toBe('hands');
      expect(besideDraftWords(v, t)).toBe(t.composerBesideDraftHand(null));
      r.ok({ type: 'raiseHand', by: 'b' });
      const queued = buildView(r.state, 'b', r.now);
      if (queued.speaker?.id !== 'b') expect(besideDraftWords(queued, t)).toContain(t.composerBesideDraft(null).slice(0, 20));
    });

    // A second fresh tester (2026-12-03): in the contributions pause and the closing the line
    // still said the draft moves to the box "when your turn starts".
    it(`(${lang}) in the closing: the sharing is over and the draft is not sent; no turn promised`, () => {
      const r = inRound();
      while (r.state.phase !== 'closing') r.ok({ type: 'advance', by: 'a' });
      const words = besideDraftWords(buildView(r.state, 'b', r.now), t);
      expect(words).toBe(t.composerBesideDraftOver);
      expect(words).not.toMatch(lang === 'nb' ? /din tur|rekk opp/ : /your turn|raise your hand/);
      expect(t.draftKeptOver).not.toMatch(lang === 'nb' ? /din tur|rekker du opp/ : /your turn|raise your hand/);
    });
  }
});

// The same tester, back at the door after the seat was given up: "it will be in the text box"
// named the wrong box (the words come back in the draft box while one waits).
describe('the door after a lost seat', () => {
  it('says the unsent words are kept without naming a box they may not come back in (nb and en)', () => {
    expect(dict('nb').unsentKeptAtDoor).not.toMatch(/tekstboks/i);
    expect(dict('en').unsentKeptAtDoor).not.toMatch(/text box/i);
    expect(dict('en').unsentKeptAtDoor).toBe('What you had written but not sent is kept: you will find it again once you are back in.');
    // A second tester: told the pause held the seat, "gone for more than 60 seconds" read untrue.
    expect(dict('en').seatGivenUp(60)).toContain('(not counting a pause in the meeting)');
    expect(dict('nb').seatGivenUp(60)).toContain('(en pause i møtet ikke medregnet)');
  });
});

// A second tester came back with the chair link, typed another name and came back as before,
// unsure what to type: a returning chair whose seat is kept is offered it by name, in one press
// (join.ts chairReturn), with no form. The form's note is then for a new chair only, and does not
// speak of returning (a fresh tester, 2026-12-05, creating a meeting, read "If you were already
// here, you return to your seat…" and was confused).
describe("the chair link's note at the door", () => {
  it('names the kept seat for a returning chair; the new chair reads only that they will chair (nb and en)', () => {
    expect(dict('en').joinChairReturn('Quiet Pine')).toContain('Quiet Pine');
    expect(dict('nb').joinChairReturn('Quiet Pine')).toContain('Quiet Pine');
    expect(dict('en').joinChairNote).toBe('You have the chair link: you will chair.');
    expect(dict('nb').joinChairNote).toBe('Du har møteleder-lenken: du blir møteleder.');
  });
});
