// The top functions of a V8 .cpuprofile (from `node --cpu-prof`, e.g. scripts/bench/profile.ts):
// `npx tsx scripts/bench/top-functions.ts <file> [n]` prints self time per function (with its
// file and line) and total (self + callees) time per source file, in % of the sampled time.
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) throw new Error('usage: top-functions.ts <file.cpuprofile> [n]');
const n = Number(process.argv[3] ?? 40);
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((x) => [x.id, x]));
const parent = new Map<number, number>();
for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const self = new Map<number, number>();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
const busy = total - idle;
const short = (url: string): string => url.replace(/^file:\/\/.*?\/(node_modules|dist|server|shared)\//, '$1/');
const key = (x: Node): string => `${x.callFrame.functionName || '(anon)'} ${short(x.callFrame.url)}:${x.callFrame.lineNumber + 1}`;

const fnSelf = new Map<string, number>();
for (const [id, t] of self) {
  const x = byId.get(id)!;
  if (x.callFrame.functionName === '(idle)') continue;
  fnSelf.set(key(x), (fnSelf.get(key(x)) ?? 0) + t);
}
// Inclusive time per function (counted once per sample even when recursive).
const fnTotal = new Map<string, number>();
p.samples.forEach((id, i) => {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur)!);
    if (seen.has(k)) continue;
    seen.add(k);
    fnTotal.set(k, (fnTotal.get(k) ?? 0) + (p.timeDeltas[i] ?? 0));
  }
});
const pct = (t: number): string => ((100 * t) / busy).toFixed(1).padStart(5) + ' %';
console.log(`sampled ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(2)} s (% below are of busy time)`);
console.log('\nself time:');
for (const [k, t] of [...fnSelf].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(t)}  ${k}`);
console.log('\ninclusive time:');
for (const [k, t] of [...fnTotal].filter(([k]) => !k.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(t)}  ${k}`);
