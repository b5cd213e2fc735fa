// The chair lowering a member's raised hand tells her (`handLowered`, private): a fresh tester's
// member, owed a late turn by hands, saw her hand vanish when the chair lowered it by name while
// her transcript still promised "you get a late turn". The page's real code in jsdom, events and
// views from the real core, each page given only what the server sends it (private events to
// their `to` alone), both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { recipientOf } from '../../shared/meeting/events.js';
import { inRound, SETTINGS, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const flush = () => new Promise((res) => setTimeout(res, 0));

/** By hands: b's turn taken by a drop (a late turn, back), c speaking, d's hand up. */
function lateTurnWaits(): Run {
  const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd', 'e'] });
  r.ok({ type: 'raiseHand', by: 'b' });
  r.ok({ type: 'raiseHand', by: 'c' });
  r.ok({ type: 'disconnect', by: 'b' });
  r.tickAt(r.now + SETTINGS.speakerGraceMs);
  expect(r.speaker).toBe('c');
  r.ok({ type: 'reconnect', by: 'b' });
  r.ok({ type: 'raiseHand', by: 'd' });
  expect(r.state.lateHands).toEqual(['b']);
  return r;
}

/**
 * `viewer`'s page, mounted before the chair's `lowerHands` (`target`), given that command's events
 * as the server sends them (room events, and private ones to their `to` only), then its view.
 */
async function seenBy(viewer: string, target: string | null, lang: 'nb' | 'en'): Promise<MountedPage> {
  const r = lateTurnWaits();
  const page = await mountPage(r, viewer, lang);
  for (const event of r.ok({ type: 'lowerHands', by: 'a', target })) {
    const to = recipientOf(event);
    if (to === null || to === viewer) page.conn.h.event({ seq: r.state.seq, at: r.now, event });
  }
  page.push();
  await flush();
  return page;
}

describe('a hand the chair lowered: its owner is told', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    const told = (page: MountedPage): string[] => [t.tHandLowered, t.tHandLoweredLate].filter((line) => page.container.textContent!.includes(line));

    it(`(${lang}) by name, her late turn: she reads that it went with the hand; nobody else reads a word of it`, async () => {
      const b = await seenBy('b', 'b', lang);
      expect(told(b)).toEqual([t.tHandLoweredLate]);
      expect(b.q('raise-hand')!.textContent).toBe(t.raiseHand);
      b.destroy();
      for (const other of ['d', 'e']) {
        const page = await seenBy(other, 'b', lang);
        expect(told(page)).toEqual([]);
        page.destroy();
      }
    });

    it(`(${lang}) "lower all hands": the ordinary hand's owner reads it; the late turn stays and hears nothing`, async () => {
      const d = await seenBy('d', null, lang);
      expect(told(d)).toEqual([t.tHandLowered]);
      expect(d.q('raise-hand')!.textContent).toBe(t.raiseHand);
      d.destroy();
      const b = await seenBy('b', null, lang);
      expect(told(b)).toEqual([]);
      b.destroy();
    });
  }
});
