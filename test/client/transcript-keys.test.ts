// A tester with a screen reader and a keyboard (the meeting page, client/pages/meeting.ts, the
// real code in jsdom, views and events from the real core): with the transcript list itself a live
// region, every share that came was read out and then its menu's "Tell the chair …", after every
// share of a long round; and each share added a tab stop of its own, so getting from the
// transcript to the share box meant tabbing past one "Tell the chair" per share. What is heard of
// a new entry is its words alone; the transcript is one tab stop, the arrow keys move between its
// entries, and Enter opens the menu of the share chosen.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import type { LoggedEvent } from '../../shared/meeting/view.js';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import { REPORT_REASONS } from '../../shared/meeting/reports.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals([...PAGE_GLOBALS, 'HTMLDetailsElement', 'Element'], preparePageWindow);

vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const flush = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};

const SHARES = ['Jeg sov bedre denne uken.', 'Det hjalp å snakke med noen.', 'Jeg går på møter igjen.', 'Takk for at jeg fikk dele.', 'Det var en tung helg.', 'Men jeg kom meg gjennom den.'];

/** The room's events of one accepted command, as the log holds them. */
function logged(r: Run, events: MeetingEvent[]): LoggedEvent[] {
  return events.filter((e) => !('to' in e)).map((event) => ({ seq: r.state.seq, at: r.now, event }));
}

/** Whether `el` is a live region: what is added inside it is read out by a screen reader. */
function liveRegion(el: Element): boolean {
  const live = el.getAttribute('aria-live');
  if (live && live !== 'off') return true;
  return live === null && ['status', 'log', 'alert'].includes(el.getAttribute('role') ?? '');
}

/** What a screen reader is given to say of what changed in `root`: the text added inside live regions. */
function listen(root: HTMLElement): { heard: string[]; stop(): void } {
  const heard: string[] = [];
  const inLive = (n: Node): boolean => {
    for (let el = n instanceof Element ? n : n.parentElement; el; el = el.parentElement) if (liveRegion(el)) return true;
    return false;
  };
  const obs = new MutationObserver((records) => {
    const added = records.flatMap((m) => [...m.addedNodes]);
    for (const m of records) {
      if (m.type === 'characterData' && inLive(m.target)) heard.push(m.target.textContent ?? '');
      // A node added inside another added with it is said as part of that one, not again.
      for (const n of m.addedNodes) if (inLive(n) && n.textContent?.trim() && !added.some((a) => a !== n && a.contains(n))) heard.push(n.textContent);
    }
  });
  obs.observe(root, { childList: true, subtree: true, characterData: true });
  return { heard, stop: () => obs.disconnect() };
}

/**
 * The elements of the transcript `root` a Tab press stops at. jsdom has no layout and no style
 * sheet: by markup alone, and by the one rule of styles.css that shows a share's menu as the
 * chair's ("Remove for everyone") or as anyone else's ("Tell the chair").
 */
function tabStops(root: HTMLElement): HTMLElement[] {
  const focusable = 'a[href], button, summary, textarea, input, select, [tabindex]';
  const unshown = root.classList.contains('is-chair') ? '.report-only' : '.chair-only';
  return [...(root.matches(focusable) ? [root] : []), ...root.querySelectorAll<HTMLElement>(focusable)].filter((el) => {
    if (el.getAttribute('tabindex') === '-1' || (el as HTMLButtonElement).disabled || el.closest('[hidden]') || el.closest(unshown)) return false;
    // Inside a closed <details> only its summary can take focus.
    const details = el.parentElement?.closest('details');
    return !details || details.open || (el.parentElement === details && el.tagName === 'SUMMARY');
  });
}

/** A round in which `b` shares, seen by `you` (`c`, not the chair; `a` chairs) on the page, mounted and joined. */
async function scene(lang: 'nb' | 'en', you: 'a' | 'c' = 'c') {
  const { app } = await import('../../client/app.js');
  const r = inRound({ others: ['b', 'c'] });
  r.ok({ type: 'share', by: 'a', text: 'The chair opens.' });
  r.ok({ type: 'finishShare', by: 'a' });
  expect(r.speaker).toBe('b');
  const { container, conn, page } = await mountPage(r, you, lang);
  const transcript = container.querySelector<HTMLElement>('[data-testid="transcript"]')!;
  /** `b` shares `text`: its events reach the page live. */
  const share = (text: string): void => {
    for (const le of logged(r, r.ok({ type: 'share', by: 'b', text }))) conn.h.event(le);
  };
  return { app, r, page, conn, container, transcript, share };
}

