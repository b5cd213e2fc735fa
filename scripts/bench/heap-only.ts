// Heap per joined connection only (Issue 10), for quick before/after checks of the per-socket
// cost: `npx tsx scripts/bench/heap-only.ts [meetings] [kinds]` prints, per server, the idle heap
// and the heap per joined connection over meetings of 6/12/30/50 people (after full GCs), from
// the first meeting on (what the first meeting loads once is printed apart). `kinds`: comma
// separated, default runde-memory,socketio-relay; runde-redis runs on a spawned redis-server.
import { rundeBenchEnv, startChild, startRedis, type TargetKind } from './servers.js';
import { buildMeeting, type BenchMeeting } from './targets.js';

const meetings = Number(process.argv[2] ?? 20);
const SIZES = [6, 12, 30, 50];
const kinds = (process.argv[3] ?? 'runde-memory,socketio-relay').split(',') as TargetKind[];
for (const kind of kinds) {
  const redis = kind === 'runde-redis' ? await startRedis() : null;
  const s = await startChild(kind, kind.startsWith('runde') ? rundeBenchEnv(redis?.url) : {});
  try {
    const idle = await s.heap();
    const built: BenchMeeting[] = [];
    let first = idle;
    for (let i = 0; i < meetings; i++) {
      built.push(await buildMeeting(kind, [`http://127.0.0.1:${s.port}`], SIZES[i % SIZES.length]!, i, () => undefined));
      if (i === 0) first = await s.heap();
    }
    const conns = built.reduce((a, m) => a + m.members.length, 0);
    const firstConns = built[0]!.members.length;
    await new Promise((r) => setTimeout(r, 500));
    const joined = await s.heap();
    // As main.ts: per connection from the first meeting on; what the first meeting loads once apart.
    console.log(
      `${kind}: idle ${(idle / 2 ** 20).toFixed(1)} MB, first meeting +${((first - idle) / 2 ** 20).toFixed(1)} MB, ${conns} connections, ` +
        `${((joined - first) / (conns - firstConns) / 1024).toFixed(1)} KB per connection (${((joined - idle) / conns / 1024).toFixed(1)} counting the first meeting's)`,
    );
    built.forEach((m) => m.close());
  } finally {
    await s.stop();
    redis?.stop();
  }
}
process.exit(0);
