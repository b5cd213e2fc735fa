// Missed events that come back through a gap repair (`catchUp`) on a live connection were read out
// one by one, an old "time nearly up" for a turn long over among them: only a return (a resume, the
// page opened again) was quieted (return-news.test.ts). A gap repair's missed events are the same
// history, told by the same rule (replay-news.ts newsOnReturn): the connection shows the repair's
// view first and the missed events after it, as after a resume, so the page reads them against the
// view that holds their effects. So are missed events that come another way: a server's gap fill
// from the store's log (events marked `filled`), a join that finds the seat kept, a second gap
// found during a repair. A repair that gets no answer never shows what it held as live: the
// socket is opened afresh and the resume brings it as missed, once. The page's real code and its
// real connection in jsdom, the socket played by the test, views from the real core.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView, isPrivate, type LoggedEvent } from '../../shared/meeting/view.js';
import type { Command } from '../../shared/meeting/commands.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);

type Ack = (a: unknown) => void;
/** A socket.io client socket as the connection uses it: what it emits is kept, the test plays the server. */
const fake = vi.hoisted(() => {
  class FakeSocket {
    private handlers = new Map<string, ((...a: unknown[]) => void)[]>();
    connected = false;
    emitted: { ev: string; payload: unknown; ack: Ack }[] = [];
    io = { on: () => undefined, engine: undefined, opts: {} };
    on(ev: string, fn: (...a: unknown[]) => void): this {
      this.handlers.set(ev, [...(this.handlers.get(ev) ?? []), fn]);
      return this;
    }
    once(ev: string, fn: (...a: unknown[]) => void): this {
      return this.on(ev, fn);
    }
    off(): this {
      return this;
    }
    connect(): this {
      this.connected = true;
      this.fire('connect');
      return this;
    }
    disconnect(): this {
      this.connected = false;
      return this;
    }
    emit(ev: string, payload: unknown, ack: Ack): this {
      this.emitted.push({ ev, payload, ack });
      return this;
    }
    fire(ev: string, ...args: unknown[]): void {
      for (const fn of this.handlers.get(ev) ?? []) fn(...args);
    }
    /** The last `ev` the page emitted, answered by the test. */
    last(ev: string): { payload: unknown; ack: Ack } {
      const e = this.emitted.filter((x) => x.ev === ev).at(-1);
      if (!e) throw new Error(`no ${ev} emitted`);
      return e;
    }
  }
  return { FakeSocket, socket: null as InstanceType<typeof FakeSocket> | null };
});
vi.mock('socket.io-client', () => ({ io: () => (fake.socket = new fake.FakeSocket()) }));

/** The room's log while the page missed it: each accepted command's events as the server logs them (never the private ones). */
class Gap {
  log: LoggedEvent[] = [];
  constructor(private r: Run) {}
  ok(cmd: Command): void {
    this.keep(this.r.ok(cmd));
  }
  tickAt(at: number): void {
    this.keep(this.r.tickAt(at));
  }
  shareDone(id: string): void {
    this.ok({ type: 'share', by: id, text: `Words of ${id} lost in a gap.` });
    this.ok({ type: 'finishShare', by: id });
  }
  private keep(events: ReturnType<Run['ok']>): void {
    for (const event of events) if (!isPrivate(event)) this.log.push({ seq: this.r.state.seq, at: this.r.now, event });
  }
}

const flush = () => new Promise((res) => setTimeout(res, 0));

