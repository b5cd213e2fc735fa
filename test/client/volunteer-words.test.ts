// The box "I can chair the meeting if needed" (client/meeting/volunteer-words.ts). A fresh tester
// (2026-12-06, relatives format, English, open sharing) ticked it as an offer and was told at once
// "You now chair the meeting". A tick takes the chair at once while it is empty, and after the
// format's rotation found nobody (a meeting must not stand without a chair): then the box says so
// before the tick; otherwise it stays an offer. What the page predicts is what the core does.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { tickTakesChair, volunteerLabel } from '../../client/meeting/volunteer-words.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, type Run } from '../core/helpers.js';

/** What the box says to `id`, what it predicts, and whether ticking it then made `id` the chair. */
function tick(r: Run, id: string): { takes: ReturnType<typeof tickTakesChair>; en: string; nb: string; chair: boolean } {
  const v = buildView(r.state, id, r.now);
  const out = { takes: tickTakesChair(v), en: volunteerLabel(v, dict('en')), nb: volunteerLabel(v, dict('nb')) };
  r.ok({ type: 'volunteer', by: id, on: true });
  return { ...out, chair: r.state.chairId === id };
}

describe('the "I can chair" box', () => {
  it('while someone chairs, is an offer, and ticking it only offers', () => {
    const r = inRound({ others: ['b', 'c'] });
    expect(tick(r, 'b')).toEqual({ takes: null, en: 'I can chair the meeting if needed', nb: 'Jeg kan lede møtet om det trengs', chair: false });
    expect(r.state.chairId).toBe('a');
  });

  it('with the chair empty and the room asked, says before the tick that it takes the chair (nb and en), and it does', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'leave', by: 'a' });
    expect(r.state.chairVacant).toBe(true);
    expect(tick(r, 'c')).toEqual({ takes: 'empty', en: 'I take the chair now (nobody is chairing)', nb: 'Jeg tar møteleder-rollen nå (ingen leder møtet)', chair: true });
  });

  it('to the one sharing with the chair empty, says the tick takes the chair when the share is done, and it does then', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'leave', by: 'a' });
    expect(r.speaker).toBe('b');
    expect(tick(r, 'b')).toEqual({ takes: 'afterShare', en: 'I take the chair when my share is done (nobody is chairing)', nb: 'Jeg tar møteleder-rollen når jeg er ferdig med å dele (ingen leder møtet)', chair: false });
    r.shareDone('b');
    expect(r.state.chairId).toBe('b');
  });

  it('with the chair empty while a volunteer shares (the room not asked), says so too, and takes it', () => {
    const r = inRound({ others: ['b', 'c'], volunteers: ['c'] });
    r.shareDone('a');
    r.shareDone('b');
    expect(r.speaker).toBe('c');
    r.ok({ type: 'leave', by: 'a' });
    expect(r.state.chairId).toBeNull();
    expect(r.state.chairVacant).toBe(false);
    expect(tick(r, 'b')).toMatchObject({ takes: 'empty', en: 'I take the chair now (nobody is chairing)', chair: true });
  });

  it("after the format's rotation found nobody, says the tick takes the chair from its holder now, and it does", () => {
    const r = inRound({ others: ['b', 'c'], settings: { rotateChairEachRound: true } });
    while (r.speaker) r.shareDone(r.speaker);
    expect(r.state.rotationOpen).toBe(true);
    expect(volunteerLabel(buildView(r.state, 'a', r.now), dict('en'))).toBe('I can chair the meeting if needed');
    expect(tick(r, 'b')).toEqual({ takes: 'rotation', en: 'I take the chair now (it moves on after the round)', nb: 'Jeg tar møteleder-rollen nå (den skal gå videre etter runden)', chair: true });
  });
});
