// A fresh verifier's speaker came back from a drop in the last seconds of her own turn and heard
// the time warning (an alert) and "You are back, and it is still your turn: about 6 seconds left."
// within 0.1 s. Two kinds: the turn held through the drop comes back with a new deadline, which
// started the warning over although it had been said before the drop; and a warning that came due
// while she was offline was said at once on her return, beside the return's own line. Now a turn
// is warned once whatever its deadline (more time starts it over), nothing is said while offline,
// and on a return the line that says the time is the one said; the warning shows, not an alert.
// A fresh tester then found the warning never said when the server had stopped her clock while she
// was away: the page gave it (unsaid) on its own guess of the time on coming back; no warning is
// given now until the resume's answer is in.
// The page's real code in jsdom, views and events from the real core, the page's clocks faked.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView, isPrivate, type LoggedEvent } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { watchLive } from '../helpers/live-said.js';
import { fakePageClocks, mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

fakePageClocks();

describe('back on her own turn in its last seconds: the time is said once', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    const warned = (said: string[]) => said.filter((s) => s.includes(t.timeWarning(true)) || s.includes(t.timeWarning(false)));

    it(`(${lang}) warned before the drop, the turn held and given back: the warning is not said again`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      r.shareDone('a');
      expect(r.speaker).toBe('b');
      // Past the warning (10 s left in these settings): 6 s left.
      r.tickAt(r.state.speaker!.deadline - 6_000);
      expect(r.state.speaker!.warned).toBe(true);
      const page = await mountPage(r, 'b', lang);
      await vi.advanceTimersByTimeAsync(600);
      expect(page.q('time-warning')!.hidden).toBe(false);
      const missed: LoggedEvent[] = [];
      page.conn.h.status('reconnecting');
      for (const event of r.ok({ type: 'disconnect', by: 'b' })) if (!isPrivate(event)) missed.push({ seq: r.state.seq, at: r.now, event });
      await vi.advanceTimersByTimeAsync(12_000);
      r.wait(12_000);
      for (const event of r.ok({ type: 'reconnect', by: 'b' })) if (!isPrivate(event)) missed.push({ seq: r.state.seq, at: r.now, event });
      expect(r.speaker).toBe('b');
      const view = buildView(r.state, 'b', r.now);
      // The same turn, a new deadline.
      expect(view.speaker!.remainingMs).toBeLessThan(7_000);
      const live = watchLive(page.container, { shown: true });
      page.conn.h.status('connected');
      page.conn.h.ready({ you: 'b', token: 'tok', view, missed });
      for (const le of missed) page.conn.h.event(le);
      await vi.advanceTimersByTimeAsync(1_000);
      live.stop();
      expect(live.said.filter((s) => s.includes(t.backOnTurnAnnounce('')))).toHaveLength(0);
      expect(live.said.filter((s) => s.startsWith(t.backOnTurnAnnounce('').split(':')[0]!))).toHaveLength(1);
      expect(warned(live.said)).toEqual([]);
      expect(page.q('time-warning')!.hidden).toBe(false);
      page.destroy();
    });

    it(`(${lang}) due while she was offline: not said offline, and on her return only the return's line says the time`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      r.shareDone('a');
      expect(r.speaker).toBe('b');
      // 20 s left: the warning (10 s) comes while her link is down; the server never notices.
      r.wait(r.state.speaker!.deadline - r.now - 20_000);
      const page = await mountPage(r, 'b', lang);
      await vi.advanceTimersByTimeAsync(600);
      expect(page.q('time-warning')!.hidden).toBe(true);
      const live = watchLive(page.container, { shown: true });
      page.conn.h.status('reconnecting');
      await vi.advanceTimersByTimeAsync(13_600);
      expect(warned(live.said)).toEqual([]);
      r.tickAt(r.state.speaker!.deadline - 10_000);
      r.wait(3_600);
      const view = buildView(r.state, 'b', r.now);
      expect(view.speaker!.warned).toBe(true);
      page.conn.h.status('connected');
      page.conn.h.ready({ you: 'b', token: 'tok', view, missed: [] });
      await vi.advanceTimersByTimeAsync(1_000);
      live.stop();
      expect(live.said.filter((s) => s.startsWith(t.backOnTurnAnnounce('').split(':')[0]!))).toHaveLength(1);
      expect(warned(live.said)).toEqual([]);
      // Shown, with its words, for her to read.
      expect(page.q('time-warning')!.hidden).toBe(false);
      expect(page.q('time-warning')!.textContent).toContain(t.timeWarning(true));
      page.destroy();
    });

    it(`(${lang}) her clock stopped by the server while away: back with time before the warning, the warning is said when it comes`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      r.shareDone('a');
      expect(r.speaker).toBe('b');
      // 14 s left (the warning at 10 s); she drops, the server holds the turn and stops her clock.
      r.wait(r.state.speaker!.deadline - r.now - 14_000);
      const page = await mountPage(r, 'b', lang);
      await vi.advanceTimersByTimeAsync(600);
      const missed: LoggedEvent[] = [];
      page.conn.h.status('reconnecting');
      for (const event of r.ok({ type: 'disconnect', by: 'b' })) if (!isPrivate(event)) missed.push({ seq: r.state.seq, at: r.now, event });
      // Away 8 s: her page's own guess is 6 s left, the server's clock stands at 14 s.
      await vi.advanceTimersByTimeAsync(8_000);
      r.wait(8_000);
      for (const event of r.ok({ type: 'reconnect', by: 'b' })) if (!isPrivate(event)) missed.push({ seq: r.state.seq, at: r.now, event });
      const view = buildView(r.state, 'b', r.now);
      expect(view.speaker!.remainingMs).toBeGreaterThan(13_000);
      const live = watchLive(page.container, { shown: true });
      page.conn.h.status('connected');
      await vi.advanceTimersByTimeAsync(700);
      expect(warned(live.said)).toEqual([]);
      page.conn.h.ready({ you: 'b', token: 'tok', view, missed });
      for (const le of missed) page.conn.h.event(le);
      await vi.advanceTimersByTimeAsync(500);
      expect(warned(live.said)).toEqual([]);
      expect(live.said.filter((s) => s.startsWith(t.backOnTurnAnnounce('').split(':')[0]!))).toHaveLength(1);
      // At 10 s left the warning comes, said with its figure.
      await vi.advanceTimersByTimeAsync(4_500);
      live.stop();
      expect(warned(live.said).length).toBeGreaterThan(0);
      expect(warned(live.said).every((w) => w.startsWith(t.timeWarningLeft(t.aboutSeconds(10))))).toBe(true);
      expect(page.q('time-warning')!.getAttribute('role')).toBe('alert');
      page.destroy();
    });
  }
});
