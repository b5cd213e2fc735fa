// Starting, measuring and stopping the servers under benchmark. Each server is a child process
// pinned to CPU 0 with `taskset` (the load client and Redis get CPU 1), started with
// --expose-gc so its heap can be read after a full collection, and measured from outside:
// CPU time from /proc/<pid>/stat, heap over IPC. Every child runs as bundled JavaScript under
// plain node, as `npm start` runs Runde in production: a TypeScript loader in the child would add
// its own heap and start-up CPU to every figure, the relays' as well as Runde's.
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { serverBundleOptions } from '../server-bundle.js';
import type { ChildMessage, ParentMessage } from './child-ipc.js';

const here = (f: string): string => fileURLToPath(new URL(f, import.meta.url));

/**
 * Pins this process (the load client) to CPU 1, the servers being on CPU 0 (Issue 10: "the
 * server pinned to one core, the client and Redis to the other"). Without `taskset` nothing is
 * pinned; `warn` says so on stderr.
 */
export function pinToLoadCpu(warn = false): void {
  try {
    execFileSync('taskset', ['-pc', '1', String(process.pid)], { stdio: 'ignore' });
  } catch {
    if (warn) console.warn('taskset not available: servers and load share the CPUs');
  }
}

export type TargetKind = 'runde-memory' | 'runde-redis' | 'socketio-relay' | 'ws-relay';

export interface ServerChild {
  kind: TargetKind;
  port: number;
  pid: number;
  /** Heap in bytes after two full garbage collections. */
  heap(): Promise<number>;
  /**
   * CPU seconds (user + system) the process has used so far: /proc/<pid>/stat, which counts every
   * thread of the process (V8's GC and compiler workers, libuv's pool), exited ones included.
   */
  cpuSeconds(): number;
  /**
   * The user-mode part of cpuSeconds (utime): the process's own code, not the kernel's work on
   * its behalf. On this VM the kernel's time per socket write swings several-fold from run to run
   * for the same writes (performance.md, "user and kernel"), so this part is the steadier one.
   */
  userSeconds(): number;
  /** Read- and write-type system calls so far (/proc/<pid>/io `syscr` + `syscw`, every thread): the socket reads and writes. */
  ioSyscalls(): number;
  /**
   * CPU seconds so far per thread name (/proc/<pid>/task/<tid>/stat), live threads only; the main
   * thread (JavaScript) as `main` (and its user-mode part as `main (user)`; the rest is kernel
   * time, mostly socket writes), since Node's other threads mostly carry its name too.
   */
  threadCpu(): Map<string, number>;
  stop(): Promise<void>;
  /** Starts a CPU profile in the child (scripts/bench/profile.ts). */
  profileStart(): void;
  /** Stops it and writes it to `path` (a .cpuprofile); resolves once written. */
  profileStop(path: string): Promise<void>;
  /** Writes a heap snapshot to `path` (a .heapsnapshot); resolves once written. */
  snapshot(path: string): Promise<void>;
}

const SCRIPT: Record<TargetKind, string> = {
  'runde-memory': 'runde-child.ts',
  'runde-redis': 'runde-child.ts',
  'socketio-relay': 'relay-socketio.ts',
  'ws-relay': 'relay-ws.ts',
};

/** Environment for Runde under load: limits a load test trips on purpose are lifted. */
export function rundeBenchEnv(redisUrl?: string): Record<string, string> {
  return {
    RUNDE_RATE_POINTS: '1000000',
    RUNDE_RATE_WINDOW_MS: '1000',
    RUNDE_POST_POINTS: '1000000',
    RUNDE_POST_WINDOW_MS: '1000',
    RUNDE_SEATS_PER_ADDRESS: '1000000',
    RUNDE_CREATE_PER_HOUR: '1000000',
    RUNDE_SHARE_MS: '3600000',
    RUNDE_WARN_MS: '0',
    RUNDE_JOIN_TIMEOUT_MS: '60000',
    RUNDE_SECRET: 'bench-secret-0123456789abcdef',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
}

const CLK_TCK = 100;

/** The name and CPU seconds (utime + stime) in a /proc stat file. */
function statCpu(path: string): { name: string; cpu: number; user: number } {
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: field 14 (utime) and 15 (stime) are at index 11 and 12.
  return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), cpu: (Number(fields[11]) + Number(fields[12])) / CLK_TCK, user: Number(fields[11]) / CLK_TCK };
}

