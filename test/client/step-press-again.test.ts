// A fresh tester (2026-12-06): in the opening, "Go on: Readings" with the welcome not posted asked
// "Not posted yet: “Welcome”. If you go on now, it is skipped…" with a small yes that said only
// "Go on". The yes names the step in the button's own words (README "Holding a meeting": "Yes, go
// on: Open sharing"). A later fresh tester (2026-12-06) then saw two identical "Yes, go on: Open
// sharing" buttons at once, the question's and the big button's (relabelled as the yes): the big
// button now steps aside while its question is open, and the question's yes is the one yes in
// view; its own button is back however the question closes. One confirmation at a time
// (one-confirm.ts), and a double click's second click is no yes. The real chair panel in a DOM,
// its views from the real core.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { FORMATS } from '../../shared/meeting/formats.js';
import { buildView } from '../../shared/meeting/view.js';
import { gathered, inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'location', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'KeyboardEvent', 'Event']);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

type Sent = { event: string; payload: unknown }[];

async function panelFor(formatId: string, lang: 'nb' | 'en'): Promise<{ panel: import('../../client/meeting/chair-panel.js').ChairPanel; sent: Sent }> {
  const { app } = await import('../../client/app.js');
  app.setLang(lang);
  const { ChairPanel } = await import('../../client/meeting/chair-panel.js');
  const sent: Sent = [];
  const panel = new ChairPanel(async (event, payload) => (sent.push({ event, payload }), { ok: true }) as never, () => undefined, 'm1', formatId);
  document.body.replaceChildren(panel.bar, panel.el);
  return { panel, sent };
}

const press = (b: HTMLElement, detail = 1): void => void b.dispatchEvent(new MouseEvent('click', { detail, bubbles: true }));
const q = <E extends HTMLElement = HTMLElement>(root: ParentNode, id: string): E => root.querySelector<E>(`[data-testid="${id}"]`)!;
const steps = (sent: Sent, event: string): number => sent.filter((x) => x.event === event).length;
/** The buttons under `root` a person sees: neither they nor a box around them hidden. */
const shownButtons = (root: HTMLElement): HTMLButtonElement[] => [...root.querySelectorAll('button')].filter((b) => !b.closest('[hidden]'));

