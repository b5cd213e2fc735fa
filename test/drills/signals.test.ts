// A drill stopped from outside (SIGTERM, SIGINT) or ending on an error leaves no process behind:
// every redis-server, Sentinel and server process it started is killed (test/helpers/children.ts
// and runFromCli's signal handlers). Each drill is started as docs/reliability.md tells an
// operator to (`node --import tsx scripts/drills/<file>`), stopped once its processes are up, and
// then none of the processes it started may be running and it must say it was stopped. The signal
// goes to the drill's process (`kill <pid>`), or to the whole process group as Ctrl-C in a
// terminal does. One case freezes the drill (SIGSTOP) across the Ctrl-C, as a drill too busy to
// answer at once: under the `tsx` command (a parent process that SIGKILLs a child not answering
// within 60 ms) that drill died silently and left its processes to chance.
import { spawn, type ChildProcess } from 'node:child_process';
import { closed } from '../helpers/children.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every process's parent and command line, from /proc (Linux). Zombies count as gone. */
function processTable(): Map<number, { ppid: number; cmd: string }> {
  const table = new Map<number, { ppid: number; cmd: string }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' || fields[0] === 'X') continue;
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/gu, ' ').trim();
      table.set(Number(name), { ppid: Number(fields[1]), cmd });
    } catch {
      // It ended while we looked.
    }
  }
  return table;
}

