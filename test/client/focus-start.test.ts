// A keyboard tester (2026-12-06, a phone at 200 % text, nb and en) found focus on <body> once the
// meeting opened after the door, for the chair and for members: the next Tab began at "Skip to
// content" and a screen reader's place went to the top. And in open sharing her own "Raise hand"
// gave her the turn at once, with focus left on the turn line, the share box below the fold,
// where the circle round puts it in the share box. Now the meeting's first showing puts focus on a
// sensible start (the chair's next step, the share box on your turn, else the meeting's heading),
// never taking it from where the person put it; and a turn of yours beginning, however it began,
// puts it in the share box unless you are typing or in a question. The page's real code in jsdom,
// views from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { buildDoorView } from '../../shared/meeting/door.js';
import { buildView } from '../../shared/meeting/view.js';
import { accept, inRound, gathered, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { FakeConnection, mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

// jsdom lays nothing out: an element counts as drawn (as a browser has it) unless it is hidden,
// so the chair's next step (ChairPanel.nextStep) and the focus keeper see what a browser sees.
useDomGlobals(PAGE_GLOBALS, (w) => {
  preparePageWindow(w);
  const proto = (w.HTMLElement as { prototype: HTMLElement }).prototype;
  Object.defineProperty(proto, 'getClientRects', {
    configurable: true,
    value(this: HTMLElement) {
      return this.isConnected && !this.closest('[hidden]') ? [{ width: 10, height: 10 }] : [];
    },
  });
});
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const flush = () => new Promise((res) => setTimeout(res, 0));
const active = () => document.activeElement as HTMLElement | null;
const testid = (el: Element | null) => (el as HTMLElement | null)?.dataset.testid ?? el?.tagName ?? null;

/** The page mounted before any answer, in a body that also holds a skip link (as main.ts's); the view or door given later. */
async function mountBare(r: Run, lang: 'nb' | 'en') {
  const { app } = await import('../../client/app.js');
  app.setLang(lang);
  const { mountMeeting } = await import('../../client/pages/meeting.js');
  const skip = document.createElement('a');
  skip.href = '#main';
  skip.textContent = 'skip';
  const container = document.createElement('div');
  document.body.replaceChildren(skip, container);
  const page = mountMeeting(container, { meetingId: r.state.id, join: null, failed: () => undefined });
  const conn = FakeConnection.last!;
  conn.h.status('connected');
  const q = <E extends HTMLElement = HTMLElement>(id: string) => container.querySelector<E>(`[data-testid="${id}"]`);
  return { page, conn, skip, container, q };
}

describe('focus when the meeting opens', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) a member who joins: focus on the meeting's heading, not on the body`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      (document.activeElement as HTMLElement | null)?.blur?.();
      const page = await mountPage(r, 'c', lang);
      expect(testid(active())).toBe('meeting-title');
      expect(page.q('meeting-title')!.tabIndex).toBe(-1);
      page.destroy();
    });

    it(`(${lang}) the chair who joins: focus on the chair's next step`, async () => {
      const r = gathered({ others: ['b'] });
      const page = await mountPage(r, 'a', lang);
      expect(testid(active())).toBe('chair-start');
      page.destroy();
    });

    it(`(${lang}) joined on your own turn (a reload mid-turn): focus in the share box`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      r.shareDone('a');
      const page = await mountPage(r, 'b', lang);
      expect(active()).toBe(page.q('composer'));
      page.destroy();
    });

    it(`(${lang}) on a slow link, focus the person moved meanwhile stays where she put it`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      const m = await mountBare(r, lang);
      m.skip.focus();
      m.conn.h.ready({ you: 'c', token: 'tok', view: buildView(r.state, 'c', r.now), missed: [] });
      await flush();
      expect(active()).toBe(m.skip);
      // Later views never move it either: the first showing placed it once.
      m.skip.blur();
      m.conn.h.view(buildView(r.state, 'c', r.now));
      expect(active()).not.toBe(m.q('meeting-title'));
      m.page.destroy();
    });

    it(`(${lang}) let in after waiting at the door: focus leaves the hidden waiting room for the heading`, async () => {
      const r = inRound({ access: 'closed', others: ['b', 'c'] });
      r.join('d');
      const m = await mountBare(r, lang);
      m.conn.h.ready({ you: 'd', token: 'tok', door: buildDoorView(r.state, 'd'), missed: [] });
      expect(m.q('waiting-room')!.hidden).toBe(false);
      m.q('waiting-leave')!.focus();
      expect(testid(active())).toBe('waiting-leave');
      accept(r, 'd');
      r.ok({ type: 'admit', by: 'a', target: 'd' });
      m.conn.h.view(buildView(r.state, 'd', r.now));
      await flush();
      expect(m.q('waiting-room')!.hidden).toBe(true);
      expect(testid(active())).toBe('meeting-title');
      m.page.destroy();
    });
  }
});

