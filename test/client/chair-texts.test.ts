// The chair bar's texts (client/meeting/chair-panel.ts), from views of the real core, in a DOM: a
// fresh tester's first-time chair was offered the closing words in the contributions pause and
// again at every closing step (the members got them three times), and "Skip the rest of the
// opening" skipped the welcome, the guidelines and the anonymity text without asking, while the
// next-step button asks. The bar shows what the view offers; every step that
// leaves texts of the part unposted asks first, naming them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { FORMATS, findReading, segmentPhase } from '../../shared/meeting/formats.js';
import { buildView } from '../../shared/meeting/view.js';
import { gathered, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'location', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'KeyboardEvent', 'Event']);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

type Sent = { event: string; payload: unknown }[];

/** A chair panel for format `formatId` on the page, recording what it sends (every command is accepted). */
async function panelFor(formatId: string): Promise<{ panel: import('../../client/meeting/chair-panel.js').ChairPanel; sent: Sent }> {
  const { ChairPanel } = await import('../../client/meeting/chair-panel.js');
  const sent: Sent = [];
  const panel = new ChairPanel(async (event, payload) => (sent.push({ event, payload }), { ok: true }) as never, () => undefined, 'm1', formatId);
  document.body.replaceChildren(panel.bar, panel.el);
  return { panel, sent };
}

const ids = (root: HTMLElement): string[] => [...root.querySelectorAll<HTMLElement>('[data-testid^="chair-reading-"]')].filter((b) => !b.closest('[hidden]')).map((b) => b.dataset.testid!.slice('chair-reading-'.length));

/** Steps the core's script on by the chair (the silence by its clock). */
function step(r: Run): void {
  const f = FORMATS.find((x) => x.id === r.state.formatId)!;
  const seg = f.script[r.state.script!.index]!;
  if (seg.kind === 'silence') r.tickAt(r.state.script!.startedAt + seg.plannedMs);
  else r.ok({ type: 'nextSegment', by: 'a' });
}

