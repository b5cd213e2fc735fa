// A fresh tester (2026-12-06): the meeting was lost by the server (a Redis restart) while a member
// had words in her share box; the farewell took the box away without a word of them, and told a
// weekly group's members to make a new meeting from the front page, where they know only the
// group's link. The page's real code in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

describe('the farewell after a meeting closed under someone writing', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) gives back the words in the share box and the draft, and a group's meeting points to the group's link`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      r.state.group = { slug: 'sondag-parorende', start: r.now - 60_000 };
      r.shareDone('a');
      expect(r.speaker).toBe('b');
      const page = await mountPage(r, 'b', lang);
      page.q<HTMLTextAreaElement>('composer')!.value = 'Sønnen min drikker og jeg sover dårlig.';
      page.conn.h.bye('interrupted');
      expect(page.q('meeting-closed-message')!.textContent).toBe(t.bye_interruptedGroup);
      expect(page.q('farewell-group-link')!.getAttribute('href')).toBe('/g/sondag-parorende');
      expect(page.q<HTMLTextAreaElement>('farewell-unshared-text')!.value).toBe('Sønnen min drikker og jeg sover dårlig.');
      page.destroy();
    });

    it(`(${lang}) a one-off meeting keeps its words; nothing is shown when nothing was written, nor after leaving`, async () => {
      const r = inRound({ others: ['b', 'c'] });
      const page = await mountPage(r, 'c', lang);
      page.conn.h.bye('ended');
      expect(page.q('farewell-unshared')).toBeNull();
      expect(page.q('farewell-group-link')).toBeNull();
      page.destroy();
      const again = await mountPage(r, 'c', lang);
      again.q<HTMLTextAreaElement>('draft-input')!.value = 'Et utkast.';
      again.conn.h.bye('interrupted');
      expect(again.q('meeting-closed-message')!.textContent).toBe(t.bye_interrupted);
      expect(again.q<HTMLTextAreaElement>('farewell-unshared-text')!.value).toBe('Et utkast.');
      again.destroy();
      // Left by her own choice: the draft goes with the seat, as it always did.
      const left = await mountPage(r, 'c', lang);
      left.q<HTMLTextAreaElement>('draft-input')!.value = 'Et hemmelig utkast.';
      // The server confirms the leave at once.
      Object.assign(left.conn, { leave: (done: (o: 'left') => void) => done('left') });
      left.q<HTMLButtonElement>('leave')!.click();
      left.q<HTMLButtonElement>('leave-confirm-yes')?.click();
      await new Promise((res) => setTimeout(res, 0));
      expect(left.q('meeting-closed')!.dataset.reason).toBe('left');
      expect(left.container.textContent).not.toContain('hemmelig');
      expect(left.q('farewell-unshared')).toBeNull();
      left.destroy();
    });
  }
});
