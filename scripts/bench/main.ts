// The fan-out benchmark (Issue 10): Runde on the memory store, Runde on a spawned Redis, a
// minimal socket.io room relay and a raw `ws` relay, measured side by side in one run with the
// same thin load client. Servers are pinned to CPU 0, the load client and Redis to CPU 1.
//
//   npm run bench               quick (a few minutes)
//   npm run bench -- --full     the whole (100 meetings, 2,000+ connections, 3 rotated repeats)
//   npm run bench -- --smoke    ~20 s: checks that every phase completes (CI), figures meaningless
//   npm run bench -- --cpu      only the CPU phase (quick's settings, or --full's with both flags)
//   npm run bench -- --together the CPU phase with all four servers up at once (the method before 2026-12-01)
//   npm run bench -- --fresh    the CPU phase with each server started afresh for every round (2026-12-01 morning)
//   npm run bench -- --paired   the CPU phase with each server loaded at the same time as the socket.io relay
//   npm run bench -- --busy-core the CPU phase with the servers' core never idle (a nice-19 busy loop on it)
//
//   BENCH_DROP_ONE=1 npm run bench -- --cpu ...   forces the fault the client recovers from: in the
//                               steady and paired CPU phase, one member of each server's last-built meeting
//                               (one not holding the turn) has its socket dropped while the server is
//                               stopped after its warm-up; before the server's first round the client
//                               brings it back (load.ts bringBack, one "reconnected" line) and the
//                               round must deliver everything. Figures otherwise as without it.
//
// Phases: heap per connection and of an idle server; product load (20 shares/s); step load
// (doubling the share rate until p99 > 200 ms or delivery < 99.9 %); reconnect storm (every
// connection dropped and brought back at once); two Runde processes on one Redis; CPU per
// delivery (40 shares/s, each server alone on its core, in rotated order, repeated, medians).
// Prints one table per phase, then the ratios against the socket.io relay. Nothing here is asserted.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { bringBack, DeliveryTracker, runLoad, type LoadResult } from './load.js';
import { rundeBenchEnv, startChild, startRedis, type ServerChild, type TargetKind, pinToLoadCpu } from './servers.js';
import { buildMeeting, type BenchMeeting } from './targets.js';

const cpuOnly = process.argv.includes('--cpu');
const mode = process.argv.includes('--full') ? 'full' : process.argv.includes('--smoke') ? 'smoke' : 'quick';
// drainMs: how long a phase waits for the last deliveries (it stops as soon as all arrived). The
// smoke run waits long: CI checks it delivers everything even on a loaded machine, not how fast.
const P = {
  smoke: { meetings: 2, stepMs: 1000, loadMs: 1000, maxSteps: 1, repeats: 1, storm: 10, startRate: 5, drainMs: 20_000 },
  quick: { meetings: 20, stepMs: 3000, loadMs: 6000, maxSteps: 7, repeats: 1, storm: 490, startRate: 10, drainMs: 1500 },
  full: { meetings: 100, stepMs: 8000, loadMs: 15000, maxSteps: 9, repeats: 3, storm: 1000, startRate: 10, drainMs: 1500 },
}[mode];
// The CPU phase (CPU-seconds per delivery, Issue 10: "at 40 shares/s", "repeat in rotated order
// and report medians"): each server alone on its core, measured in turn in rotated order (A B C
// D, B C D A, ...), `cpuRepeats` times; every measured stretch of `cpuMs` follows a warm-up of
// `cpuWarmMs` at the same rate (cpuSteady; `--fresh` and `--together`: `cpuFirstWarmMs` for a
// freshly started server). Long enough for the figure to stand on ~100+ clock ticks (10 ms
// each) of the relay's CPU, not on a handful.
// `compileRate` × `rate` shares/s for `compileMs` (the steady method's first warm-up per server):
// V8 optimises a function after it has run enough, not after some time, and a server with more
// code on its share path (Runde's checks, ordering and views) takes more calls to get there:
// Runde's compiler threads still spent ~0.01 CPU-s per 1,000 deliveries after 10 s at 40
// shares/s, ~0.003 after 60 s, and V8 still optimised functions for the first time 40–70 s in
// (performance.md, "steady"). Quick: 8 s at 10 × the rate is 3,200 shares, what 80 s at the
// rate makes, in a tenth of the time; full: 20 s, 8,000 shares.
const CPU = {
  smoke: { meetings: 2, rate: 40, cpuMs: 1000, cpuWarmMs: 300, cpuFirstWarmMs: 500, cpuRepeats: 1, compileRate: 2, compileMs: 500 },
  quick: { meetings: 20, rate: 40, cpuMs: 8_000, cpuWarmMs: 2000, cpuFirstWarmMs: 4000, cpuRepeats: 3, compileRate: 10, compileMs: 8000 },
  full: { meetings: 20, rate: 40, cpuMs: 20_000, cpuWarmMs: 3000, cpuFirstWarmMs: 8000, cpuRepeats: 5, compileRate: 10, compileMs: 20_000 },
}[mode];
const SIZES = [6, 12, 30, 50];
const KINDS: TargetKind[] = ['runde-memory', 'runde-redis', 'socketio-relay', 'ws-relay'];

