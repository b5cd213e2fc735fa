// The chair's time plan in words a first-time chair reads right. A fresh tester's chair, sharing
// herself with two others to come, read "02:45: 10:06 left; 2 more people to share. Suggestion:
// 9 min 30 s per share (now 0 min 45 s).": the count held her while the suggestion was for those
// after her; "10:06" beside the end of sharing read as a time of day; "0 min 45 s" for 45 s. And
// "everyone has had their turn" counted a member muted before their turn came. The page's real
// code in jsdom, views from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, nameOf, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const MIN = 60_000;

/** A circle round of a (the chair, sharing first), b, c with sharing to end in 10 min 6 s. */
function planned(): Run {
  const r = inRound({ others: ['b', 'c'] });
  r.ok({ type: 'setPlan', by: 'a', endsInMs: 10 * MIN + 6_000, lastCallMs: 0 });
  return r;
}

/** The chair's plan status line, the suggestion (null when hidden) and the chair's words now. */
async function chairSees(r: Run, lang: 'nb' | 'en'): Promise<{ status: string; suggestion: string | null; words: string }> {
  const page = await mountPage(r, 'a', lang);
  const suggest = page.q('plan-suggest')!;
  const out = {
    status: page.q('plan-status')!.textContent ?? '',
    suggestion: suggest.parentElement!.hidden ? null : (suggest.textContent ?? ''),
    words: page.q('script-chair-words')?.textContent ?? '',
  };
  page.destroy();
  return out;
}

