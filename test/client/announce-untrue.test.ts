// A screen reader may read a live region again after it was spoken: what stays in it must still
// be true. A fresh tester took the chair, passed it straight on, and "You now chair" stayed in the
// page's announcement region for up to 8 s (ANNOUNCE_KEEP_MS) for anyone reading it. A role or
// turn change that makes an announcement untrue empties the region at once. The page's real code
// in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { gathered, inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

/** Past live-region.ts's pause before the words go in. */
const said = () => new Promise((r) => setTimeout(r, 120));

describe('an announcement a role change made untrue', () => {
  it('"You now chair" goes from the live region the moment the chair is passed on', async () => {
    const t = dict('en');
    const r = gathered({ others: ['b', 'c'], volunteers: ['b'] });
    const page = await mountPage(r, 'b');
    const region = page.q('turn-announce')!;
    r.ok({ type: 'handChair', by: 'a', target: 'b' });
    page.push();
    await said();
    expect(region.textContent).toBe(t.chairYouAnnounce);
    // b passes the chair on at once: the news is no longer true, and is gone with the view.
    r.ok({ type: 'handChair', by: 'b', target: 'a' });
    page.push();
    expect(region.textContent).toBe('');
    // Nor does it come back when its timer would have run.
    await said();
    expect(region.textContent).toBe('');
    page.destroy();
  });

  it('"It is your turn" still goes when the turn ends, and stays while it lasts', async () => {
    const t = dict('en');
    const r = inRound({ others: ['b', 'c'] });
    const page = await mountPage(r, 'b');
    const region = page.q('turn-announce')!;
    r.ok({ type: 'pass', by: 'a' });
    page.push();
    await said();
    expect(region.textContent).toBe(t.yourTurnAnnounce);
    // Another view during the turn (someone came in) leaves it be.
    r.join('d');
    page.push();
    expect(region.textContent).toBe(t.yourTurnAnnounce);
    r.ok({ type: 'pass', by: 'b' });
    page.push();
    expect(region.textContent).toBe('');
    page.destroy();
  });
});