// The load client and Redis live on CPU 1; the servers on CPU 0.
pinToLoadCpu(true);

interface TargetFigures {
  idleHeapMB: number;
  /** Heap growth (MB) from the idle server to one with its first meeting (6 joined). */
  firstMeetingMB: number;
  /** Heap growth (KB) per joined connection from the first meeting to all of them. */
  heapPerConnKB: number;
  product: LoadResult;
  step: LoadResult[];
  sustainable: number;
  stormMs: number;
  stormBack: number;
  connections: number;
}

async function withServers<T>(kind: TargetKind, count: number, fn: (servers: ServerChild[]) => Promise<T>): Promise<T> {
  const redis = kind === 'runde-redis' ? await startRedis() : null;
  const env = kind.startsWith('runde') ? rundeBenchEnv(redis?.url) : {};
  const servers: ServerChild[] = [];
  try {
    for (let i = 0; i < count; i++) servers.push(await startChild(kind, env));
    return await fn(servers);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    redis?.stop();
  }
}

/** Builds the meetings: the first alone (then `afterFirst` runs), the rest a few at a time. */
async function buildAll(kind: TargetKind, urls: string[], tracker: DeliveryTracker, meetings: BenchMeeting[], afterFirst: () => Promise<void> = async () => undefined, n = P.meetings): Promise<void> {
  // Build a few meetings at a time: the load client must not be the bottleneck of setup.
  meetings.push(await buildMeeting(kind, urls, SIZES[0]!, 0, tracker.onFrame));
  await afterFirst();
  for (let start = 1; start < n; start += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, n - start) }, (_, k) => buildMeeting(kind, urls, SIZES[(start + k) % SIZES.length]!, start + k, tracker.onFrame)),
    );
    meetings.push(...batch);
  }
}

async function measureTarget(kind: TargetKind): Promise<TargetFigures> {
  return withServers(kind, 1, async ([server]) => {
    const s = server!;
    const urls = [`http://127.0.0.1:${s.port}`];
    const idle = await s.heap();
    const meetings: BenchMeeting[] = [];
    const tracker = new DeliveryTracker(() => meetings.map((m) => m.speaker));
    // Heap per connection is the growth from the first meeting to all of them: what the first
    // meeting loads once for any number of meetings (Runde's share guard, made ready before the
    // first command) is reported on its own row, not spread over the connections.
    let first = idle;
    let firstConns = 0;
    await buildAll(kind, urls, tracker, meetings, async () => {
      await new Promise((r) => setTimeout(r, 500));
      first = await s.heap();
      firstConns = meetings[0]!.members.length;
    });
    const connections = meetings.reduce((a, m) => a + m.members.length, 0);
    await new Promise((r) => setTimeout(r, 500));
    const joined = await s.heap();

    const product = await runLoad(meetings, tracker, [s], 20, P.loadMs, P.drainMs);

    const step: LoadResult[] = [];
    let rate = P.startRate;
    let sustainable = 0;
    for (let i = 0; i < P.maxSteps; i++) {
      const r = await runLoad(meetings, tracker, [s], rate, P.stepMs);
      step.push(r);
      const ok = r.p99 <= 200 && r.delivered >= 0.999 * r.expected && r.errors === 0;
      if (!ok) break;
      sustainable = r.deliveriesPerSec;
      rate *= 2;
      await new Promise((r2) => setTimeout(r2, 500));
    }

    // Reconnect storm: the first `storm` connections drop at once and come back at once. It
    // starts once the server is quiet: the last step saturated it on purpose, and the storm
    // measures the storm, not the draining of that step's backlog.
    await new Promise((r) => setTimeout(r, 1000));
    await quiet(s);
    const members = meetings.flatMap((m) => m.members).slice(0, P.storm);
    members.forEach((m) => m.drop());
    await new Promise((r) => setTimeout(r, 200));
    const t0 = performance.now();
    const times: number[] = [];
    await Promise.all(
      members.map((m) =>
        m.comeBack().then(
          (ok) => void (ok && times.push(performance.now() - t0)),
          () => undefined,
        ),
      ),
    );
    times.sort((a, b) => a - b);
    const need = Math.ceil(members.length * 0.99);
    const stormMs = times.length >= need ? times[need - 1]! : NaN;
    meetings.forEach((m) => m.close());
    return {
      idleHeapMB: idle / 2 ** 20,
      firstMeetingMB: (first - idle) / 2 ** 20,
      heapPerConnKB: (joined - first) / (connections - firstConns) / 1024,
      product,
      step,
      sustainable,
      stormMs,
      stormBack: times.length / members.length,
      connections,
    };
  });
}

