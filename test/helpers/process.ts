// Runs `server/main.ts` as a real child process (as `npm start` would) and learns its port from
// its first log line. Used for the several-processes tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { closed, readLines, trackChild } from './children.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The Redis command timeout (ms) the test servers get unless a test sets its own. Production's
 * 1,000 ms answers STORE_UNAVAILABLE fast in an outage; on a loaded 2-core CI VM a live Redis's
 * answer was read after it (the event loop starved: the timer runs before the reply is read), and
 * a chair's join in silent-return-processes was refused so (2026-12-05). Tests of the timeout
 * itself (redis-freeze, uncertain-commit, command-once, ...) set it; a dead or restarted Redis
 * fails a command at once, not by this timeout.
 */
export const TEST_REDIS_COMMAND_TIMEOUT_MS = 5_000;

export interface ServerProcess {
  url: string;
  port: number;
  /** The process's log, one entry per whole line (stdout and stderr), as read so far. */
  output: string[];
  /**
   * Resolves with the first log line that `match` accepts, waiting up to `timeoutMs` (ms) for it;
   * rejects naming `what` after that. A line the process logged around an event a test saw on a
   * socket may arrive a little later: the log comes through a pipe, not the socket.
   */
  logged(match: (line: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  /** The process's id, e.g. to send it a signal. */
  pid: number;
  /**
   * Resolves when the process has exited and its output pipes are closed (every line it wrote is
   * in `output`), with its exit code (null if a signal ended it) and signal.
   */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
  /** Kills the process without letting it clean up, as a crash or an OOM kill would. */
  crash(): Promise<void>;
  /** Sends a signal and returns at once (e.g. SIGHUP: re-read the groups file). */
  signal(sig: NodeJS.Signals): void;
}

/**
 * The environment variable naming the server bundle a test run built (server-bundle.ts; an
 * absolute path). Unset outside a test run (a drill run by hand): spawnServer uses tsx then.
 */
export const SERVER_BUNDLE_ENV = 'RUNDE_TEST_SERVER_BUNDLE';

/**
 * Starts `server/main.ts` in a child process with `env` (PORT 0 and HOST 127.0.0.1 unless given)
 * and resolves once it listens. In a test run it runs the server as `npm start` does, from the
 * bundle the run's global setup built (server-bundle.ts); elsewhere (a drill run by hand) under tsx.
 */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const bundle = process.env[SERVER_BUNDLE_ENV];
  const args = bundle ? ['--enable-source-maps', bundle] : ['--import', 'tsx', 'server/main.ts'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    // The per-seat post limit and the per-address seat count are lifted and the Redis command
    // timeout longer unless given, as in startTestServer (helpers/server.ts).
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', RUNDE_POST_POINTS: '1000000', RUNDE_SEATS_PER_ADDRESS: '1000000', RUNDE_REDIS_COMMAND_TIMEOUT_MS: String(TEST_REDIS_COMMAND_TIMEOUT_MS), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Killed when this process exits, however it exits (a drill stopped by SIGTERM, an error).
  trackChild(child);
  const output: string[] = [];
  const listeners = new Set<() => void>();
  readLines(child, (line) => output.push(line), () => listeners.forEach((l) => l()));
  const exited = closed(child);
  const logged = (match: (line: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const line = output.find(match);
        if (line === undefined) return false;
        listeners.delete(onLine);
        clearTimeout(timer);
        resolve(line);
        return true;
      };
      const onLine = (): void => void check();
      const timer = setTimeout(() => {
        listeners.delete(onLine);
        reject(new Error(`not logged within ${timeoutMs} ms: ${what}`));
      }, timeoutMs);
      listeners.add(onLine);
      check();
    });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output.join("\n")}`)), 120_000);
    const onListening = (): void => {
      const m = output.map((l) => /"event":"listening","port":(\d+)/.exec(l)).find(Boolean);
      if (!m) return;
      listeners.delete(onListening);
      clearTimeout(timer);
      resolve(Number(m[1]));
    };
    listeners.add(onListening);
    child.once('close', (code) => reject(new Error(`server exited with ${code}: ${output.join('\n')}`)));
  });
  const kill = (signal: NodeJS.Signals) => (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url: `http://127.0.0.1:${port}`, port, output, logged, pid: child.pid ?? 0, exited, stop: kill('SIGTERM'), crash: kill('SIGKILL'), signal: (sig) => void child.kill(sig) };
}

/**
 * Waits until every process answers /healthz with 200 (all its Redis connections up), as a load
 * balancer would before sending anyone there. Needed after a test restarts Redis: a process's
 * ioredis connections come back on their own back-off, and a meeting created before that is
 * answered STORE_UNAVAILABLE (seen once in CI). Throws after `timeoutMs` (ms).
 */
export async function untilHealthy(urls: string[], timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (const url of urls) {
    for (;;) {
      const status = await fetch(`${url}/healthz`).then((r) => r.status, () => 0);
      if (status === 200) break;
      if (Date.now() > until) throw new Error(`${url} not healthy after ${timeoutMs} ms (last status ${status})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
