// While a member's connection is down the page says how long the seat is kept (fresh tester on
// Issue 10's lost-seat story: "while the line is cut, nobody tells me when my seat will be given
// up"). The seconds come from the view, and are checked here against the real core: the seat is
// still there one moment before that many seconds after the drop, and given up at it.
import { describe, expect, it } from 'vitest';
import { dict, type Lang } from '../../client/i18n.js';
import { connectionWords } from '../../client/meeting/connection-words.js';
import { buildView } from '../../shared/meeting/view.js';
import { gathered, T0 } from '../core/helpers.js';

describe('the connection banner while reconnecting', () => {
  for (const lang of ['nb', 'en'] as const satisfies readonly Lang[]) {
    const t = dict(lang);
    it(`(${lang}) says the seat is kept for the grace period the core keeps it, counted from the drop`, () => {
      const graceMs = 45_000;
      const r = gathered({ settings: { graceMs } });
      const view = buildView(r.state, 'b', r.now);
      expect(view.graceMs).toBe(graceMs);
      const words = connectionWords(t, 'reconnecting', view.graceMs);
      expect(words).toBe(`${t.reconnecting} ${t.seatKeptWhileAway(45)}`);
      expect(words).toContain('45 s');

      // The rule the words state: given up `graceMs` after the server saw the connection close.
      r.ok({ type: 'disconnect', by: 'b', at: T0 });
      r.now = T0 + graceMs - 1;
      r.no({ type: 'tick' }, 'NOTHING_DUE');
      expect(r.state.participants.some((p) => p.id === 'b')).toBe(true);
      r.tickAt(T0 + graceMs);
      expect(r.state.participants.some((p) => p.id === 'b')).toBe(false);
    });

    it(`(${lang}) says only "reconnecting" before any view (nothing known yet), and nothing when connected`, () => {
      expect(connectionWords(t, 'reconnecting', undefined)).toBe(t.reconnecting);
      expect(connectionWords(t, 'connected', 60_000)).toBe('');
      expect(connectionWords(t, 'connecting', 60_000)).toBe(t.connecting);
      expect(connectionWords(t, 'restarting', 60_000)).toBe(t.bye_restarting);
    });
  }
});
