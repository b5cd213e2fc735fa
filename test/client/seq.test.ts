import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import type { LoggedEvent, MeetingView } from '../../shared/meeting/view.js';
import { SeqTracker, type Arrival, type Item } from '../../client/seq.js';

const ev = (seq: number, event: MeetingEvent = { type: 'note', text: `n${seq}` }): LoggedEvent => ({ seq, at: 0, event });
const view = (seq: number) => ({ seq }) as MeetingView;
const E = (seq: number, text?: string): Arrival => ({ kind: 'event', e: ev(seq, { type: 'note', text: text ?? `n${seq}` }) });
const V = (seq: number): Arrival => ({ kind: 'view', v: view(seq) });
/** `c4[e3,e4]`: the view at 4 with the missed events 3 and 4 shown after it (one `caughtUp`). */
const label = (items: Item[]): string[] =>
  items.map((i) => (i.kind === 'view' ? `v${i.v.seq}` : i.kind === 'seq' ? `s${i.seq}` : i.kind === 'caughtUp' ? `c${i.v.seq}[${i.missed.map((e) => `e${e.seq}`).join(',')}]` : `e${i.e.seq}`));

/** A tracker that has settled on a join acknowledged at `seq`. */
function settled(seq: number): SeqTracker {
  const t = new SeqTracker();
  t.begin(seq - 1);
  t.settle(view(seq), [ev(seq)]);
  return t;
}

