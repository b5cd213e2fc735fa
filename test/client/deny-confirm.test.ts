// A fresh tester's chair turned someone away with one tap on "Turn away", beside "Let in", and then
// read "The door is watched because someone was removed" when nobody had been removed. Turning
// away now asks first, naming the person and what follows; the door's line names both causes.
// The page's real code in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { gathered, joinCmd } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

describe('turning someone away at the door', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) asks first; only its yes sends it; the door's line after it is true`, async () => {
      const r = gathered({ access: 'closed', others: ['b'] });
      r.ok(joinCmd('x', { name: 'Carl' }));
      const chair = await mountPage(r, 'a', lang);
      const denies = () => chair.conn.sent.filter((c) => c.event === 'deny');
      chair.q<HTMLButtonElement>('chair-deny-x')!.click();
      await Promise.resolve();
      expect(denies()).toEqual([]);
      const confirm = chair.q('chair-deny-confirm')!;
      expect(confirm.hidden).toBe(false);
      expect(chair.q('chair-deny-confirm-text')!.textContent).toBe(t.confirmDeny('Carl'));
      // Focus on Cancel: a second tap does not turn anyone away.
      expect(document.activeElement).toBe(chair.q('chair-deny-confirm-no'));
      chair.q<HTMLButtonElement>('chair-deny-confirm-no')!.click();
      expect(confirm.hidden).toBe(true);
      expect(denies()).toEqual([]);
      chair.q<HTMLButtonElement>('chair-deny-x')!.click();
      expect(chair.q('chair-deny-confirm-yes')!.textContent).toBe(t.confirmYes_deny('Carl'));
      chair.q<HTMLButtonElement>('chair-deny-confirm-yes')!.click();
      await Promise.resolve();
      expect(denies().map((c) => c.payload.target)).toEqual(['x']);
      r.ok({ type: 'deny', by: 'a', target: 'x' });
      chair.push();
      const watched = chair.q('chair-door-watched')!;
      expect(watched.hidden).toBe(false);
      expect(watched.textContent).toBe(t.chairDoorWatched);
      expect(watched.textContent).toMatch(lang === 'nb' ? /avvist eller fjernet/ : /turned away or removed/);
      chair.destroy();
    });
  }
});
