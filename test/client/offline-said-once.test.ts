// A fresh tester with a screen reader (2026-12-06): when the page went offline, "No connection on
// this device" was said twice. What reaches the page's live regions is counted here, every one of
// them (aria-live, role status, alert or log, not hidden): the words that there is no connection
// come in once per change, for a member, the speaker on her own turn, and the chair. The page's
// real code in jsdom, its connection faked, views from the real core.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Words saying there is no connection, in either language. */
const NO_CONNECTION: Record<'nb' | 'en', RegExp> = { en: /\bNo connection\b/u, nb: /\bIngen (?:nett)?forbindelse\b/u };

const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

/**
 * Every time words matching `re` come into one of `page`'s live regions that did not hold such
 * words just before (what a screen reader says as it comes in), the region's testid and text.
 */
function listen(page: MountedPage, re: RegExp): { said: string[]; stop(): void } {
  const said: string[] = [];
  const held = new Map<Element, boolean>();
  const look = (): void => {
    for (const el of page.container.querySelectorAll<HTMLElement>(LIVE)) {
      const holds = !el.closest('[hidden]') && re.test(el.textContent ?? '');
      if (holds && !held.get(el)) said.push(`${el.dataset.testid ?? el.className}: ${el.textContent}`);
      held.set(el, holds);
    }
  };
  look();
  const watch = new MutationObserver(look);
  watch.observe(page.container, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  return { said, stop: () => watch.disconnect() };
}

/** The device loses its network (the browser's `offline`: Connection.deviceOffline, then the drop), for `secs` seconds. */
async function offlineFor(page: MountedPage, secs: number): Promise<void> {
  page.conn.deviceOffline = true;
  page.conn.h.status('reconnecting');
  for (let s = 0; s < secs; s++) await vi.advanceTimersByTimeAsync(1_000);
}

describe('going offline is said once', () => {
  for (const lang of ['nb', 'en'] as const) {
    for (const who of ['member', 'speaker', 'chair'] as const) {
      it(`(${lang}) to ${who === 'member' ? 'a member' : who === 'speaker' ? 'the speaker on her own turn' : 'the chair'}`, async () => {
        const r = inRound({ others: ['b', 'c'], settings: { graceMs: 60_000, speakerGraceMs: 20_000 } });
        // The chair's own turn first: then Bjarne speaks, and the chair does not.
        r.shareDone('a');
        const id = who === 'member' ? 'c' : who === 'speaker' ? r.speaker! : 'a';
        if (who === 'speaker') expect(id).toBe('b');
        const page = await mountPage(r, id, lang);
        await vi.advanceTimersByTimeAsync(10_000);
        const heard = listen(page, NO_CONNECTION[lang]);
        await offlineFor(page, 5);
        expect(heard.said, heard.said.join('\n')).toHaveLength(1);
        // Back, then offline again: said once more, once.
        page.conn.deviceOffline = false;
        page.conn.h.status('connected');
        page.push();
        await vi.advanceTimersByTimeAsync(1_000);
        await offlineFor(page, 3);
        expect(heard.said, heard.said.join('\n')).toHaveLength(2);
        heard.stop();
        page.destroy();
      });
    }
  }
});
