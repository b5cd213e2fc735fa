// The meeting page (client/pages/meeting.ts, the real code) mounted in jsdom, its connection
// played by the test and its views built by the real core (test/core/helpers.ts Run). A test file
// using it installs the DOM globals first and replaces the connection module:
//
//   useDomGlobals(PAGE_GLOBALS, preparePageWindow);
//   vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));
import { afterEach, beforeEach, vi } from 'vitest';
import type { ConnHandlers } from '../../client/connection.js';
import type { Ack } from '../../shared/protocol.js';
import { buildView } from '../../shared/meeting/view.js';
import type { Run } from '../core/helpers.js';

/** The globals the page reads (MutationObserver: its focus keeper; requestAnimationFrame: the chair link's field). */
export const PAGE_GLOBALS = ['window', 'document', 'HTMLElement', 'HTMLInputElement', 'HTMLTextAreaElement', 'HTMLButtonElement', 'Node', 'Text', 'Event', 'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'sessionStorage', 'localStorage', 'navigator', 'matchMedia', 'location', 'getComputedStyle', 'MutationObserver', 'requestAnimationFrame'] as const;

/** What jsdom lacks and the page calls. */
export function preparePageWindow(w: Record<string, unknown>): void {
  w.matchMedia = () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined });
  w.scrollTo = () => undefined;
  w.requestAnimationFrame = (f: () => void) => setTimeout(f, 0);
  (w.HTMLElement as { prototype: { scrollIntoView(): void } }).prototype.scrollIntoView = () => undefined;
}

/** The page's connection: its handlers, and what it sent (answered at once, ok). */
export class FakeConnection {
  static last: FakeConnection | null = null;
  readonly sent: { event: string; payload: Record<string, unknown> }[] = [];
  isReady = true;
  /** As Connection.lastPingAt: when the server's last ping came (Date.now() ms), null for none yet. */
  lastPingAt: number | null = null;
  /** As Connection.deviceOffline: the browser says this device has no network. */
  deviceOffline = false;
  constructor(
    readonly meetingId: string,
    readonly h: ConnHandlers,
  ) {
    FakeConnection.last = this;
  }
  send(event: string, payload: Record<string, unknown>): Promise<Ack> {
    this.sent.push({ event, payload });
    return Promise.resolve({ ok: true } as Ack);
  }
  settled(): void {}
  start(): void {}
  close(): void {}
  leave(): void {}
  leaveNow(): void {}
  takeBack(): void {}
  holdings(): Promise<Ack> {
    return new Promise(() => undefined);
  }
  askJoinCode(): Promise<string | null> {
    return new Promise(() => undefined);
  }
}

export interface MountedPage {
  container: HTMLElement;
  conn: FakeConnection;
  /** The element with this testid, or null. */
  q<E extends HTMLElement = HTMLElement>(testid: string): E | null;
  /** Sends the page `r`'s view as `you` sees it now (a fresh view from the server). */
  push(): void;
  /** What mountMeeting returned (relabel, destroy). */
  page: { relabel(): void; destroy(): void };
  destroy(): void;
}

/**
 * Mounts the page for `you` in `r`'s meeting (id `r.state.id`), connected and joined, in `lang`,
 * before the page's first view; `before` runs then (a chair key put in the page's memory).
 */
export async function mountPage(r: Run, you: string, lang: 'nb' | 'en' = 'en', before: () => void = () => undefined): Promise<MountedPage> {
  const { app } = await import('../../client/app.js');
  app.setLang(lang);
  const { mountMeeting } = await import('../../client/pages/meeting.js');
  before();
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const page = mountMeeting(container, { meetingId: r.state.id, join: null, failed: () => undefined });
  const conn = FakeConnection.last!;
  conn.h.status('connected');
  conn.h.ready({ you, token: 'tok', view: buildView(r.state, you, r.now), missed: [] });
  return {
    container,
    conn,
    q: <E extends HTMLElement = HTMLElement>(id: string) => container.querySelector<E>(`[data-testid="${id}"]`),
    push: () => conn.h.view(buildView(r.state, you, r.now)),
    page,
    destroy: () => page.destroy(),
  };
}

/**
 * Fakes the page's clocks for each test of the file (timers, Date, performance.now and
 * queueMicrotask), so a test moves the page's time with vi.advanceTimersByTimeAsync: the share
 * clock on screen counts from performance.now.
 */
export function fakePageClocks(): void {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance', 'queueMicrotask'] }));
  afterEach(() => vi.useRealTimers());
}
