// A fresh verifier (2026-12-06): after a late turn's return in a round by raised hands, the
// member's page read "You are next. You can write a draft now." twice in a row. The page holds
// it once on screen and once in the on-deck live region (visually hidden, emptied once said):
// that is one visible copy and one spoken. Checked here from the DOM: one shown, said once.
// The page's real code in jsdom, views and events from the real core, as the server sends them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { viewRecipients } from '../../shared/meeting/outbox.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

/** Each time `text` comes into one of `page`'s live regions (shown) that did not hold it just before. */
function listen(page: MountedPage, text: string): { said: string[]; stop(): void } {
  const said: string[] = [];
  const held = new Map<Element, boolean>();
  const look = (): void => {
    for (const el of page.container.querySelectorAll<HTMLElement>(LIVE)) {
      const holds = !el.closest('[hidden]') && (el.textContent ?? '').includes(text);
      if (holds && !held.get(el)) said.push(el.dataset.testid ?? el.className);
      held.set(el, holds);
    }
  };
  look();
  const watch = new MutationObserver(look);
  watch.observe(page.container, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  return { said, stop: () => watch.disconnect() };
}

/** Delivers what `step` did in the core to the page of `you`, as the server does: the events, then a view if hers changed. */
function deliver(r: Run, page: MountedPage, you: string, step: () => ReturnType<Run['ok']>): void {
  const before = r.state;
  const events = step();
  for (const event of events) if (!('to' in event)) page.conn.h.event({ seq: r.state.seq, at: r.now, event });
  if (viewRecipients(before, r.state, events, r.now).includes(you)) page.push();
}

/** Shown (not under `hidden`, not visually hidden) elements whose own text is `text`. */
function shownCopies(page: MountedPage, text: string): number {
  return [...page.container.querySelectorAll<HTMLElement>('*')].filter(
    (el) => !el.closest('[hidden], .visually-hidden') && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent === text),
  ).length;
}

describe('"you are next" after a late turn\'s return by raised hands: shown once, said once', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) on the returning member's page`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'hands' });
      r.ok({ type: 'raiseHand', by: 'b' });
      r.ok({ type: 'raiseHand', by: 'c' });
      expect(r.speaker).toBe('b');
      const page = await mountPage(r, 'b', lang);
      const heard = listen(page, t.onDeckYou);
      deliver(r, page, 'b', () => r.ok({ type: 'share', by: 'b', text: 'Jeg begynte.' }));
      page.conn.h.status('reconnecting');
      r.ok({ type: 'disconnect', by: 'b' });
      r.tickAt(r.now + r.state.settings.speakerGraceMs + 1);
      expect(r.speaker).toBe('c');
      await vi.advanceTimersByTimeAsync(1_000);
      page.conn.h.status('connected');
      // Back: the server's fresh view, then the events of the way back.
      const events = r.ok({ type: 'reconnect', by: 'b' });
      page.push();
      for (const event of events) if (!('to' in event)) page.conn.h.event({ seq: r.state.seq, at: r.now, event });
      page.push();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(shownCopies(page, t.onDeckYou)).toBe(1);
      expect(heard.said, heard.said.join('\n')).toEqual(['on-deck-announce']);
      // A further view of the same turn says nothing more.
      page.push();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(heard.said).toHaveLength(1);
      expect(shownCopies(page, t.onDeckYou)).toBe(1);
      heard.stop();
      page.destroy();
    });
  }
});
