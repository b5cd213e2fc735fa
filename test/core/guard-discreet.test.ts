// In a discreet meeting a member sees no other name (discretion.ts), and the guard's findings on
// their share must not show one either: a fresh tester (2026-12-05) probed guessed names with
// "Like Kari said…": crosstalk when Kari was there, a full name or nothing when not. The server's
// guard reads a speaker's words against the names that speaker may see (guard-mode.ts).
import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/meeting/decide.js';
import { newMeeting, Run } from './helpers.js';

const PROBES = (x: string, y: string) => [
  `Like ${x} said, I feel the same way tonight.`,
  `${y}, I hear you, I feel the same.`,
  `Thanks ${y} for what you said.`,
  `@${x.replace(/\s+/gu, '').toLowerCase()} I know what you mean.`,
  `Som ${y} sa, jeg kjenner meg igjen.`,
];

/** A discreet meeting in its round: `a` chairs, `s` speaks, and two more are present by `names`. */
function speaking(names: [string, string], discreet = true): Run {
  const r = new Run(newMeeting({ discreet }));
  r.join('a', { chairKey: true, volunteer: true });
  r.join('s', { name: 'Blue Heron', joinCode: true });
  r.join('p', { name: names[0], joinCode: true });
  r.join('q', { name: names[1], joinCode: true });
  r.ok({ type: 'start', by: 'a' });
  r.ok({ type: 'advance', by: 'a' });
  r.ok({ type: 'pass', by: 'a' });
  expect(r.speaker).toBe('s');
  return r;
}

const outcome = (r: Run, text: string) => {
  const d = decide(r.state, { type: 'share', by: 's', text }, r.now);
  return d.ok ? 'shared' : `${d.code} ${(d.findings ?? []).map((f) => f.kind).join(',')}`;
};

describe("the guard's findings in a discreet meeting", () => {
  it('are the same whether the names in a share are present or not', () => {
    const present = speaking(['Quiet River', 'Kari']);
    const absent = speaking(['Silver Fox', 'Anna']);
    const asked = PROBES('Quiet River', 'Kari');
    expect(asked.map((t) => outcome(present, t))).toEqual(PROBES('Quiet River', 'Kari').map((t) => outcome(absent, t)));
  });

  it('still read a name present as crosstalk outside a discreet meeting', () => {
    const r = speaking(['Quiet River', 'Kari'], false);
    expect(outcome(r, 'Like Quiet River said, I feel the same way tonight.')).toBe('GUARD_HINT crosstalk');
  });
});
