// The chair's line on how the meeting stands against its plan. A tester's chair read "The meeting is
// 65 min ahead of its plan: no need to hurry" in a short meeting: the format plans 35 min for the
// round and 15 for open sharing, a round of three takes minutes, and once the sharing was over the
// lead was only the meeting ending early, with nothing left to hurry. A lead is said with its
// minutes only as far as the sharing can still spend it; past the sharing, ending early is said to
// be fine. The page's real code in jsdom, views from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { sharingPlanLeftMs, timingWords } from '../../client/meeting/timing-words.js';
import { clockTime } from '../../client/meeting/describe.js';
import { buildView, type MeetingView } from '../../shared/meeting/view.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const MIN = 60_000;

/** The peer group's format: one round, no open sharing after it. */
const PEER_GROUP = { formatId: 'peer-group', settings: { openSharing: false } } as const;

/** A circle round everyone has had their turn in (each passes). */
function roundComplete(r: Run): Run {
  while (r.state.roundActive && r.state.speaker) r.ok({ type: 'pass', by: r.state.speaker.id });
  expect(r.state.roundActive).toBe(false);
  return r;
}

/** The chair's line as `r`'s chair page shows it now. */
async function chairLine(r: Run, lang: 'nb' | 'en'): Promise<{ text: string; state: string | undefined }> {
  const page = await mountPage(r, 'a', lang);
  const el = page.q('script-timing')!;
  const out = { text: el.textContent ?? '', state: el.dataset.state };
  page.destroy();
  return out;
}

/** Minutes said in the line ("43 min"), or null. */
const minutesIn = (text: string): number | null => {
  const m = /(\d+) min/.exec(text);
  return m ? Number(m[1]) : null;
};

const chairView = (r: Run): MeetingView => buildView(r.state, 'a', r.now);

