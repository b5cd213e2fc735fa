// Benchmark of the pure meeting core: how long decide() takes in a 50-person meeting, for the
// commands that happen most (shares, turn changes, acknowledgements, ticks).
// Run: npx tsx scripts/bench-core.ts   Target: p99 below 1 ms per command.
import { performance } from 'node:perf_hooks';
import type { Command } from '../shared/meeting/commands.js';
import { decide } from '../shared/meeting/decide.js';
import { DEFAULT_SETTINGS } from '../shared/meeting/formats.js';
import { createMeeting, type MeetingState } from '../shared/meeting/state.js';

const PEOPLE = 50;
const ROUNDS = Number(process.argv[2] ?? 40);

function must(s: MeetingState, c: Command, now: number): MeetingState {
  const d = decide(s, c, now);
  if (!d.ok) throw new Error(`${c.type} rejected: ${d.code}`);
  return d.state;
}

let now = 1_000;
let s = createMeeting({ id: 'bench', title: 'Bench', language: 'nb', formatId: 'standard', access: 'open', listed: false, settings: DEFAULT_SETTINGS, turnMode: 'circle', startsAt: null }, now);
for (let i = 0; i < PEOPLE; i++) {
  s = must(s, { type: 'join', id: `p${i}`, name: `Person ${i}`, role: 'participant', volunteer: i < 5, pledge: true, chairKey: i === 0, joinCode: false }, now);
}
s = must(s, { type: 'start', by: 'p0' }, now);

const samples: number[] = [];
const timed = (c: Command): void => {
  const t0 = performance.now();
  const d = decide(s, c, now);
  samples.push(performance.now() - t0);
  if (d.ok) s = d.state;
};

for (let r = 0; r < ROUNDS; r++) {
  if (s.phase === 'opening' || s.phase === 'gathering') timed({ type: 'advance', by: s.chairId ?? 'p0' });
  while (s.speaker) {
    const speaker = s.speaker.id;
    for (let k = 0; k < 3; k++) timed({ type: 'share', by: speaker, text: 'Jeg vil dele litt om uken min. '.repeat(8) });
    for (let k = 0; k < 5; k++) timed({ type: 'acknowledge', by: `p${(Number(speaker.slice(1)) + k + 1) % PEOPLE}`, kind: 'heart' });
    timed({ type: 'share', by: `p${(Number(speaker.slice(1)) + 1) % PEOPLE}`, text: 'kryssprat' }); // rejected
    now += 1000;
    timed({ type: 'tick' });
    timed({ type: 'finishShare', by: speaker });
  }
  // Next round: through closing would end the meeting, so restart a round by switching modes.
  timed({ type: 'setTurnMode', by: s.chairId ?? 'p0', mode: 'hands' });
  timed({ type: 'setTurnMode', by: s.chairId ?? 'p0', mode: 'circle' });
  s = { ...s, phase: 'opening' };
}

samples.sort((a, b) => a - b);
const pct = (p: number): string => (samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))] ?? 0).toFixed(3);
const total = samples.reduce((a, b) => a + b, 0);
console.log(`core: ${samples.length} commands in a ${PEOPLE}-person meeting`);
console.log(`core: ${(samples.length / (total / 1000)).toFixed(0)} commands/s; p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms`);