describe('a gap repaired on a live connection', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) the missed lines go into the transcript unheard; an old "time nearly up" for a turn that is over is left out`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'] });
      r.shareDone('a');
      expect(r.speaker).toBe('b');
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      sessionStorage.setItem('runde.seat', JSON.stringify({ meetingId: r.state.id, token: 'tok', lastSeq: r.state.seq }));
      const { mountMeeting } = await import('../../client/pages/meeting.js');
      const container = document.createElement('div');
      document.body.replaceChildren(container);
      const page = mountMeeting(container, { meetingId: r.state.id, join: null, failed: () => undefined });
      const socket = fake.socket!;
      socket.last('resume').ack({ ok: true, you: 'a', token: 'tok', view: buildView(r.state, 'a', r.now), missed: [] });
      await flush();
      const heard = () => container.querySelector('[data-testid="transcript-announce"]')!.textContent ?? '';
      const shown = () => container.querySelector('[data-testid="transcript"]')!.textContent ?? '';
      // Bjarne's time nearly runs out and he finishes; none of it reaches the page.
      const gap = new Gap(r);
      gap.tickAt(r.state.speaker!.deadline - r.state.settings.warnMs);
      expect(gap.log.some((l) => l.event.type === 'timeWarning')).toBe(true);
      gap.shareDone('b');
      expect(r.speaker).toBe('c');
      // The next view arrives live, seqs ahead: a gap. The page asks for what it missed.
      socket.fire('view', buildView(r.state, 'a', r.now));
      const ask = socket.last('catchUp');
      expect(ask.payload).toEqual({ afterSeq: gap.log[0]!.seq - 1 });
      ask.ack({ ok: true, view: buildView(r.state, 'a', r.now), missed: gap.log });
      await flush();
      expect(shown()).toContain('Words of b lost in a gap.');
      expect(heard()).not.toContain('Words of b lost in a gap.');
      expect(shown()).not.toContain(t.tTimeWarningChair('Bjarne'));
      expect(heard()).not.toContain(t.tTimeWarningChair('Bjarne'));
      // What comes live after the repair is heard as ever.
      r.ok({ type: 'share', by: 'c', text: 'Live words after the gap.' });
      socket.fire('event', { seq: r.state.seq, at: r.now, event: { type: 'share', id: 'c', name: 'Cecilie', text: 'Live words after the gap.' } });
      await flush();
      expect(heard()).toContain('Live words after the gap.');
      page.destroy();
      sessionStorage.clear();
    });
  }
});

/** The page mounted as `a` in `r`'s meeting with its real connection, resumed at the meeting's seq now. */
async function openPage(r: Run, lang: 'nb' | 'en') {
  const { app } = await import('../../client/app.js');
  app.setLang(lang);
  sessionStorage.setItem('runde.seat', JSON.stringify({ meetingId: r.state.id, token: 'tok', lastSeq: r.state.seq }));
  const { mountMeeting } = await import('../../client/pages/meeting.js');
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const page = mountMeeting(container, { meetingId: r.state.id, join: null, failed: () => undefined });
  const socket = fake.socket!;
  socket.last('resume').ack({ ok: true, you: 'a', token: 'tok', view: buildView(r.state, 'a', r.now), missed: [] });
  await flush();
  return {
    socket,
    heard: () => container.querySelector('[data-testid="transcript-announce"]')!.textContent ?? '',
    shown: () => container.querySelector('[data-testid="transcript"]')!.textContent ?? '',
    /** The room events sent live to the page, in order. */
    live: (events: LoggedEvent[]) => {
      for (const le of events) socket.fire('event', le);
    },
    destroy: () => {
      page.destroy();
      sessionStorage.clear();
    },
  };
}

/** The warned turn of Bjarne (b) runs out while the page misses it, and he shares and finishes: the missed log. */
function missBjarnesTurn(r: Run): Gap {
  const gap = new Gap(r);
  gap.tickAt(r.state.speaker!.deadline - r.state.settings.warnMs);
  expect(gap.log.some((l) => l.event.type === 'timeWarning')).toBe(true);
  gap.shareDone('b');
  expect(r.speaker).toBe('c');
  return gap;
}

/** How often `text` is in `s`. */
const times = (s: string, text: string): number => s.split(text).length - 1;

describe('missed events that reach the page another way', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) a server's gap fill from the store's log (events marked filled, then the view): missed, not read out as live`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'] });
      r.shareDone('a');
      const p = await openPage(r, lang);
      const gap = missBjarnesTurn(r);
      // The server process missed these seqs and fills them from the log, in order, then the view.
      p.live(gap.log.map((l) => ({ ...l, filled: true })));
      p.socket.fire('view', buildView(r.state, 'a', r.now));
      await flush();
      // Nothing to repair: the fill ran on without a gap.
      expect(p.socket.emitted.some((x) => x.ev === 'catchUp')).toBe(false);
      expect(times(p.shown(), 'Words of b lost in a gap.')).toBe(1);
      expect(p.heard()).not.toContain('Words of b lost in a gap.');
      expect(p.shown()).not.toContain(t.tTimeWarningChair('Bjarne'));
      expect(p.heard()).not.toContain(t.tTimeWarningChair('Bjarne'));
      // What comes live after the fill is heard as ever.
      const after = new Gap(r);
      after.ok({ type: 'share', by: 'c', text: 'Live words after the fill.' });
      p.live(after.log);
      await flush();
      expect(p.heard()).toContain('Live words after the fill.');
      p.destroy();
    });
  }

  it("a join that finds the seat kept (the chair link opened again): its missed lines are history too", async () => {
    const t = dict('en');
    const r = inRound({ others: ['b', 'c'] });
    r.shareDone('a');
    const gap = missBjarnesTurn(r);
    const { app } = await import('../../client/app.js');
    app.setLang('en');
    const { mountMeeting } = await import('../../client/pages/meeting.js');
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const page = mountMeeting(container, { meetingId: r.state.id, join: { v: 1, meetingId: r.state.id, name: 'Ada', role: 'participant', volunteer: true, pledge: true, chairKey: 'k'.repeat(24) }, chairReturn: true, failed: () => undefined });
    fake.socket!.last('join').ack({ ok: true, you: 'a', token: 'tok', view: buildView(r.state, 'a', r.now), missed: gap.log, kept: true });
    await flush();
    const heard = container.querySelector('[data-testid="transcript-announce"]')!.textContent ?? '';
    const shown = container.querySelector('[data-testid="transcript"]')!.textContent ?? '';
    expect(times(shown, 'Words of b lost in a gap.')).toBe(1);
    expect(heard).not.toContain('Words of b lost in a gap.');
    expect(shown).not.toContain(t.tTimeWarningChair('Bjarne'));
    page.destroy();
    sessionStorage.clear();
  });

  it('a second gap found in what was held during a repair: its answer too is missed, not read out', async () => {
    const r = inRound({ others: ['b', 'c'] });
    r.shareDone('a');
    const p = await openPage(r, 'en');
    const first = missBjarnesTurn(r);
    const firstView = buildView(r.state, 'a', r.now);
    // Live while the first repair is asked: the view (a gap), then another gap behind it.
    p.socket.fire('view', firstView);
    const lost = new Gap(r);
    lost.ok({ type: 'share', by: 'c', text: 'Words of c lost in the second gap.' });
    lost.ok({ type: 'finishShare', by: 'c' });
    p.socket.fire('view', buildView(r.state, 'a', r.now));
    p.socket.last('catchUp').ack({ ok: true, view: firstView, missed: first.log });
    await flush();
    const again = p.socket.last('catchUp');
    expect(again.payload).toEqual({ afterSeq: firstView.seq });
    again.ack({ ok: true, view: buildView(r.state, 'a', r.now), missed: lost.log });
    await flush();
    for (const words of ['Words of b lost in a gap.', 'Words of c lost in the second gap.']) {
      expect(times(p.shown(), words)).toBe(1);
      expect(p.heard()).not.toContain(words);
    }
    p.destroy();
  });
});

