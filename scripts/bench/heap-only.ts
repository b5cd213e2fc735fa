// Heap per joined connection only (Issue 10), for quick before/after checks of the per-socket
// cost: `npx tsx scripts/bench/heap-only.ts [meetings]` prints, per server, the idle heap and
// the heap per joined connection over meetings of 6/12/30/50 people (after full GCs).
import { rundeBenchEnv, startChild, type TargetKind } from './servers.js';
import { buildMeeting, type BenchMeeting } from './targets.js';

const meetings = Number(process.argv[2] ?? 20);
const SIZES = [6, 12, 30, 50];
for (const kind of ['runde-memory', 'socketio-relay'] as TargetKind[]) {
  const s = await startChild(kind, kind.startsWith('runde') ? rundeBenchEnv() : {});
  try {
    const idle = await s.heap();
    const built: BenchMeeting[] = [];
    for (let i = 0; i < meetings; i++) built.push(await buildMeeting(kind, [`http://127.0.0.1:${s.port}`], SIZES[i % SIZES.length]!, i, () => undefined));
    const conns = built.reduce((a, m) => a + m.members.length, 0);
    await new Promise((r) => setTimeout(r, 500));
    const joined = await s.heap();
    console.log(`${kind}: idle ${(idle / 2 ** 20).toFixed(1)} MB, ${conns} connections, ${((joined - idle) / conns / 1024).toFixed(1)} KB per connection`);
    built.forEach((m) => m.close());
  } finally {
    await s.stop();
  }
}
process.exit(0);
