// What the status regions of a returning chair's page say while it reconnects. A fresh tester's
// chair read "No connection right now. You are still the chair… If you are away for long, someone
// else may take over." and "What you wrote and did not share is kept here…" though she had written
// nothing, once even with her seat already given up, just before the door form. The page cannot
// know she still chairs until the server answers; a hidden status region holds no words (a page
// reader, or a screen reader when it is shown, reads them); the draft line is said only with a
// draft. The page's real code in jsdom, views from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { gathered, inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

/** The words of the chair's offline line and the draft line while either is not shown (itself or inside something hidden). */
function hiddenStatusWords(page: MountedPage): string[] {
  return ['chair-offline-reason', 'draft-kept']
    .map((id) => page.q(id))
    .filter((el): el is HTMLElement => !!el && el.closest('[hidden]') !== null)
    .map((el) => (el.textContent ?? '').trim())
    .filter(Boolean);
}

const STILL_CHAIR = /still the chair|fortsatt møteleder/i;

describe("a chair's page that reconnects says only what it knows", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) connected, reconnecting, connecting again: the offline line and the draft line hold no words while hidden, no draft line without a draft, no "you are still the chair"`, async () => {
      for (const r of [gathered({ others: ['b'] }), inRound({ others: ['b', 'c'] })]) {
        const page = await mountPage(r, 'a', lang);
        expect(page.q('chair-offline-reason')!.hidden).toBe(true);
        expect(hiddenStatusWords(page)).toEqual([]);
        for (const s of ['reconnecting', 'connecting'] as const) {
          page.conn.h.status(s);
          const reason = page.q('chair-offline-reason')!;
          expect(reason.hidden).toBe(false);
          expect(reason.textContent).not.toMatch(STILL_CHAIR);
          // She wrote nothing: the draft line is not there, shown or hidden.
          expect(page.q('draft-kept')!.textContent).toBe('');
          expect(page.container.textContent).not.toContain(t.draftKept.slice(0, 20));
          expect(hiddenStatusWords(page)).toEqual([]);
        }
        page.conn.h.status('connected');
        page.push();
        expect(hiddenStatusWords(page)).toEqual([]);
        page.destroy();
      }
    });
  }
});
