// The chair's bar and list show a share that went out after the guard's hint (`guardHint`), said
// apart from the room's reports (nobody reported it), with "Leave it" beside "Remove for
// everyone". A fresh tester (2026-12-05): the chair was not told such a share went out.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, nameOf } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'location', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'KeyboardEvent', 'Event']);

describe("a share that went out after the guard's hint, on the chair's page", () => {
  it('the bar says so (not "someone reported"), the list quotes it, and "Leave it" takes the mark off (leaveShare); a report brings the share back (nb and en)', async () => {
    const { app } = await import('../../client/app.js');
    const { ReportsPanel } = await import('../../client/meeting/reports-panel.js');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'] });
      r.ok({ type: 'finishShare', by: 'a' });
      const speaker = r.speaker!;
      const text = 'Du bør ringe 912 34 567.';
      r.ok({ type: 'share', by: speaker, text, confirm: true });
      const seq = r.state.seq;
      const sent: { event: string; payload: unknown }[] = [];
      const panel = new ReportsPanel(async (event, payload) => (sent.push({ event, payload }), { ok: true }) as never, () => undefined, (s) => (s === seq ? { name: 'Stille Fjord', text } : null));
      document.body.replaceChildren(panel.barEl, panel.el);
      panel.update(buildView(r.state, 'a', r.now));
      expect(panel.barEl.hidden).toBe(false);
      expect(panel.barEl.textContent).toContain(t.reportsGuarded(1));
      expect(panel.barEl.textContent).not.toContain(t.reportsWaiting(1));
      // The words as the server sends them to the chair (ReportView.name, text), not the page's.
      expect(panel.el.querySelector('[data-testid="chair-report-share"]')?.textContent).toBe(`${nameOf(speaker)}: ${text}`);
      // What the guard found is named (a fresh tester, 2026-12-05: the mark did not say).
      expect(panel.el.querySelector('[data-testid="chair-report-reason-guardHint"]')?.textContent).toBe(
        lang === 'nb' ? 'Gikk ut etter delingsvaktens hint om råd og personopplysninger, som kontaktopplysninger eller fullt navn (ingen har sagt fra).' : 'Went out after the share guard’s hint about advice and personal details, such as contact details or a full name (nobody has reported it).',
      );
      panel.el.querySelector<HTMLElement>('[data-testid="chair-report-leave"]')!.click();
      // Gone at once; the server is told (leaveShare), so it stays gone for any chair after.
      expect(panel.barEl.hidden).toBe(true);
      expect(panel.el.querySelectorAll('[data-testid="chair-report"]')).toHaveLength(0);
      expect(sent).toEqual([{ event: 'leaveShare', payload: { share: seq } }]);
      r.ok({ type: 'leaveShare', by: 'a', share: seq });
      panel.update(buildView(r.state, 'a', r.now));
      expect(panel.barEl.hidden).toBe(true);
      // Someone reports it: it is back, as a report, and may be left as it is too (a fresh
      // tester, 2026-12-05: only "Remove for everyone" cleared a report, and the bar said
      // "reported" to the end of the meeting).
      r.ok({ type: 'report', by: 'c', share: seq, reason: 'personal' });
      panel.update(buildView(r.state, 'a', r.now));
      expect(panel.barEl.textContent).toContain(t.reportsWaiting(1));
      panel.el.querySelector<HTMLElement>('[data-testid="chair-report-leave"]')!.click();
      expect(panel.barEl.hidden).toBe(true);
      expect(sent.at(-1)).toEqual({ event: 'leaveShare', payload: { share: seq } });
      r.ok({ type: 'leaveShare', by: 'a', share: seq });
      panel.update(buildView(r.state, 'a', r.now));
      expect(panel.barEl.hidden).toBe(true);
    }
  });

  it('says "nobody has reported it" of the guard\'s mark only while nobody has', async () => {
    const { app } = await import('../../client/app.js');
    const { ReportsPanel } = await import('../../client/meeting/reports-panel.js');
    app.setLang('en');
    const r = inRound({ others: ['b', 'c', 'd'] });
    r.ok({ type: 'finishShare', by: 'a' });
    const speaker = r.speaker!;
    const text = 'You should call 912 34 567.';
    r.ok({ type: 'share', by: speaker, text, confirm: true });
    const seq = r.state.seq;
    r.ok({ type: 'report', by: ['b', 'c', 'd'].find((x) => x !== speaker)!, share: seq, reason: 'advice' });
    const panel = new ReportsPanel(async () => ({ ok: true }) as never, () => undefined, () => ({ name: 'Stille Fjord', text }));
    document.body.replaceChildren(panel.barEl, panel.el);
    panel.update(buildView(r.state, 'a', r.now));
    const guard = panel.el.querySelector('[data-testid="chair-report-reason-guardHint"]')?.textContent ?? '';
    expect(guard).toMatch(/^Went out after the share guard’s hint about /);
    expect(guard).not.toContain('nobody');
    // With how many said so, one too (a fresh tester, 2026-12-05, saw no count for one report).
    expect(panel.el.querySelector('[data-testid="chair-report-reason-advice"]')?.textContent).toBe(`${dict('en').reportReason_advice} (1 person has said so)`);
  });
});