/**
 * Waits until the server's CPU use over 250 ms falls below 10 % (at most 20 s): a saturated
 * server keeps working through its socket and Redis backlogs for seconds after the load stops.
 */
async function quiet(s: { cpuSeconds(): number }): Promise<void> {
  const until = performance.now() + 20_000;
  let before = s.cpuSeconds();
  while (performance.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    const now = s.cpuSeconds();
    if (now - before < 0.025) return;
    before = now;
  }
}

async function twoProcesses(): Promise<{ one: LoadResult; two: LoadResult }> {
  const run = (count: number): Promise<LoadResult> =>
    withServers('runde-redis', count, async (servers) => {
      const meetings: BenchMeeting[] = [];
      const tracker = new DeliveryTracker(() => meetings.map((m) => m.speaker));
      await buildAll('runde-redis', servers.map((s) => `http://127.0.0.1:${s.port}`), tracker, meetings);
      const r = await runLoad(meetings, tracker, servers, 20, P.loadMs, P.drainMs);
      meetings.forEach((m) => m.close());
      return r;
    });
  return { one: await run(1), two: await run(2) };
}

interface CpuRun {
  cpuPer1000: number;
  /** The user-mode part of cpuPer1000 (the server's own code); the rest is the kernel's. */
  userPer1000: number;
  /** Socket reads and writes (read- and write-type system calls) per delivered share. */
  syscallsPerDelivery: number;
  delivered: number;
  expected: number;
  /** `--paired`: this run's figure over the socket.io relay's, loaded beside it at the same time. */
  toRelay?: number;
  /** `--paired`: the same for the user-mode part alone. */
  userToRelay?: number;
}

/**
 * The CPU phase with `--fresh` (the method of 2026-12-01 morning): each server alone on its core
 * (CPU 0; the load client and Redis on CPU 1), measured in rotated order (A B C D, B C D A, …)
 * `CPU.cpuRepeats` times. Each run starts the server afresh, gives it the same `CPU.meetings` meetings, warms it
 * for `CPU.cpuFirstWarmMs` at `CPU.rate` shares/s (a fresh process compiles its hot paths then)
 * and measures the next `CPU.cpuMs`; then the server stops. CPU time is the process's own
 * (/proc/<pid>/stat, all its threads).
 *
 * With `--together` (the method of the runs before 2026-12-01): all four servers up at once
 * with their meetings, each measured in turn while the others sit idle on the same core (their
 * pings and timers share it), after `CPU.cpuWarmMs` (the first time `CPU.cpuFirstWarmMs`). The
 * idle neighbours cost Runde, whose share path touches far more memory than a relay's, more than
 * they cost the relays (performance.md, "cpualone").
 */
async function cpuPhase(): Promise<Map<TargetKind, CpuRun[]>> {
  const stopBusy = process.argv.includes('--busy-core') ? busyCore() : () => undefined;
  try {
    if (process.argv.includes('--together')) return await cpuTogether();
    if (process.argv.includes('--paired')) return await cpuPaired();
    return await (process.argv.includes('--fresh') ? cpuAlone() : cpuSteady());
  } finally {
    stopBusy();
  }
}

/**
 * `--busy-core`: a busy loop at the lowest priority (nice 19) on the servers' core (CPU 0) for the
 * CPU phase; returns its stop. At 40 shares/s a server's core is idle ~93 % of the time, and on
 * this VM every share then wakes a core whose caches others have used: Runde's share path, with
 * far more code and data than a relay's, pays for that more (performance.md, "coldguard": 0.085
 * → 0.061–0.067 CPU-s per 1,000 deliveries, the relay 0.041 → 0.034–0.036). The loop touches no memory; the
 * measured server preempts it and only the server's own CPU time is counted, as always. A loaded
 * server's core is rarely idle: this shows what a share costs there, beside the default's figure.
 */