describe("the chair's time plan in words", () => {
  it('a length under a minute is in seconds alone, whole minutes without "0 s" (nb and en)', async () => {
    const { formatLength, formatLeft } = await import('../../client/meeting/describe.js');
    for (const lang of ['nb', 'en'] as const) {
      const t = dict(lang);
      expect(formatLength(45_000, t)).toBe('45 s');
      expect(formatLength(60_000, t)).toBe('1 min');
      expect(formatLength(90_000, t)).toBe('1 min 30 s');
      expect(formatLeft(45_000, t)).toBe('45 s');
      expect(formatLeft(10 * MIN + 6_000, t)).toBe('10 min');
      expect(t.tExtended('X', formatLength(30_000, t), false)).not.toMatch(/\b0 min/);
    }
  });

  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) the chair sharing with two to come: the count is the two the suggestion is for, the time left a duration`, async () => {
      const r = planned();
      r.ok({ type: 'setShareLength', by: 'a', ms: 45_000 });
      expect(r.speaker).toBe('a');
      const v = buildView(r.state, 'a', r.now);
      expect(v.plan.toShare).toBe(3);
      const p = await chairSees(r, lang);
      // One figure like a clock only: the end of sharing. The time left is "10 min".
      expect(p.status.match(/\d+:\d\d/g)?.length).toBe(1);
      expect(p.status).toContain(t.planLeftAfterSpeaker(t.minutes(10, 0), 2));
      expect(p.status.replace(/\d+:\d\d/, '')).not.toMatch(/\b3\b/);
      expect(p.suggestion).not.toBeNull();
      expect(p.suggestion).toContain(lang === 'en' ? '(now 45 s)' : '(nå 45 s)');
      expect(p.suggestion).not.toMatch(/\b0 min/);
    });

    // A fresh tester (2026-12-06): the plan counted turns to come in "shared" words ("2 more people to
    // share") where the rest of the page says "had their turn": those to come may pass, or run out
    // of time with nothing sent. Every count of turns says turns; a pass still counts as a turn had.
    it(`(${lang}) the plan counts turns, in the page's words for turns, not shares`, async () => {
      const turnWords = lang === 'en' ? /\bhave their turn\b|\bhad their turn\b/u : /\bha sin tur\b|\bhatt sin tur\b/u;
      const shareWords = lang === 'en' ? /\bto share\b|\bshared\b/u : /\bskal dele\b|\bdelt\b/u;
      const left = t.minutes(10, 0);
      for (const s of [t.planLeft(left, 0), t.planLeft(left, 1), t.planLeft(left, 2), t.planLeftAfterSpeaker(left, 1), t.planLeftAfterSpeaker(left, 2), t.planLeftSpeakerOnly(left)]) {
        expect(s).toMatch(turnWords);
        expect(s).not.toMatch(shareWords);
      }
      // On the page: the chair sharing, b and c to come; b then passes, and the count is c's turn alone.
      const r = planned();
      expect((await chairSees(r, lang)).status).toContain(t.planLeftAfterSpeaker(left, 2));
      r.shareDone('a');
      r.ok({ type: 'pass', by: 'b' });
      expect(r.speaker).toBe('c');
      const p = await chairSees(r, lang);
      expect(p.status).toContain(t.planLeftSpeakerOnly(left));
      expect(p.status).toMatch(turnWords);
      expect(p.status).not.toMatch(shareWords);
    });

    it(`(${lang}) a member muted before their turn: the round over is not "everyone has had their turn"`, async () => {
      const r = planned();
      r.ok({ type: 'mute', by: 'a', target: 'b', on: true });
      r.ok({ type: 'pass', by: 'a' });
      expect(r.speaker).toBe('c');
      r.ok({ type: 'pass', by: 'c' });
      expect(r.state.roundActive).toBe(false);
      const p = await chairSees(r, lang);
      expect(p.status).toContain(t.planLeftNoTurn(t.minutes(10, 0), nameOf('b')));
      expect(p.status).not.toContain(t.planLeft(t.minutes(10, 0), 0));
      expect(p.words.startsWith(lang === 'en' ? 'Nobody is waiting for a turn.' : 'Ingen venter på tur.')).toBe(true);
      expect(p.words).toContain(nameOf('b'));
      expect(t.tRoundComplete).not.toMatch(/everyone|alle/i);
    });

    for (const mode of ['chairPicks', 'hands', 'open'] as const) {
      it(`(${lang}, ${mode}) a muted member is not counted among those still to share, and is named once nobody else is`, async () => {
        const r = inRound({ others: ['b', 'c'], ...(mode === 'hands' ? { formatId: 'large', turnMode: 'hands' as const } : { turnMode: 'chairPicks' as const }) });
        if (mode === 'open') r.ok({ type: 'advance', by: 'a' });
        r.ok({ type: 'setPlan', by: 'a', endsInMs: 10 * MIN + 6_000, lastCallMs: 0 });
        r.ok({ type: 'mute', by: 'a', target: 'b', on: true });
        // The chair and Cecilie: the suggestion is for two, not three.
        expect(buildView(r.state, 'a', r.now).plan.toShare).toBe(2);
        expect((await chairSees(r, lang)).status).toContain(t.planLeft(t.minutes(10, 0), 2));
        for (const id of ['c', 'a']) {
          if (mode === 'chairPicks') r.ok({ type: 'giveTurn', by: 'a', target: id });
          else r.ok({ type: 'raiseHand', by: id });
          r.shareDone(id);
        }
        const p = await chairSees(r, lang);
        expect(p.status).toContain(t.planLeftNoTurn(t.minutes(10, 0), nameOf('b')));
        expect(p.status).not.toContain(t.planLeft(t.minutes(10, 0), 0));
      });
    }

    it(`(${lang}) the chair picks, everyone shared but a muted member: not "everyone here has shared"`, async () => {
      const { chairWordsNow } = await import('../../client/meeting/chair-words.js');
      const r = inRound({ others: ['b', 'c'], turnMode: 'chairPicks' });
      r.ok({ type: 'mute', by: 'a', target: 'b', on: true });
      r.ok({ type: 'giveTurn', by: 'a', target: 'c' });
      r.shareDone('c');
      // The chair is a member too: their own turn comes before "everyone" (chair-own-turn.test.ts).
      r.ok({ type: 'giveTurn', by: 'a', target: 'a' });
      r.shareDone('a');
      const words = chairWordsNow(buildView(r.state, 'a', r.now));
      expect(words).toContain(nameOf('b'));
      expect(words).not.toMatch(/^(Everyone here has shared\.|Alle som er her, har delt\.)/);
    });
  }
});
