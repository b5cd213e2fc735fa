// What the chair writes to the whole room (a note, the topic) gets the guard's floor: contact
// details wait for a second look, in every guard mode. A fresh tester (2026-12-05): in a rotating
// relatives round a member who had just taken the chair posted "ring meg på 912 34 567" as a note,
// and it reached everyone at once under "From the chair", unchecked.
import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/meeting/decide.js';
import { GUARD_MODES } from '../../shared/meeting/guard-mode.js';
import { gathered, inRound } from './helpers.js';

const CONTACT = ['Ring meg på 912 34 567 etterpå.', 'Skriv til kari.nordmann@example.no', 'Se https://example.no/gruppe', 'Jeg bor i Storgata 12, 0155 Oslo.'];
const PLAIN = ['Neste møte er torsdag kl 19.', 'Husk: vi holder fokus på oss selv.', 'Velkommen, Stille Fjord.', 'Takk, Grå Måke, for at du ledet sist.', 'Aksept', 'Du bør ta vare på deg selv.'];

describe("the chair's note and the topic: contact details wait for a look", () => {
  it('refused with GUARD_HINT and the findings, in every mode; nothing changes; `confirm` sends it', () => {
    for (const mode of GUARD_MODES) {
      for (const text of CONTACT) {
        const r = inRound({ others: ['b', 'c'] });
        if (mode !== 'nudge') r.ok({ type: 'setGuardMode', by: 'a', mode });
        for (const cmd of [{ type: 'chairNote' as const, by: 'a', text }, { type: 'setTopic' as const, by: 'a', text: text.slice(0, 200) }]) {
          const before = JSON.stringify(r.state);
          const d = decide(r.state, cmd, r.now);
          expect(d.ok ? 'accepted' : d.code, `${mode} ${cmd.type} ${text}`).toBe('GUARD_HINT');
          expect(d.ok ? [] : d.findings?.map((f) => f.kind), text).toContain('pii');
          expect(JSON.stringify(r.state), 'nothing changed').toBe(before);
          const events = r.ok({ ...cmd, confirm: true });
          expect(events.some((e) => e.type === (cmd.type === 'chairNote' ? 'note' : 'topic')) || r.state.queuedNotes.length > 0, `${mode} ${cmd.type} confirmed`).toBe(true);
        }
      }
    }
  });

  it('plain notes and topics go at once: the members\' pseudonyms, times, a reminder, advice', () => {
    for (const text of PLAIN) {
      const r = gathered({ others: ['b', 'c'] });
      r.join('s', { name: 'Stille Fjord' });
      r.join('g', { name: 'Grå Måke' });
      r.ok({ type: 'start', by: 'a' });
      r.ok({ type: 'advance', by: 'a' });
      r.ok({ type: 'chairNote', by: 'a', text });
      r.ok({ type: 'setTopic', by: 'a', text });
    }
  });

  // Another fresh tester (2026-12-05): "Thank you Per Hansen for opening the hall tonight." went
  // to everyone from the chair with no hint, where a share would have had one.
  it('a full name waits for a look where a share\'s would (not with the guard off)', () => {
    for (const mode of GUARD_MODES) {
      const r = inRound({ others: ['b', 'c'] });
      if (mode !== 'nudge') r.ok({ type: 'setGuardMode', by: 'a', mode });
      const d = decide(r.state, { type: 'chairNote', by: 'a', text: 'Takk til Per Hansen for at han låste opp lokalet.' }, r.now);
      expect(d.ok ? 'accepted' : d.code, mode).toBe(mode === 'off' ? 'accepted' : 'GUARD_HINT');
    }
  });

  it('clearing the topic is never stopped', () => {
    const r = inRound({ others: ['b', 'c'] });
    r.ok({ type: 'setTopic', by: 'a', text: 'Ring 912 34 567', confirm: true });
    r.ok({ type: 'setTopic', by: 'a', text: '' });
    expect(r.state.topic).toBeNull();
  });
});
