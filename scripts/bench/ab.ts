// A/B of two builds of Runde (memory store) in one run: `npx tsx scripts/bench/ab.ts <dir A>
// <dir B> [rounds] [seconds]`, each dir a checkout of the repository (a git worktree). Both
// servers are started at once (CPU 0), each given the same 20 meetings, then loaded in turn at 40
// shares/s, A B, B A, A B, ... (`rounds` each, default 4, of `seconds`, default 20, after an 8 s
// warm-up; the idle one only answers pings). Prints CPU-seconds per 1,000 deliveries per run and
// the medians: the machine's load drifts between separate runs, and alternating within one run
// is fairer than alternating runs (Issue 10). With BENCH_AB_KIND=runde-redis each build gets its
// own spawned redis-server (CPU 1), so neither hears the other on the outcome channel.
// The probes inside the server (scripts/bench/probes.ts), for one checkout given as both A and B:
//   BENCH_AB_B_GUARD_OFF=1  B is built with the share guard switched off: the guard's part of A's figure.
//   BENCH_AB_GUARD_TIMES=1  both are built with the guard timed in the server, each part run twice
//                           (first run and again right after, µs per share, on stderr every 10 s);
//                           their CPU figures then hold the guard twice.
//   BENCH_AB_DECIDE_TIMES=1 the same for the whole of decide() on a share, guard included (with
//                           the guard's timing too, the guard runs four times).
//   BENCH_AB_PATH_TIMES=1   a share's path through the server timed step by step (probes.ts
//                           pathTimes; not with DECIDE_TIMES or DELIVER_TIMES, which rewrite the
//                           same lines).
//   BENCH_AB_COMPILE=1      each server first loaded at 400 shares/s for 8 s, as the bench's CPU
//                           phase warms it (its JIT settled), before the rounds.
//   BENCH_AB_TOGETHER=1     both loaded at once in every round, sharing the core: whatever else the
//                           machine does then weighs on both alike (its load drifts within
//                           seconds here), at the price of each one's caches cooled by the other.
//   BENCH_AB_A_FLAGS, BENCH_AB_B_FLAGS  node flags for that side's server alone (e.g. a V8 flag
//                           tried against none, on one checkout given as both A and B).
//   BENCH_AB_DELIVER_TIMES=1 each delivery to the server's sockets timed (once), and the room's events in it.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { join, resolve } from 'node:path';
import { DeliveryTracker, runLoad } from './load.js';
import { rundeBenchEnv, startChild, pinToLoadCpu } from './servers.js';
import { buildMeeting, type BenchMeeting } from './targets.js';
import { serverBundleOptions } from '../server-bundle.js';
import { decideTimes, deliverTimes, guardOff, guardTimes, pathTimes } from './probes.js';

const dirs = [resolve(process.argv[2] ?? '.'), resolve(process.argv[3] ?? '.')];
const rounds = Number(process.argv[4] ?? 4);
const seconds = Number(process.argv[5] ?? 20);
const SIZES = [6, 12, 30, 50];
pinToLoadCpu();
const kind = (process.env.BENCH_AB_KIND ?? 'runde-memory') as 'runde-memory' | 'runde-redis';
const stops: (() => void)[] = [];
process.on('exit', () => stops.forEach((f) => f()));
/** A redis-server of its own on a free port (runde-redis): its url. */
async function ownRedis(): Promise<string> {
  const port = await new Promise<number>((done) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => done(p));
    });
  });
  const child = spawn('taskset', ['-c', '1', 'redis-server', '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  stops.push(() => void child.kill('SIGKILL'));
  await new Promise((r) => setTimeout(r, 300));
  return `redis://127.0.0.1:${port}`;
}
const targets: { name: string; server: Awaited<ReturnType<typeof startChild>>; meetings: BenchMeeting[]; tracker: DeliveryTracker; runs: number[] }[] = [];
for (const [i, dir] of dirs.entries()) {
  // Beside that checkout's dist/server.js, where its server/static.ts finds the client.
  const outfile = join(dir, 'dist', `bench-ab-runde-child-${'AB'[i]}.js`);
  const plugins = i === 1 && process.env.BENCH_AB_B_GUARD_OFF === '1' ? [guardOff()] : process.env.BENCH_AB_GUARD_TIMES === '1' ? [guardTimes()] : [];
  if (process.env.BENCH_AB_DECIDE_TIMES === '1') plugins.push(decideTimes());
  if (process.env.BENCH_AB_DELIVER_TIMES === '1') plugins.push(deliverTimes());
  if (process.env.BENCH_AB_PATH_TIMES === '1') plugins.push(...pathTimes());
  await build({ entryPoints: [join(dir, 'scripts', 'bench', 'runde-child.ts')], outfile, ...serverBundleOptions(), plugins });
  const flags = (process.env[`BENCH_AB_${'AB'[i]}_FLAGS`] ?? '').split(' ').filter(Boolean);
  const server = await startChild(kind, rundeBenchEnv(kind === 'runde-redis' ? await ownRedis() : undefined), '0', outfile, flags);
  const meetings: BenchMeeting[] = [];
  const tracker = new DeliveryTracker(() => meetings.map((m) => m.speaker));
  for (let m = 0; m < 20; m++) meetings.push(await buildMeeting(kind, [`http://127.0.0.1:${server.port}`], SIZES[m % SIZES.length]!, m, tracker.onFrame));
  targets.push({ name: `${'AB'[i]} ${dir}`, server, meetings, tracker, runs: [] });
}
// As the bench's CPU phase (main.ts, steady): each server first takes 400 shares/s for 8 s, so
// its JIT has settled before anything is measured.
if (process.env.BENCH_AB_COMPILE === '1') for (const t of targets) await runLoad(t.meetings, t.tracker, [t.server], 400, 8000, 1500);
const together = process.env.BENCH_AB_TOGETHER === '1';
const measure = async (t: (typeof targets)[number], warmMs: number): Promise<void> => {
  const res = await runLoad(t.meetings, t.tracker, [t.server], 40, seconds * 1000, 1500, warmMs);
  t.runs.push(res.cpuPer1000);
  console.log(`${t.name}: ${res.cpuPer1000.toFixed(4)} CPU-s per 1,000 deliveries, ${res.delivered}/${res.expected} delivered, p99 ${res.p99.toFixed(1)} ms`);
};
for (let r = 0; r < rounds; r++) {
  if (together) await Promise.all(targets.map((t) => measure(t, r === 0 ? 8000 : 2000)));
  else for (const t of r % 2 === 0 ? targets : [...targets].reverse()) await measure(t, 8000);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const t of targets) console.log(`${t.name}: median ${median(t.runs).toFixed(4)} (${t.runs.map((x) => x.toFixed(4)).join(', ')})`);
for (const t of targets) {
  t.meetings.forEach((m) => m.close());
  await t.server.stop();
}
process.exit(0);
