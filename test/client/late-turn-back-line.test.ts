// The README: "The room reads a line when … someone owed a late turn is back." A fresh tester's
// room heard nothing when Anne, whose turn a drop had taken in a round by raised hands, came back
// while Bjørn shared: the page knew a late turn only as a circle round's `missed`, and by hands
// the status is null (the late turn is the hand first in the queue, view `lateTurn`). In every
// mode with a late turn, the room's page (a member's and the chair's) now shows and reads the
// line. The page's real code in jsdom, views and events from the real core, as the server sends
// them (a command's events, then the views).
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import type { Command } from '../../shared/meeting/commands.js';
import { viewRecipients } from '../../shared/meeting/outbox.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const flush = () => new Promise((res) => setTimeout(res, 0));
const heard = (page: MountedPage): string => page.q('transcript-announce')!.textContent ?? '';
const shown = (page: MountedPage): string => page.q('transcript')!.textContent ?? '';

/** Delivers what `step` did in the core to the pages, as the server does: the events, then a view to those whose view changed. */
function deliver(r: Run, pages: Record<string, MountedPage>, step: () => ReturnType<Run['ok']>): void {
  const before = r.state;
  const events = step();
  for (const page of Object.values(pages)) for (const event of events) page.conn.h.event({ seq: r.state.seq, at: r.now, event });
  for (const id of viewRecipients(before, r.state, events, r.now)) pages[id]?.push();
}

type Mode = 'circle' | 'hands' | 'open';

/** b speaks in `mode`; b's connection drops past the speaker's grace, c speaks, b comes back. */
async function lateAndBack(mode: Mode, lang: 'nb' | 'en', viewer: 'a' | 'd'): Promise<MountedPage> {
  const r = inRound({ others: ['b', 'c', 'd'], ...(mode === 'hands' ? { turnMode: 'hands' as const } : {}) });
  if (mode === 'open') {
    for (const id of ['a', 'b', 'c', 'd']) r.shareDone(id);
    r.ok({ type: 'advance', by: 'a' });
    expect(r.state.phase).toBe('open');
  }
  if (mode !== 'circle') {
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'c' });
  } else {
    r.shareDone('a');
  }
  expect(r.speaker).toBe('b');
  const page = await mountPage(r, viewer, lang);
  const pages = { [viewer]: page };
  deliver(r, pages, () => r.ok({ type: 'share', by: 'b', text: 'Jeg begynte.' }));
  deliver(r, pages, () => r.ok({ type: 'disconnect', by: 'b' }));
  deliver(r, pages, () => r.tickAt(r.now + r.state.settings.speakerGraceMs + 1));
  expect(r.speaker).toBe('c');
  deliver(r, pages, () => r.ok({ type: 'reconnect', by: 'b' }));
  await flush();
  return page;
}

describe('the room reads a line when someone owed a late turn is back', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    for (const mode of ['circle', 'hands', 'open'] as const) {
      it(`(${lang}, ${mode}) on a member's page and the chair's`, async () => {
        for (const viewer of ['a', 'd'] as const) {
          const page = await lateAndBack(mode, lang, viewer);
          expect(shown(page), viewer).toContain(t.tLateTurnBack('Bjarne'));
          expect(heard(page), viewer).toContain(t.tLateTurnBack('Bjarne'));
          page.destroy();
        }
      });
    }
  }
});