describe("the chair bar's texts", () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) every format: the bar offers a text in the segment it belongs to, the closing words at the closing only; posted once, it keeps its ✓ for the rest of the part`, async () => {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      for (const f of FORMATS) {
        const { panel } = await panelFor(f.id);
        const r = gathered({ formatId: f.id });
        r.ok({ type: 'start', by: 'a' });
        while (r.state.phase !== 'ended') {
          const i = r.state.script!.index;
          const seg = f.script[i]!;
          const want = f.script.flatMap((x, j) => (j <= i && x.kind !== 'silence' && segmentPhase(x.kind) === segmentPhase(seg.kind) ? x.readings : []));
          panel.update(buildView(r.state, 'a', r.now), true);
          expect(ids(panel.bar), `${f.id} ${seg.kind}`).toEqual(want);
          if (seg.kind === 'closing') {
            r.ok({ type: 'postReading', by: 'a', readingId: 'closing' });
            panel.update(buildView(r.state, 'a', r.now), true);
            const chip = panel.bar.querySelector<HTMLElement>('[data-testid="chair-reading-closing"]')!;
            expect(chip.textContent).toBe(`✓ ${findReading(f.id, 'closing')!.title[lang]}`);
            break;
          }
          step(r);
        }
        panel.bar.remove();
      }
    });

    // A fresh tester (2026-12-05): More tools → Readings held the closing words in the opening;
    // one press posted them to everyone before anyone had shared.
    it(`(${lang}) every format, from the gathering on: bar and panel together offer exactly the texts the core would post now (none still to come), each once`, async () => {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const { decide } = await import('../../shared/meeting/decide.js');
      for (const f of FORMATS) {
        const { panel } = await panelFor(f.id);
        const r = gathered({ formatId: f.id });
        const refusal = (d: ReturnType<typeof decide>) => (d.ok ? null : d.code);
        const check = (label: string) => {
          panel.update(buildView(r.state, 'a', r.now), true);
          const shown = [...ids(panel.bar), ...ids(panel.el)];
          expect(new Set(shown).size, label).toBe(shown.length);
          const postable = f.readings.filter((x) => x.id !== 'silence' && refusal(decide(r.state, { type: 'postReading', by: 'a', readingId: x.id }, r.now)) !== 'WRONG_PHASE').map((x) => x.id);
          expect([...shown].sort(), label).toEqual(postable.sort());
        };
        check(`${f.id} gathering`);
        expect(ids(panel.el), f.id).not.toContain('closing');
        r.ok({ type: 'start', by: 'a' });
        while (r.state.phase !== 'ended') {
          const seg = f.script[r.state.script!.index]!;
          if (seg.kind !== 'silence') check(`${f.id} ${seg.kind}`);
          step(r);
        }
        panel.bar.remove();
      }
    });

    it(`(${lang}) the closing words are nowhere in the tools in the contributions pause and the announcements; at the closing the bar offers them`, async () => {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const { panel } = await panelFor('standard');
      const r = gathered();
      r.ok({ type: 'start', by: 'a' });
      while (r.state.script!.index < FORMATS[0]!.script.findIndex((x) => x.kind === 'contributions')) step(r);
      for (const kind of ['contributions', 'announcements']) {
        panel.update(buildView(r.state, 'a', r.now), true);
        expect(FORMATS[0]!.script[r.state.script!.index]!.kind).toBe(kind);
        expect([...ids(panel.bar), ...ids(panel.el)], kind).not.toContain('closing');
        step(r);
      }
      panel.update(buildView(r.state, 'a', r.now), true);
      expect(ids(panel.bar)).toEqual(['closing']);
    });

    it(`(${lang}) "Skip the rest of the opening" with texts not posted asks first, naming them, as the next step does; its yes names the step and skips`, async () => {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const t = dict(lang);
      for (const f of FORMATS) {
        const { panel, sent } = await panelFor(f.id);
        const r = gathered({ formatId: f.id });
        r.ok({ type: 'start', by: 'a' });
        r.ok({ type: 'postReading', by: 'a', readingId: 'welcome' });
        panel.update(buildView(r.state, 'a', r.now), true);
        const advance = panel.el.querySelector<HTMLButtonElement>('[data-testid="chair-advance"]')!;
        advance.click();
        // Nothing is skipped yet: the question names every opening text not posted.
        expect(sent.filter((x) => x.event === 'advance'), f.id).toEqual([]);
        const question = panel.el.querySelector<HTMLElement>('[data-testid="chair-skip-opening-confirm"]')!;
        expect(question.hidden, f.id).toBe(false);
        const left = f.script.filter((x) => segmentPhase(x.kind) === 'opening' && x.kind !== 'silence').flatMap((x) => x.readings).filter((id) => id !== 'welcome');
        const quoted = left.map((id) => findReading(f.id, id)!.title[lang]).map((x) => (lang === 'nb' ? `«${x}»` : `“${x}”`)).join(', ');
        expect(question.querySelector('[data-testid="chair-skip-opening-confirm-text"]')!.textContent, f.id).toBe(t.confirmUnposted(quoted, left.length > 1));
        // Several texts are "they", one is "it" (a fresh tester, 2026-12-03: "…, “Anonymity”. If you go on now, it is skipped.").
        if (left.length > 1) expect(question.textContent, f.id).toMatch(lang === 'nb' ? /blir de hoppet over/ : /they are skipped/);
        const yes = question.querySelector<HTMLButtonElement>('[data-testid="chair-skip-opening-confirm-yes"]')!;
        // The yes names the step, as the button's own words (a fresh tester, 2026-12-06, read only "Go on").
        expect(yes.textContent).toBe(t.confirmYes_step(t.chairAdvance_opening));
        // A new view (someone joins) while it asks leaves the question open.
        r.join('d');
        panel.update(buildView(r.state, 'a', r.now), true);
        expect(question.hidden, f.id).toBe(false);
        yes.dispatchEvent(new MouseEvent('click', { detail: 1, bubbles: true }));
        expect(sent.filter((x) => x.event === 'advance'), f.id).toEqual([{ event: 'advance', payload: { from: 'opening' } }]);
        panel.bar.remove();
      }
    });

    it(`(${lang}) the end leaves the closing words unposted: its question names them`, async () => {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const t = dict(lang);
      const { panel } = await panelFor('standard');
      const r = gathered();
      r.ok({ type: 'start', by: 'a' });
      while (FORMATS[0]!.script[r.state.script!.index]!.kind !== 'closing') step(r);
      panel.update(buildView(r.state, 'a', r.now), true);
      panel.bar.querySelector<HTMLButtonElement>('[data-testid="chair-end"]')!.click();
      const title = findReading('standard', 'closing')!.title[lang];
      // In the words of ending, not of going on (a second tester read "if you go on now" there).
      const text = panel.bar.querySelector('[data-testid="chair-end-confirm-text"]')!.textContent;
      expect(text).toContain(t.confirmUnpostedEnd(lang === 'nb' ? `«${title}»` : `“${title}”`, false));
      expect(text).toMatch(lang === 'nb' ? /blir den ikke lagt inn/ : /it is not posted/);
      expect(text).not.toMatch(/go on now|Går du videre/);
    });
  }
});

// A fresh tester (2026-12-04): offline past the seat's grace, the chair's tools still said "You
// are still the chair", while the room had a new chair.
describe('a chair offline past the seat grace', () => {
  it('is told the chair has probably passed on, with no step offered; back online, the tools are back', async () => {
    const { app } = await import('../../client/app.js');
    app.setLang('en');
    const t = dict('en');
    const { panel } = await panelFor('standard');
    const r = gathered({ formatId: 'standard' });
    r.ok({ type: 'start', by: 'a' });
    const v = buildView(r.state, 'a', r.now);
    const reason = () => panel.bar.querySelector<HTMLElement>('[data-testid="chair-offline-reason"]')!;
    panel.update(v, false, false);
    expect(reason().hidden).toBe(false);
    expect(reason().textContent).toContain(t.chairOfflineScript);
    expect(panel.bar.classList.contains('gone')).toBe(false);
    expect(panel.el.hidden).toBe(false);
    panel.update(v, false, true);
    expect(reason().textContent).toContain(t.chairOfflineGone);
    expect(reason().textContent).not.toContain('still the chair');
    expect(panel.bar.classList.contains('gone')).toBe(true);
    expect(panel.el.hidden).toBe(true);
    panel.update(v, true, false);
    expect(reason().hidden).toBe(true);
    expect(panel.bar.classList.contains('gone')).toBe(false);
    expect(panel.el.hidden).toBe(false);
  });
});

// A fresh tester (2026-12-04): the chair's connection dropped for a few seconds in the opening and
// the script posted the welcome, while the chair's page said "your steps wait until you are back".
describe("a chair offline: what the page says the meeting does meanwhile", () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`gathering or paused the steps wait; once it runs the recipe moves on by itself (${lang})`, async () => {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const t = dict(lang);
      const { panel } = await panelFor('standard');
      const reason = () => panel.bar.querySelector<HTMLElement>('[data-testid="chair-offline-reason"]')!.textContent ?? '';
      const r = gathered({ formatId: 'standard' });
      panel.update(buildView(r.state, 'a', r.now), false, false);
      expect(reason()).toContain(t.chairOffline);
      r.ok({ type: 'start', by: 'a' });
      panel.update(buildView(r.state, 'a', r.now), false, false);
      expect(reason()).toContain(t.chairOfflineScript);
      expect(reason()).not.toContain(t.chairOffline);
      r.ok({ type: 'freeze', by: 'a', on: true });
      panel.update(buildView(r.state, 'a', r.now), false, false);
      expect(reason()).toContain(t.chairOffline);
    });
  }
});

/** A round of chair `a` and members `b`, `c` (2 min shares, warned 30 s before the end) in a member's turn. */
function memberSharing(): { r: ReturnType<typeof gathered>; speaker: string } {
  const r = gathered({ others: ['b', 'c'], settings: { shareMs: 120_000, warnMs: 30_000 } });
  r.ok({ type: 'start', by: 'a' });
  while (r.state.phase === 'opening') r.ok({ type: 'nextSegment', by: 'a' });
  r.ok({ type: 'finishShare', by: 'a' });
  return { r, speaker: r.speaker! };
}

// A fresh tester (2026-12-05): an older member typing slowly ran out of time while the chair bar
// said nothing; "Give one more minute" was deep in the tools.
describe("the chair bar's extra minute", () => {
  it('appears once someone else is warned, names them, sends extend for that turn, and goes once extended (nb and en)', async () => {
    const { app } = await import('../../client/app.js');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const { panel, sent } = await panelFor('standard');
      const { r, speaker } = memberSharing();
      expect(speaker).not.toBe('a');
      const btn = (): HTMLElement => panel.bar.querySelector<HTMLElement>('[data-testid="chair-bar-extend"]')!;
      panel.update(buildView(r.state, 'a', r.now), true);
      expect(btn().hidden).toBe(true);
      r.tickAt(r.now + 95_000);
      const warned = buildView(r.state, 'a', r.now);
      expect(warned.speaker).toMatchObject({ id: speaker, warned: true });
      panel.update(warned, true);
      expect(btn().hidden).toBe(false);
      const name = warned.participants.find((p) => p.id === speaker)!.name;
      expect(btn().textContent).toBe(dict(lang).chairExtendName(name));
      btn().click();
      await Promise.resolve();
      expect(sent.at(-1)).toEqual({ event: 'extend', payload: { turn: warned.speaker!.turn } });
      r.ok({ type: 'extend', by: 'a', turn: warned.speaker!.turn! });
      panel.update(buildView(r.state, 'a', r.now), true);
      expect(btn().hidden).toBe(true);
    }
  });
});

// A fresh tester (2026-12-06): a speaker asked for more time and her connection dropped; her
// turn was held, and the chair's "asks for more time" vanished from the bar, to come back
// unannounced on her return.
describe("the chair bar's extra minute for a held turn", () => {
  it('stays while the turn is held if she asked, and answers it; a warning alone waits for her return', async () => {
    const { app } = await import('../../client/app.js');
    app.setLang('en');
    for (const asked of [true, false]) {
      const { panel, sent } = await panelFor('standard');
      const { r, speaker } = memberSharing();
      const btn = (): HTMLElement => panel.bar.querySelector<HTMLElement>('[data-testid="chair-bar-extend"]')!;
      if (asked) r.ok({ type: 'askMoreTime', by: speaker });
      else r.tickAt(r.now + 95_000);
      r.ok({ type: 'disconnect', by: speaker });
      const held = buildView(r.state, 'a', r.now);
      expect(held.speaker).toMatchObject({ id: speaker, frozen: true, askedMoreTime: asked });
      panel.update(held, true);
      expect(btn().hidden, `asked ${asked}`).toBe(!asked);
      if (!asked) continue;
      const name = held.participants.find((p) => p.id === speaker)!.name;
      expect(btn().textContent).toBe(dict('en').chairExtendAsked(name));
      btn().click();
      await Promise.resolve();
      expect(sent.at(-1)).toEqual({ event: 'extend', payload: { turn: held.speaker!.turn } });
      r.ok({ type: 'extend', by: 'a', turn: held.speaker!.turn! });
      const after = buildView(r.state, 'a', r.now);
      expect(after.speaker).toMatchObject({ extended: true, frozen: true, remainingMs: held.speaker!.remainingMs + r.state.settings.extendMs });
      panel.update(after, true);
      expect(btn().hidden).toBe(true);
    }
  });
});

// A fresh tester (2026-12-05): at "Voluntary contributions" the bar told the chair to say
// something, with no way to say it (the welcome and the announcements lead to the message box).
describe("the chair bar's way to the message box", () => {
  it('is there at the welcome, the contributions and the announcements, in every format that has them', async () => {
    const { app } = await import('../../client/app.js');
    app.setLang('en');
    let seen = 0;
    for (const f of FORMATS) {
      const { panel } = await panelFor(f.id);
      const r = gathered({ formatId: f.id });
      r.ok({ type: 'start', by: 'a' });
      while (r.state.phase !== 'ended' && r.state.script) {
        const seg = f.script[r.state.script.index]!;
        panel.update(buildView(r.state, 'a', r.now), true);
        const go = panel.bar.querySelector<HTMLElement>('[data-testid="chair-bar-note"]')!;
        const want = seg.kind === 'welcome' || seg.kind === 'contributions' || seg.kind === 'announcements';
        expect(!go.hidden, `${f.id} ${seg.kind}`).toBe(want);
        if (seg.kind === 'contributions') seen++;
        if (r.state.phase === 'round' || r.state.phase === 'open') {
          while (r.speaker) r.ok({ type: 'pass', by: r.speaker });
        }
        if (seg.kind === 'closing') break;
        step(r);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

// A fresh tester (2026-12-05): a chair who came to the message box through the tools (not the
// bar's shortcut) sent a message and was given no way back up to the next step.
describe('the line under a message sent from the tools', () => {
  it('says it went and offers the way back up, however the chair came to the box', async () => {
    const { app } = await import('../../client/app.js');
    app.setLang('en');
    const { panel, sent } = await panelFor('standard');
    const r = gathered({ others: ['b', 'c'] });
    r.ok({ type: 'start', by: 'a' });
    panel.update(buildView(r.state, 'a', r.now), true);
    const box = panel.el.querySelector<HTMLTextAreaElement>('[data-testid="chair-note"]')!;
    box.value = 'Welcome, all.';
    box.closest('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    await Promise.resolve();
    expect(sent.at(-1)).toEqual({ event: 'chairNote', payload: { text: 'Welcome, all.' } });
    const line = panel.el.querySelector<HTMLElement>('[data-testid="chair-note-sent"]')!;
    expect(line.hidden).toBe(false);
    expect(panel.el.querySelector<HTMLElement>('[data-testid="chair-note-sent-back"]')!.hidden).toBe(false);
  });
});
