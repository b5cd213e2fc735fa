// The question "the chair moves on: can you take it?" (client/meeting/rotation-prompt.ts): asked of
// members who share, not of the chair, and not of those who came to listen (a fresh tester,
// 2026-12-05: a first-time listener in a relatives round was asked to take the chair at the top
// of the page).
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { gathered, inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'location', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'KeyboardEvent', 'Event']);

type Prompt = typeof import('../../client/meeting/rotation-prompt.js').RotationPrompt;

/** Whether the question shows on `id`'s page for the meeting `r` as it stands. */
const askedIn = (RotationPrompt: Prompt, r: Run) => (id: string): boolean => {
  const prompt = new RotationPrompt(async () => ({ ok: true }));
  document.body.replaceChildren(prompt.el);
  prompt.update(buildView(r.state, id, r.now), true);
  return !prompt.el.hidden;
};

describe('the rotation question', () => {
  it('is asked of a member who shares, not of the chair or a listener', async () => {
    const { RotationPrompt } = await import('../../client/meeting/rotation-prompt.js');
    const r = inRound({ others: ['b', 'c'], listeners: ['c'], settings: { rotateChairEachRound: true } });
    while (r.speaker) r.ok({ type: 'finishShare', by: r.speaker });
    expect(r.state.rotationOpen).toBe(true);
    const asked = askedIn(RotationPrompt, r);
    expect(buildView(r.state, 'c', r.now).participants.find((p) => p.id === 'c')?.role).toBe('listener');
    expect(asked('b')).toBe(true);
    expect(asked('a')).toBe(false);
    expect(asked('c')).toBe(false);
  });

  // A fresh tester (2026-12-05): a first-timer in a relatives round got the big "Yes, I can
  // chair" box at the top of the page. They may still tick the box themselves.
  it('is not asked of someone at their first meeting (their own mark, `you.firstMeeting`)', async () => {
    const { RotationPrompt } = await import('../../client/meeting/rotation-prompt.js');
    const r = gathered({ others: ['b'], settings: { rotateChairEachRound: true } });
    r.join('n', { firstTime: true });
    r.ok({ type: 'start', by: 'a' });
    r.ok({ type: 'advance', by: 'a' });
    while (r.speaker) r.ok({ type: 'finishShare', by: r.speaker });
    expect(r.state.rotationOpen).toBe(true);
    const asked = askedIn(RotationPrompt, r);
    expect(buildView(r.state, 'n', r.now).you.firstMeeting).toBe(true);
    expect(buildView(r.state, 'b', r.now).you.firstMeeting).toBe(false);
    expect(asked('n')).toBe(false);
    expect(asked('b')).toBe(true);
  });

  // A fresh tester (2026-12-05): "The chair moves on … Can you take it now?" stood above "Your
  // turn 1:56" while the member shared in open sharing.
  it('waits while you share, and comes once your turn is over', async () => {
    const { RotationPrompt } = await import('../../client/meeting/rotation-prompt.js');
    const r = inRound({ others: ['b', 'c'], settings: { rotateChairEachRound: true } });
    while (r.speaker) r.ok({ type: 'finishShare', by: r.speaker });
    expect(r.state.rotationOpen).toBe(true);
    const prompt = new RotationPrompt(async () => ({ ok: true }));
    document.body.replaceChildren(prompt.el);
    prompt.update(buildView(r.state, 'b', r.now), true);
    expect(prompt.el.hidden).toBe(false);
    r.ok({ type: 'advance', by: 'a' });
    expect(r.state.phase).toBe('open');
    r.ok({ type: 'raiseHand', by: 'b' });
    expect(r.speaker).toBe('b');
    prompt.update(buildView(r.state, 'b', r.now), true);
    expect(prompt.el.hidden).toBe(true);
    r.ok({ type: 'finishShare', by: 'b' });
    prompt.update(buildView(r.state, 'b', r.now), true);
    expect(prompt.el.hidden).toBe(false);
  });
});