function busyCore(): () => void {
  const loop = spawn('taskset', ['-c', '0', 'nice', '-n', '19', 'sh', '-c', 'while :; do :; done'], { stdio: 'ignore' });
  return () => void loop.kill('SIGKILL');
}

function logCpuRun(runs: Map<TargetKind, CpuRun[]>, kind: TargetKind, rep: number, r: LoadResult, relay?: LoadResult): void {
  const toRelay = relay && r.cpuPer1000 / relay.cpuPer1000;
  const userToRelay = relay && r.userPer1000 / relay.userPer1000;
  runs.get(kind)!.push({
    cpuPer1000: r.cpuPer1000,
    userPer1000: r.userPer1000,
    syscallsPerDelivery: r.syscallsPerDelivery,
    delivered: r.delivered,
    expected: r.expected,
    ...(toRelay === undefined ? {} : { toRelay, userToRelay }),
  });
  const pair = toRelay === undefined || kind === 'socketio-relay' ? '' : `, ${f(toRelay, 2)} × the relay beside it (user mode ${f(userToRelay!, 2)} ×)`;
  console.log(
    `  cpu ${kind} (round ${rep + 1}): ${f(r.cpuPer1000, 3)} CPU-s per 1,000 deliveries (user mode ${f(r.userPer1000, 3)}, kernel ${f(r.cpuPer1000 - r.userPer1000, 3)})${pair}, ` +
      `${f(r.syscallsPerDelivery, 2)} socket reads and writes per delivery, ${r.delivered}/${r.expected} delivered`,
  );
}

async function cpuAlone(): Promise<Map<TargetKind, CpuRun[]>> {
  const runs = new Map<TargetKind, CpuRun[]>(KINDS.map((k) => [k, []]));
  for (let rep = 0; rep < CPU.cpuRepeats; rep++) {
    for (const kind of KINDS.map((_, i) => KINDS[(i + rep) % KINDS.length]!)) {
      await withServers(kind, 1, async ([server]) => {
        const meetings: BenchMeeting[] = [];
        const tracker = new DeliveryTracker(() => meetings.map((m) => m.speaker));
        try {
          await buildAll(kind, [`http://127.0.0.1:${server!.port}`], tracker, meetings, undefined, CPU.meetings);
          await new Promise((r) => setTimeout(r, 300));
          logCpuRun(runs, kind, rep, await runLoad(meetings, tracker, [server!], CPU.rate, CPU.cpuMs, P.drainMs, CPU.cpuFirstWarmMs));
        } finally {
          meetings.forEach((m) => m.close());
        }
      });
    }
  }
  return runs;
}

/**
 * The CPU phase's default method (since 2026-12-01 afternoon): each server alone on its core, in
 * rotated order, repeated, as in cpuAlone, but each one started once and measured warm, as a
 * server that has run for a while is. One at a time, each server is started, given its meetings
 * and warmed at `CPU.compileRate` × the rate for `CPU.compileMs` (its JIT settles: see CPU), then
 * stopped with SIGSTOP: a stopped process runs nothing, no timer or ping, so whichever one is
 * measured has the core and its caches to itself. Each round continues (SIGCONT) one server,
 * loads it at `CPU.rate` for `CPU.cpuWarmMs` unmeasured and `CPU.cpuMs` measured, and stops it
 * again. The load client answers the servers' pings whenever they come, and nothing in a
 * meeting runs out while stopped (RUNDE_SHARE_MS is an hour). A server stopped while a ping waits
 * for its pong closes that socket on SIGCONT once the stop passed pingTimeout (10 s): the member
 * is brought back into its seat before the round (afterStop, load.ts bringBack).
 */
interface CpuSetup {
  kind: TargetKind;
  server: ServerChild;
  meetings: BenchMeeting[];
  tracker: DeliveryTracker;
}
/** When each stopped server (pid) was stopped, and the longest stop of each so far (ms). */
const stoppedAt = new Map<number, number>();
const longestStop = new Map<TargetKind, number>();
/** The length of the stop that server's last SIGCONT ended (ms), if any. */
const lastStop = new Map<number, number>();
const signal = (s: ServerChild, sig: 'SIGSTOP' | 'SIGCONT'): void => {
  process.kill(s.pid, sig);
  const now = performance.now();
  if (sig === 'SIGSTOP') return void stoppedAt.set(s.pid, now);
  const at = stoppedAt.get(s.pid);
  if (at === undefined) return;
  stoppedAt.delete(s.pid);
  lastStop.set(s.pid, now - at);
  longestStop.set(s.kind, Math.max(longestStop.get(s.kind) ?? 0, now - at));
};
/**
 * Brings back the server's members whose sockets closed (load.ts bringBack) after a SIGCONT,
 * saying how long the server had been stopped: a stop longer than Engine.IO's pingTimeout (10 s)
 * closes a socket whose ping was waiting for its pong when the server stopped.
 */
