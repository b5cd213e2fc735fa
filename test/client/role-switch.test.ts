// "I would rather just listen" / "I would like to share after all" (client/meeting/role-switch.ts):
// what the switch did is said right under the button. A fresh tester (2026-12-05) on a phone saw
// only the button's words change: the transcript's line saying it was out of view above.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'location', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'KeyboardEvent', 'Event']);

describe('the role switch', () => {
  it('says under the button what it did, and forgets it when the role changes again some other way (nb and en)', async () => {
    const { app } = await import('../../client/app.js');
    const { RoleSwitch } = await import('../../client/meeting/role-switch.js');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'] });
      const errors: string[] = [];
      const sw = new RoleSwitch(async (role) => (r.ok({ type: 'setRole', by: 'c', role }), { ok: true }), (code) => errors.push(code));
      document.body.replaceChildren(sw.el, sw.note);
      sw.update(buildView(r.state, 'c', r.now), true);
      expect(sw.note.hidden).toBe(true);
      sw.el.click();
      await expect.poll(() => sw.note.hidden).toBe(false);
      expect(sw.note.textContent).toBe(t.tRoleListenYou);
      expect(sw.note.getAttribute('role')).toBe('status');
      sw.update(buildView(r.state, 'c', r.now), true);
      expect(sw.note.textContent).toBe(t.tRoleListenYou);
      expect(sw.el.textContent).toBe(t.roleToShare);
      sw.el.click();
      await expect.poll(() => sw.note.textContent).toBe(t.tRoleShareYou);
      sw.update(buildView(r.state, 'c', r.now), true);
      expect(sw.note.hidden).toBe(false);
      // Back to listening by another page of theirs: this page's note would be wrong, so it goes.
      r.ok({ type: 'setRole', by: 'c', role: 'listener' });
      sw.update(buildView(r.state, 'c', r.now), true);
      expect(sw.note.hidden).toBe(true);
      expect(errors).toEqual([]);
    }
  });
});
