// "Nobody is chairing now: can you take the chair?" (client/meeting/edges.ts ChairVacancyPrompt)
// is not put to the person sharing, over their share box; it comes once their turn ends. A fresh
// tester (2026-12-05): the box sat above "Your turn 3:44" seconds after her share began.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { gathered, inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'location', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'KeyboardEvent', 'Event']);

describe('the vacant chair question', () => {
  it('waits for the end of your own turn; everyone else is asked at once', async () => {
    const { ChairVacancyPrompt } = await import('../../client/meeting/edges.js');
    const r = inRound({ others: ['b', 'c'], settings: { graceMs: 5_000 } });
    r.ok({ type: 'finishShare', by: 'a' });
    const speaker = r.speaker!;
    const other = speaker === 'b' ? 'c' : 'b';
    r.ok({ type: 'disconnect', by: 'a' });
    r.tickAt(r.now + 6_000);
    expect(buildView(r.state, other, r.now).chairVacant).toBe(true);
    const shown = (id: string, prompt = new ChairVacancyPrompt(async () => ({ ok: true }))): boolean => {
      document.body.replaceChildren(prompt.el);
      prompt.update(buildView(r.state, id, r.now), true);
      return !prompt.el.hidden;
    };
    expect(shown(other)).toBe(true);
    const mine = new ChairVacancyPrompt(async () => ({ ok: true }));
    expect(shown(speaker, mine)).toBe(false);
    r.ok({ type: 'finishShare', by: speaker });
    expect(r.speaker).not.toBe(speaker);
    expect(shown(speaker, mine)).toBe(true);
  });

  // A fresh tester (2026-12-05): a frightened first-timer, not a volunteer, got the big "Yes, I
  // can chair" box when the chair's seat was given up, and one tap made her the chair.
  it('is not put to someone at their first meeting, nor to a listener', async () => {
    const { ChairVacancyPrompt } = await import('../../client/meeting/edges.js');
    const r = gathered({ others: ['b', 'c', 'l'], listeners: ['l'], settings: { graceMs: 5_000 } });
    r.join('n', { firstTime: true });
    r.ok({ type: 'start', by: 'a' });
    r.ok({ type: 'advance', by: 'a' });
    r.ok({ type: 'disconnect', by: 'a' });
    r.tickAt(r.now + 6_000);
    expect(r.state.chairVacant).toBe(true);
    const shown = (id: string): boolean => {
      const prompt = new ChairVacancyPrompt(async () => ({ ok: true }));
      document.body.replaceChildren(prompt.el);
      prompt.update(buildView(r.state, id, r.now), true);
      return !prompt.el.hidden;
    };
    const member = r.speaker === 'b' ? 'c' : 'b';
    expect(r.speaker).not.toBe(member);
    expect(shown(member)).toBe(true);
    expect(shown('n')).toBe(false);
    expect(shown('l')).toBe(false);
  });
});
