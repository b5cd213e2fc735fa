// A large meeting holds a large online meeting: "large ones 50–90" people (../shared/domain.md,
// "Sizes"). A fresh tester found every format, the one named for many people too, full at 50.
// Share rounds degrade beyond ~15, so the formats with a round keep 50 (the peer group 12).
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../shared/meeting/formats.js';
import { joinCmd, newMeeting, Run } from './helpers.js';

const format = (id: string) => FORMATS.find((f) => f.id === id)!;

describe('the large format', () => {
  it('seats 100, raised hands and all; the 101st is told the meeting is full', () => {
    const large = format('large');
    const r = new Run(newMeeting({ formatId: 'large', turnMode: large.turnMode, settings: large.settings }));
    r.join('a', { chairKey: true });
    for (let i = 1; i < 100; i++) r.join(`p${i}`, { name: `Deltaker ${i}` });
    expect(r.state.participants).toHaveLength(100);
    r.no(joinCmd('p100', { name: 'Deltaker 100' }), 'MEETING_FULL');
  });

  it('the formats with a round for everyone stay at 50 or fewer', () => {
    for (const f of FORMATS.filter((x) => x.turnMode !== 'hands')) expect(f.settings.maxParticipants, f.id).toBeLessThanOrEqual(50);
  });
});
