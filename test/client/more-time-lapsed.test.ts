// A fresh tester asked the chair for more time; the chair never answered, and when the time ran out
// she heard only "Your turn is over: time ran out", with nothing saying her ask had lapsed. Her
// page now says so after the turn's end; not when she had not asked, nor when more was given.
// The page's real code in jsdom, views and events from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { watchLive } from '../helpers/live-said.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const settle = () => new Promise((res) => setTimeout(res, 120));

describe('an ask for more time the chair never answered', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    for (const asked of [true, false]) {
      it(`(${lang}) ${asked ? 'is said to have lapsed' : 'is not spoken of when she had not asked'} as her time runs out`, async () => {
        const r = inRound({ others: ['b', 'c'] });
        r.shareDone('a');
        expect(r.speaker).toBe('b');
        r.tickAt(r.state.speaker!.deadline - 5_000);
        if (asked) r.ok({ type: 'askMoreTime', by: 'b' });
        const page = await mountPage(r, 'b', lang);
        await settle();
        const live = watchLive(page.container);
        for (const event of r.tickAt(r.state.speaker!.deadline)) page.conn.h.event({ seq: r.state.seq, at: r.now, event });
        page.push();
        await settle();
        live.stop();
        const transcript = page.q('transcript')!.textContent ?? '';
        expect(transcript.includes(t.tMoreTimeLapsed)).toBe(asked);
        expect(live.said.filter((x) => x.includes(t.tMoreTimeLapsed))).toHaveLength(asked ? 1 : 0);
        page.destroy();
      });
    }
  }
});
