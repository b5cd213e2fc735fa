// Every way a turn ends carries its own reason in `shareEnded` (the transcript's words follow it):
// done, passed, time ran out with and without text, skipped by the chair, muted, the connection
// given up, left, removed, sent to the waiting room. A time-out with nothing written is not a
// share. And a mute holds through a trip to the waiting room until the chair lifts it.
import { describe, expect, it } from 'vitest';
import type { ShareEndReason } from '../../shared/meeting/events.js';
import { accept, inRound, type Run } from './helpers.js';

/** In the round, `a` speaks; `end` ends a's turn one way; returns the `shareEnded` reason. */
function endedBy(end: (r: Run) => void, o: Parameters<typeof inRound>[0] = {}): { r: Run; reason: ShareEndReason | undefined } {
  const r = inRound({ settings: { speakerGraceMs: 0 }, ...o });
  // b speaks (a, the chair, finished first) so the chair can act on them.
  r.ok({ type: 'finishShare', by: 'a' });
  expect(r.speaker).toBe('b');
  end(r);
  return { r, reason: r.events.find((e) => e.type === 'shareEnded')?.reason as ShareEndReason | undefined };
}

describe('every way a turn ends has its own reason', () => {
  it('done, passed, time out with text, time out with nothing written, skipped, muted, dropped, left, removed, sent to the waiting room', () => {
    const cases: [ShareEndReason, (r: Run) => void][] = [
      ['finished', (r) => r.shareDone('b')],
      ['passed', (r) => r.ok({ type: 'pass', by: 'b' })],
      ['timeout', (r) => { r.ok({ type: 'share', by: 'b', text: 'Jeg har hatt en fin uke.' }); r.tickAt(r.state.speaker!.deadline); }],
      ['timeoutEmpty', (r) => r.tickAt(r.state.speaker!.deadline)],
      ['skipped', (r) => r.ok({ type: 'skip', by: 'a' })],
      ['muted', (r) => r.ok({ type: 'mute', by: 'a', target: 'b', on: true })],
      ['gone', (r) => r.ok({ type: 'disconnect', by: 'b' })],
      ['left', (r) => r.ok({ type: 'leave', by: 'b' })],
      ['removed', (r) => r.ok({ type: 'remove', by: 'a', target: 'b' })],
      ['waiting', (r) => r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' })],
    ];
    for (const [want, end] of cases) expect(endedBy(end).reason, want).toBe(want);
  });

  it('Done with nothing posted is a pass, not a share: nothing reached the room (a held share dropped with "Finish without it")', () => {
    const plain = endedBy((x) => x.ok({ type: 'finishShare', by: 'b' }));
    expect(plain.reason).toBe('passed');
    expect(plain.r.state.sharedIds).not.toContain('b');
    expect(plain.r.state.roundOrder.find((e) => e.id === 'b')?.status).toBe('passed');
    // A share the guard held, then Done without releasing it: its words never went out.
    const held = endedBy((x) => {
      x.ok({ type: 'setGuardMode', by: 'a', mode: 'hold' });
      x.ok({ type: 'share', by: 'b', text: 'You should leave him.' });
      expect(x.state.held).not.toBeNull();
      x.ok({ type: 'finishShare', by: 'b' });
    });
    expect(held.reason).toBe('passed');
    expect(held.r.state.sharedIds).not.toContain('b');
    // One part out, then Done: a share.
    expect(endedBy((x) => x.shareDone('b')).r.state.sharedIds).toContain('b');
  });

  it('a turn whose time ran out with nothing written is not a share: no "has shared" mark', () => {
    const { r } = endedBy((x) => x.tickAt(x.state.speaker!.deadline));
    expect(r.state.sharedIds).not.toContain('b');
    expect(r.state.roundOrder.find((e) => e.id === 'b')?.status).not.toBe('shared');
    const withText = endedBy((x) => { x.ok({ type: 'share', by: 'b', text: 'Litt fra meg.' }); x.tickAt(x.state.speaker!.deadline); });
    expect(withText.r.state.sharedIds).toContain('b');
  });
});

describe('a mute holds through a trip to the waiting room', () => {
  it('muted, sent to the waiting room and let in again: still muted, passed over for the turn, until the chair lifts it', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'mute', by: 'a', target: 'b', on: true });
    r.ok({ type: 'sendToWaiting', by: 'a', target: 'b' });
    accept(r, 'b');
    const ev = r.ok({ type: 'admit', by: 'a', target: 'b' });
    expect(r.participant('b').muted).toBe(true);
    // Everyone's view learns it again with the admission.
    expect(ev).toContainEqual({ type: 'muted', id: 'b', on: true });
    r.ok({ type: 'finishShare', by: 'a' });
    // b is passed over: c gets the turn, not b.
    expect(r.speaker).toBe('c');
    r.no({ type: 'raiseHand', by: 'b' }, 'MUTED');
    r.ok({ type: 'mute', by: 'a', target: 'b', on: false });
    expect(r.participant('b').muted).toBe(false);
  });
});
