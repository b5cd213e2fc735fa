// A CPU profile of one server under the benchmark's load (Issue 10): `npx tsx
// scripts/bench/profile.ts [runde-memory|runde-redis|socketio-relay] [shares/s] [seconds]
// [meetings]` starts the server child (bundled, pinned to CPU 0), builds the meetings, profiles
// the server (through the inspector, over IPC) while it sends the share load for the given
// time, and prints CPU-seconds per 1,000 deliveries, p50/p99 and where the .cpuprofile was
// written (open it in Chrome DevTools, or
// `npx tsx scripts/bench/top-functions.ts <file>`). With BENCH_DISCREET=1 Runde's meetings have discreet
// attendance on; with BENCH_NO_PROFILE=1 it runs the same load without the profiler (A/B runs);
// BENCH_WARM_S=<s> runs the load that long first, unmeasured. Also prints CPU-s by thread name.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliveryTracker, runLoad } from './load.js';
import { rundeBenchEnv, startChild, type TargetKind, pinToLoadCpu } from './servers.js';
import { buildMeeting, type BenchMeeting } from './targets.js';

const kind = (process.argv[2] ?? 'runde-memory') as TargetKind;
const rate = Number(process.argv[3] ?? 20);
const seconds = Number(process.argv[4] ?? 10);
const count = Number(process.argv[5] ?? 20);
const SIZES = [6, 12, 30, 50];
pinToLoadCpu();

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'runde-prof-'));
let redisStop = (): void => undefined;
let redisUrl: string | undefined;
let redisPort = 0;
if (kind === 'runde-redis') {
  const port = await freePort();
  redisPort = port;
  const child = spawn('taskset', ['-c', '1', 'redis-server', '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore', cwd: dir });
  redisStop = () => void child.kill('SIGKILL');
  process.on('exit', redisStop);
  await new Promise((r) => setTimeout(r, 300));
  redisUrl = `redis://127.0.0.1:${port}`;
}
const s = await startChild(kind, kind.startsWith('runde') ? rundeBenchEnv(redisUrl) : {});
const meetings: BenchMeeting[] = [];
const tracker = new DeliveryTracker(() => meetings.map((m) => m.speaker));
for (let i = 0; i < count; i++) meetings.push(await buildMeeting(kind, [`http://127.0.0.1:${s.port}`], SIZES[i % SIZES.length]!, i, tracker.onFrame));
const idle = await s.heap();
console.log(`heap after joins: ${(idle / 2 ** 20).toFixed(1)} MB`);
// BENCH_NO_PROFILE=1: the same load and figures without the profiler's own cost (for A/B runs).
const profiling = process.env.BENCH_NO_PROFILE !== '1';
// BENCH_WARM_S: seconds of the same load before the measured (and profiled) stretch.
const warmMs = Number(process.env.BENCH_WARM_S ?? 0) * 1000;
let threads0 = new Map<string, number>();
let windows = 0;
const r = await runLoad(meetings, tracker, [s], rate, seconds * 1000, 1500, warmMs, () => {
  // The window opens at the start, and once more after a warm-up: the profile covers the last.
  windows += 1;
  threads0 = s.threadCpu();
  if (redisPort) execFileSync('redis-cli', ['-p', String(redisPort), 'config', 'resetstat'], { stdio: 'ignore' });
  if (profiling && windows === (warmMs > 0 ? 2 : 1)) s.profileStart();
});
const threads1 = s.threadCpu();
// Redis commands in the measured window (runde-redis only): what the server sent per share.
if (redisPort) {
  const stats = execFileSync('redis-cli', ['-p', String(redisPort), 'info', 'commandstats'], { encoding: 'utf8' });
  const sent = rate * seconds;
  const rows = [...stats.matchAll(/cmdstat_(\w+(?:\|\w+)?):calls=(\d+),usec=(\d+)/g)].map((m) => ({ cmd: m[1]!, calls: Number(m[2]), usec: Number(m[3]) }));
  rows.sort((a, b) => b.calls - a.calls);
  console.log(`Redis commands in the window (~${sent} shares sent): ` + rows.map((x) => `${x.cmd} ${x.calls} (${(x.calls / sent).toFixed(2)}/share)`).join(', '));
}
const file = join(dir, `${kind}-${rate}.cpuprofile`);
if (profiling) await s.profileStop(file);
console.log(`${kind} at ${rate} shares/s for ${seconds} s: ${r.delivered}/${r.expected} delivered, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, CPU-s per 1,000 deliveries ${r.cpuPer1000.toFixed(3)}, frames per delivery ${r.framesPerDelivery.toFixed(2)}, bytes per delivery ${r.bytesPerDelivery.toFixed(0)}`);
// Where the CPU went, by thread name (the main thread is `node`; V8's workers, libuv's pool).
console.log('CPU-s by thread: ' + [...threads1].map(([name, t]) => `${name} ${(t - (threads0.get(name) ?? 0)).toFixed(2)}`).join(', '));
meetings.forEach((m) => m.close());
await s.stop();
redisStop();
if (profiling) console.log(`profile: ${file}`);
process.exit(0);
