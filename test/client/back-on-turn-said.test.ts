// A fresh tester's speaker went offline 12 s in her own turn (the turn held) and came back: her
// screen reader heard "No connection on this device…", then nothing. The return's lines are
// missed events, replayed into the transcript unheard (replay-news.ts), so "You lost the
// connection and are back… Carry on where you left off." was never read. Her page now says one
// short line: back, still her turn, the time left. The page's real code in jsdom, views and events
// from the real core, the return played as the connection plays it (the view, then the missed
// events); what reaches the page's live regions is counted.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { turnLeftInWords } from '../../client/time.js';
import { buildView, isPrivate, type LoggedEvent } from '../../shared/meeting/view.js';
import type { Command } from '../../shared/meeting/commands.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { watchLive } from '../helpers/live-said.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

/** Past live-region.ts FRESH_NODE_MS (50 ms), well within ANNOUNCE_KEEP_MS. */
const settle = () => new Promise((res) => setTimeout(res, 120));

/**
 * `b`'s page on her turn (after `a` shared): `away` applies a command while her page is offline,
 * keeping the room events it makes in `missed`, as the resume's answer will carry them.
 */
async function bOnTurn(r: Run, lang: 'nb' | 'en') {
  r.shareDone('a');
  expect(r.speaker).toBe('b');
  const page = await mountPage(r, 'b', lang);
  const missed: LoggedEvent[] = [];
  const away = (cmd: Command): void => {
    for (const event of r.ok(cmd)) if (!isPrivate(event)) missed.push({ seq: r.state.seq, at: r.now, event });
  };
  return { page, missed, away };
}

describe("a speaker back from a short drop on her own page", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) hears once that she is back and it is still her turn, with the time left`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      const { page, missed, away } = await bOnTurn(r, lang);
      page.conn.h.event({ seq: r.state.seq, at: r.now, event: r.ok({ type: 'share', by: 'b', text: 'Det første jeg ville si.' })[0]! });
      await settle();
      // Her connection drops: the page goes offline; the server holds the turn 12 s, then she is back.
      page.conn.h.status('reconnecting');
      away({ type: 'disconnect', by: 'b' });
      r.wait(12_000);
      away({ type: 'reconnect', by: 'b' });
      expect(r.speaker).toBe('b');
      const live = watchLive(page.container);
      page.conn.h.status('connected');
      const view = buildView(r.state, 'b', r.now);
      page.conn.h.ready({ you: 'b', token: 'tok', view, missed });
      for (const le of missed) page.conn.h.event(le);
      await settle();
      live.stop();
      const words = t.backOnTurnAnnounce(turnLeftInWords(t, view.speaker!.remainingMs));
      expect(live.said.filter((s) => s.includes(words))).toHaveLength(1);
      // Said once, not twice: not the transcript's own line too, nor "It is your turn" besides.
      expect(live.said.some((s) => s.includes(t.tTurnBackYouAfter(1)))).toBe(false);
      expect(live.said.some((s) => s.includes(t.yourTurnAnnounce))).toBe(false);
      // The transcript keeps its line to read.
      expect(page.q('transcript')!.textContent).toContain(t.tTurnBackYouAfter(1));
      page.destroy();
    });

    // A fresh tester (2026-12-06): back to a late turn (the one the drop broke off had been passed
    // on), she heard "You are back, and it is still your turn: about 2 minutes left" with 1:29 on
    // screen.
    it(`(${lang}) back to a late turn, hears that it is her turn now, and the time as the clock shows it`, async () => {
      const r = inRound({ others: ['b', 'c'], settings: { shareMs: 89_000, warnMs: 20_000 } });
      const { page, missed, away } = await bOnTurn(r, lang);
      await settle();
      page.conn.h.status('reconnecting');
      away({ type: 'disconnect', by: 'b' });
      // The speaker grace runs out: her turn is passed on, owed to her.
      r.wait(r.state.settings.speakerGraceMs + 1_000);
      away({ type: 'tick' } as Command);
      expect(r.speaker).toBe('c');
      away({ type: 'finishShare', by: 'c' });
      away({ type: 'reconnect', by: 'b' });
      expect(r.speaker).toBe('b');
      const live = watchLive(page.container);
      page.conn.h.status('connected');
      const view = buildView(r.state, 'b', r.now);
      expect(view.speaker!.remainingMs).toBeLessThan(120_000);
      page.conn.h.ready({ you: 'b', token: 'tok', view, missed });
      for (const le of missed) page.conn.h.event(le);
      await settle();
      live.stop();
      const left = turnLeftInWords(t, view.speaker!.remainingMs);
      expect(left).toBe(t.aboutSeconds(Math.ceil(view.speaker!.remainingMs / 1000)));
      expect(live.said.filter((s) => s.includes(t.backOnNewTurnAnnounce(left)))).toHaveLength(1);
      expect(live.said.some((s) => s.includes(t.backOnTurnAnnounce('').split(':')[0]!))).toBe(false);
      page.destroy();
    });
  }
});
