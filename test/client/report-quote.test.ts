// The chair's list of reports quotes the share a report concerns from the words the server sends
// the chair (ReportView.name, text), whenever the chair came in: a fresh tester (2026-12-06), back
// through the chair link, was shown "a share from before you came in this time (its words are not
// shown again here)" beside "Remove for everyone", and the share held a phone number. A long share
// is cut, with a button to read it whole.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { EXCERPT_CHARS, reportedShare, reportQuote } from '../../client/meeting/report-quote.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, nameOf } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'location', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'KeyboardEvent', 'Event']);

describe('the words of a reported share, for the chair', () => {
  it('come from the view, then the page, and say so only when known nowhere (nb and en)', () => {
    for (const lang of ['nb', 'en'] as const) {
      const t = dict(lang);
      const page = { name: 'Fra Siden', text: 'sidens ord' };
      expect(reportedShare({ name: 'Stille Fjord', text: 'Ring 912 34 567.' }, page)).toEqual({ name: 'Stille Fjord', text: 'Ring 912 34 567.' });
      expect(reportedShare({ name: null, text: null }, page)).toEqual(page);
      expect(reportQuote(reportedShare({ name: 'Stille Fjord', text: 'Ring 912 34 567.' }, null), false, t)).toEqual({ quote: 'Stille Fjord: Ring 912 34 567.', toggle: null });
      expect(reportQuote(reportedShare({ name: null, text: null }, null), false, t)).toEqual({ quote: t.reportsEarlier, toggle: null });
    }
  });

  it('a long share is cut with a button to read it whole, and back (nb and en)', () => {
    const long = `${'Jeg har hatt en lang uke. '.repeat(15)}Ring meg på 912 34 567.`;
    expect(long.length).toBeGreaterThan(EXCERPT_CHARS);
    for (const lang of ['nb', 'en'] as const) {
      const t = dict(lang);
      const cut = reportQuote({ name: 'Stille Fjord', text: long }, false, t);
      expect(cut.quote).toBe(`Stille Fjord: ${long.slice(0, EXCERPT_CHARS)} …`);
      expect(cut.quote).not.toContain('912 34 567');
      expect(cut.toggle).toBe(lang === 'nb' ? 'Vis hele delingen' : 'Show the whole share');
      const whole = reportQuote({ name: 'Stille Fjord', text: long }, true, t);
      expect(whole).toEqual({ quote: `Stille Fjord: ${long}`, toggle: lang === 'nb' ? 'Vis mindre av delingen' : 'Show less of the share' });
    }
  });

  it("on the chair's page: a share this page never saw is quoted from the view, whole on a press (nb and en)", async () => {
    const { app } = await import('../../client/app.js');
    const { ReportsPanel } = await import('../../client/meeting/reports-panel.js');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'] });
      r.ok({ type: 'finishShare', by: 'a' });
      const text = `${'Det har vært tungt. '.repeat(16)}Ring Kari på 912 34 567.`;
      r.ok({ type: 'share', by: 'b', text, confirm: true });
      const seq = r.state.seq;
      r.ok({ type: 'report', by: 'c', share: seq, reason: 'personal' });
      // The chair comes back through the chair link: a new seat, after the share.
      r.ok({ type: 'leave', by: 'a' });
      r.join('a2', { chairKey: true });
      // This page never saw the share (shareOf: null).
      const panel = new ReportsPanel(async () => ({ ok: true }) as never, () => undefined, () => null);
      document.body.replaceChildren(panel.barEl, panel.el);
      panel.update(buildView(r.state, 'a2', r.now));
      const quote = (): string => panel.el.querySelector('[data-testid="chair-report-share"]')?.textContent ?? '';
      expect(quote()).toBe(`${nameOf('b')}: ${text.slice(0, EXCERPT_CHARS)} …`);
      expect(panel.el.textContent).not.toContain(t.reportsEarlier);
      const toggle = panel.el.querySelector<HTMLElement>('[data-testid="chair-report-whole"]')!;
      expect(toggle.textContent).toBe(t.reportShowWhole);
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      toggle.click();
      expect(quote()).toBe(`${nameOf('b')}: ${text}`);
      expect(quote()).toContain('912 34 567');
      const back = panel.el.querySelector<HTMLElement>('[data-testid="chair-report-whole"]')!;
      expect(back.textContent).toBe(t.reportShowLess);
      expect(back.getAttribute('aria-expanded')).toBe('true');
      expect(document.activeElement).toBe(back);
      // Removing it asks about it by name and first words, as under the share itself.
      const hide = panel.el.querySelector<HTMLElement>('[data-testid="chair-report-hide"]')!;
      hide.click();
      expect(hide.textContent).toContain(nameOf('b'));
    }
  });
});
