// A fresh tester's chair read "Tre Rot har hånden oppe" (has a hand up) about a member whose turn a
// dropped connection had taken in a round by raised hands: the core put the late turn first in the
// hand queue (round-plan.ts oweHand, `lateHands`), but the view said only `hand: 1`. A seat's entry
// now says so (`lateTurn: true`, absent otherwise), for everyone as `hand` is, and a view patched
// with the turn change's patch is the view built after it.
import { describe, expect, it } from 'vitest';
import { viewRecipients } from '../../shared/meeting/outbox.js';
import { patchView } from '../../shared/meeting/view-patch.js';
import { buildView } from '../../shared/meeting/view.js';
import { SETTINGS, inRound, type Run } from './helpers.js';

const seat = (r: Run, viewer: string, id: string) => buildView(r.state, viewer, r.now).participants.find((p) => p.id === id)!;

/** A round by hands: b, c and d raise hands; b speaks, and b's connection drops past the speaker's grace. */
function lateTurnOfB(): Run {
  const r = inRound({ turnMode: 'hands', others: ['b', 'c', 'd'] });
  for (const id of ['b', 'c', 'd']) r.ok({ type: 'raiseHand', by: id });
  expect(r.speaker).toBe('b');
  r.ok({ type: 'share', by: 'b', text: 'Jeg begynte å fortelle om uka mi.' });
  r.ok({ type: 'disconnect', by: 'b' });
  return r;
}

describe("a late turn's hand in the view", () => {
  it('is marked `lateTurn` for every viewer, while a hand raised the ordinary way is not; the turn change patches it in', () => {
    const r = lateTurnOfB();
    const before = r.state;
    const events = r.tickAt(r.now + SETTINGS.speakerGraceMs);
    expect(r.speaker).toBe('c');
    expect(r.state.lateHands).toEqual(['b']);
    for (const viewer of ['a', 'c', 'd']) {
      expect(seat(r, viewer, 'b')).toMatchObject({ hand: 1, lateTurn: true });
      expect(seat(r, viewer, 'd')).toMatchObject({ hand: 2 });
      expect('lateTurn' in seat(r, viewer, 'd')).toBe(false);
    }
    // Those who get no view patch theirs to exactly the view they would have been sent.
    const sent = new Set(viewRecipients(before, r.state, events, r.now));
    for (const viewer of ['a', 'c', 'd'].filter((id) => !sent.has(id))) {
      expect({ ...patchView(buildView(before, viewer, r.now), events), seq: 0 }).toEqual({ ...buildView(r.state, viewer, r.now), seq: 0 });
    }
    expect(sent.has('d')).toBe(false);
  });

  it('goes with the late turn: taken when back, or the hand lowered by the chair', () => {
    const taken = lateTurnOfB();
    taken.tickAt(taken.now + SETTINGS.speakerGraceMs);
    taken.ok({ type: 'reconnect', by: 'b' });
    expect(seat(taken, 'a', 'b')).toMatchObject({ hand: 1, lateTurn: true, connected: true });
    taken.ok({ type: 'finishShare', by: 'c' });
    expect(taken.speaker).toBe('b');
    expect(seat(taken, 'a', 'b').hand).toBeNull();
    expect('lateTurn' in seat(taken, 'a', 'b')).toBe(false);

    const lowered = lateTurnOfB();
    lowered.tickAt(lowered.now + SETTINGS.speakerGraceMs);
    lowered.ok({ type: 'lowerHands', by: 'a', target: 'b' });
    expect('lateTurn' in seat(lowered, 'a', 'b')).toBe(false);
    // Raised again the ordinary way, it is an ordinary hand.
    lowered.ok({ type: 'reconnect', by: 'b' });
    lowered.ok({ type: 'raiseHand', by: 'b' });
    expect(seat(lowered, 'a', 'b').hand).not.toBeNull();
    expect('lateTurn' in seat(lowered, 'a', 'b')).toBe(false);
  });
});
