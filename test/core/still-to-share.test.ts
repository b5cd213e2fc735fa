// Who is still to share (on-deck.ts stillToShare: the chair's time plan divides the time left by
// it) and the chair's own turn. A fresh tester's chair: in open sharing, by hands and where the
// chair picks, a member muted before their turn was counted, though they can neither raise a hand
// nor be given the turn, so the plan divided the time by too many. And the chair is a member who
// may share like any other: the core gives the chair a turn as it gives anyone one (the page
// offers it: test/client/chair-own-turn.test.ts).
import { describe, expect, it } from 'vitest';
import { stillToShare, upNext } from '../../shared/meeting/on-deck.js';
import { viewRecipients } from '../../shared/meeting/outbox.js';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, type Run } from './helpers.js';

const toShare = (r: Run, viewer = 'a'): number | null => buildView(r.state, viewer, r.now).plan.toShare;

/**
 * Whether the chair's page learns the count after a command that took `before` to `r.state` with
 * `ev`: a whole view, or a `keeperPatch` carrying it (keeper-patch.ts).
 */
function reachesChair(r: Run, before: MeetingState, ev: MeetingEvent[]): boolean {
  if (viewRecipients(before, r.state, ev, r.now).includes('a')) return true;
  return ev.some((e) => e.type === 'keeperPatch' && e.to === 'a' && e.toShare === toShare(r));
}

/** Mutes `id` as the chair, and says whether the chair's count moves live (reachesChair). */
function mute(r: Run, id: string, on: boolean): boolean {
  const before = r.state;
  const ev = r.ok({ type: 'mute', by: 'a', target: id, on });
  return reachesChair(r, before, ev);
}

describe('stillToShare leaves out the muted', () => {
  it('where the chair picks: a muted member is not counted, and is again once the mute is lifted; the chair is counted', () => {
    const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'chairPicks' });
    expect(stillToShare(r.state)).toBe(4);
    expect(mute(r, 'c', true)).toBe(true);
    expect(stillToShare(r.state)).toBe(3);
    expect(toShare(r)).toBe(3);
    expect(mute(r, 'c', false)).toBe(true);
    expect(toShare(r)).toBe(4);
  });

  it('in a round by hands (the large format)', () => {
    const r = inRound({ others: ['b', 'c', 'd'], formatId: 'large', turnMode: 'hands' });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.shareDone('b');
    expect(toShare(r)).toBe(3);
    expect(mute(r, 'd', true)).toBe(true);
    expect(toShare(r)).toBe(2);
  });

  it('by hands or where the chair picks, someone who passed has had their turn: not counted (a fresh tester, 2026-12-06)', () => {
    const r = inRound({ others: ['b', 'c', 'd'], formatId: 'large', turnMode: 'hands' });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'pass', by: 'b' });
    expect(toShare(r)).toBe(3);
    const p = inRound({ others: ['b', 'c'], turnMode: 'chairPicks' });
    p.ok({ type: 'giveTurn', by: 'a', target: 'b' });
    p.ok({ type: 'pass', by: 'b' });
    expect(toShare(p)).toBe(2);
  });

  it('in open sharing after the round, and a member muted in the middle of a share is not counted either', () => {
    const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'chairPicks' });
    r.ok({ type: 'advance', by: 'a' });
    expect(r.state.phase).toBe('open');
    expect(toShare(r)).toBe(4);
    expect(mute(r, 'b', true)).toBe(true);
    expect(toShare(r)).toBe(3);
    r.ok({ type: 'raiseHand', by: 'c' });
    expect(r.speaker).toBe('c');
    r.ok({ type: 'share', by: 'c', text: 'Jeg har hatt en lang uke.' });
    const before = r.state;
    const ev = r.ok({ type: 'mute', by: 'a', target: 'c', on: true });
    expect(r.speaker).toBeNull();
    expect(reachesChair(r, before, ev)).toBe(true);
    expect(toShare(r)).toBe(2);
  });

  it('in a circle round the count is the speaker and upNext, which passes over the muted', () => {
    const r = inRound({ others: ['b', 'c', 'd'] });
    expect(r.speaker).toBe('a');
    expect(mute(r, 'c', true)).toBe(true);
    expect(upNext(r.state)).toEqual(['b', 'd']);
    expect(toShare(r)).toBe(3);
  });

  it('the co-chair sees the same count; members see none', () => {
    const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'chairPicks', volunteers: ['b'] });
    r.ok({ type: 'setCoChair', by: 'a', target: 'b' });
    mute(r, 'd', true);
    expect(toShare(r, 'b')).toBe(3);
    expect(toShare(r, 'c')).toBeNull();
  });
});

describe('stillToShare counts those who could take the turn now, as the circle does', () => {
  for (const turnMode of ['chairPicks', 'hands'] as const) {
    it(`(${turnMode}) a member whose connection is down is not counted until back, and the chair learns it live; a held speaker is`, () => {
      const r = inRound({ others: ['b', 'c', 'd'], formatId: turnMode === 'hands' ? 'large' : 'standard', turnMode });
      expect(toShare(r)).toBe(4);
      let before = r.state;
      let ev = r.ok({ type: 'disconnect', by: 'c' });
      expect(toShare(r)).toBe(3);
      expect(reachesChair(r, before, ev)).toBe(true);
      before = r.state;
      ev = r.ok({ type: 'reconnect', by: 'c' });
      expect(toShare(r)).toBe(4);
      expect(reachesChair(r, before, ev)).toBe(true);
      // The speaker's turn held for a dropped connection is still theirs: counted.
      if (turnMode === 'hands') r.ok({ type: 'raiseHand', by: 'b' });
      else r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
      r.ok({ type: 'disconnect', by: 'b' });
      expect(r.state.speaker?.heldSince).not.toBeNull();
      expect(toShare(r)).toBe(4);
    });
  }

  it('in a circle round the same: upNext passes over a member whose connection is down', () => {
    const r = inRound({ others: ['b', 'c', 'd'] });
    r.ok({ type: 'disconnect', by: 'c' });
    expect(toShare(r)).toBe(3);
  });
});

describe("the chair's own turn", () => {
  it('where the chair picks, the chair may give the turn to themself; it counts as their turn had and their share done', () => {
    const r = inRound({ others: ['b'], turnMode: 'chairPicks' });
    r.ok({ type: 'giveTurn', by: 'a', target: 'b' });
    r.shareDone('b');
    const had = () => buildView(r.state, 'a', r.now).participants.find((p) => p.id === 'a')?.hadTurn;
    expect(had()).toBe(false);
    expect(toShare(r)).toBe(1);
    r.ok({ type: 'giveTurn', by: 'a', target: 'a' });
    expect(r.speaker).toBe('a');
    r.shareDone('a');
    expect(had()).toBe(true);
    expect(toShare(r)).toBe(0);
  });

  it('by hands, the chair raises a hand and takes the turn from the queue like anyone', () => {
    const r = inRound({ others: ['b', 'c'], formatId: 'large', turnMode: 'hands' });
    r.ok({ type: 'raiseHand', by: 'b' });
    r.ok({ type: 'raiseHand', by: 'a' });
    expect(upNext(r.state)).toEqual(['a']);
    r.shareDone('b');
    expect(r.speaker).toBe('a');
    r.shareDone('a');
    expect(buildView(r.state, 'a', r.now).participants.find((p) => p.id === 'a')?.shared).toBe(true);
    expect(toShare(r)).toBe(1);
  });
});
