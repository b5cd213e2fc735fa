// The question "the chair moves on: can you take it?" (client/meeting/rotation-prompt.ts): asked of
// members who share, not of the chair, and not of those who came to listen (a fresh tester,
// 2026-12-05: a first-time listener in a relatives round was asked to take the chair at the top
// of the page).
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'location', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'KeyboardEvent', 'Event']);

describe('the rotation question', () => {
  it('is asked of a member who shares, not of the chair or a listener', async () => {
    const { RotationPrompt } = await import('../../client/meeting/rotation-prompt.js');
    const r = inRound({ others: ['b', 'c'], listeners: ['c'], settings: { rotateChairEachRound: true } });
    while (r.speaker) r.ok({ type: 'finishShare', by: r.speaker });
    expect(r.state.rotationOpen).toBe(true);
    const asked = (id: string): boolean => {
      const prompt = new RotationPrompt(async () => ({ ok: true }));
      document.body.replaceChildren(prompt.el);
      prompt.update(buildView(r.state, id, r.now), true);
      return !prompt.el.hidden;
    };
    expect(buildView(r.state, 'c', r.now).participants.find((p) => p.id === 'c')?.role).toBe('listener');
    expect(asked('b')).toBe(true);
    expect(asked('a')).toBe(false);
    expect(asked('c')).toBe(false);
  });
});
