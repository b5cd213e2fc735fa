// A button that asks for a second press (client/meeting/confirm-button.ts) stays armed long
// enough for a first-time chair on a phone: a fresh tester (2026-12-05) measured 4 s, and the
// second tap found the button back at "Remove for everyone".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'sessionStorage', 'localStorage', 'navigator', 'MouseEvent', 'Event']);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a button that asks for a second press', () => {
  it('runs on a second press up to 9 s after the first; after the armed time it asks again', async () => {
    const { confirmButton, CONFIRM_ARMED_MS } = await import('../../client/meeting/confirm-button.js');
    const { app } = await import('../../client/app.js');
    expect(CONFIRM_ARMED_MS).toBeGreaterThanOrEqual(9_000);
    let ran = 0;
    const btn = confirmButton(() => 'Remove for everyone', 'x', 'button', () => ran++);
    document.body.replaceChildren(btn);
    btn.click();
    expect(btn.textContent).toBe(app.t.chairConfirm);
    vi.advanceTimersByTime(9_000);
    btn.click();
    expect(ran).toBe(1);
    expect(btn.textContent).toBe('Remove for everyone');
    btn.click();
    vi.advanceTimersByTime(CONFIRM_ARMED_MS + 1);
    expect(btn.textContent).toBe('Remove for everyone');
    btn.click();
    expect(ran).toBe(1);
  });

  // A fresh tester's chair (2026-12-05) removed the wrong member's share: "Press again to confirm"
  // under a share named nobody. The second press under a share names whose, with its first words.
  it("under a share, the armed button names whose share and quotes its first words (nb and en)", async () => {
    const { shareMenu, firstWords } = await import('../../client/meeting/report.js');
    const { app } = await import('../../client/app.js');
    const { dict } = await import('../../client/i18n.js');
    const text = 'Jeg har hatt en tung uke med mye uro hjemme, og jeg sover dårlig om nettene.';
    expect(firstWords(text)).toBe('Jeg har hatt en tung uke med mye uro…');
    expect(firstWords('Kort.')).toBe('Kort.');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      let hidden = 0;
      const menu = shareMenu(7, { report: async () => ({ ok: true }), hide: async () => (hidden++, { ok: true }), error: () => undefined }, 'Blå Bølge', text);
      document.body.replaceChildren(menu);
      const hide = menu.querySelector<HTMLButtonElement>('[data-testid="hide-share"]')!;
      hide.click();
      expect(hide.textContent).toBe(dict(lang).hideShareConfirm('Blå Bølge', 'Jeg har hatt en tung uke med mye uro…'));
      expect(hide.textContent).toContain('Blå Bølge');
      expect(hidden).toBe(0);
      hide.click();
      expect(hidden).toBe(1);
    }
  });
});