describe('a screen reader hears of a new share its words, never the controls beside it', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) six shares: each heard once with its words, no "Tell the chair" or any other menu word; a language switch says none of them again`, async () => {
      const t = dict(lang);
      const { app, page, container, share } = await scene(lang);
      await flush();
      const ear = listen(container);
      for (const text of SHARES) share(text);
      await flush();
      const said = ear.heard.join('\n');
      for (const text of SHARES) expect(ear.heard.filter((h) => h.includes(text)), text).toHaveLength(1);
      // Each part with its writer's name, a later one too (a fresh tester heard a second part alone).
      for (const text of SHARES) expect(ear.heard.find((h) => h.includes(text)), text).toContain('Bjarne');
      const controls = [t.reportOpen, t.reportTitle, t.hideShare, ...REPORT_REASONS.map((x) => t[`reportReason_${x}`])];
      for (const words of controls) expect(said, words).not.toContain(words);
      // Shown again in the other language (the page rebuilt): heard when they came, not again.
      ear.heard.length = 0;
      app.setLang(lang === 'nb' ? 'en' : 'nb');
      page.relabel();
      await flush();
      expect(container.querySelectorAll('[data-testid="share-chunk"]')).toHaveLength(SHARES.length);
      for (const text of SHARES) expect(ear.heard.join('\n'), text).not.toContain(text);
      ear.stop();
      page.destroy();
    });
  }
});

describe('the transcript is one tab stop; the arrow keys choose a share and Enter opens its menu', () => {
  it('(en) six shares add no tab stop each; up and Enter on the third tell the chair about that one', async () => {
    const { conn, transcript, share } = await scene('en');
    for (const text of SHARES) share(text);
    await flush();
    const chunks = [...transcript.querySelectorAll<HTMLElement>('[data-testid="share-chunk"]')];
    expect(chunks.map((c) => c.textContent)).toEqual(SHARES);
    // One entry holds the stop (the newest), with its own "Tell the chair" after it: never one per share.
    const stops = tabStops(transcript);
    expect(stops.length, stops.map((s) => s.dataset.testid ?? s.tagName).join(' ')).toBeLessThanOrEqual(2);
    const stop = stops[0]!;
    expect(stop.textContent).toBe(SHARES.at(-1));
    // Up three times from the newest: the third share.
    stop.focus();
    const key = (k: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    for (let i = 0; i < 3; i++) key('ArrowUp');
    expect(document.activeElement).toBe(chunks[2]);
    // It holds the stop now: one stop still.
    expect(tabStops(transcript)[0]).toBe(chunks[2]);
    expect(tabStops(transcript).length).toBeLessThanOrEqual(2);
    key('Enter');
    const menu = transcript.querySelector<HTMLElement>(`.share-menu[data-seq="${chunks[2]!.dataset.seq}"]`)!;
    expect(menu.querySelector('details')!.open).toBe(true);
    expect(document.activeElement).toBe(menu.querySelector('[data-testid="report-reason-advice"]'));
    (document.activeElement as HTMLButtonElement).click();
    await flush();
    expect(conn.sent.filter((s) => s.event === 'report')).toEqual([{ event: 'report', payload: { share: Number(chunks[2]!.dataset.seq), reason: 'advice' } }]);
    expect(menu.querySelector<HTMLElement>('[data-testid="report-sent"]')!.hidden).toBe(false);
    // The reasons went: focus stays with this menu, on its toggle, not on the page's body.
    expect(document.activeElement).toBe(menu.querySelector('[data-testid="report-open"]'));
    // Escape closes it and goes back to the toggle.
    key('Escape');
    expect(menu.querySelector('details')!.open).toBe(false);
    expect(document.activeElement).toBe(menu.querySelector('[data-testid="report-open"]'));
  });

  it("(en) the chair's Enter on a share leads to its Remove for everyone, which still asks for a second press", async () => {
    const t = dict('en');
    const { r, conn, transcript, share } = await scene('en', 'a');
    for (const text of SHARES) share(text);
    await flush();
    expect(transcript.classList.contains('is-chair')).toBe(true);
    const chunks = [...transcript.querySelectorAll<HTMLElement>('[data-testid="share-chunk"]')];
    expect(tabStops(transcript).map((s) => s.dataset.testid)).toEqual(['share-chunk', 'hide-share']);
    expect(transcript.querySelector('[data-testid="transcript-keys"]')!.textContent).toBe(t.transcriptKeysChair);
    chunks.at(-1)!.focus();
    const key = (k: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    key('Home');
    key('End');
    key('ArrowUp');
    expect(document.activeElement).toBe(chunks.at(-2));
    key('Enter');
    const hide = transcript.querySelector<HTMLButtonElement>(`.share-menu[data-seq="${chunks.at(-2)!.dataset.seq}"] [data-testid="hide-share"]`)!;
    expect(document.activeElement).toBe(hide);
    hide.click();
    expect(conn.sent.filter((x) => x.event === 'hideShare')).toEqual([]);
    hide.click();
    await flush();
    const seq = Number(chunks.at(-2)!.dataset.seq);
    expect(conn.sent.filter((x) => x.event === 'hideShare')).toEqual([{ event: 'hideShare', payload: { share: seq } }]);
    // Removed: the marker takes the share's place, and the focus and the tab stop with it.
    for (const le of logged(r, r.ok({ type: 'hideShare', by: 'a', share: seq }))) conn.h.event(le);
    await flush();
    const removed = transcript.querySelector<HTMLElement>(`[data-testid="share-removed"][data-seq="${seq}"]`)!;
    expect(removed.textContent).toBe(t.shareRemoved);
    expect(document.activeElement).toBe(removed);
    expect(tabStops(transcript)).toEqual([removed]);
    expect(transcript.textContent).not.toContain(SHARES.at(-2));
  });
});
