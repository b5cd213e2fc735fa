// A command whose change only some people see sends views to them alone (Issue 10, found by a
// fresh tester: one "thank you for sharing" in a 30-person round sent 30 full views, 18 times the
// bytes of a share). Everyone else's view is the same before and after, apart from its seq.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/meeting/commands.js';
import { viewRecipients } from '../../shared/meeting/outbox.js';
import { patchView } from '../../shared/meeting/view-patch.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound, type Run } from './helpers.js';

const others = Array.from({ length: 29 }, (_, i) => `p${i}`);
const settings = { maxParticipants: 50 };

/** Runs `cmd`; returns who gets a view, after checking that nobody left out sees a change. */
function recipients(r: Run, cmd: Command): string[] {
  const before = r.state;
  const events = r.ok(cmd);
  const to = viewRecipients(before, r.state, events, r.now);
  for (const p of r.state.participants) {
    if (to.includes(p.id)) continue;
    expect({ ...buildView(before, p.id, r.now), seq: 0 }, `${p.id}'s view`).toEqual({ ...buildView(r.state, p.id, r.now), seq: 0 });
  }
  return to;
}

describe('views go only to those who see what a command changed', () => {
  it("an acknowledgement: no view at all; the speaker's new count travels in the private event (a small frame, not a ~7 KB view)", () => {
    const r = inRound({ others, settings });
    const speaker = r.speaker!;
    const listeners = r.state.participants.filter((p) => p.id !== speaker).map((p) => p.id);
    for (const [i, by] of listeners.slice(0, 3).entries()) {
      const before = r.state;
      const events = r.ok({ type: 'acknowledge', by, kind: 'thanks' });
      expect(events).toEqual([{ type: 'acknowledged', kind: 'thanks', to: speaker, acks: i + 1 }]);
      expect(viewRecipients(before, r.state, events, r.now)).toEqual([]);
      // The speaker's page applies the event to the view it holds and ends with the fresh view.
      expect({ ...patchView(buildView(before, speaker, r.now), events), seq: 0 }).toEqual({ ...buildView(r.state, speaker, r.now), seq: 0 });
      expect(buildView(r.state, speaker, r.now).speaker?.acks).toBe(i + 1);
      // Nobody else's view changed, and nobody else may apply it (it is not theirs).
      for (const id of listeners) expect({ ...patchView(buildView(before, id, r.now), events), seq: 0 }).toEqual({ ...buildView(r.state, id, r.now), seq: 0 });
    }
  });

  it("the chair's note queued while someone shares: the chair alone", () => {
    const r = inRound({ others, settings });
    // The chair speaks first; a note from a chair who is not sharing waits for the share to end.
    r.ok({ type: 'pass', by: 'a' });
    r.ok({ type: 'share', by: r.speaker!, text: 'Jeg har hatt en lang uke.' });
    expect(r.speaker).not.toBe('a');
    expect(recipients(r, { type: 'chairNote', by: 'a', text: 'Husk tiden' })).toEqual(['a']);
  });

  it('a report on a share: the chair alone (reports are theirs to see)', () => {
    const r = inRound({ others, settings });
    r.ok({ type: 'share', by: r.speaker!, text: 'Jeg har hatt en lang uke.' });
    const seq = r.state.seq;
    const reporter = r.state.participants.find((p) => p.id !== r.speaker && p.id !== r.chair)!.id;
    expect(recipients(r, { type: 'report', by: reporter, share: seq, reason: 'advice' })).toEqual(['a']);
  });

  it('a change everyone sees (the topic) still reaches everyone', () => {
    const r = inRound({ others, settings });
    expect(recipients(r, { type: 'setTopic', by: 'a', text: 'Aksept' })).toHaveLength(30);
  });
});

// Found by a fresh tester: with the door watched (after a removal), someone arriving at the door,
// accepting the guidelines there and leaving from it sent every seated person a whole view
// (~5 KB at 21 people) identical to the one they held; only the chair, the co-chair (the
// waiting list) and the greeter (its count) see the door.
describe('the door: views only to those who see it', () => {
  it('arriving at the door, accepting the guidelines, leaving from it: views to the chair, co-chair and greeter only', () => {
    const r = inRound({ others, volunteers: ['p0'], settings });
    r.ok({ type: 'setCoChair', by: 'a', target: 'p0' });
    r.ok({ type: 'setGreeter', by: 'a', target: 'p1' });
    r.ok({ type: 'answerGreeter', by: 'p1', yes: true });
    r.ok({ type: 'remove', by: 'a', target: 'p28' });
    expect(r.state.doorWatched).toBe(true);
    const keepers = ['a', 'p0', 'p1'];
    const steps: Command[] = [
      { type: 'join', id: 'n1', name: 'Ny En', role: 'participant', volunteer: false, pledge: true, chairKey: false, joinCode: true },
      { type: 'acceptGuidelines', by: 'n1' },
      { type: 'join', id: 'n2', name: 'Ny To', role: 'participant', volunteer: false, pledge: true, chairKey: false, joinCode: true, firstTime: true },
      { type: 'leave', by: 'n1' },
      { type: 'disconnect', by: 'n2' },
      { type: 'reconnect', by: 'n2' },
    ];
    for (const cmd of steps) {
      const to = recipients(r, cmd);
      expect(to.filter((id) => !keepers.includes(id)), cmd.type).toEqual([]);
    }
    expect(r.state.waiting.map((w) => w.id)).toEqual(['n2']);
  });
});
