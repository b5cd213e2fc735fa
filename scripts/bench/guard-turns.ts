// The share guard's cost per share when every share comes from another speaker (Issue 10). Each
// speaker's guard reads the share against the names of the others, so each turn of a meeting
// hands the guard a list of names of its own; the benchmark's load (one speaker per meeting)
// never does. 100 meetings of 6/12/30/60 named as the door names people, every speaker's list
// of the others, the benchmark's 300-character share (naming nobody) checked by the rules
// (analyzeShare) and the model: `same` (one list throughout, as in the benchmark) against
// `turns` (the lists in a scattered order, as turns bring them).
//   npx tsx scripts/bench/guard-turns.ts [shares]
import { analyzeShare } from '../../shared/guard/index.js';
import { findByModel } from '../../shared/guard/model.js';
import { readGuardModel } from '../../server/guard-model.js';
import { shareText } from './load.js';

const shares = Number(process.argv[2] ?? 3000);
const model = readGuardModel();
const WORDS = ['Grå', 'Stille', 'Varm', 'Rolig', 'Lys', 'Klar', 'Blå', 'Trygg'];
const ANIMALS = ['Måke', 'Fjord', 'Rev', 'Bjørk', 'Hegre', 'Elv', 'Ugle', 'Furu'];
const lists: string[][] = [];
for (let m = 0; m < 100; m++) {
  const n = [6, 12, 30, 60][m % 4]!;
  const room = Array.from({ length: n }, (_, i) => `${WORDS[(m + i) % 8]} ${ANIMALS[Math.floor(i / 8) % 8]}${m}`);
  for (let s = 0; s < n; s++) lists.push(room.filter((_, i) => i !== s));
}
const check = (text: string, names: string[]): void => {
  analyzeShare(text, { otherNames: names, lang: 'nb' });
  findByModel(model, text, names);
};
for (let i = 0; i < 300; i++) check(shareText(i), lists[i % 7]!);
for (const mode of ['same', 'turns', 'same', 'turns'] as const) {
  const t0 = performance.now();
  for (let i = 0; i < shares; i++) check(shareText(1000 + i), mode === 'same' ? lists[5]! : lists[(i * 7919) % lists.length]!);
  console.log(`${mode.padEnd(5)}: ${(((performance.now() - t0) / shares) * 1000).toFixed(0)} µs per share (${lists.length} lists)`);
}
