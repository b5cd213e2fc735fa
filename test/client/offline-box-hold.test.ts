// A fresh tester (2026-12-06, older relatives on weak phones): a speaker whose connection drops
// while she types looks at the share box, which said only that the clock is stopped and that she
// can send once the connection is back; that her turn is held for some seconds only, then passes
// (a late turn, her words kept), was said in the turn line at the top of the page, off the
// screen. The share box now says it by its clock line, counted down with the turn line (one
// computation, connection-words.ts ownOfflineTurn), in a line that is no live region.
// The page's real code in jsdom, its connection faked, views from the real core.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The seconds in `text` ("about 16 more seconds" / "omtrent 16 sekunder til"), or null. */
const secsIn = (text: string): number | null => {
  const m = /(?:about|omtrent) (\d+)/u.exec(text);
  return m ? Number(m[1]) : null;
};

describe('the share box offline on your own turn', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) says how long the turn is held and what comes after, counted down with the turn line, and speaks none of it each second`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'], settings: { graceMs: 60_000, speakerGraceMs: 20_000 } });
      const speaker = r.speaker!;
      const page = await mountPage(r, speaker, lang);
      const reason = page.q('composer-reason')!;
      const time = page.q('composer-time')!;
      const turnLine = page.q('turn-status')!;
      // The line sits in the share box, right by its clock line.
      const box = page.q('composer-region')!;
      expect(box.contains(reason)).toBe(true);
      expect(reason.nextElementSibling?.contains(time)).toBe(true);
      page.conn.h.status('reconnecting');
      await vi.advanceTimersByTimeAsync(4_000);
      const first = reason.textContent ?? '';
      expect(first).toMatch(lang === 'en' ? /Your turn is held for about \d+ more seconds; after that it moves on and you get a late turn\. What you have written stays here\./u : /Turen din holdes av i omtrent \d+ sekunder til; deretter går den videre, og du får en sen tur\. Det du har skrevet, blir liggende her\./u);
      const firstSecs = secsIn(first)!;
      expect(firstSecs).toBeGreaterThanOrEqual(15);
      expect(firstSecs).toBeLessThanOrEqual(17);
      // The same figure as the turn line's, second by second.
      expect(secsIn(turnLine.textContent ?? '')).toBe(firstSecs);
      await vi.advanceTimersByTimeAsync(5_000);
      const later = reason.textContent ?? '';
      expect(secsIn(later)).toBe(firstSecs - 5);
      expect(secsIn(turnLine.textContent ?? '')).toBe(firstSecs - 5);
      // Not spoken each second: neither the line nor anything around it is a live region.
      for (let el: HTMLElement | null = reason; el; el = el.parentElement) {
        expect(['status', 'alert', 'log', 'timer']).not.toContain(el.getAttribute('role'));
        expect(el.getAttribute('aria-live')).toBeNull();
      }
      // The hold over: the turn has moved on, and the box says the words stay.
      await vi.advanceTimersByTimeAsync(20_000);
      expect(reason.textContent).toBe(t.composerOfflineTurnGone);
      // Back: the ordinary how-to.
      page.conn.h.status('connected');
      await vi.advanceTimersByTimeAsync(100);
      expect(secsIn(reason.textContent ?? '')).toBeNull();
      page.destroy();
    });
  }
});

describe("the browser's own word that this device is offline", () => {
  for (const lang of ['nb', 'en'] as const) {
    // A fresh tester (2026-12-06): the page learnt of the drop 18-21 s late, at socket.io's ping
    // timeout. It now acts on the browser's `offline` event at once (Connection.networkGone, its
    // own test: offline-event.test.ts); the page's words then speak of this device, which is
    // true before the server has noticed anything, and the hold is counted from then (or from
    // the server's next ping, if that is earlier: offline-since.ts), never longer than the server's.
    it(`(${lang}) the banner says there is no connection on this device; the hold is counted from the moment it went, the share clock stopped`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'], settings: { graceMs: 60_000, speakerGraceMs: 20_000 } });
      const speaker = r.speaker!;
      const page = await mountPage(r, speaker, lang);
      const clock = page.q('countdown')!;
      const running = clock.textContent;
      await vi.advanceTimersByTimeAsync(2_000);
      expect(clock.textContent).not.toBe(running);
      // The server's last ping came a second ago: its next is due 9 s from now, later than this.
      page.conn.lastPingAt = Date.now() - 1_000;
      page.conn.deviceOffline = true;
      page.conn.h.status('reconnecting');
      const banner = page.q('connection-status')!;
      expect(banner.textContent).toBe(`${t.noNetworkHere} ${t.noNetworkWaits}`);
      expect(banner.textContent).not.toContain(t.reconnecting);
      // The whole hold, counted from now.
      expect(secsIn(page.q('composer-reason')!.textContent ?? '')).toBe(20);
      expect(secsIn(page.q('turn-status')!.textContent ?? '')).toBe(20);
      const stopped = clock.textContent;
      await vi.advanceTimersByTimeAsync(3_000);
      expect(clock.textContent).toBe(stopped);
      expect(secsIn(page.q('composer-reason')!.textContent ?? '')).toBe(17);
      // The network is back, the page not yet: the words of a reconnect.
      page.conn.deviceOffline = false;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(banner.textContent).toBe(t.reconnecting);
      page.destroy();
    });

    it(`(${lang}) not on your turn: the seat's time is said after the words about this device`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'], settings: { graceMs: 60_000, speakerGraceMs: 20_000 } });
      const page = await mountPage(r, 'c', lang);
      page.conn.deviceOffline = true;
      page.conn.h.status('reconnecting');
      expect(page.q('connection-status')!.textContent).toBe(`${t.noNetworkHere} ${t.seatKeptWhileAway(60)}`);
      page.destroy();
    });
  }
});
