// A fresh tester (2026-12-06): a relative filled in the door while her phone had no network and
// learnt it only once she had pressed the button. The door now says so above its button while
// the browser reports this device offline (its `offline` and `online` events), in both languages,
// and says nothing once it is online again (client/pages/join.ts offlineLine).
import { afterEach, describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

const w = useDomGlobals(['window', 'document', 'location', 'HTMLElement', 'HTMLButtonElement', 'HTMLInputElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'KeyboardEvent', 'Event']);

let online = true;

/** Sets the network as the browser does: navigator.onLine, then its event. */
function network(on: boolean): void {
  online = on;
  (w.window as Window).dispatchEvent(new (w.Event as typeof Event)(on ? 'online' : 'offline'));
}

afterEach(() => void (online = true));

async function door(lang: 'nb' | 'en', chairSeat: boolean): Promise<{ container: HTMLElement; line: () => HTMLElement | null; button: () => HTMLElement }> {
  Object.defineProperty(w.navigator as object, 'onLine', { get: () => online, configurable: true });
  const { app } = await import('../../client/app.js');
  const { newJoinState, renderJoin } = await import('../../client/pages/join.js');
  app.setLang(lang);
  const card = { title: 'Møte', language: lang, formatId: 'standard', access: 'open' as const, phase: 'round', locked: false, group: false, ...(chairSeat ? { chairSeat: { name: 'Rolig Elv' } } : {}) };
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  renderJoin(container, { meetingId: 'm', card, state: newJoinState(null), chairKey: chairSeat ? 'k'.repeat(32) : null, error: null, submit: () => undefined });
  const q = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { container, line: () => q('join-offline'), button: () => q(chairSeat ? 'join-chair-return' : 'join-submit')! };
}

const shown = (el: HTMLElement | null): string => (el && !el.hidden ? (el.textContent ?? '') : '');

describe('the door without a network', () => {
  for (const lang of ['nb', 'en'] as const) {
    for (const chairSeat of [false, true]) {
      it(`(${lang}) says so above its button${chairSeat ? ' (the chair key’s way back)' : ''} while the browser reports offline, and nothing once online`, async () => {
        const t = dict(lang);
        online = false;
        const d = await door(lang, chairSeat);
        expect(shown(d.line())).toBe(t.joinOffline);
        // Right above the button she presses, read as a status.
        expect(d.line()!.nextElementSibling).toBe(d.button());
        expect(d.line()!.getAttribute('role')).toBe('status');
        network(true);
        expect(shown(d.line())).toBe('');
        expect(d.line()!.textContent).toBe('');
        network(false);
        expect(shown(d.line())).toBe(t.joinOffline);
        network(true);
        expect(shown(d.line())).toBe('');
      });
    }
  }

  it('says nothing while the browser reports a network, and stops listening once the door is gone', async () => {
    const d = await door('en', false);
    expect(shown(d.line())).toBe('');
    const old = d.line()!;
    d.container.replaceChildren();
    network(false);
    network(false);
    expect(old.textContent).toBe('');
  });
});
