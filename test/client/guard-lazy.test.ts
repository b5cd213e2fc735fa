// The guard's rules come as a chunk of their own, fetched when a meeting's page opens
// (client/guard.ts): the first load on a weak link carries the door and the room, not the rules.
// Until they are here the page shows no hints; text typed before they came gets its hints when
// they do, without another keystroke.
import { describe, expect, it } from 'vitest';
import { analyze, loadGuard } from '../../client/guard.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage']);

const TEXT = 'Du må bare slutte å bekymre deg for ham! Ring meg på 912 34 567.';
const ctx = { otherNames: ['Blå Hav'], lang: 'nb' as const, mode: 'nudge' as const };

describe("the guard's rules in the page", () => {
  it('give no hints before their chunk is here, and the hints of text typed meanwhile come when it arrives', async () => {
    const { LiveHints } = await import('../../client/meeting/live-hints.js');
    const hints = new LiveHints('composer-hints', 'guard-hints', analyze);
    const render = (): void => hints.show(TEXT, ctx);
    hints.later(render);
    // The pause in typing ends before the rules are here: nothing to show yet (asking starts the fetch).
    render();
    hints.cancel();
    expect(hints.el.querySelectorAll('li')).toHaveLength(0);
    await loadGuard();
    // Here now: the hints of the text typed before, with no keystroke since.
    const kinds = [...hints.el.querySelectorAll('li')].map((li) => li.getAttribute('data-testid'));
    expect(kinds).toEqual(expect.arrayContaining(['guard-hint-advice', 'guard-hint-pii']));
    expect(analyze(TEXT, [], 'nb').length).toBeGreaterThan(0);
  });
});