describe("the chair's line on the plan says a lead only as far as it means something", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) a short meeting, step by step: a lead the sharing can spend has its minutes; a greater one none; past the sharing, ending early is fine`, async () => {
      // The opening skipped: the round starts 11 planned minutes early, three members to share.
      const r = inRound({ others: ['b', 'c'] });
      r.wait(MIN);
      let v = chairView(r);
      expect(v.script!.kind).toBe('round');
      expect(v.script!.driftMs).toBeLessThan(-5 * MIN);
      let line = await chairLine(r, lang);
      expect(line.state).toBe('ahead');
      expect(line.text).toBe(t.scriptAhead(Math.round(-v.script!.driftMs / MIN)));

      // The round done in minutes, open sharing next: the lead is still the sharing's to spend.
      roundComplete(r);
      r.wait(MIN);
      r.ok({ type: 'advance', by: 'a' });
      v = chairView(r);
      expect(v.phase).toBe('open');
      // Far ahead of the plan (the 35 planned minutes of the round went unused): more than open
      // sharing's own 15 planned minutes could spend. No figure, no claim it is a matter of pace.
      expect(-v.script!.driftMs).toBeGreaterThan(sharingPlanLeftMs(v, v.script!.remainingMs)!);
      line = await chairLine(r, lang);
      expect(line.state).toBe('ahead');
      expect(line.text).toBe(t.scriptAheadFar);
      expect(minutesIn(line.text)).toBeNull();

      // Open sharing over: contributions, the announcements, the closing. The lead is now ~60 min:
      // it is said that ending early is fine, with no figure and no hurry.
      r.wait(MIN);
      r.ok({ type: 'advance', by: 'a' });
      while (true) {
        v = chairView(r);
        expect(v.phase).toBe('closing');
        expect(v.script!.driftMs).toBeLessThan(-45 * MIN);
        line = await chairLine(r, lang);
        expect(line.state).toBe('early');
        expect(line.text).toBe(t.scriptAheadDone);
        expect(minutesIn(line.text)).toBeNull();
        expect(line.text).not.toMatch(lang === 'nb' ? /skynde/ : /hurry/);
        if (v.script!.kind === 'closing') break;
        r.ok({ type: 'nextSegment', by: 'a' });
      }
    });

    it(`(${lang}) a complete round with no open sharing after it: the sharing is over, ending early is fine`, async () => {
      const r = roundComplete(inRound({ others: ['b', 'c'], ...PEER_GROUP }));
      const v = chairView(r);
      expect(v.script!.kind).toBe('round');
      expect(v.script!.driftMs).toBeLessThan(-MIN);
      expect(sharingPlanLeftMs(v, v.script!.remainingMs)).toBeNull();
      const line = await chairLine(r, lang);
      expect(line).toEqual({ text: t.scriptAheadDone, state: 'early' });
    });

    it(`(${lang}) behind the plan and on time are said as before`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      const v = chairView(r);
      expect(timingWords(v, 20_000, v.script!.remainingMs, t, lang)).toEqual({ state: 'on-time', text: t.scriptOnTime });
      // The round's planned time long gone with a member still to share: behind, by how much.
      r.wait(60 * MIN);
      const late = chairView(r);
      expect(late.script!.driftMs).toBeGreaterThan(MIN);
      const line = await chairLine(r, lang);
      expect(line).toEqual({ text: t.scriptBehind(Math.round(late.script!.driftMs / MIN)), state: 'behind' });
      // Ahead while people are still to share, the round's planned time used up: open sharing's
      // 15 planned minutes can spend a 5-minute lead (its figure), not a 20-minute one.
      expect(timingWords(late, -5 * MIN, 0, t, lang)).toEqual({ state: 'ahead', text: t.scriptAhead(5) });
      expect(timingWords(late, -20 * MIN, 0, t, lang)).toEqual({ state: 'ahead', text: t.scriptAheadFar });
      // With no open sharing after the round, people still to share: sharing goes on, so never
      // "the sharing is over"; once the round is complete it is.
      const peer = inRound({ others: ['b', 'c', 'd'], ...PEER_GROUP });
      expect(timingWords(chairView(peer), -5 * MIN, 0, t, lang)).toEqual({ state: 'ahead', text: t.scriptAheadFar });
      expect(timingWords(chairView(peer), -5 * MIN, 10 * MIN, t, lang)).toEqual({ state: 'ahead', text: t.scriptAhead(5) });
      expect(timingWords(chairView(roundComplete(peer)), -5 * MIN, 10 * MIN, t, lang)).toEqual({ state: 'early', text: t.scriptAheadDone });
    });

    it(`(${lang}) a sharing end the chair set rules: never "ahead of the plan, no need to hurry" beside "5 min left", nor "well ahead" after the last call`, async () => {
      // A tester's chair set sharing to end at a time with a 5-minute last call; the panel said
      // "5 min left", this line "10 min ahead of its plan: no need to hurry".
      const r = inRound({ others: ['b', 'c'] });
      r.wait(MIN);
      r.ok({ type: 'setPlan', by: 'a', endsInMs: 10 * MIN, lastCallMs: 5 * MIN });
      r.wait(4 * MIN);
      let v = chairView(r);
      expect(v.script!.driftMs).toBeLessThan(-5 * MIN);
      expect(v.plan.lastCall).toBe(false);
      const at = clockTime(v.plan.sharingEndsAt!, lang);
      let line = await chairLine(r, lang);
      expect(line).toEqual({ state: 'ahead', text: t.scriptAheadSharingEnds(at) });
      for (const never of [t.scriptAhead(Math.round(-v.script!.driftMs / MIN)), t.scriptAheadFar]) expect(line.text).not.toBe(never);
      expect(minutesIn(line.text)).toBeNull();
      // After the last call: that it has been given, and the end time; not "well ahead".
      r.wait(2 * MIN);
      v = chairView(r);
      expect(v.plan.lastCall).toBe(true);
      line = await chairLine(r, lang);
      expect(line).toEqual({ state: 'ahead', text: t.scriptAheadLastCall(at) });
      // The end cleared: the plan's lead is said again.
      r.ok({ type: 'setPlan', by: 'a', endsInMs: null, lastCallMs: 0 });
      line = await chairLine(r, lang);
      expect([t.scriptAheadFar, t.scriptAhead(Math.round(-chairView(r).script!.driftMs / MIN))]).toContain(line.text);
      // Neither says the lead is there to spend (no "no need to hurry" beside a deadline).
      expect(t.scriptAheadSharingEnds(at)).not.toMatch(/hurry|skynde/);
      expect(t.scriptAheadLastCall(at)).not.toMatch(/hurry|skynde|godt foran|well ahead/);
    });
  }
});
