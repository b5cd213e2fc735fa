// The guard's cost per share with warm and with cold CPU caches (Issue 10: in the server a
// share's guard check costs several times what it costs in a hot loop, since socket.io's and the
// kernel's work between two shares evicts the guard's tables and compiled patterns). Runs the
// benchmark's 300-character share (scripts/bench/load.ts) through the server's check
// (shareFindings) with 30 people in the room, parts apart: the rules (analyzeShare) and the model.
// Cold: a 32 MB buffer is walked between two checks (its time is not counted).
//   npx tsx scripts/bench/guard-cold.ts [runs]
import { analyzeShare } from '../../shared/guard/index.js';
import { findAdvice } from '../../shared/guard/advice.js';
import { findCrosstalk } from '../../shared/guard/crosstalk.js';
import { findPii } from '../../shared/guard/pii.js';
import { findRecommendations } from '../../shared/guard/recommend.js';
import { findByModel } from '../../shared/guard/model.js';
import { readGuardModel } from '../../server/guard-model.js';
import { shareText } from './load.js';

const runs = Number(process.argv[2] ?? 2000);
const model = readGuardModel();
const names = Array.from({ length: 29 }, (_, i) => `P${i + 1}`);
const thrash = new Float64Array(4 * 2 ** 20);
let sink = 0;
function evict(): void {
  for (let i = 0; i < thrash.length; i += 8) sink += thrash[i]!++;
}
const parts: Record<string, (t: string) => unknown> = {
  rules: (t) => analyzeShare(t, { otherNames: names, lang: 'nb' }),
  model: (t) => findByModel(model, t, names),
  advice: (t) => findAdvice(t),
  recommend: (t) => findRecommendations(t),
  crosstalk: (t) => findCrosstalk(t, names),
  pii: (t) => findPii(t, 'nb', names),
};
const only = process.argv[3];
for (const [name, fn] of Object.entries(parts)) {
  if (only && only !== name) continue;
  for (let i = 0; i < 300; i++) fn(shareText(i));
  for (const cold of [false, true]) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (cold) evict();
      const t = shareText(1000 + i);
      const t0 = performance.now();
      fn(t);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(9)} ${cold ? 'cold' : 'warm'}: median ${(times[runs >> 1]! * 1000).toFixed(0)} µs, p90 ${(times[Math.floor(runs * 0.9)]! * 1000).toFixed(0)} µs`);
  }
}
if (sink === -1) console.log(sink);
