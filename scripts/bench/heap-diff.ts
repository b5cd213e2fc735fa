// Where a joined connection's heap goes (Issue 10): `npx tsx scripts/bench/heap-diff.ts <kind> [meetings] [dir]`
// starts one server child (as heap-only.ts), builds `meetings` meetings of 6/12/30/50 people,
// writes a heap snapshot, builds as many again and writes another, then prints what the second
// half added per connection, grouped by node type and constructor/function name (strings by
// their first characters), largest first. A probe for finding per-socket structures, not a figure.
// HEAP_DIFF_FIRST=<n> takes the first snapshot after n meetings instead (then grows to 2 x meetings):
// HEAP_DIFF_FIRST=1 with 10 meetings shows what heap-only.ts 20 counts beyond the connections
// themselves (code compiled while the first meetings fill).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rundeBenchEnv, startChild, startRedis, type TargetKind } from './servers.js';
import { buildMeeting, type BenchMeeting } from './targets.js';

const kind = (process.argv[2] ?? 'runde-memory') as TargetKind;
const meetings = Number(process.argv[3] ?? 20);
const dir = process.argv[4] ?? mkdtempSync(join(tmpdir(), 'heap-diff-'));
const SIZES = [6, 12, 30, 50];

interface Snap {
  nodes: number[];
  strings: string[];
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
}

/** Bytes and count per group key in a .heapsnapshot file. */
function groups(path: string): Map<string, { n: number; bytes: number }> {
  const s = JSON.parse(readFileSync(path, 'utf8')) as Snap;
  const f = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [ti, ni, si] = [f.indexOf('type'), f.indexOf('name'), f.indexOf('self_size')];
  const out = new Map<string, { n: number; bytes: number }>();
  for (let i = 0; i < s.nodes.length; i += f.length) {
    const type = types[s.nodes[i + ti]!]!;
    let name = s.strings[s.nodes[i + ni]!]!;
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = JSON.stringify(name.slice(0, 12));
    const key = `${type} ${name}`;
    const g = out.get(key) ?? { n: 0, bytes: 0 };
    g.n++;
    g.bytes += s.nodes[i + si]!;
    out.set(key, g);
  }
  return out;
}

const redis = kind === 'runde-redis' ? await startRedis() : null;
const s = await startChild(kind, kind.startsWith('runde') ? rundeBenchEnv(redis?.url) : {});
const built: BenchMeeting[] = [];
const conns = async (from: number, to: number): Promise<number> => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const m = await buildMeeting(kind, [`http://127.0.0.1:${s.port}`], SIZES[i % SIZES.length]!, i, () => undefined);
    built.push(m);
    n += m.members.length;
  }
  return n;
};
const firstAt = Number(process.env.HEAP_DIFF_FIRST ?? meetings);
try {
  await conns(0, firstAt);
  await new Promise((r) => setTimeout(r, 500));
  const heapA = await s.heap();
  await s.snapshot(join(dir, 'a.heapsnapshot'));
  const added = await conns(firstAt, 2 * meetings);
  await new Promise((r) => setTimeout(r, 500));
  const heapB = await s.heap();
  await s.snapshot(join(dir, 'b.heapsnapshot'));
  const [a, b] = [groups(join(dir, 'a.heapsnapshot')), groups(join(dir, 'b.heapsnapshot'))];
  const rows = [...b].map(([k, g]) => {
    const before = a.get(k) ?? { n: 0, bytes: 0 };
    return { k, n: (g.n - before.n) / added, bytes: (g.bytes - before.bytes) / added };
  });
  for (const [k, g] of a) if (!b.has(k)) rows.push({ k, n: -g.n / added, bytes: -g.bytes / added });
  rows.sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes));
  const total = rows.reduce((t, r) => t + r.bytes, 0);
  console.log(`${kind}: ${added} connections added, ${(total / 1024).toFixed(2)} KB per connection in the snapshots, ${((heapB - heapA) / added / 1024).toFixed(2)} KB in heapUsed (${dir})`);
  for (const r of rows.slice(0, Number(process.env.HEAP_DIFF_ROWS ?? 60))) console.log(`${r.bytes.toFixed(1).padStart(8)} B ${r.n.toFixed(2).padStart(7)} x  ${r.k}`);
} finally {
  built.forEach((m) => m.close());
  await s.stop();
  redis?.stop();
}
process.exit(0);