/** The running descendants of `root`, with their command lines. */
function descendants(root: number): Map<number, string> {
  const table = processTable();
  const out = new Map<number, string>();
  const walk = (pid: number): void => {
    for (const [child, p] of table) {
      if (p.ppid === pid && !out.has(child)) {
        out.set(child, p.cmd);
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

const running = (pids: Iterable<number>): number[] => {
  const table = processTable();
  return [...pids].filter((p) => table.has(p));
};

/** A server process's command line: server/main.ts under tsx, or the test run's bundle of it (helpers/server-bundle.ts). */
const SERVER_COMMAND = /server\/main\.ts|dist\/server-under-test-\d+\.js/u;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const exited = (child: ChildProcess): Promise<{ code: number | null; signal: string | null }> => closed(child);

interface Case {
  file: string;
  args: string[];
  /** Server processes and redis-servers (Sentinels included) the drill runs once it is up. */
  servers: number;
  redis: number;
  signal: NodeJS.Signals;
  /** 'drill': the node process running the script; 'group': the terminal's process group (Ctrl-C). */
  to: 'drill' | 'group';
  /** Hold the drill stopped (SIGSTOP) for this long around the signal: an event loop too busy to answer. */
  frozenMs?: number;
}

const CASES: Case[] = [
  { file: 'process-kill.ts', args: ['--seconds', '600'], servers: 2, redis: 1, signal: 'SIGTERM', to: 'drill' },
  { file: 'graceful-stop.ts', args: ['--seconds', '600'], servers: 2, redis: 1, signal: 'SIGTERM', to: 'drill' },
  { file: 'flaky-clients.ts', args: ['--seconds', '600'], servers: 2, redis: 1, signal: 'SIGINT', to: 'group' },
  { file: 'process-kill.ts', args: ['--seconds', '600'], servers: 2, redis: 1, signal: 'SIGINT', to: 'group', frozenMs: 400 },
  { file: 'redis-restart.ts', args: ['--seconds', '600'], servers: 2, redis: 1, signal: 'SIGTERM', to: 'drill' },
  { file: 'redis-failover.ts', args: ['--seconds', '600'], servers: 2, redis: 5, signal: 'SIGTERM', to: 'drill' },
  { file: 'soak.ts', args: ['--seconds', '600', '--processes', '2', '--meetings', '2'], servers: 2, redis: 1, signal: 'SIGINT', to: 'drill' },
];

describe('a drill stopped by a signal leaves no process behind', () => {
  it.each(CASES)('$file, $signal to the $to once its processes are up (frozen $frozenMs ms)', { timeout: 180_000 }, async (c) => {
    // Its own process group, as a command typed in a terminal; the command docs/reliability.md gives.
    const drill = spawn(process.execPath, ['--import', 'tsx', `scripts/drills/${c.file}`, ...c.args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    drill.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    drill.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const seen = new Map<number, string>();
    try {
      // Up: its server processes and redis-servers are all running.
      const t0 = Date.now();
      for (;;) {
        for (const [pid, cmd] of descendants(drill.pid!)) seen.set(pid, cmd);
        const now = [...descendants(drill.pid!).values()];
        const servers = now.filter((cmd) => SERVER_COMMAND.test(cmd)).length;
        const redis = now.filter((cmd) => cmd.startsWith('redis-server')).length;
        if (servers >= c.servers && redis >= c.redis) break;
        if (Date.now() - t0 > 120_000) throw new Error(`the drill's processes did not come up: ${output}`);
        await sleep(200);
      }
      await sleep(500);
      for (const [pid, cmd] of descendants(drill.pid!)) seen.set(pid, cmd);
      const started = [...seen].filter(([, cmd]) => SERVER_COMMAND.test(cmd) || cmd.startsWith('redis-server')).map(([pid]) => pid);
      expect(started.length).toBeGreaterThanOrEqual(c.servers + c.redis);

      // The documented command is one process: the drill itself.
      const script = drill.pid!;
      // Its output is read once its pipes closed: the last words ("stopped by ...") written just
      // before it exited were still unread when the test saw the process gone (a loaded CI run,
      // 2026-12-05: output '' though the drill had said it).
      const outputDone = exited(drill);
      const scriptGone = (async () => {
        while (running([script]).length) await sleep(100);
      })();
      if (c.frozenMs) process.kill(script, 'SIGSTOP');
      process.kill(c.to === 'group' ? -drill.pid! : script, c.signal);
      if (c.frozenMs) {
        await sleep(c.frozenMs);
        process.kill(script, 'SIGCONT');
      }
      await Promise.race([scriptGone, sleep(30_000)]);
      expect(running([script]), `the drill still runs 30 s after ${c.signal}: ${output}`).toEqual([]);
      // SIGKILL is delivered at once; give the kernel a moment to tear them down.
      const deadline = Date.now() + 5000;
      while (running(started).length && Date.now() < deadline) await sleep(100);
      expect(running(started).map((p) => `${p} ${seen.get(p)}`), output).toEqual([]);
      const end = await Promise.race([outputDone, sleep(10_000).then(() => 'its pipes still open 10 s on')]);
      expect(output, `the drill's end: ${JSON.stringify(end)}`).toContain(`stopped by ${c.signal}`);
    } finally {
      try {
        process.kill(-drill.pid!, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
      for (const pid of running(seen.keys())) process.kill(pid, 'SIGKILL');
    }
  });

  it('docs/reliability.md starts every drill as one process (node --import tsx), never through the tsx command', () => {
    const doc = readFileSync(`${ROOT}/docs/reliability.md`, 'utf8');
    const commands = [...doc.matchAll(/`([^`]*tsx [^`]*scripts\/drills\/[a-z-]+\.ts[^`]*)`/gu)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThanOrEqual(7);
    for (const command of commands) expect(command, command).toMatch(/^(nice -n \d+ )?node --import tsx scripts\/drills\//u);
  });

  it('a drill that throws (an uncaught error) kills what it started too', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/drill-crash.ts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const { code } = await exited(child);
    const pids = (JSON.parse(/\{"pids".*\}/u.exec(output)?.[0] ?? '{"pids":[]}') as { pids: number[] }).pids;
    try {
      expect(code).toBe(1);
      expect(output).toContain('a bug in the drill');
      expect(pids).toHaveLength(2);
      const deadline = Date.now() + 5000;
      while (running(pids).length && Date.now() < deadline) await sleep(100);
      expect(running(pids)).toEqual([]);
    } finally {
      for (const pid of running(pids)) process.kill(pid, 'SIGKILL');
    }
  });
});
