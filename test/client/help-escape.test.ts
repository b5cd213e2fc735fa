// Closing the help with Escape counts toward the quick exit's "Escape twice" (client/help.ts: for
// safety, someone frightened reading the help must be able to leave at once). A keyboard tester
// (2026-12-06) did not expect it: the help now says so at its top, in bokmål and English, and the
// Escape that closes it still leaves the key to the quick exit (not taken as "closed something").
// Outside a meeting it said "leaves the meeting" too (a fresh verifier): there it says Runde.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'HTMLDialogElement', 'Node', 'Text', 'Event', 'KeyboardEvent', 'sessionStorage', 'localStorage', 'navigator', 'location', 'history', 'fetch'], (w) => {
  // The help lines never come in this test: the dialog's own words are what is read.
  w.fetch = () => new Promise(() => undefined);
  // jsdom has the dialog element but not its show() and close(): as a browser has them, the open attribute.
  const proto = (w.HTMLDialogElement as { prototype: HTMLElement & Record<string, unknown> }).prototype;
  proto.show = function (this: HTMLElement) {
    this.setAttribute('open', '');
  };
  proto.close = function (this: HTMLElement) {
    this.removeAttribute('open');
  };
});

describe('the help says what Escape does there', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) outside a meeting, a line at the top of the help: Escape closes it, twice leaves Runde`, async () => {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const { openHelp } = await import('../../client/help.js');
      openHelp();
      const dialog = document.querySelector<HTMLDialogElement>('[data-testid="help-dialog"]')!;
      expect(dialog.open).toBe(true);
      const line = dialog.querySelector<HTMLElement>('[data-testid="help-escape"]');
      expect(line?.textContent).toBe(dict(lang).helpEscape(false));
      expect(line!.textContent).toMatch(lang === 'nb' ? /Esc.*to ganger, forlater du Runde/ : /Esc twice leaves Runde/);
      // At the top: right after the dialog's head (title and close), before the help lines.
      const head = dialog.querySelector('.dialog-head')!;
      expect(head.nextElementSibling).toBe(line);
      // The Escape that closes the help is not taken from the quick exit (help.ts).
      const e = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      window.dispatchEvent(e);
      expect(dialog.open).toBe(false);
      expect(e.defaultPrevented).toBe(false);
    });

    it(`(${lang}) in a meeting, and on a weekly group's page, twice leaves at once and the meeting goes on`, async () => {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const { openHelp } = await import('../../client/help.js');
      for (const path of ['/m/abcdefghijklmnopqrstuvwxyz', '/g/sondagsgruppa']) {
        history.replaceState(null, '', path);
        openHelp();
        const line = document.querySelector<HTMLElement>('[data-testid="help-dialog"] [data-testid="help-escape"]');
        expect(line?.textContent).toBe(dict(lang).helpEscape(true));
        // Not "closes the meeting" (a fresh tester: a chair may fear it ends it for everyone).
        expect(line!.textContent).toMatch(lang === 'nb' ? /går du ut med en gang; møtet fortsetter for de andre/ : /leaves at once; the meeting goes on for the others/);
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      }
      history.replaceState(null, '', '/');
    });

    it(`(${lang}) the quick exit's own hint says the same: Runde on the front page, the meeting in one`, async () => {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const { renderTopbar } = await import('../../client/chrome.js');
      const hint = (path: string): string => {
        history.replaceState(null, '', path);
        const bar = document.createElement('div');
        renderTopbar(bar, { homeLink: true });
        return bar.querySelector('#quick-exit-hint')!.textContent!;
      };
      expect(hint('/')).toBe(dict(lang).quickExitHint(false));
      expect(hint('/')).toMatch(lang === 'nb' ? /Forlater Runde/ : /Leaves Runde/);
      expect(hint('/m/abcdefghijklmnopqrstuvwxyz')).toBe(dict(lang).quickExitHint(true));
      expect(hint('/m/abcdefghijklmnopqrstuvwxyz')).toMatch(lang === 'nb' ? /møtet fortsetter for de andre/ : /the meeting goes on for the others/);
      expect(hint('/m/abcdefghijklmnopqrstuvwxyz')).not.toMatch(/Lukker møtet|Closes the meeting/);
      history.replaceState(null, '', '/');
    });
  }
});
