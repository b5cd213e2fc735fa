// The chair's time plan suggests a share length only for people whose turn is still to begin. A
// tester saw "Suggestion: … per share" beside "0 more people to share": a suggestion for nobody.
// A new length applies from the next turn on (the turn under way keeps its clock), so the one
// sharing now is no one to suggest it for either: with only them left, the line says so instead,
// and with nobody left, that everyone has had a turn. The time shared out is the time left less
// the speaker's own. The page's real code in jsdom, views from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { suggestedShareMs } from '../../shared/meeting/round-plan.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const MIN = 60_000;

/** A circle round of a (the chair), b, c with sharing to end in 30 minutes. */
function planned(): Run {
  const r = inRound({ others: ['b', 'c'] });
  r.ok({ type: 'setPlan', by: 'a', endsInMs: 30 * MIN, lastCallMs: 0 });
  return r;
}

/** What the chair's plan panel shows: its status line and the suggestion, if shown. */
async function panel(r: Run, lang: 'nb' | 'en'): Promise<{ status: string; suggestion: string | null }> {
  const page = await mountPage(r, 'a', lang);
  const status = page.q('plan-status')!;
  const suggest = page.q('plan-suggest')!;
  expect(status.hidden).toBe(false);
  const shown = !suggest.parentElement!.hidden && !page.q('plan-apply')!.hidden;
  const out = { status: status.textContent ?? '', suggestion: shown ? (suggest.textContent ?? '') : null };
  page.destroy();
  return out;
}

/** The page's modules read the DOM globals when loaded: loaded in a test, once those are in place. */
async function pageModules() {
  const { planSuggestion } = await import('../../client/meeting/plan-panel.js');
  const { formatLength } = await import('../../client/meeting/describe.js');
  return { planSuggestion, formatLength };
}

describe("the time plan's suggestion is for those whose turn is still to begin", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) the circle: two after the speaker share the time left less the speaker's; with only the speaker left, no suggestion`, async () => {
      const { planSuggestion, formatLength } = await pageModules();
      const suggestionOf = (ms: number, now: number) => t.planSuggest(formatLength(ms, t), formatLength(now, t));
      const r = planned();
      let v = buildView(r.state, 'a', r.now);
      expect(v.plan.toShare).toBe(3);
      expect(planSuggestion(v)).toEqual({ later: 2, ms: suggestedShareMs(v.plan.remainingMs! - v.speaker!.remainingMs, 2) });
      let p = await panel(r, lang);
      expect(p.suggestion).toBe(suggestionOf(suggestedShareMs(v.plan.remainingMs! - v.speaker!.remainingMs, 2)!, v.shareMs));
      expect(p.status).toContain(t.planLeftAfterSpeaker(t.minutes(30, 0), 2));

      // a and b pass: c shares, the last in the round. A new length would start with nobody's turn.
      r.ok({ type: 'pass', by: 'a' });
      r.ok({ type: 'pass', by: 'b' });
      expect(r.speaker).toBe('c');
      v = buildView(r.state, 'a', r.now);
      expect(v.plan.toShare).toBe(1);
      expect(planSuggestion(v)).toEqual({ later: 0, ms: null });
      p = await panel(r, lang);
      expect(p.suggestion).toBeNull();
      expect(p.status).toContain(t.planLeftSpeakerOnly(t.minutes(30, 0)));

      // c passes too: the round is complete, nobody is left to share.
      r.ok({ type: 'pass', by: 'c' });
      v = buildView(r.state, 'a', r.now);
      expect(v.plan.toShare).toBe(0);
      expect(planSuggestion(v)).toEqual({ later: 0, ms: null });
      p = await panel(r, lang);
      expect(p.suggestion).toBeNull();
      expect(p.status).toContain(t.planLeft(t.minutes(30, 0), 0));
      expect(p.status).not.toMatch(/\b0\b/);
    });

    it(`(${lang}) open sharing: a speaker who shared before is not counted, one who has not is; nobody after them, no suggestion`, async () => {
      const { planSuggestion } = await pageModules();
      const r = planned();
      r.shareDone('a');
      r.shareDone('b');
      r.ok({ type: 'pass', by: 'c' });
      r.ok({ type: 'advance', by: 'a' });
      expect(r.state.phase).toBe('open');
      // b (who shared) speaks again, c (who passed) waits with a hand up: c is the one to suggest for.
      r.ok({ type: 'raiseHand', by: 'b' });
      r.ok({ type: 'raiseHand', by: 'c' });
      expect(r.speaker).toBe('b');
      let v = buildView(r.state, 'a', r.now);
      expect(v.plan.toShare).toBe(1);
      expect(planSuggestion(v)).toEqual({ later: 1, ms: suggestedShareMs(v.plan.remainingMs! - v.speaker!.remainingMs, 1) });
      let p = await panel(r, lang);
      expect(p.suggestion).not.toBeNull();
      expect(p.status).toContain(t.planLeft(t.minutes(30, 0), 1).split('; ')[1]!);

      // b is done: c, who has not shared, shares; nobody is after c.
      r.ok({ type: 'finishShare', by: 'b' });
      expect(r.speaker).toBe('c');
      v = buildView(r.state, 'a', r.now);
      expect(v.plan.toShare).toBe(1);
      expect(planSuggestion(v)).toEqual({ later: 0, ms: null });
      p = await panel(r, lang);
      expect(p.suggestion).toBeNull();
      expect(p.status).toContain(t.planLeftSpeakerOnly(t.minutes(30, 0)));

      // c shares: everyone has shared.
      r.shareDone('c');
      v = buildView(r.state, 'a', r.now);
      expect(v.plan.toShare).toBe(0);
      p = await panel(r, lang);
      expect(p.suggestion).toBeNull();
      expect(p.status).toContain(t.planLeft(t.minutes(30, 0), 0));
    });
  }
});
