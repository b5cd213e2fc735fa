// A fresh tester (2026-12-05) switched the door to English and was still offered "Modig Fjord /
// Fri Kilde / Grønn Stein": the suggestions were made once, in the language the page had then.
import { describe, expect, it } from 'vitest';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'location', 'HTMLElement', 'HTMLButtonElement', 'HTMLInputElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'KeyboardEvent', 'Event']);

describe("the door's name suggestions", () => {
  it('follow the page into the other language, and the name typed stays', async () => {
    const { app } = await import('../../client/app.js');
    const { newJoinState, renderJoin } = await import('../../client/pages/join.js');
    app.setLang('nb');
    const state = newJoinState(null);
    state.name = 'Mitt Navn';
    const card = { title: 'Kveldsmøte', language: 'nb' as const, formatId: 'standard', access: 'open' as const, phase: 'gathering', locked: false, group: false };
    const container = document.createElement('div');
    const render = () => renderJoin(container, { meetingId: 'm', card, state, chairKey: null, error: null, submit: () => undefined });
    const shown = () => [...container.querySelectorAll('[data-testid^="join-name-suggestion-"]')].map((b) => b.textContent ?? '');
    const nbFirst = ['Stille', 'Rolig', 'Varm', 'Lys', 'Myk', 'Klar', 'Grønn', 'Blå', 'Vennlig', 'Modig', 'Stødig', 'Åpen', 'Lun', 'Trygg', 'Fri', 'Mild'];
    render();
    expect(shown()).toHaveLength(3);
    expect(shown().every((n) => nbFirst.includes(n.split(' ')[0]!))).toBe(true);
    app.setLang('en');
    render();
    const en = shown();
    expect(en).toHaveLength(3);
    // "Mild" is a word of both languages; every other first word of the bokmål list is not English.
    expect(en.some((n) => nbFirst.filter((w) => w !== 'Mild').includes(n.split(' ')[0]!))).toBe(false);
    expect(state.name).toBe('Mitt Navn');
    // Rendered again in the same language, the suggestions stay as they were.
    render();
    expect(shown()).toEqual(en);
  });
});

// A fresh tester (2026-12-05) ticked "I can chair the meeting if needed" in a relatives round and
// was made chair at the round's end without a word at the door that the chair rotates.
describe("the door's volunteer box", () => {
  it('says the chair may come to you where it rotates after each round, and nothing of the kind elsewhere (nb and en)', async () => {
    const { app } = await import('../../client/app.js');
    const { newJoinState, renderJoin } = await import('../../client/pages/join.js');
    const { dict } = await import('../../client/i18n.js');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const hintFor = (formatId: string): string | null => {
        const card = { title: 'Møte', language: lang, formatId, access: 'open' as const, phase: 'gathering', locked: false, group: false };
        const container = document.createElement('div');
        renderJoin(container, { meetingId: 'm', card, state: newJoinState(null), chairKey: null, error: null, submit: () => undefined });
        return [...container.querySelectorAll('.choice')].find((c) => c.textContent?.includes(dict(lang).joinVolunteer))?.querySelector('.hint')?.textContent ?? null;
      };
      expect(hintFor('relatives')).toBe(dict(lang).joinVolunteerRotates);
      expect(hintFor('standard')).toBeNull();
    }
  });
});

// A fresh tester (2026-12-05): a chair who had handed the chair on came back within the grace and
// read "the chair link takes you back to it", word for word what a chair who never handed it on reads.
describe("the door's way back for the chair key's holder", () => {
  it('says the chair has passed on when someone else holds it (nb and en)', async () => {
    const { app } = await import('../../client/app.js');
    const { newJoinState, renderJoin } = await import('../../client/pages/join.js');
    const { dict } = await import('../../client/i18n.js');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const text = (passedOn: boolean): string | null => {
        const card = { title: 'Møte', language: lang, formatId: 'standard', access: 'open' as const, phase: 'round', locked: false, group: false, chairSeat: { name: 'Rolig Elv' }, ...(passedOn ? { chairPassedOn: true } : {}) };
        const container = document.createElement('div');
        renderJoin(container, { meetingId: 'm', card, state: newJoinState(null), chairKey: 'k'.repeat(32), error: null, submit: () => undefined });
        return container.querySelector('[data-testid="join-chair-seat-text"]')?.textContent ?? null;
      };
      expect(text(false)).toBe(dict(lang).joinChairReturn('Rolig Elv'));
      expect(text(true)).toBe(dict(lang).joinChairReturnNotChair('Rolig Elv'));
    }
  });
});

// A fresh tester's screen reader was given "Write a nickname above… Tick «I promise»…" as the door
// first showed, before anything was done: what is missing is shown then, and said as it changes
// once the person is in the form.
describe("the door's line on what is missing", () => {
  it('is shown from the start, and is a live region only once the form is used', async () => {
    const { app } = await import('../../client/app.js');
    const { newJoinState, renderJoin } = await import('../../client/pages/join.js');
    app.setLang('en');
    const card = { title: 'Evening meeting', language: 'en' as const, formatId: 'standard', access: 'open' as const, phase: 'gathering', locked: false, group: false };
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    renderJoin(container, { meetingId: 'm', card, state: newJoinState(null), chairKey: null, error: null, submit: () => undefined });
    const reason = container.querySelector<HTMLElement>('[data-testid="join-submit-reason"]')!;
    expect(reason.textContent).toContain(app.t.joinNeedsPledge);
    expect(reason.getAttribute('aria-live')).toBe('off');
    const name = container.querySelector<HTMLInputElement>('[data-testid="join-name"]')!;
    name.focus();
    name.dispatchEvent(new Event('focusin', { bubbles: true }));
    expect(reason.getAttribute('aria-live')).toBe('polite');
  });
});
