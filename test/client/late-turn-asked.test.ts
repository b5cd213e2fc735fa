// The round waits for a dropped member's late turn, and the chair's words say "You can also go on
// now; you are asked first" — but going on did not ask: the question counted only those who
// could take a turn now, and the dropped member was nobody (a colleague's find). The core keeps
// the turn owed while the seat is kept and lets the chair go on without it (turns.ts
// advanceTurn); going on is then a choice, and the question names who loses the turn. The
// page's real code in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { cutOff, cutOffLines } from '../../client/meeting/chair-steps.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const flush = () => new Promise((res) => setTimeout(res, 0));

describe('going on while the round waits for a late turn', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) asks first, naming who loses the turn; once she has had it, going on asks nothing`, async () => {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'], formatId: 'standard' });
      // Cecilie drops before her turn; Ada and Bjarne share; the round waits for her.
      r.ok({ type: 'disconnect', by: 'c' });
      r.shareDone('a');
      r.shareDone('b');
      expect(r.speaker).toBeNull();
      expect(r.state.roundActive).toBe(true);
      const page = await mountPage(r, 'a', lang);
      const words = page.q('script-chair-words')!.textContent ?? '';
      expect(words).toContain('Cecilie');
      const next = page.q<HTMLButtonElement>('chair-next-segment')!;
      next.click();
      await flush();
      expect(page.conn.sent.map((x) => x.event)).not.toContain('nextSegment');
      const confirm = page.q('chair-confirm')!;
      expect(confirm.hidden).toBe(false);
      expect(page.q('chair-confirm-text')!.textContent).toContain(t.confirmLate('Cecilie', false));
      page.q<HTMLButtonElement>('chair-confirm-no')!.click();
      await flush();
      expect(page.conn.sent.map((x) => x.event)).not.toContain('nextSegment');
      // Back before the chair went on: she gets her turn, and nothing is left to ask about.
      r.ok({ type: 'reconnect', by: 'c' });
      expect(r.speaker).toBe('c');
      r.shareDone('c');
      page.push();
      page.q<HTMLButtonElement>('chair-next-segment')!.click();
      await flush();
      expect(page.conn.sent.at(-1)?.event).toBe('nextSegment');
      page.destroy();
    });
  }

  it('the question counts a dropped hand in a round by raised hands, and those yet to have a turn where the chair picks', () => {
    const t = dict('en');
    const h = inRound({ others: ['b', 'c'], formatId: 'large', turnMode: 'hands' });
    h.ok({ type: 'raiseHand', by: 'b' });
    expect(h.speaker).toBe('b');
    // Bjarne's connection drops in his turn; the hold runs out: his hand goes back to the front of the queue.
    h.ok({ type: 'disconnect', by: 'b' });
    h.tickAt(h.now + h.state.settings.speakerGraceMs + 1);
    expect(h.speaker).toBeNull();
    // Cecilie and the chair have not had their turn in the round either: going on ends it for them too.
    expect(cutOffLines(cutOff(buildView(h.state, 'a', h.now), 'advance'), t, 'en')).toEqual([t.confirmWaitingSelf(2), t.confirmLate('Bjarne', false)]);
    const p = inRound({ others: ['b', 'c', 'd'], turnMode: 'chairPicks' });
    p.ok({ type: 'giveTurn', by: 'a', target: 'b' });
    p.ok({ type: 'pass', by: 'b' });
    // Cecilie, Dagny and the chair, who may take a turn too.
    expect(cutOffLines(cutOff(buildView(p.state, 'a', p.now), 'end'), t, 'en')).toEqual([t.confirmWaitingSelf(3)]);
  });
});