const afterStop = (t: CpuSetup): Promise<number> => bringBack(t.meetings, [t.server], `, the server stopped for ${f((lastStop.get(t.server.pid) ?? 0) / 1000, 1)} s before`);

/** BENCH_DROP_ONE=1: drops one member's socket (not the speaker's) of the last-built meeting. */
const DROP_ONE = process.env.BENCH_DROP_ONE === '1';
function dropOne(meetings: BenchMeeting[]): void {
  const m = meetings[meetings.length - 1]!;
  m.members[m.speaker === 1 ? 2 : 1]!.drop();
}

/**
 * Starts every server, one at a time: gives it its meetings, warms it at `CPU.compileRate` ×
 * the rate for `CPU.compileMs`, waits for it to go quiet and stops it (SIGSTOP). Each started
 * server is pushed onto `setups` at once, so the caller's cleanup finds it whatever fails later.
 */
async function warmedAndStopped(redisUrl: string, setups: CpuSetup[]): Promise<void> {
  for (const kind of KINDS) {
    const server = await startChild(kind, kind.startsWith('runde') ? rundeBenchEnv(kind === 'runde-redis' ? redisUrl : undefined) : {});
    const meetings: BenchMeeting[] = [];
    const tracker = new DeliveryTracker(() => meetings.map((m) => m.speaker));
    setups.push({ kind, server, meetings, tracker });
    await buildAll(kind, [`http://127.0.0.1:${server.port}`], tracker, meetings, undefined, CPU.meetings);
    const w = await runLoad(meetings, tracker, [server], CPU.rate * CPU.compileRate, CPU.compileMs, P.drainMs);
    console.log(`  cpu ${kind} warmed: ${CPU.compileRate * CPU.rate} shares/s for ${f(CPU.compileMs / 1000, 1)} s, ${w.delivered}/${w.expected} delivered`);
    await bringBack(meetings, [server], ' after its warm-up');
    await quiet(server);
    signal(server, 'SIGSTOP');
    if (DROP_ONE) dropOne(meetings);
  }
}

/** Continues every stopped server, closes their meetings and stops them (and Redis). */
async function stopAll(setups: CpuSetup[], redis: { stop(): void }): Promise<void> {
  for (const t of setups) signal(t.server, 'SIGCONT');
  console.log(`  longest stop (SIGSTOP to SIGCONT): ${[...longestStop].map(([k, ms]) => `${k} ${f(ms / 1000, 1)} s`).join(', ')}`);
  for (const t of setups) t.meetings.forEach((m) => m.close());
  await Promise.all(setups.map((t) => t.server.stop()));
  redis.stop();
}

async function cpuSteady(): Promise<Map<TargetKind, CpuRun[]>> {
  const runs = new Map<TargetKind, CpuRun[]>(KINDS.map((k) => [k, []]));
  const redis = await startRedis();
  const setups: CpuSetup[] = [];
  try {
    await warmedAndStopped(redis.url, setups);
    for (let rep = 0; rep < CPU.cpuRepeats; rep++) {
      for (const t of setups.map((_, i) => setups[(i + rep) % setups.length]!)) {
        signal(t.server, 'SIGCONT');
        try {
          await new Promise((r) => setTimeout(r, 300));
          await afterStop(t);
          logCpuRun(runs, t.kind, rep, await runLoad(t.meetings, t.tracker, [t.server], CPU.rate, CPU.cpuMs, P.drainMs, CPU.cpuWarmMs));
          await quiet(t.server);
        } finally {
          signal(t.server, 'SIGSTOP');
        }
      }
    }
  } finally {
    await stopAll(setups, redis);
  }
  return runs;
}

/**
 * `--paired`: as the default method (every server warmed once, then stopped), but each round
 * loads every other server at the same time as the socket.io relay, both on the servers' core,
 * and records its figure against the relay's of that same stretch (`toRelay`). This VM's load
 * drifts within seconds (the relay alone measured 0.039–0.085 CPU-s per 1,000 deliveries in one
 * run, performance.md "sharepath2"); what the machine does meanwhile then weighs on both alike,
 * at the price of each one's caches cooled by the other. Beside the default's figure, not
 * instead of it.
 */
