// A fresh tester heard two lines for one speaker's quick exit: "Blå Sjø: left the meeting" (the
// turn's end) and "Blå Sjø left" (the circle's). The turn's end still shows; the circle's line is
// the one said, for a speaker who left, was removed or was sent to the waiting room. The page's
// real code in jsdom, events from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import type { Command } from '../../shared/meeting/commands.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { watchLive } from '../helpers/live-said.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const settle = () => new Promise((res) => setTimeout(res, 120));

describe('a speaker who leaves the circle mid-turn', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    const cases: [string, (name: string) => string, Command][] = [
      ['left', t.tLeft, { type: 'leave', by: 'b' }],
      ['removed', t.tLeftRemoved, { type: 'remove', by: 'a', target: 'b' }],
    ];
    for (const [reason, words, cmd] of cases) {
      it(`(${lang}, ${reason}) is said once, by the circle's line; the turn's end still shows`, async () => {
        const r = inRound({ others: ['b', 'c'] });
        r.shareDone('a');
        expect(r.speaker).toBe('b');
        const name = r.state.participants.find((p) => p.id === 'b')!.name;
        const page = await mountPage(r, 'c', lang);
        // She has shared some words when she goes.
        for (const event of r.ok({ type: 'share', by: 'b', text: 'Noen ord først.' })) page.conn.h.event({ seq: r.state.seq, at: r.now, event });
        await settle();
        const live = watchLive(page.container);
        for (const event of r.ok(cmd)) page.conn.h.event({ seq: r.state.seq, at: r.now, event });
        await settle();
        live.stop();
        const about = live.said.filter((s) => s.includes(name));
        expect(about.filter((s) => s.includes(words(name)))).toHaveLength(1);
        expect(about.filter((s) => s.includes(t[`tShareEnd_${reason as 'left' | 'removed'}`]))).toEqual([]);
        expect(page.q('transcript')!.textContent).toContain(t[`tShareEnd_${reason as 'left' | 'removed'}`]);
        page.destroy();
      });
    }
  }
});
