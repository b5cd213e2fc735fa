// What a page coming back hears of what it missed (a fresh tester): the chair's connection came
// back and the page read out every missed line at once, an old "time nearly up" among them for a
// turn long over. Missed lines go into the transcript unheard; a call to act that no longer holds
// (a time warning for a turn that has ended, a question already answered) is not shown at all;
// one that still holds is said once, and goes from the live region once it no longer holds. The
// page's real code in jsdom, views from the real core, the return played as the connection plays
// it (connection.ts onAck: the view, then the missed events).
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { newsOnReturn } from '../../client/meeting/replay-news.js';
import { buildView, isPrivate, type LoggedEvent } from '../../shared/meeting/view.js';
import type { Command } from '../../shared/meeting/commands.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

/** The room's log while the page was away: each accepted command's events as the server logs them (never the private ones). */
class Away {
  log: LoggedEvent[] = [];
  constructor(private r: Run) {}
  ok(cmd: Command): void {
    this.keep(this.r.ok(cmd));
  }
  tickAt(at: number): void {
    this.keep(this.r.tickAt(at));
  }
  shareDone(id: string): void {
    this.ok({ type: 'share', by: id, text: `Words of ${id} while the page was away.` });
    this.ok({ type: 'finishShare', by: id });
  }
  private keep(events: ReturnType<Run['ok']>): void {
    for (const event of events) if (!isPrivate(event)) this.log.push({ seq: this.r.state.seq, at: this.r.now, event });
  }
}

/** The page comes back as `you`: connected, the view now, then the missed events (connection.ts onAck). */
function comeBack(page: MountedPage, r: Run, you: string, missed: LoggedEvent[]): void {
  page.conn.h.status('reconnecting');
  page.conn.h.status('connected');
  page.conn.h.ready({ you, token: 'tok', view: buildView(r.state, you, r.now), missed });
  for (const le of missed) page.conn.h.event(le);
}

const flush = () => new Promise((res) => setTimeout(res, 0));
const heard = (page: MountedPage): string => page.q('transcript-announce')!.textContent ?? '';
const shown = (page: MountedPage): string => page.q('transcript')!.textContent ?? '';

describe('coming back to the meeting', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) the chair back after a drop: no old "time nearly up" for a turn that is over, heard or shown; the missed lines are in the transcript, unheard`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'] });
      r.shareDone('a');
      expect(r.speaker).toBe('b');
      const page = await mountPage(r, 'a', lang);
      const away = new Away(r);
      // b's time nearly runs out while the chair's page is away; b finishes, c's turn begins.
      away.tickAt(r.state.speaker!.deadline - r.state.settings.warnMs);
      expect(away.log.some((l) => l.event.type === 'timeWarning')).toBe(true);
      away.shareDone('b');
      expect(r.speaker).toBe('c');
      comeBack(page, r, 'a', away.log);
      await flush();
      expect(heard(page)).not.toContain(t.tTimeWarningChair('Bjarne'));
      expect(shown(page)).not.toContain(t.tTimeWarningChair('Bjarne'));
      // What was missed is there to read, but not read out all at once.
      expect(shown(page)).toContain('Words of b while the page was away.');
      expect(heard(page)).not.toContain('Words of b while the page was away.');
      page.destroy();
    });

    it(`(${lang}) the chair back while the warned turn still runs: said once, briefly; gone from the live region once more time is given`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'] });
      r.shareDone('a');
      const page = await mountPage(r, 'a', lang);
      const away = new Away(r);
      away.tickAt(r.state.speaker!.deadline - r.state.settings.warnMs);
      comeBack(page, r, 'a', away.log);
      await flush();
      const said = heard(page);
      expect(said).toContain(t.tTimeWarningChair('Bjarne'));
      expect(said.split(t.tTimeWarningChair('Bjarne')).length - 1).toBe(1);
      r.ok({ type: 'extend', by: 'a' });
      page.push();
      expect(heard(page)).not.toContain(t.tTimeWarningChair('Bjarne'));
      page.destroy();
    });

    it(`(${lang}) a member back after "Can someone take the chair?" was answered: not asked again, not shown as news`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'] });
      const page = await mountPage(r, 'b', lang);
      const away = new Away(r);
      // The chair drops; its grace runs out with no volunteer connected: the room is asked. c answers.
      away.ok({ type: 'disconnect', by: 'a' });
      away.tickAt(r.now + r.state.settings.graceMs + 1);
      expect(away.log.some((l) => l.event.type === 'chairVacant')).toBe(true);
      away.ok({ type: 'takeChair', by: 'c' });
      expect(r.chair).toBe('c');
      comeBack(page, r, 'b', away.log);
      await flush();
      expect(heard(page)).not.toContain(t.tChairVacant);
      expect(shown(page)).not.toContain(t.tChairVacant);
      page.destroy();
    });
  }

  it('the rule: a call to act is news only while it holds; every other missed line is history', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.shareDone('a');
    const warnAt = r.state.speaker!.deadline - r.state.settings.warnMs;
    const warning = r.tickAt(warnAt).find((e) => e.type === 'timeWarning')!;
    const seq = r.state.seq;
    expect(newsOnReturn(warning, seq, buildView(r.state, 'a', r.now))).toBe('news');
    r.ok({ type: 'extend', by: 'a' });
    expect(newsOnReturn(warning, seq, buildView(r.state, 'a', r.now))).toBe('untrue');
    r.ok({ type: 'finishShare', by: 'b' });
    expect(newsOnReturn(warning, seq, buildView(r.state, 'a', r.now))).toBe('untrue');
    expect(newsOnReturn({ type: 'roundComplete', round: 1 }, seq, buildView(r.state, 'a', r.now))).toBe('history');
    // A question to the room still open is asked by the page itself (its own prompt): history,
    // not said twice; answered, it is left out.
    const vacant = buildView(r.state, 'b', r.now);
    expect(newsOnReturn({ type: 'chairVacant' }, seq, { ...vacant, chairVacant: true })).toBe('history');
    expect(newsOnReturn({ type: 'chairVacant' }, seq, { ...vacant, chairVacant: false })).toBe('untrue');
  });
});