describe('a gap repair that gets no answer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asked again, then the socket opened afresh: the resume brings what was missed and what was held, as missed, in order, once; nothing held is read out', async () => {
    const r = inRound({ others: ['b', 'c'] });
    r.shareDone('a');
    const p = await openPage(r, 'en');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const from = r.state.seq;
    const gap = missBjarnesTurn(r);
    // Live after the gap: Cecilie's words (held while the gap is repaired).
    const held = new Gap(r);
    held.ok({ type: 'share', by: 'c', text: 'Words of c held while no answer came.' });
    p.live(held.log);
    expect(p.socket.emitted.filter((x) => x.ev === 'catchUp')).toHaveLength(1);
    // No answer, ever: asked three times in all, then opened afresh.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(p.socket.emitted.filter((x) => x.ev === 'catchUp')).toHaveLength(3);
    expect(p.shown()).not.toContain('Words of c held while no answer came.');
    const resume = p.socket.last('resume');
    expect(resume.payload).toMatchObject({ lastSeq: from });
    // The resume's missed: everything after the seq it asked from, the held words among them.
    const all = [...gap.log, ...held.log];
    resume.ack({ ok: true, you: 'a', token: 'tok', view: buildView(r.state, 'a', r.now), missed: all });
    await vi.advanceTimersByTimeAsync(0);
    for (const words of ['Words of b lost in a gap.', 'Words of c held while no answer came.']) {
      expect(times(p.shown(), words)).toBe(1);
      expect(p.heard()).not.toContain(words);
    }
    const text = p.shown();
    expect(text.indexOf('Words of b lost in a gap.')).toBeLessThan(text.indexOf('Words of c held while no answer came.'));
    p.destroy();
  });

  it('the connection broken meanwhile: nothing held is shown; the reconnect resumes from before the gap', async () => {
    const r = inRound({ others: ['b', 'c'] });
    r.shareDone('a');
    const p = await openPage(r, 'en');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const from = r.state.seq;
    missBjarnesTurn(r);
    const held = new Gap(r);
    held.ok({ type: 'share', by: 'c', text: 'Words of c held while no answer came.' });
    p.live(held.log);
    p.socket.disconnect();
    p.socket.fire('disconnect', 'transport close');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(p.shown()).not.toContain('Words of c held while no answer came.');
    p.socket.connect();
    expect(p.socket.last('resume').payload).toMatchObject({ lastSeq: from });
    p.destroy();
  });
});
