// The chair's time plan counted down only when an event arrived: a fresh tester's chair watched
// "29:12 left" stand still while a member typed a long share, then jump by minutes at the next
// event. It counts down on its own now, as the share clock does, and the ticks are not read out
// (the status line is in no live region). The page's real code in jsdom, views from the real core.
import { describe, expect, it, vi } from 'vitest';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the chair's time plan", () => {
  it('counts the time left for sharing down between events, and says nothing of it to screen readers', async () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'setPlan', by: 'a', endsInMs: 30 * 60_000, lastCallMs: 5 * 60_000 });
    const page = await mountPage(r, 'a');
    const status = page.q('plan-status')!;
    expect(status.hidden).toBe(false);
    expect(status.textContent).toContain('30 min left');
    // No event for over a second: the time left goes down by itself.
    // More than a second and a beat (beat.ts): the beat may have begun before the plan was drawn.
    await wait(1_700);
    expect(status.textContent).toContain('29 min left');
    expect(status.textContent).toContain('more to have their turn after the one sharing now');
    // Not a live region, nor inside one: a tick a second is not to be spoken.
    expect(status.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]')).toBeNull();
    page.destroy();
  });
});
