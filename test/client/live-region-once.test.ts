// A live region is announced again whenever its content is replaced: a fresh tester (2026-12-05)
// heard the share guard's hint about seven times in two minutes, re-rendered with every view as
// others joined and left. The hints box keeps its nodes while what it shows is the same.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadGuard } from '../../client/guard.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MutationObserver']);

describe("the guard's hints, shown again with the same words", () => {
  beforeAll(() => loadGuard());

  it('change nothing in the live region; new words replace it once', async () => {
    const { LiveHints } = await import('../../client/meeting/live-hints.js');
    const { h } = await import('../../client/dom.js');
    const hints = new LiveHints('composer-hints', 'guard-hints', analyze);
    document.body.replaceChildren(hints.el);
    expect(hints.el.getAttribute('aria-live')).toBe('polite');
    const ctx = { otherNames: ['Kari'], lang: 'en' as const, mode: 'nudge' as const };
    const button = () => [h('button', { class: 'button secondary', type: 'button', testid: 'guard-send-anyway' }, 'Send as it is')];
    hints.show('You should call your sponsor.', ctx, button());
    const first = hints.el.firstElementChild;
    expect(hints.el.textContent).toContain('sponsor');
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((m) => changes.push(...m));
    watch.observe(hints.el, { childList: true, subtree: true, characterData: true });
    for (let i = 0; i < 5; i++) hints.show('You should call your sponsor.', ctx, button());
    await Promise.resolve();
    expect(changes).toEqual([]);
    expect(hints.el.firstElementChild).toBe(first);
    hints.show('You should call your sponsor today, Kari.', ctx, button());
    await Promise.resolve();
    expect(changes.length).toBeGreaterThan(0);
    expect(hints.el.textContent).toContain('Kari');
    watch.disconnect();
  });
});
