// CPU per delivery of one server over consecutive windows (Issue 10): `npx tsx
// scripts/bench/cpu-windows.ts [runde-memory|runde-redis|socketio-relay|ws-relay] [windows]`
// starts the server alone on CPU 0 with the benchmark's 20 meetings and loads it at 40 shares/s
// in back-to-back 8 s windows, printing each window's CPU-s per 1,000 deliveries and the CPU
// seconds of its main thread and of its other threads (V8's compiler and GC workers). Shows how
// long a server's JIT takes to settle and how much one window differs from the next. runde-redis
// runs on REDIS_URL if given, else on a spawned redis-server.
import { DeliveryTracker, runLoad } from './load.js';
import { rundeBenchEnv, startChild, startRedis, pinToLoadCpu, type TargetKind } from './servers.js';
import { buildMeeting, type BenchMeeting } from './targets.js';
pinToLoadCpu();
const kind = (process.argv[2] ?? 'runde-memory') as TargetKind;
const n = Number(process.argv[3] ?? 8);
const SIZES = [6, 12, 30, 50];
const redis = kind === 'runde-redis' && !process.env.REDIS_URL ? await startRedis() : null;
const s = await startChild(kind, kind.startsWith('runde') ? rundeBenchEnv(process.env.REDIS_URL ?? redis?.url) : {});
const meetings: BenchMeeting[] = [];
const tracker = new DeliveryTracker(() => meetings.map((m) => m.speaker));
for (let i = 0; i < 20; i++) meetings.push(await buildMeeting(kind, [`http://127.0.0.1:${s.port}`], SIZES[i % 4]!, i, tracker.onFrame));
const out: string[] = [];
for (let w = 0; w < n; w++) {
  const t0 = s.threadCpu();
  const r = await runLoad(meetings, tracker, [s], 40, 8000, 1500);
  const t1 = s.threadCpu();
  const other = [...t1].filter(([k]) => !k.startsWith('main')).reduce((a, [k, v]) => a + v - (t0.get(k) ?? 0), 0);
  out.push(`${r.cpuPer1000.toFixed(4)} (main ${( (t1.get('main')! - t0.get('main')!)).toFixed(2)} other ${other.toFixed(2)})`);
  console.log(`window ${w}: ${out[w]}`);
}
meetings.forEach((m) => m.close());
await s.stop();
process.exit(0);
