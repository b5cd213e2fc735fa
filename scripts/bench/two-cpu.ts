// CPU of two Runde processes on one Redis under the share load (Issue 10 "lean fan-out": what a
// commit publishes, every other process receives and decodes): `npx tsx scripts/bench/two-cpu.ts
// [shares/s] [seconds] [meetings] [warm-up s]` starts a redis-server and two bundled server
// children (both pinned to CPU 0, as profile.ts pins its one), builds the meetings with their
// people spread over both processes, runs the load and prints CPU-seconds per 1,000 deliveries
// for both together and each process alone.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliveryTracker, runLoad } from './load.js';
import { rundeBenchEnv, startChild, pinToLoadCpu } from './servers.js';
import { buildMeeting, type BenchMeeting } from './targets.js';
import { freePort } from '../../test/helpers/redis-server.js';

const rate = Number(process.argv[2] ?? 20);
const seconds = Number(process.argv[3] ?? 15);
const count = Number(process.argv[4] ?? 20);
const warm = Number(process.argv[5] ?? 3);
const SIZES = [6, 12, 30, 50];

pinToLoadCpu();
const port = await freePort();
const redis = spawn('taskset', ['-c', '1', 'redis-server', '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore', cwd: mkdtempSync(join(tmpdir(), 'runde-two-')) });
process.on('exit', () => void redis.kill('SIGKILL'));
await new Promise((r) => setTimeout(r, 300));
const env = rundeBenchEnv(`redis://127.0.0.1:${port}`);
const servers = [await startChild('runde-redis', env), await startChild('runde-redis', env)];
const meetings: BenchMeeting[] = [];
const tracker = new DeliveryTracker(() => meetings.map((m) => m.speaker));
const urls = servers.map((s) => `http://127.0.0.1:${s.port}`);
for (let i = 0; i < count; i++) meetings.push(await buildMeeting('runde-redis', urls, SIZES[i % SIZES.length]!, i, tracker.onFrame));
// runLoad measures after its warm-up; each process's own CPU is read around the same window.
let cpu0: number[] = [];
const r = await runLoad(meetings, tracker, servers, rate, seconds * 1000, 1500, warm * 1000, () => {
  cpu0 = servers.map((s) => s.cpuSeconds());
});
const each = servers.map((s, i) => ((s.cpuSeconds() - (cpu0[i] ?? 0)) / r.delivered) * 1000);
console.log(
  `two runde-redis processes at ${rate} shares/s for ${seconds} s: ${r.delivered}/${r.expected} delivered, p99 ${r.p99.toFixed(1)} ms, ` +
    `CPU-s per 1,000 deliveries ${r.cpuPer1000.toFixed(3)} (each process ${each.map((x) => x.toFixed(3)).join(' / ')})`,
);
meetings.forEach((m) => m.close());
await Promise.all(servers.map((s) => s.stop()));
redis.kill('SIGKILL');
process.exit(0);
