// A fresh tester's first-time chair, first in the circle, pressed through the chair's steps and
// ended the round in the middle of her own share: the question said "3 have not had their turn.
// End the round anyway?" and nothing of her own turn. Going on while the chair holds the turn now
// says so first. Views from the real core; the question's words as the chair panel asks them.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { cutOff, cutOffLines } from '../../client/meeting/chair-steps.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';

describe("the chair's question on going on in the chair's own turn", () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) says first that the chair's own share ends with it; not when someone else shares`, () => {
      const r = inRound({ others: ['b', 'c'] });
      expect(r.speaker).toBe('a');
      for (const step of ['advance', 'end'] as const) {
        const lines = cutOffLines(cutOff(buildView(r.state, 'a', r.now), step), t, lang);
        expect(lines[0]).toBe(t.confirmSelfSpeaking);
      }
      r.shareDone('a');
      expect(r.speaker).toBe('b');
      const lines = cutOffLines(cutOff(buildView(r.state, 'a', r.now), 'advance'), t, lang);
      expect(lines).not.toContain(t.confirmSelfSpeaking);
      expect(lines[0]).toBe(t.confirmSpeaker(r.state.participants.find((p) => p.id === 'b')!.name));
    });
  }
});