describe('SeqTracker: one order, each event once, gaps repaired', () => {
  it('takes a seq notice (a command that changed nothing this person sees) as that seq, not as a gap', () => {
    const t = settled(3);
    const S = (seq: number): Arrival => ({ kind: 'seq', seq });
    const results = [S(4), S(5), E(6)].map((i) => t.live(i));
    expect(results.every((r) => r.askAfter === null)).toBe(true);
    expect(label(results.flatMap((r) => r.show))).toEqual(['s4', 's5', 'e6']);
    expect(t.lastSeq).toBe(6);
    // Without the notice, seq 6 after 3 is a gap.
    expect(settled(3).live(E(6)).askAfter).toBe(3);
  });

  it('shows every event of one seq, then its view, in order; each later seq the same', () => {
    const t = settled(3);
    const shown = [E(4, 'a'), E(4, 'b'), V(4), V(5), E(6), V(6)].flatMap((i) => t.live(i).show);
    expect(label(shown)).toEqual(['e4', 'e4', 'v4', 'v5', 'e6', 'v6']);
    expect(t.lastSeq).toBe(6);
  });

  it('holds live items until the acknowledgement, then shows missed, the view, and only what is newer', () => {
    const t = new SeqTracker(2);
    t.begin(2);
    // Arrived before the acknowledgement: seq 4 is covered by it, seq 5 is not.
    expect(t.live(E(4)).show).toEqual([]);
    expect(t.live(V(4)).show).toEqual([]);
    expect(t.live(E(5)).show).toEqual([]);
    const r = t.settle(view(4), [ev(3), ev(4)]);
    expect(label(r.show)).toEqual(['c4[e3,e4]', 'e5']);
    expect(r.askAfter).toBeNull();
    expect(t.lastSeq).toBe(5);
  });

  it('never shows an event twice: live after an acknowledgement that already had it', () => {
    const t = new SeqTracker(0);
    t.begin(0);
    t.live({ kind: 'event', e: ev(1, { type: 'connection', id: 'me', connected: true }) });
    const r = t.settle(view(1), [ev(1, { type: 'connection', id: 'me', connected: true })]);
    expect(label(r.show)).toEqual(['c1[e1]']);
  });

  it('holds everything after a gap, asks for the log after the last complete seq, then shows in order', () => {
    const t = settled(10);
    expect(label(t.live(E(11)).show)).toEqual(['e11']);
    expect(label(t.live(V(11)).show)).toEqual(['v11']);
    const gap = t.live(E(13));
    expect(gap).toEqual({ show: [], askAfter: 11 });
    expect(t.repairing).toBe(true);
    expect(t.live(V(13)).show).toEqual([]);
    expect(t.live(E(14)).show).toEqual([]);
    // The catchUp answer: the log after 11 up to its view (13), then the held 14.
    const r = t.settle(view(13), [ev(12), ev(13)]);
    expect(label(r.show)).toEqual(['c13[e12,e13]', 'e14']);
    expect(t.lastSeq).toBe(14);
    expect(t.repairing).toBe(false);
  });

  it('shows a held private event (never in a log) even when the answer covers its seq', () => {
    const t = settled(1);
    t.live(V(3));
    const priv: Arrival = { kind: 'event', e: ev(3, { type: 'acknowledged', kind: 'thanks', to: 'me' } as MeetingEvent) };
    t.live(priv);
    const r = t.settle(view(3), [ev(2)]);
    expect(r.show.map((i) => (i.kind === 'caughtUp' ? `v+${i.missed.map((e) => e.event.type).join()}` : i.kind === 'event' ? i.e.event.type : i.kind))).toEqual(['v+note', 'acknowledged']);
  });

  it('drops what is older than what was shown', () => {
    const t = settled(5);
    t.live(V(6));
    expect(t.live(E(5)).show).toEqual([]);
    expect(t.live(V(4)).show).toEqual([]);
  });

  it('a repair cut short (no answer, the connection gone): the resume drops what was held and its missed brings it, once', () => {
    const t = settled(1);
    expect(t.live(V(4)).askAfter).toBe(1);
    t.live(E(5));
    // Nothing held was shown, and the highest seq stayed before the gap: the resume asks from it.
    expect(t.lastSeq).toBe(1);
    t.begin(t.lastSeq);
    t.live(E(6));
    const r = t.settle(view(5), [ev(2), ev(3), ev(4), ev(5)]);
    expect(label(r.show)).toEqual(['c5[e2,e3,e4,e5]', 'e6']);
    expect(t.repairing).toBe(false);
  });

  it('a second gap in what was held asks again', () => {
    const t = settled(1);
    t.live(V(3));
    t.live(V(4));
    t.live(V(7));
    const r = t.settle(view(3), [ev(2)]);
    expect(label(r.show)).toEqual(['c3[e2]', 'v4']);
    expect(r.askAfter).toBe(4);
  });

  it('at the door nothing arrives: the first seq after being let in starts the room, no gap', () => {
    const t = new SeqTracker();
    t.begin(0);
    expect(t.settle(null, []).show).toEqual([]);
    const r = t.live(E(40));
    expect(label(r.show)).toEqual(['e40']);
    expect(r.askAfter).toBeNull();
    expect(label(t.live(V(40)).show)).toEqual(['v40']);
  });
  it("a server's gap fill (events marked filled): held until its view, then shown as missed after that view, once", () => {
    const t = settled(3);
    const F = (seq: number): Arrival => ({ kind: 'event', e: { ...ev(seq), filled: true } });
    const S = (seq: number): Arrival => ({ kind: 'seq', seq });
    expect(label(t.live(E(4)).show)).toEqual(['e4']);
    // Seqs 5 to 7 from the store's log: 6 logged nothing (its seq notice), then the view at 7.
    for (const i of [F(5), S(6), F(7), F(7)]) expect(t.live(i)).toEqual({ show: [], askAfter: null });
    expect(t.repairing).toBe(true);
    // Not shown yet: a resume now would ask for them again.
    expect(t.lastSeq).toBe(4);
    const r = t.live(V(7));
    expect(label(r.show)).toEqual(['c7[e5,e7,e7]']);
    expect(r.show[0]!.kind === 'caughtUp' && r.show[0]!.missed.every((e) => !('filled' in e))).toBe(true);
    expect(t.lastSeq).toBe(7);
    expect(t.repairing).toBe(false);
    expect(label(t.live(E(8)).show)).toEqual(['e8']);
  });

  it("a gap fill with a seq missing is repaired from the log; one cut short by a resume is asked for again", () => {
    const t = settled(3);
    const F = (seq: number): Arrival => ({ kind: 'event', e: { ...ev(seq), filled: true } });
    t.live(F(4));
    t.live(F(6));
    expect(t.live(V(6)).askAfter).toBe(3);
    expect(label(t.settle(view(6), [ev(4), ev(5), ev(6)]).show)).toEqual(['c6[e4,e5,e6]']);
    t.live(F(7));
    t.begin(t.lastSeq);
    expect(t.lastSeq).toBe(6);
    expect(label(t.settle(view(7), [ev(7)]).show)).toEqual(['c7[e7]']);
  });
});