// A fresh tester (2026-12-05): a "someone seems to be in crisis" report gave a new chair only
// "Remove for everyone" and "Leave it" to go on.
describe('a crisis report on the chair\'s list', () => {
  it('says where the help lines are, with a way to them; other reasons do not (nb and en)', async () => {
    const { app } = await import('../../client/app.js');
    const { ReportsPanel } = await import('../../client/meeting/reports-panel.js');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c', 'd'] });
      r.ok({ type: 'finishShare', by: 'a' });
      const speaker = r.speaker!;
      r.ok({ type: 'share', by: speaker, text: 'Jeg orker ikke mer.' });
      const seq = r.state.seq;
      const [reporter, other] = ['b', 'c', 'd'].filter((x) => x !== speaker);
      const panel = new ReportsPanel(async () => ({ ok: true }) as never, () => undefined, () => ({ name: 'Stille Fjord', text: 'Jeg orker ikke mer.' }));
      document.body.replaceChildren(panel.barEl, panel.el);
      r.ok({ type: 'report', by: reporter!, share: seq, reason: 'advice' });
      panel.update(buildView(r.state, 'a', r.now));
      expect(panel.el.querySelector('[data-testid="chair-report-crisis"]')).toBeNull();
      r.ok({ type: 'report', by: other!, share: seq, reason: 'crisis' });
      panel.update(buildView(r.state, 'a', r.now));
      expect(panel.el.querySelector('[data-testid="chair-report-crisis"]')?.textContent).toContain(t.reportCrisisHelp);
      // Said in the bar too, first.
      expect(panel.barEl.textContent?.startsWith(t.reportsCrisisBar)).toBe(true);
      expect(panel.el.querySelector('[data-testid="chair-report-help"]')?.textContent).toBe(t.help);
    }
  });
});

// A fresh tester (2026-12-05): the member who reported someone in crisis was only thanked.
describe('reporting someone in crisis', () => {
  it('thanks the reporter and says where the help lines are; other reasons only thank (nb and en)', async () => {
    const { app } = await import('../../client/app.js');
    const { shareMenu } = await import('../../client/meeting/report.js');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const t = dict(lang);
      for (const reason of ['crisis', 'advice'] as const) {
        const menu = shareMenu(7, { report: async () => ({ ok: true }), hide: async () => ({ ok: true }), error: () => undefined, hasChair: () => true }, 'Lys Morgen', 'Part one.');
        document.body.replaceChildren(menu);
        menu.querySelector<HTMLElement>(`[data-testid="report-reason-${reason}"]`)!.click();
        await expect.poll(() => menu.querySelector<HTMLElement>('[data-testid="report-sent"]')!.hidden).toBe(false);
        const said = menu.querySelector('[data-testid="report-sent"]')!.textContent;
        expect(said).toBe(reason === 'crisis' ? `${t.reportSent} ${t.reportCrisisSelf}` : t.reportSent);
      }
    }
  });
});