/** `syscr` + `syscw` of /proc/<pid>/io: read- and write-type system calls (read, readv, write, writev, …). */
function ioSyscalls(pid: number): number {
  const io = readFileSync(`/proc/${pid}/io`, 'utf8');
  const count = (field: string): number => Number(new RegExp(`^${field}: (\\d+)$`, 'm').exec(io)?.[1] ?? NaN);
  return count('syscr') + count('syscw');
}

const built = new Map<string, Promise<string>>();

/**
 * Bundles one child script (our code only; packages stay external, loaded from node_modules as
 * published) into dist/bench-<name>.js (beside dist/server.js, where server/static.ts finds the client), once per benchmark run. Resolves to the bundle's path.
 */
function compiled(script: string): Promise<string> {
  let out = built.get(script);
  if (!out) {
    const outfile = here(`../../dist/bench-${script.replace(/\.ts$/, '.js')}`);
    out = build({
      entryPoints: [here(script)],
      outfile,
      ...serverBundleOptions(),
    }).then(() => outfile);
    built.set(script, out);
  }
  return out;
}

/**
 * Starts one server child on CPU `cpu`; resolves when it listens. BENCH_CHILD_FLAGS (e.g.
 * `--perf-basic-prof` for `perf record -p <pid>`, or `--trace-deopt`) are passed to the child's
 * node, and its stdout is shown then (probes only: the figures of such a run are not comparable).
 * `bundle`: an already built child script to run instead (scripts/bench/ab.ts); `flags`: more
 * node flags for this child alone (ab.ts BENCH_AB_B_FLAGS).
 */
export async function startChild(kind: TargetKind, env: Record<string, string> = {}, cpu = '0', bundle?: string, flags: string[] = []): Promise<ServerChild> {
  // Without REDIS_URL a Runde child runs on the memory store: a "runde-redis" figure would then be
  // the memory store's under the Redis name (storm-only.ts and frames.ts did that until 2026-12-01).
  if (kind === 'runde-redis' && !env.REDIS_URL) throw new Error('runde-redis needs a Redis: give rundeBenchEnv(url) a url (startRedis())');
  const clean: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ...env };
  const child: ChildProcess = fork(bundle ?? (await compiled(SCRIPT[kind])), [], {
    execPath: 'taskset',
    execArgv: ['-c', cpu, process.execPath, '--expose-gc', ...(process.env.BENCH_CHILD_FLAGS ?? '').split(' ').filter(Boolean), ...flags],
    env: clean,
    stdio: ['ignore', process.env.BENCH_CHILD_FLAGS ? 'inherit' : 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} did not start`)), 120_000);
    child.once('exit', (code) => reject(new Error(`${kind} exited with ${code}`)));
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.port);
      }
    });
  });
  // fork() through taskset: taskset execs node in place, so the pid is node's own.
  const pid = child.pid!;
  return {
    kind,
    port,
    pid,
    heap: () =>
      new Promise((resolve) => {
        const on = (m: ChildMessage): void => {
          if (m.type !== 'heap') return;
          child.off('message', on);
          resolve(m.bytes);
        };
        child.on('message', on);
        child.send({ type: 'heap' });
      }),
    cpuSeconds: () => statCpu(`/proc/${pid}/stat`).cpu,
    userSeconds: () => statCpu(`/proc/${pid}/stat`).user,
    ioSyscalls: () => ioSyscalls(pid),
    threadCpu: () => {
      const out = new Map<string, number>();
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        try {
          const { name, cpu, user } = statCpu(`/proc/${pid}/task/${tid}/stat`);
          const key = tid === String(pid) ? 'main' : `other ${name}`;
          out.set(key, (out.get(key) ?? 0) + cpu);
          if (tid === String(pid)) out.set('main (user)', user);
        } catch {
          // The thread exited meanwhile.
        }
      }
      return out;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
    profileStart: () => void child.send({ type: 'profileStart' }),
    profileStop: (path) => written({ type: 'profileStop', path }),
    snapshot: (path) => written({ type: 'snapshot', path }),
  };

  function written(msg: ParentMessage): Promise<void> {
    return new Promise((resolve) => {
      const on = (m: ChildMessage): void => {
        if (m.type !== 'profiled') return;
        child.off('message', on);
        resolve();
      };
      child.on('message', on);
      child.send(msg);
    });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** A throwaway redis-server on CPU 1: a free port, no persistence, killed with the benchmark. */
export async function startRedis(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn('taskset', ['-c', '1', 'redis-server', '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  process.on('exit', () => child.kill('SIGKILL'));
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((r) => {
      const s = net.connect(port, '127.0.0.1', () => (s.destroy(), r(true)));
      s.on('error', () => r(false));
    });
    if (ok) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}
