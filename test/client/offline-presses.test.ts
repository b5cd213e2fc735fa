// Every control pressed while the connection is down says so next to it. A fresh tester, offline,
// pressed Done and saw nothing happen and no words (the README promises every refusal is explained
// next to the button). The page's real code in jsdom, its connection down, views from the real core:
// each visible button is pressed in turn (a press-again confirmation pressed again), and any press
// that tried to send must show the offline words.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';
import type { Ack } from '../../shared/protocol.js';
import { buildView } from '../../shared/meeting/view.js';
import { buildDoorView } from '../../shared/meeting/door.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

/** The page's connection goes down: nothing can be sent (command-sender.ts answers BUSY). */
function offline(page: MountedPage): void {
  page.conn.isReady = false;
  page.conn.send = (event: string, payload: Record<string, unknown>): Promise<Ack> => {
    page.conn.sent.push({ event, payload });
    return Promise.resolve({ ok: false, code: 'BUSY', message: 'offline' } as Ack);
  };
  page.conn.h.status('reconnecting');
}

const shown = (el: HTMLElement): boolean => !el.closest('[hidden]');

/** Presses every visible enabled button of `page` in turn; returns those that tried to send and showed no offline words. */
async function silentPresses(page: MountedPage, words: string): Promise<string[]> {
  const silent: string[] = [];
  const seen = new Set<string>();
  for (let round = 0; round < 3; round++) {
    const buttons = [...page.container.querySelectorAll<HTMLButtonElement>('button')].filter((b) => shown(b) && !b.disabled);
    for (const b of buttons) {
      const key = `${b.dataset.testid ?? ''}|${b.textContent}`;
      if (seen.has(key) || !b.isConnected || !shown(b) || b.disabled) continue;
      seen.add(key);
      for (const e of page.container.querySelectorAll<HTMLElement>('.inline-error, [data-testid="error-message"]')) e.hidden = true;
      const before = page.conn.sent.length;
      b.click();
      await settle();
      if (page.conn.sent.length === before) continue;
      const said = [...page.container.querySelectorAll<HTMLElement>('.inline-error, [data-testid="error-message"]')].some((e) => shown(e) && (e.textContent ?? '').includes(words));
      if (!said) silent.push(key);
    }
  }
  return silent;
}

describe('offline, every press that cannot be sent says so', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    const cases: [string, () => Run, string][] = [
      ['the chair on their own turn, circle round', () => inRound({ others: ['b', 'c'] }), 'a'],
      ['a member while someone shares, hands', () => inRound({ others: ['b', 'c'], turnMode: 'hands' }), 'b'],
      ['the chair while someone else shares, hands', () => {
        const r = inRound({ others: ['b', 'c'], turnMode: 'hands' });
        return r;
      }, 'a'],
    ];
    for (const [name, make, you] of cases) {
      it(`(${lang}) ${name}`, async () => {
        const r = make();
        const page = await mountPage(r, you, lang);
        offline(page);
        const silent = await silentPresses(page, t.notSentOffline);
        page.destroy();
        expect(silent).toEqual([]);
      }, 120_000);
    }

    it(`(${lang}) at the door: accepting the guidelines offline says it was not sent (not "the meeting is busy")`, async () => {
      const r = inRound({ access: 'closed', others: ['b', 'c'] });
      r.join('d');
      const page = await mountPage(r, 'b', lang);
      page.conn.h.door(buildDoorView(r.state, 'd'));
      offline(page);
      page.q('waiting-accept')!.click();
      await settle();
      expect(page.conn.sent.map((x) => x.event)).toContain('acceptGuidelines');
      const said = [...page.container.querySelectorAll<HTMLElement>('.inline-error')].filter(shown).map((e) => e.textContent);
      expect(said).toEqual([t.notSentOffline]);
      page.destroy();
    });

    it(`(${lang}) before the first view the page says it is going in, shows no meeting, and offline is not "lost"`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const { mountMeeting } = await import('../../client/pages/meeting.js');
      const { FakeConnection } = await import('../helpers/meeting-page.js');
      const container = document.createElement('div');
      document.body.replaceChildren(container);
      const page = mountMeeting(container, { meetingId: r.state.id, join: null, failed: () => undefined });
      const conn = FakeConnection.last!;
      const q = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
      conn.h.status('connecting');
      expect(q('connection-status').textContent).toBe(t.connecting);
      conn.isReady = false;
      conn.h.status('reconnecting');
      // Never connected: waiting for the network, not "connection lost".
      expect(q('connection-status').textContent).toBe(t.connectingOffline);
      expect(q('connection-status').textContent).not.toContain(t.reconnecting);
      expect(q('meeting-title').textContent).toBe(t.joiningTitle);
      expect(shown(q('meeting-phase'))).toBe(false);
      // No meeting control shows: nothing to press that could not work.
      for (const id of ['share-input', 'finish-share', 'pass', 'raise-hand', 'turn-status']) {
        const el = container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
        if (el) expect(shown(el), id).toBe(false);
      }
      const pressable = [...container.querySelectorAll<HTMLElement>('button, textarea, input, select')].filter((b) => shown(b));
      expect(pressable.map((b) => b.dataset.testid ?? b.outerHTML)).toEqual([]);
      // The first view: the meeting as it is.
      conn.isReady = true;
      conn.h.status('connected');
      conn.h.ready({ you: 'b', token: 'tok', view: buildView(r.state, 'b', r.now), missed: [] });
      expect(q('meeting-title').textContent).toBe(r.state.title);
      expect(shown(q('turn-status'))).toBe(true);
      // Lost after that, it is lost.
      conn.isReady = false;
      conn.h.status('reconnecting');
      expect(q('connection-status').textContent).toContain(t.reconnecting);
      page.destroy();
    });
  }
});
