// A drop or a return that changes who is next (Issue 10, the reconnect storm): the `connection`
// event carries `upNext` and only the keepers get a view; everyone else patches the view they
// hold to exactly the view they would have been sent.
import { describe, expect, it } from 'vitest';
import { viewRecipients } from '../../shared/meeting/outbox.js';
import { patchView } from '../../shared/meeting/view-patch.js';
import { buildView, replayTo } from '../../shared/meeting/view.js';
import { upNext } from '../../shared/meeting/on-deck.js';
import { inRound } from './helpers.js';

const others = Array.from({ length: 29 }, (_, i) => `p${i}`);
const settings = { maxParticipants: 50 };

describe('a connection change that moves who is next sends no view to members', () => {
  it.each([false, true])('drop and return in a 30-person circle round (resume %s)', (back) => {
    const r = inRound({ others, settings });
    if (back) r.ok({ type: 'disconnect', by: 'p3' });
    const before = r.state;
    const events = r.ok({ type: back ? 'reconnect' : 'disconnect', by: 'p3' });
    const after = r.state;
    expect(upNext(after)).not.toEqual(upNext(before));
    expect(events[0]).toEqual({ type: 'connection', id: 'p3', connected: back, upNext: upNext(after) });
    // The chair's count of who is still to share moved: a private keeperPatch, not a view.
    expect(events.slice(1).map((e) => e.type === 'keeperPatch' && e.to)).toEqual(['a']);
    // No views at all: not 30, and not the chair's either (Issue 10, a storm's bytes to the chair).
    expect(viewRecipients(before, after, events, r.now)).toEqual([]);
    for (const id of ['a', ...others]) {
      const was = { ...patchView(buildView(before, id, r.now), events), seq: 0 };
      expect(was).toEqual({ ...buildView(after, id, r.now), seq: 0 });
    }
  });

  it('a drop that leaves who is next as it was carries no upNext and sends no view', () => {
    const r = inRound({ others, settings, listeners: ['p5'] });
    const before = r.state;
    const events = r.ok({ type: 'disconnect', by: 'p5' });
    expect(events).toEqual([{ type: 'connection', id: 'p5', connected: false }]);
    expect(viewRecipients(before, r.state, events, r.now)).toEqual([]);
  });

  it('a discreet meeting sends views to everyone instead: its members do not get others\u2019 connection events', () => {
    const r = inRound({ others, settings });
    r.ok({ type: 'setDiscreet', by: 'a', on: true });
    const before = r.state;
    const events = r.ok({ type: 'disconnect', by: 'p3' });
    expect(viewRecipients(before, r.state, events, r.now)).toHaveLength(30);
  });

  it('a replay leaves connection events out (the view sent with it shows who is connected)', () => {
    const r = inRound({ others, settings });
    const log = [{ type: 'disconnect', by: 'p3' }, { type: 'setTopic', by: 'a', text: 'Tema' }, { type: 'reconnect', by: 'p3' }].flatMap((c) => {
      const events = r.ok(c as Parameters<typeof r.ok>[0]);
      // Logged as the server logs them: room events only (meetings.ts).
      return events.filter((event) => !('to' in event)).map((event) => ({ seq: r.state.seq, at: r.now, event }));
    });
    expect(log.map((l) => l.event.type)).toEqual(['connection', 'topic', 'connection']);
    expect(replayTo(r.state, 'p7', log, 0, 0).map((l) => l.event.type)).toEqual(['topic']);
  });
});
