// A keyboard tester (2026-12-06) found a question's yes BEFORE its focused "Cancel" in Tab order:
// from "Avbryt" Tab went round the whole page (46 presses) to reach "Ja, gå videre: …", and the
// end question's yes was not reached in 30. Every asked question (confirm-step.ts, used by the
// chair's steps and End, Pass and Done, lowering a late hand, the chair's leave, a person's
// removal) now has Cancel first and the yes right after it. The page's real code in jsdom, views
// from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const flush = () => new Promise((res) => setTimeout(res, 0));

/** What Tab goes to next from `from`, in document order: shown, enabled, focusable by Tab (no positive tabindex is used on the page). */
function nextByTab(from: HTMLElement): HTMLElement | null {
  const all = [...document.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select, summary, [tabindex]')].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[hidden]') && !el.closest('details:not([open]) > :not(summary)'),
  );
  expect(all.some((el) => el.tabIndex > 0)).toBe(false);
  const i = all.indexOf(from);
  return i >= 0 ? (all[i + 1] ?? null) : null;
}

describe('a question: Tab from Cancel reaches its yes next', () => {
  it('ConfirmStep: Cancel has the focus, and the yes comes right after it', async () => {
    const { ConfirmStep } = await import('../../client/meeting/confirm-step.js');
    const ask = new ConfirmStep('q');
    const from = document.createElement('button');
    const after = document.createElement('button');
    document.body.replaceChildren(from, ask.el, after);
    ask.ask(['Sure?'], 'Yes, do it', from, () => undefined);
    const no = ask.el.querySelector<HTMLElement>('[data-testid="q-no"]')!;
    const yes = ask.el.querySelector<HTMLElement>('[data-testid="q-yes"]')!;
    expect(document.activeElement).toBe(no);
    expect(nextByTab(no)).toBe(yes);
  });

  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) the chair's leave and End questions, on the page`, async () => {
      const r = inRound({ others: ['b', 'c'], volunteers: ['b'] });
      const page = await mountPage(r, 'a', lang);
      for (const [press, id] of [
        ['leave', 'leave-confirm'],
        ['chair-end', 'chair-end-confirm'],
      ] as const) {
        const btn = page.q<HTMLButtonElement>(press)!;
        btn.focus();
        btn.click();
        await flush();
        expect(page.q(id)!.hidden).toBe(false);
        const no = page.q(`${id}-no`)!;
        expect(document.activeElement).toBe(no);
        expect(nextByTab(no)).toBe(page.q(`${id}-yes`));
        no.click();
        await flush();
      }
      page.destroy();
    });

    it(`(${lang}) "Pass anyway?" on your own turn, on the page`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      r.shareDone('a');
      const page = await mountPage(r, 'b', lang);
      const box = page.q<HTMLTextAreaElement>('composer')!;
      box.value = 'Noen ord jeg skrev';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const pass = page.q<HTMLButtonElement>('pass')!;
      pass.focus();
      pass.click();
      await flush();
      expect(page.q('pass-confirm')!.hidden).toBe(false);
      const no = page.q('pass-confirm-no')!;
      expect(document.activeElement).toBe(no);
      expect(nextByTab(no)).toBe(page.q('pass-confirm-yes'));
      page.destroy();
    });
  }
});