async function cpuPaired(): Promise<Map<TargetKind, CpuRun[]>> {
  const runs = new Map<TargetKind, CpuRun[]>(KINDS.map((k) => [k, []]));
  const redis = await startRedis();
  const setups: CpuSetup[] = [];
  try {
    await warmedAndStopped(redis.url, setups);
    const relay = setups.find((t) => t.kind === 'socketio-relay')!;
    const others = setups.filter((t) => t !== relay);
    for (let rep = 0; rep < CPU.cpuRepeats; rep++) {
      for (const t of others.map((_, i) => others[(i + rep) % others.length]!)) {
        signal(t.server, 'SIGCONT');
        signal(relay.server, 'SIGCONT');
        try {
          await new Promise((r) => setTimeout(r, 300));
          // Both back before either round starts, so the two windows stay side by side.
          await Promise.all([t, relay].map(afterStop));
          const [mine, theirs] = await Promise.all(
            [t, relay].map((x) => runLoad(x.meetings, x.tracker, [x.server], CPU.rate, CPU.cpuMs, P.drainMs, CPU.cpuWarmMs)),
          );
          logCpuRun(runs, t.kind, rep, mine!, theirs!);
          logCpuRun(runs, relay.kind, rep, theirs!, theirs!);
          await Promise.all([quiet(t.server), quiet(relay.server)]);
        } finally {
          signal(t.server, 'SIGSTOP');
          signal(relay.server, 'SIGSTOP');
        }
      }
    }
  } finally {
    await stopAll(setups, redis);
  }
  return runs;
}

async function cpuTogether(): Promise<Map<TargetKind, CpuRun[]>> {
  const runs = new Map<TargetKind, CpuRun[]>(KINDS.map((k) => [k, []]));
  const redis = await startRedis();
  const setups: { kind: TargetKind; server: ServerChild; meetings: BenchMeeting[]; tracker: DeliveryTracker; warm: boolean }[] = [];
  try {
    for (const kind of KINDS) {
      const server = await startChild(kind, kind.startsWith('runde') ? rundeBenchEnv(kind === 'runde-redis' ? redis.url : undefined) : {});
      const meetings: BenchMeeting[] = [];
      const tracker = new DeliveryTracker(() => meetings.map((m) => m.speaker));
      setups.push({ kind, server, meetings, tracker, warm: false });
      await buildAll(kind, [`http://127.0.0.1:${server.port}`], tracker, meetings, undefined, CPU.meetings);
    }
    for (let rep = 0; rep < CPU.cpuRepeats; rep++) {
      const order = setups.map((_, i) => setups[(i + rep) % setups.length]!);
      for (const t of order) {
        await new Promise((r) => setTimeout(r, 300));
        const r = await runLoad(t.meetings, t.tracker, [t.server], CPU.rate, CPU.cpuMs, P.drainMs, t.warm ? CPU.cpuWarmMs : CPU.cpuFirstWarmMs);
        t.warm = true;
        logCpuRun(runs, t.kind, rep, r);
      }
    }
  } finally {
    for (const t of setups) t.meetings.forEach((m) => m.close());
    await Promise.all(setups.map((t) => t.server.stop()));
    redis.stop();
  }
  return runs;
}

const sumOf = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const median = (xs: number[]): number => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
/** `--paired`: the table row of each server's median figure against the relay beside it (none otherwise). */
const pairedRow = (cpu: Map<TargetKind, CpuRun[]>): string[][] =>
  [...cpu.values()].some((runs) => runs.some((r) => r.toRelay !== undefined))
    ? [
        ['ratio to the relay loaded beside it: median of the rounds', ...KINDS.map((k) => f(median(cpu.get(k)!.map((r) => r.toRelay ?? NaN)), 2))],
        ['the same, user mode alone', ...KINDS.map((k) => f(median(cpu.get(k)!.map((r) => r.userToRelay ?? NaN)), 2))],
      ]
    : [];
/**
 * The CPU figure's two parts and the system calls behind the kernel's (medians of the runs): the
 * kernel's time per socket write swings several-fold between runs of the same server on this VM,
 * for the same number of writes (performance.md, "user and kernel"), so the parts say where a
 * difference is. Shown beside the target's figure (user + kernel), never instead of it.
 */
