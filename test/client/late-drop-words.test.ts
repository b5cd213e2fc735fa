// A fresh tester went offline with 8 s of her turn left and came back after 30 s: her page said
// "The time for your turn ran out" above her unshared words, then "You are next" as her late turn
// came. The server learns of a silent link only later (a ping unanswered) and dates the drop back:
// its clock had ended the turn as run out before it knew, and then owed it as a late turn
// (decide.ts owedAfterLateDrop). The notes now say the connection was down when the turn ended.
// The page's real code in jsdom, views and events from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView, isPrivate, type LoggedEvent } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { fakePageClocks, mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

fakePageClocks();

/** b's turn with 8 s left and words in her box, on her page; `lostAt`: the moment her link goes. */
async function speakingWithWords(lang: 'nb' | 'en'): Promise<{ r: ReturnType<typeof inRound>; page: MountedPage; lostAt: number }> {
  const r = inRound({ others: ['b', 'c', 'd'] });
  r.shareDone('a');
  expect(r.speaker).toBe('b');
  r.wait(r.state.speaker!.deadline - r.now - 8_000);
  const page = await mountPage(r, 'b', lang);
  const box = page.q<HTMLTextAreaElement>('composer')!;
  box.value = 'Det jeg ville si om uka mi';
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.advanceTimersByTimeAsync(100);
  return { r, page, lostAt: r.now };
}

describe('a turn the clock ended after her link had gone', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) is told as lost to the drop, not as time run out`, async () => {
      const { r, page, lostAt } = await speakingWithWords(lang);
      // Her link goes silent; the server's clock ends the turn before it knows.
      page.conn.h.status('reconnecting');
      const missed: LoggedEvent[] = [];
      const log = (events: ReturnType<typeof r.ok>) => {
        for (const event of events) if (!isPrivate(event)) missed.push({ seq: r.state.seq, at: r.now, event });
      };
      log(r.tickAt(r.state.speaker!.deadline));
      expect(r.speaker).toBe('c');
      expect(missed.some((l) => l.event.type === 'shareEnded' && l.event.reason.startsWith('timeout'))).toBe(true);
      // 10 s later the unanswered ping closes the link; the drop is dated from when it went.
      r.wait(10_000);
      log(r.ok({ type: 'disconnect', by: 'b', at: lostAt }));
      expect(buildView(r.state, 'a', r.now).participants.find((p) => p.id === 'b')!.status).toBe('missed');
      await vi.advanceTimersByTimeAsync(30_000);
      r.wait(20_000);
      log(r.ok({ type: 'reconnect', by: 'b' }));
      page.conn.h.status('connected');
      page.conn.h.ready({ you: 'b', token: 'tok', view: buildView(r.state, 'b', r.now), missed });
      for (const le of missed) page.conn.h.event(le);
      await vi.advanceTimersByTimeAsync(500);
      const notes = ['draft-kept', 'composer-unsent'].map((id) => page.q(id)).filter((el) => el && !el.hidden).map((el) => el!.textContent ?? '');
      expect(notes.length).toBeGreaterThan(0);
      for (const n of notes) expect(n).not.toContain(t.draftKeptWhyTimeout);
      expect(notes.join(' ')).toMatch(new RegExp(`${t.draftKeptWhyGone.replace(/[.?]/g, '\\$&')}|${t.composerUnsentGone.slice(0, 20).replace(/[.?()]/g, '\\$&')}`));
      page.destroy();
    });

    // Her page may see the turn end before it knows its own link is gone (a silent link looks up
    // until a ping goes unanswered): the note says "time ran out", then the view owes the turn.
    it(`(${lang}) told "time ran out" first, the note is put right once the turn is owed`, async () => {
      const { r, page, lostAt } = await speakingWithWords(lang);
      for (const event of r.tickAt(r.state.speaker!.deadline)) if (!isPrivate(event)) page.conn.h.event({ seq: r.state.seq, at: r.now, event });
      page.push();
      await vi.advanceTimersByTimeAsync(100);
      expect(page.q('draft-kept')!.textContent).toContain(t.draftKeptWhyTimeout);
      r.wait(10_000);
      r.ok({ type: 'disconnect', by: 'b', at: lostAt });
      r.ok({ type: 'reconnect', by: 'b' });
      page.push();
      await vi.advanceTimersByTimeAsync(100);
      expect(page.q('draft-kept')!.textContent).toContain(t.draftKeptWhyGone);
      expect(page.q('draft-kept')!.textContent).not.toContain(t.draftKeptWhyTimeout);
      page.destroy();
    });
  }
});
