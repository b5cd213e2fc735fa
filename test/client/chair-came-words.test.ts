// What a member who becomes chair in the middle of the sharing is told. A fresh tester's member,
// handed the chair while someone shared, read "The next step is always the big button in the chair
// bar" when the bar's first step was the round's own and there was nothing to press. The banner
// and the announcement follow that step (chair-came.ts): nothing to press while the round runs by
// itself, "Give the turn to …" where the chair gives turns, the big button once the sharing is
// done. The page's real code in jsdom, views from the real core, both languages.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { gathered, type GatherOptions, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

/** Past live-region.ts's pause before the words go in. */
const said = () => new Promise((r) => setTimeout(r, 120));

/** Started and stepped on by the chair `a` into the round (the standard format's script). */
function toRound(o: GatherOptions): Run {
  const r = gathered({ others: ['b', 'c', 'd'], volunteers: ['b', 'c'], ...o });
  r.ok({ type: 'start', by: 'a' });
  while (r.state.phase !== 'round') r.ok({ type: 'nextSegment', by: 'a' });
  return r;
}

describe('a member who becomes chair in the middle of the sharing is told what is true', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) handed the chair while someone shares: nothing to press now; the big button once everyone has had a turn`, async () => {
      const r = toRound({});
      expect(r.speaker).toBe('a');
      const page = await mountPage(r, 'b', lang);
      r.ok({ type: 'handChair', by: 'a', target: 'b' });
      page.push();
      await said();
      expect(page.q('chair-came-words')!.textContent).toBe(t.chairYouAnnounceWait);
      expect(page.q('turn-announce')!.textContent).toBe(t.chairYouAnnounceWait);
      expect(t.chairYouAnnounceWait).not.toMatch(/big button|store knappen/);
      r.shareDone('a');
      r.shareDone('b');
      r.shareDone('c');
      page.push();
      expect(page.q('chair-came-words')!.textContent).toBe(t.chairYouAnnounceWait);
      // The sharing done: now the big button is the next step, and the note says so.
      r.shareDone('d');
      page.push();
      expect(r.state.roundActive).toBe(false);
      expect(page.q('chair-came-words')!.textContent).toBe(t.chairYouAnnounce);
      // The announcement of "nothing to press" is no longer true: gone.
      expect(page.q('turn-announce')!.textContent).toBe('');
      page.destroy();
    });

    it(`(${lang}) taken over after the chair's seat lapsed where the chair picks: press "Give the turn to …"`, async () => {
      const r = toRound({ turnMode: 'chairPicks', volunteers: ['c'] });
      r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
      r.shareDone('b');
      const page = await mountPage(r, 'c', lang);
      r.ok({ type: 'disconnect', by: 'a' });
      r.tickAt(r.now + r.state.settings.graceMs + 1);
      expect(r.chair).toBe('c');
      page.push();
      await said();
      const words = t.chairYouAnnounceGive(t.chairGiveNext('Dagny'));
      expect(page.q('chair-came-words')!.textContent).toBe(words);
      expect(page.q('turn-announce')!.textContent).toBe(words);
      expect(page.q('chair-bar-give')!.textContent).toBe(t.chairGiveNext('Dagny'));
      page.destroy();
    });
  }
});
