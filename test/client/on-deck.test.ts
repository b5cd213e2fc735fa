// The on-deck box (client/meeting/on-deck.ts): the screen-reader line may say "you are next" only
// while this person is next. After a reconnect (the turn passed them while they were offline) it
// said "You are next" under "You are number 3 in line." Views come from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'Node', 'Text', 'sessionStorage', 'localStorage', 'navigator']);

describe('onDeckWords', () => {
  it('says "you are next" only on deck; a place in line otherwise; nothing when speaking or out of line', async () => {
    const { onDeckWords } = await import('../../client/meeting/on-deck.js');
    const t = dict('en');
    const r = inRound({ others: ['b', 'c', 'd'] });
    const sp = r.speaker!;
    const line = buildView(r.state, sp, r.now).upNext;
    expect(line.length).toBeGreaterThanOrEqual(2);
    expect(onDeckWords(buildView(r.state, line[0]!, r.now), t)).toEqual({ visible: t.onDeckYou, next: true });
    expect(onDeckWords(buildView(r.state, line[1]!, r.now), t)).toEqual({ visible: t.onDeckPlace(2), next: false });
    expect(onDeckWords(buildView(r.state, sp, r.now), t)).toEqual({ visible: null, next: false });
  });

  it('says nothing of a place in line once the banner says the seat is probably given up (a fresh tester read "you are next" beside it)', async () => {
    const { onDeckWords } = await import('../../client/meeting/on-deck.js');
    const { connectionWords, seatProbablyGone } = await import('../../client/meeting/connection-words.js');
    const t = dict('en');
    const r = inRound({ others: ['b', 'c', 'd'] });
    const next = buildView(r.state, buildView(r.state, r.speaker!, r.now).upNext[0]!, r.now);
    for (const away of [0, 5_000, next.graceMs - 1]) {
      expect(seatProbablyGone(next, away)).toBe(false);
      expect(onDeckWords(next, t, seatProbablyGone(next, away)).visible).toBe(t.onDeckYou);
    }
    for (const away of [next.graceMs, next.graceMs + 60_000]) {
      expect(connectionWords(t, 'reconnecting', next.graceMs, away)).toContain(t.seatProbablyGoneUnlessPaused(Math.round(next.graceMs / 1000)));
      expect(seatProbablyGone(next, away)).toBe(true);
      expect(onDeckWords(next, t, seatProbablyGone(next, away))).toEqual({ visible: null, next: false });
    }
    expect(seatProbablyGone(next, null)).toBe(false);
  });
});

describe('OnDeck: the screen-reader line follows what is true now', () => {
  it('told "you are next", then no longer next (the turn passed them): the line is emptied', async () => {
    vi.useFakeTimers();
    try {
      const { OnDeck } = await import('../../client/meeting/on-deck.js');
      const { app } = await import('../../client/app.js');
      const t = app.t;
      const od = new OnDeck();
      const live = () => od.el.querySelector('[data-testid="on-deck-announce"]')!.textContent;
      const text = () => od.el.querySelector('.on-deck-text')!.textContent;
      const r = inRound({ others: ['b', 'c', 'd'] });
      const sp = r.speaker!;
      const next = buildView(r.state, sp, r.now).upNext[0]!;
      const v = buildView(r.state, next, r.now);
      od.update(v);
      vi.advanceTimersByTime(100);
      expect(live()).toBe(t.onDeckYou);
      // Back from a drop: third in line.
      od.update({ ...v, upNext: v.upNext.filter((id) => id !== next).slice(0, 2).concat(next) });
      expect(text()).toBe(t.onDeckPlace(3));
      expect(live()).toBe('');
      // An announcement on its way when the place changed is called off.
      od.update({ ...v, speaker: { ...v.speaker!, deadline: v.speaker!.deadline + 1 } });
      od.update({ ...v, upNext: [] });
      vi.advanceTimersByTime(100);
      expect(live()).toBe('');
      expect(od.el.hidden).toBe(true);
      // On deck again: told again.
      od.update(v);
      vi.advanceTimersByTime(100);
      expect(live()).toBe(t.onDeckYou);
      // Said, then taken out of the live region: someone browsing the page later never meets it
      // (a fresh tester, 2026-12-03, met "It is your turn" long after the turn), while the visible
      // line stays as long as it is true.
      const { ANNOUNCE_KEEP_MS } = await import('../../client/live-region.js');
      vi.advanceTimersByTime(ANNOUNCE_KEEP_MS + 10);
      expect(live()).toBe('');
      expect(text()).toBe(t.onDeckYou);
      od.update(v);
      vi.advanceTimersByTime(100);
      expect(live()).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  // A fresh tester (2026-12-05): a screen reader heard "You are next" again when the speaker came
  // back from a drop (the return sets a new deadline for the same turn).
  it('is said once per turn: a held turn that resumes (new deadline, same turn) does not say it again', async () => {
    vi.useFakeTimers();
    try {
      const { OnDeck } = await import('../../client/meeting/on-deck.js');
      const { ANNOUNCE_KEEP_MS } = await import('../../client/live-region.js');
      const { app } = await import('../../client/app.js');
      const od = new OnDeck();
      const live = () => od.el.querySelector('[data-testid="on-deck-announce"]')!.textContent;
      const r = inRound({ others: ['b', 'c', 'd'], settings: { speakerGraceMs: 20_000 } });
      const sp = r.speaker!;
      const next = buildView(r.state, sp, r.now).upNext[0]!;
      od.update(buildView(r.state, next, r.now));
      vi.advanceTimersByTime(100);
      expect(live()).toBe(app.t.onDeckYou);
      vi.advanceTimersByTime(ANNOUNCE_KEEP_MS + 10);
      expect(live()).toBe('');
      r.wait(5_000).ok({ type: 'disconnect', by: sp });
      r.wait(5_000).ok({ type: 'reconnect', by: sp });
      const back = buildView(r.state, next, r.now);
      expect(back.speaker?.id).toBe(sp);
      expect(back.upNext[0]).toBe(next);
      od.update(back);
      vi.advanceTimersByTime(100);
      expect(live()).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});