const cpuPartRows = (cpu: Map<TargetKind, CpuRun[]>): string[][] => {
  const med = (k: TargetKind, pick: (r: CpuRun) => number): number => median(cpu.get(k)!.map(pick));
  return [
    ['user-mode CPU-s per 1,000 deliveries: median', ...KINDS.map((k) => f(med(k, (r) => r.userPer1000), 3))],
    ['kernel CPU-s per 1,000 deliveries: median', ...KINDS.map((k) => f(med(k, (r) => r.cpuPer1000 - r.userPer1000), 3))],
    ['user mode: ratio to the socket.io relay', ...KINDS.map((k) => f(med(k, (r) => r.userPer1000) / med('socketio-relay', (r) => r.userPer1000), 2))],
    ['socket reads and writes per delivery: median', ...KINDS.map((k) => f(med(k, (r) => r.syscallsPerDelivery), 2))],
  ];
};
const f = (x: number, d = 0): string => (Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '–');

function table(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(`\n${title}`);
  console.log(line(head));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  rows.forEach((r) => console.log(line(r)));
}

const began = performance.now();
const busyNote = process.argv.includes('--busy-core') ? '; the core kept busy by a nice-19 loop (--busy-core)' : '';
const cpuMethod = process.argv.includes('--paired')
  ? `each warmed once, then loaded at the same time as the socket.io relay, the two on one core, the others stopped (after ${f(CPU.cpuWarmMs / 1000, 1)} s warm-up)`
  : process.argv.includes('--together')
  ? `all four up at once (after ${f(CPU.cpuWarmMs / 1000, 1)} s warm-up; first ${f(CPU.cpuFirstWarmMs / 1000, 1)} s)`
  : process.argv.includes('--fresh')
    ? `each alone on its core, started afresh (after ${f(CPU.cpuFirstWarmMs / 1000, 1)} s warm-up)`
    : `each alone on its core, warmed once (${CPU.compileRate * CPU.rate} shares/s for ${f(CPU.compileMs / 1000, 1)} s), the others stopped (after ${f(CPU.cpuWarmMs / 1000, 1)} s warm-up)`;
if (cpuOnly) {
  const cpu = await cpuPhase();
  const med = (k: TargetKind): number => median(cpu.get(k)!.map((r) => r.cpuPer1000));
  const spread = (k: TargetKind): string => {
    const xs = cpu.get(k)!.map((r) => r.cpuPer1000);
    return `${f(Math.min(...xs), 3)}–${f(Math.max(...xs), 3)}`;
  };
  table(`CPU per delivery only: ${CPU.rate} shares/s, ${CPU.meetings} meetings, ${CPU.cpuRepeats} × ${f(CPU.cpuMs / 1000)} s per server, ${cpuMethod}${busyNote}`, ['measure', ...KINDS], [
    ['CPU-s per 1,000 deliveries: median', ...KINDS.map((k) => f(med(k), 3))],
    ['lowest–highest', ...KINDS.map(spread)],
    ['ratio to the socket.io relay (target ≤ 1.5)', ...KINDS.map((k) => f(med(k) / med('socketio-relay'), 2))],
    ...pairedRow(cpu),
    ...cpuPartRows(cpu),
  ]);
  console.log(`bench: done in ${f((performance.now() - began) / 1000, 0)} s`);
  process.exit(0);
}
console.log(`bench: mode ${mode}, ${P.meetings} meetings of ${SIZES.join('/')} people (cycling), node ${process.version}`);
const results = new Map<TargetKind, TargetFigures[]>(KINDS.map((k) => [k, []]));
for (let rep = 0; rep < P.repeats; rep++) {
  // Rotate the order each repeat so no server always runs first (or last, on a warmer machine).
  const order = KINDS.map((_, i) => KINDS[(i + rep) % KINDS.length]!);
  for (const kind of order) {
    const r = await measureTarget(kind);
    results.get(kind)!.push(r);
    console.log(`  ${kind} (repeat ${rep + 1}): ${r.connections} connections, product p99 ${f(r.product.p99, 1)} ms, sustainable ${f(r.sustainable)} deliveries/s`);
  }
}
const two = await twoProcesses();
const cpu = await cpuPhase();

const med = (k: TargetKind, pick: (t: TargetFigures) => number): number => median(results.get(k)!.map(pick));
const cols = KINDS;
const row = (label: string, pick: (t: TargetFigures) => number, d = 0): string[] => [label, ...cols.map((k) => f(med(k, pick), d))];