/** Open sharing with nobody speaking: everyone has shared in the circle, the chair moved on. */
function openSharing(): Run {
  const r = inRound({ others: ['b', 'c'] });
  for (const id of ['a', 'b', 'c']) r.shareDone(id);
  r.ok({ type: 'advance', by: 'a' });
  expect(r.speaker).toBeNull();
  return r;
}

describe('focus when a turn of yours begins, however it began', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) her own "Raise hand" gives her the turn at once: focus in the share box`, async () => {
      const r = openSharing();
      const page = await mountPage(r, 'b', lang);
      const hand = page.q<HTMLButtonElement>('raise-hand')!;
      // The press is under way (its button disabled, its answer not yet back) when the view that
      // gives her the turn comes: meanwhile the focus keeper held focus on the turn line, where
      // the tester found it.
      let answer = (): void => undefined;
      page.conn.send = (event, payload) => {
        page.conn.sent.push({ event, payload });
        return new Promise((res) => (answer = () => res({ ok: true } as never)));
      };
      hand.focus();
      hand.click();
      await new Promise((res) => setTimeout(res, 250));
      r.ok({ type: 'raiseHand', by: 'b' });
      expect(r.speaker).toBe('b');
      page.push();
      answer();
      await new Promise((res) => setTimeout(res, 250));
      expect(active()).toBe(page.q('composer'));
      page.destroy();
    });

    it(`(${lang}) her hand waited while another shared, and the turn comes while she is on a tick box: focus in the share box`, async () => {
      const r = openSharing();
      r.ok({ type: 'raiseHand', by: 'c' });
      r.ok({ type: 'raiseHand', by: 'b' });
      expect(r.speaker).toBe('c');
      const page = await mountPage(r, 'b', lang);
      const box = page.q<HTMLInputElement>('volunteer-toggle')!;
      box.focus();
      r.shareDone('c');
      expect(r.speaker).toBe('b');
      page.push();
      await flush();
      expect(active()).toBe(page.q('composer'));
      page.destroy();
    });

    it(`(${lang}) never from someone typing, nor from outside the meeting`, async () => {
      const r = openSharing();
      const page = await mountPage(r, 'b', lang);
      // Typing elsewhere on the page (a field outside the meeting, as the help or another tool).
      const field = document.createElement('input');
      document.body.append(field);
      field.focus();
      r.ok({ type: 'raiseHand', by: 'b' });
      page.push();
      await flush();
      expect(active()).toBe(field);
      field.remove();
      page.destroy();
    });
  }
});

describe('focus at rest (dom.ts focusAtRest): where the page may still move it', () => {
  it('the body and the heading the meeting put it on are at rest; a control or a field is the person’s', async () => {
    const { focusAtRest } = await import('../../client/dom.js');
    const heading = document.createElement('h1');
    heading.tabIndex = -1;
    const button = document.createElement('button');
    const quiet = document.createElement('button');
    quiet.tabIndex = -1;
    const field = document.createElement('textarea');
    document.body.replaceChildren(heading, button, quiet, field);
    (document.activeElement as HTMLElement | null)?.blur?.();
    expect(focusAtRest()).toBe(true);
    heading.focus();
    expect(focusAtRest()).toBe(true);
    for (const el of [button, quiet, field]) {
      el.focus();
      expect(focusAtRest()).toBe(false);
    }
  });
});
