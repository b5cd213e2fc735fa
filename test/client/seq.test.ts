import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import type { LoggedEvent, MeetingView } from '../../shared/meeting/view.js';
import { SeqTracker } from '../../client/seq.js';

const ev = (seq: number, event: MeetingEvent = { type: 'note', text: `n${seq}` }): LoggedEvent => ({ seq, at: 0, event });
const view = (seq: number) => ({ seq }) as MeetingView;

describe('SeqTracker', () => {
  it('applies every event of one command (same seq) and drops older ones', () => {
    const t = new SeqTracker();
    expect(t.acceptEvent(ev(3))).toBe(true);
    expect(t.acceptEvent(ev(3))).toBe(true);
    expect(t.acceptEvent(ev(4))).toBe(true);
    expect(t.acceptEvent(ev(3))).toBe(false);
    expect(t.lastSeq).toBe(4);
  });

  it('drops the live copy of a batch a resume already replayed, then carries on', () => {
    const t = new SeqTracker(2);
    expect(t.acceptEvent(ev(3), true)).toBe(true);
    expect(t.acceptEvent(ev(4), true)).toBe(true);
    expect(t.acceptEvent(ev(4))).toBe(false);
    expect(t.acceptEvent(ev(3))).toBe(false);
    expect(t.acceptEvent(ev(5))).toBe(true);
    expect(t.acceptEvent(ev(5))).toBe(true);
    expect(t.lastSeq).toBe(5);
  });

  it('keeps the newest view and tracks the highest seq for resume', () => {
    const t = new SeqTracker();
    expect(t.acceptView(view(7), view(5))).toBe(true);
    expect(t.acceptView(view(6), view(7))).toBe(false);
    expect(t.lastSeq).toBe(7);
    expect(t.acceptView(view(7), view(7))).toBe(true);
  });
});