table('Memory', ['measure', ...cols], [
  row('heap of an idle server (MB)', (t) => t.idleHeapMB, 1),
  row('heap added by the first meeting (MB)', (t) => t.firstMeetingMB, 1),
  row('heap per joined connection (KB)', (t) => t.heapPerConnKB, 1),
]);
table('Product load: 20 shares/s of 300 characters', ['measure', ...cols], [
  row('delivered (%)', (t) => (100 * t.product.delivered) / t.product.expected, 2),
  row('p50 (ms)', (t) => t.product.p50, 1),
  row('p99 (ms)', (t) => t.product.p99, 1),
  row('bytes per delivered share', (t) => t.product.bytesPerDelivery),
  row('CPU-s per 1,000 deliveries (few ticks: see the CPU table)', (t) => t.product.cpuPer1000, 3),
]);
const cpuMed = (k: TargetKind): number => median(cpu.get(k)!.map((r) => r.cpuPer1000));
const cpuSpread = (k: TargetKind): string => {
  const xs = cpu.get(k)!.map((r) => r.cpuPer1000);
  return `${f(Math.min(...xs), 3)}–${f(Math.max(...xs), 3)}`;
};
table(`CPU per delivery: ${CPU.rate} shares/s, ${CPU.meetings} meetings, ${CPU.cpuRepeats} × ${f(CPU.cpuMs / 1000)} s per server in rotated order, ${cpuMethod}${busyNote}`, ['measure', ...cols], [
  ['CPU-s per 1,000 deliveries: median', ...cols.map((k) => f(cpuMed(k), 3))],
  ['lowest–highest', ...cols.map(cpuSpread)],
  ['all delivered (%)', ...cols.map((k) => f((100 * sumOf(cpu.get(k)!.map((r) => r.delivered))) / sumOf(cpu.get(k)!.map((r) => r.expected)), 2))],
  ...pairedRow(cpu),
  ...cpuPartRows(cpu),
]);
table('Step load (doubling until p99 > 200 ms or delivery < 99.9 %)', ['measure', ...cols], [row('sustainable deliveries/s', (t) => t.sustainable)]);
for (const k of cols) {
  const steps = results.get(k)![0]!.step;
  console.log(`  ${k}: ` + steps.map((s) => `${s.sharesPerSec}/s -> p99 ${f(s.p99, 0)} ms, ${f((100 * s.delivered) / s.expected, 1)} %`).join('; '));
}
table(`Reconnect storm: ${P.storm} connections at once`, ['measure', ...cols], [row('99 % back (ms)', (t) => t.stormMs), row('came back (%)', (t) => 100 * t.stormBack, 1)]);
table('Two Runde processes on one Redis (20 shares/s)', ['measure', 'one process', 'two processes'], [
  ['delivered (%)', f((100 * two.one.delivered) / two.one.expected, 2), f((100 * two.two.delivered) / two.two.expected, 2)],
  ['p99 (ms)', f(two.one.p99, 1), f(two.two.p99, 1)],
]);

const relay = (pick: (t: TargetFigures) => number): number => med('socketio-relay', pick);
const ratio = (k: TargetKind, pick: (t: TargetFigures) => number): string => f(med(k, pick) / relay(pick), 2);
table('Ratios against the socket.io relay (targets from Issue 10)', ['measure', 'target', 'runde-memory', 'runde-redis'], [
  ['bytes per delivered share', '≤ 1.3 ×', ratio('runde-memory', (t) => t.product.bytesPerDelivery), ratio('runde-redis', (t) => t.product.bytesPerDelivery)],
  ['sustainable deliveries/s', '≥ 0.8 × mem, ≥ 0.6 × redis', ratio('runde-memory', (t) => t.sustainable), ratio('runde-redis', (t) => t.sustainable)],
  [`CPU per delivery (medians, ${CPU.rate} shares/s)`, '≤ 1.5 ×', f(cpuMed('runde-memory') / cpuMed('socketio-relay'), 2), f(cpuMed('runde-redis') / cpuMed('socketio-relay'), 2)],
  ['heap per connection', '≤ 1.3 ×', ratio('runde-memory', (t) => t.heapPerConnKB), ratio('runde-redis', (t) => t.heapPerConnKB)],
]);
console.log(`\nidle Runde heap: ${f(med('runde-memory', (t) => t.idleHeapMB), 1)} MB (target ≤ 15 MB); product p99: memory ${f(med('runde-memory', (t) => t.product.p99), 1)} ms, redis ${f(med('runde-redis', (t) => t.product.p99), 1)} ms (target ≤ 20 ms)`);
console.log(`two processes: p99 ratio ${f(two.two.p99 / two.one.p99, 2)} (target ≤ 1.5), delivered ${f((100 * two.two.delivered) / two.two.expected, 2)} % (target 100 %)`);
console.log(`bench: done in ${f((performance.now() - began) / 1000, 0)} s`);
process.exit(0);
