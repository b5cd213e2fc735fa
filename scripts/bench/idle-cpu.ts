// Idle CPU of one server with the benchmark's meetings joined and nobody sharing (Issue 10): the
// part of "CPU per delivery" that does not scale with shares (pings, timers, housekeeping).
// `npx tsx scripts/bench/idle-cpu.ts [kind] [seconds] [meetings]` prints CPU-ms per second and
// what that adds to CPU-s per 1,000 deliveries at the CPU phase's 40 shares/s.
import { DeliveryTracker } from './load.js';
import { rundeBenchEnv, startChild, startRedis, type TargetKind, pinToLoadCpu } from './servers.js';
import { buildMeeting, type BenchMeeting } from './targets.js';

const kind = (process.argv[2] ?? 'runde-memory') as TargetKind;
const seconds = Number(process.argv[3] ?? 20);
const count = Number(process.argv[4] ?? 20);
const SIZES = [6, 12, 30, 50];
pinToLoadCpu();
const redis = kind === 'runde-redis' ? await startRedis() : null;
const s = await startChild(kind, kind.startsWith('runde') ? rundeBenchEnv(redis?.url) : {});
const meetings: BenchMeeting[] = [];
const tracker = new DeliveryTracker(() => meetings.map((m) => m.speaker));
for (let i = 0; i < count; i++) meetings.push(await buildMeeting(kind, [`http://127.0.0.1:${s.port}`], SIZES[i % SIZES.length]!, i, tracker.onFrame));
await new Promise((r) => setTimeout(r, 3000));
const t0 = s.threadCpu();
const c0 = s.cpuSeconds();
await new Promise((r) => setTimeout(r, seconds * 1000));
const c1 = s.cpuSeconds();
const t1 = s.threadCpu();
const perSec = ((c1 - c0) * 1000) / seconds;
// Deliveries per second in the CPU phase: 40 shares/s, each to everyone but the speaker.
const deliveriesPerSec = (40 * meetings.reduce((a, m) => a + m.members.length - 1, 0)) / meetings.length;
console.log(`${kind} idle with ${meetings.reduce((a, m) => a + m.members.length, 0)} joined: ${perSec.toFixed(2)} CPU-ms/s; at 40 shares/s that is ${((perSec / deliveriesPerSec)).toFixed(4)} CPU-s per 1,000 deliveries`);
console.log('CPU-s by thread: ' + [...t1].map(([name, t]) => `${name} ${(t - (t0.get(name) ?? 0)).toFixed(2)}`).join(', '));
meetings.forEach((m) => m.close());
await s.stop();
redis?.stop();
process.exit(0);