describe('a chair step asked about', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) "Go on: …" with the welcome not posted: the yes names the step, and it is the one yes in view`, async () => {
      for (const f of FORMATS.filter((x) => x.script[0]!.readings.length > 0)) {
        const { panel, sent } = await panelFor(f.id, lang);
        const r = gathered({ formatId: f.id });
        r.ok({ type: 'start', by: 'a' });
        panel.update(buildView(r.state, 'a', r.now), true);
        const next = q<HTMLButtonElement>(panel.bar, 'chair-next-segment');
        const label = next.textContent ?? '';
        expect(label, f.id).toMatch(lang === 'en' ? /^Go on: / : /^Gå videre: /);
        press(next);
        const question = q(panel.bar, 'chair-confirm');
        expect(question.hidden, f.id).toBe(false);
        expect(q(question, 'chair-confirm-text').textContent, f.id).toMatch(lang === 'en' ? /^Not posted yet: / : /^Ikke lagt inn ennå: /);
        // "Yes, go on: Readings" / "Ja, gå videre: Opplesning": the button's words, said yes to.
        const yesBtn = q<HTMLButtonElement>(question, 'chair-confirm-yes');
        const yes = yesBtn.textContent ?? '';
        expect(yes, f.id).toBe(lang === 'en' ? `Yes, go on: ${label.slice('Go on: '.length)}` : `Ja, gå videre: ${label.slice('Gå videre: '.length)}`);
        // One yes in view: the big button steps aside while its question is open.
        expect(shownButtons(panel.bar).filter((b) => /^(Yes|Ja)\b/u.test(b.textContent ?? '') || b.textContent === label), f.id).toEqual([yesBtn]);
        // A view meanwhile (the same facts) leaves it so.
        panel.update(buildView(r.state, 'a', r.now), true);
        expect(next.hidden, f.id).toBe(true);
        expect(shownButtons(panel.bar).filter((b) => b.textContent === yes), f.id).toEqual([yesBtn]);
        expect(steps(sent, 'nextSegment'), f.id).toBe(0);
        // A double click's second click is no yes.
        press(yesBtn, 2);
        expect(steps(sent, 'nextSegment'), f.id).toBe(0);
        expect(question.hidden, f.id).toBe(false);
        press(yesBtn);
        expect(sent.filter((x) => x.event === 'nextSegment'), f.id).toEqual([{ event: 'nextSegment', payload: { from: r.state.script!.index } }]);
        expect(question.hidden, f.id).toBe(true);
        // Answered: the big button is back, in its own words.
        expect(next.hidden, f.id).toBe(false);
        expect(next.textContent, f.id).toBe(label);
        panel.bar.remove();
      }
    });

    it(`(${lang}) the big button comes back however its question closes: "Cancel", Escape, another question, or a view that ends it`, async () => {
      const { panel } = await panelFor('standard', lang);
      const r = gathered();
      r.ok({ type: 'start', by: 'a' });
      panel.update(buildView(r.state, 'a', r.now), true);
      const next = q<HTMLButtonElement>(panel.bar, 'chair-next-segment');
      const label = next.textContent ?? '';
      const question = q(panel.bar, 'chair-confirm');
      const open = (): void => {
        press(next);
        expect(question.hidden).toBe(false);
        expect(next.hidden).toBe(true);
      };
      const back = (): void => {
        expect(question.hidden).toBe(true);
        expect(next.hidden).toBe(false);
        expect(next.textContent).toBe(label);
      };
      open();
      q<HTMLButtonElement>(question, 'chair-confirm-no').click();
      back();
      // "Cancel" puts focus back on the button that asked: it is there to take it.
      expect(document.activeElement).toBe(next);
      open();
      question.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      back();
      open();
      const skip = q<HTMLButtonElement>(panel.el, 'chair-advance');
      press(skip);
      back();
      // The skip's own question: its button steps aside too, and comes back with "Cancel".
      expect(skip.hidden).toBe(true);
      expect(q(panel.el, 'chair-skip-opening-confirm-yes').textContent).toBe(t.confirmYes_step(t.chairAdvance_opening));
      q<HTMLButtonElement>(panel.el, 'chair-skip-opening-confirm-no').click();
      expect(skip.hidden).toBe(false);
      expect(skip.textContent).toBe(t.chairSkipOpening);
      // The step taken elsewhere (another page, or the texts posted): the view after it shows the new step's button.
      open();
      const from = r.state.script!.index;
      r.ok({ type: 'nextSegment', by: 'a', from });
      panel.update(buildView(r.state, 'a', r.now), true);
      if (!question.hidden) q<HTMLButtonElement>(question, 'chair-confirm-no').click();
      expect(next.hidden).toBe(false);
      expect(next.textContent).toMatch(lang === 'en' ? /^(Go on|Start)/u : /^(Gå videre|Start)/u);
    });

    it(`(${lang}) one question at a time: another question asked closes this one, and the button then asks anew`, async () => {
      const { panel, sent } = await panelFor('standard', lang);
      const r = gathered();
      r.ok({ type: 'start', by: 'a' });
      panel.update(buildView(r.state, 'a', r.now), true);
      const next = q<HTMLButtonElement>(panel.bar, 'chair-next-segment');
      press(next);
      const question = q(panel.bar, 'chair-confirm');
      expect(question.hidden).toBe(false);
      // The skip of the rest of the opening asks its own question: the first one goes.
      const skip = q<HTMLButtonElement>(panel.el, 'chair-advance');
      press(skip);
      const skipQuestion = q(panel.el, 'chair-skip-opening-confirm');
      expect(skipQuestion.hidden).toBe(false);
      expect(question.hidden).toBe(true);
      // The big button, back, asks again; the skip's question goes.
      press(next);
      expect(steps(sent, 'nextSegment')).toBe(0);
      expect(question.hidden).toBe(false);
      expect(skipQuestion.hidden).toBe(true);
      // Skip pressed again: its own question, then its yes.
      press(skip);
      press(q<HTMLButtonElement>(skipQuestion, 'chair-skip-opening-confirm-yes'));
      expect(sent.filter((x) => x.event === 'advance')).toEqual([{ event: 'advance', payload: { from: 'opening' } }]);
    });

    it(`(${lang}) End and Move on, pressed again under their own questions, are not their yes: only the named yes ends a turn or the meeting`, async () => {
      const { panel, sent } = await panelFor('standard', lang);
      const r = inRound({ others: ['b', 'c'] });
      r.ok({ type: 'finishShare', by: r.speaker! });
      panel.update(buildView(r.state, 'a', r.now), true);
      expect(r.speaker).toBeTruthy();
      const skip = q<HTMLButtonElement>(panel.el, 'chair-skip');
      const skipLabel = skip.textContent;
      press(skip);
      expect(q(panel.el, 'chair-skip-confirm').hidden).toBe(false);
      // Their own words stay: a press of them is no yes.
      expect(skip.textContent).toBe(skipLabel);
      vi.advanceTimersByTime(1000);
      press(skip);
      expect(steps(sent, 'skip')).toBe(0);
      expect(q(panel.el, 'chair-skip-confirm').hidden).toBe(false);
      const end = q<HTMLButtonElement>(document, 'chair-end');
      const endLabel = end.textContent;
      press(end);
      expect(q(document, 'chair-end-confirm').hidden).toBe(false);
      expect(end.textContent).toBe(endLabel);
      vi.advanceTimersByTime(1000);
      press(end);
      press(end);
      expect(steps(sent, 'end')).toBe(0);
      expect(q(document, 'chair-end-confirm').hidden).toBe(false);
    });
  }
});
