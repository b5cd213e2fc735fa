// Shared parts of the fault drills: a figures table, timing, a command pump, HTTP probes, and a
// command-line runner. Each drill starts its own redis-server(s) and server processes on
// loopback with free ports and no persistence (test/helpers), and is bounded in time.
import { parseArgs } from 'node:util';
import { TestClient } from '../../test/helpers/client.js';
import type { ServerProcess } from '../../test/helpers/process.js';

export type Figures = Record<string, number | string | boolean>;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Base environment of the server processes in a drill: generous rate limit (the drill is the only
 * client), and production's Redis command timeout (1,000 ms: the drills measure how fast an outage
 * is answered; the test servers' longer default does not apply here).
 */
export const DRILL_ENV = { RUNDE_RATE_POINTS: '10000', RUNDE_POST_POINTS: '10000', RUNDE_SEATS_PER_ADDRESS: '100000', RUNDE_CREATE_PER_HOUR: '10000', RUNDE_REDIS_COMMAND_TIMEOUT_MS: '1000' };

/** Waits for a condition, checking every 20 ms; throws with `what` after `ms`. Returns the wait in ms. */
export async function until(pred: () => boolean | Promise<boolean>, what: string, ms: number): Promise<number> {
  const t0 = Date.now();
  while (!(await pred())) {
    if (Date.now() - t0 > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(20);
  }
  return Date.now() - t0;
}

export async function healthz(url: string): Promise<{ status: number; store?: string }> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
    const body = (await res.json()) as { store?: string };
    return { status: res.status, ...(body.store ? { store: body.store } : {}) };
  } catch {
    return { status: 0 };
  }
}

export function alive(p: ServerProcess): boolean {
  try {
    process.kill(p.pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface AckRecord {
  at: number;
  ms: number;
  code: string;
}

/**
 * Sends `volunteer` on/off from each client, `perSecond` each, until stopped: a steady flow of
 * commands through the whole path (store, commit, adapter publish). Records every answer's code
 * and how long it took ('TIMEOUT' if none came within 5 s).
 */
export function pump(clients: TestClient[], perSecond: number): { stop(): Promise<AckRecord[]> } {
  const acks: AckRecord[] = [];
  let running = true;
  const loops = clients.map(async (c, i) => {
    let on = true;
    await sleep((i * 1000) / perSecond / clients.length);
    while (running) {
      const t0 = Date.now();
      if (c.socket.connected) {
        const ack = await c.emit('volunteer', { on }).catch(() => ({ ok: false as const, code: 'TIMEOUT' }));
        const code = ack.ok ? 'OK' : String((ack as { code: string }).code);
        acks.push({ at: t0, ms: Date.now() - t0, code });
        // Flip only when the store took the command: after a "try again" the same one is asked again.
        if (code !== 'STORE_UNAVAILABLE' && code !== 'TIMEOUT') on = !on;
      }
      await sleep(Math.max(0, 1000 / perSecond - (Date.now() - t0)));
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return acks;
    },
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/**
 * A number for a figure: 'n/a' when it is not known (NaN, or ±Infinity from the max or min of
 * no values: a rate or a growth before its baseline), else fixed to `digits` if given.
 */
export function num(x: number, digits?: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return digits === undefined ? String(x) : x.toFixed(digits);
}

/** The largest of `xs` as a figure ('n/a' for none). */
export const maxOf = (xs: number[]): string => num(Math.max(...xs));

/** The figures as printed: one line per figure, aligned; a number that is not known reads 'n/a', never NaN. */
export function formatFigures(name: string, figures: Figures): string {
  const width = Math.max(0, ...Object.keys(figures).map((k) => k.length));
  const lines = Object.entries(figures).map(([k, v]) => `  ${k.padEnd(width)}  ${typeof v === 'number' ? num(v) : String(v)}`);
  return `\n${name}\n${lines.join('\n')}`;
}

export function printFigures(name: string, figures: Figures): void {
  console.log(formatFigures(name, figures));
}

/** One numeric option of a drill's command line (`--name <value>`). */
export interface DrillOption {
  default: number;
  /** What it sets, with its unit. */
  description: string;
}

/** A drill's command line: its title, what it proves (for `--help`), and its options. */
export interface DrillCli {
  /** The figures' heading, e.g. 'Drill: a process killed (SIGKILL) mid-meeting'. */
  name: string;
  /** Path from the repository root, e.g. 'scripts/drills/process-kill.ts'. */
  script: string;
  /** What a passing run proves, one or more sentences. */
  proves: string;
  options: Record<string, DrillOption>;
}

/** The `--help` text: command line, what it proves, every option with its default, exit codes. */
export function usage(cli: DrillCli): string {
  const opts = Object.entries(cli.options);
  const width = Math.max(6, ...opts.map(([k]) => k.length + 4));
  const wrap = (text: string): string => text.replace(/(.{1,92})(\s+|$)/gu, '  $1\n').trimEnd();
  return [
    `${cli.name}`,
    '',
    `Usage: node --import tsx ${cli.script} ${opts.map(([k]) => `[--${k} <n>]`).join(' ')}`.trimEnd(),
    '',
    'What it proves:',
    wrap(cli.proves),
    '',
    'Options:',
    ...opts.map(([k, o]) => `  --${k.padEnd(width - 2)}  ${o.description} (default ${o.default})`),
    `  ${'--help'.padEnd(width)}  print this and exit`,
    '',
    'It starts its own redis-server(s) and server processes on loopback (free ports, no persistence)',
    'and stops them all when it ends, fails, or gets SIGTERM / SIGINT / SIGHUP.',
    'Exit status: 0 passed, 1 failed (the reason on stderr), 2 bad command line, 128+n stopped by signal n.',
  ].join('\n');
}

/** A bad command line: the message and exit status 2. */
export class UsageError extends Error {}

/**
 * Reads a drill's options from `argv` (without node and the script) with node's util.parseArgs:
 * `{ help: true }` for `--help`/`-h`; otherwise every option's number (its default when absent).
 * Throws UsageError for an unknown option, a missing value or a value that is not a finite number.
 */
export function parseDrillArgs(cli: DrillCli, argv: string[]): { help: true } | { help: false; values: Record<string, number> } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const k of Object.keys(cli.options)) options[k] = { type: 'string' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (parsed.values.help) return { help: true };
  const values: Record<string, number> = {};
  for (const [k, o] of Object.entries(cli.options)) {
    const raw = parsed.values[k];
    if (raw === undefined) {
      values[k] = o.default;
      continue;
    }
    const n = Number(raw);
    if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${k}: expected a number, got "${String(raw)}"`);
    values[k] = n;
  }
  return { help: false, values };
}

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

/**
 * Runs a drill from the command line: `--help` prints its usage and exits 0 without starting
 * anything; a bad command line prints the error and the usage and exits 2; otherwise it runs,
 * prints its figures and exits 0, or exits 1 on failure. SIGTERM, SIGINT and SIGHUP end it at
 * once with 128+n; every child it started (test/helpers/children.ts) is killed on any exit.
 */
export async function runFromCli(cli: DrillCli, drill: (o: Record<string, number>) => Promise<Figures>, argv = process.argv.slice(2)): Promise<void> {
  let args: ReturnType<typeof parseDrillArgs>;
  try {
    args = parseDrillArgs(cli, argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${cli.script}: ${err.message}\n\n${usage(cli)}\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(`${usage(cli)}\n`);
    process.exit(0);
  }
  for (const [sig, n] of Object.entries(SIGNALS)) {
    process.once(sig, () => {
      process.stderr.write(`${cli.name}: stopped by ${sig}; stopping its processes\n`);
      // 'exit' runs killAllChildren (test/helpers/children.ts): redis-server, Sentinels, servers.
      process.exit(128 + n);
    });
  }
  try {
    printFigures(cli.name, await drill(args.values));
    process.exit(0);
  } catch (err) {
    // Ctrl-C reaches the drill's processes too (one process group): a server ending on it can be
    // seen before the drill's own SIGINT is handled (a drill busy when it came). Let a signal that
    // is already pending win, so the run says it was stopped, not that it failed.
    await new Promise((r) => setTimeout(r, 100));
    console.error(`${cli.name} FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

/**
 * For the drills' library modules (common, cluster, meeting-driver): run directly, say that it
 * is a library and which drills to run, on stderr, and exit 2 (a usage error) instead of
 * silently exiting 0 as if something had been checked.
 */
export function refuseDirectRun(metaUrl: string): void {
  if (!isMain(metaUrl)) return;
  const file = new URL(metaUrl).pathname.replace(/^.*\//u, '');
  process.stderr.write(`scripts/drills/${file} is a library for the drills, not a drill: run one of ${DRILL_FILES.join(', ')} (each with --help), e.g. node --import tsx scripts/drills/process-kill.ts\n`);
  process.exit(2);
}

/** The drill scripts a library module points to (test/drills/cli.test.ts keeps it in step with the folder). */
export const DRILL_FILES = ['flaky-clients.ts', 'graceful-stop.ts', 'process-kill.ts', 'redis-failover.ts', 'redis-freeze.ts', 'redis-restart.ts', 'soak.ts'];

/** True when this module is the script node was started with (not imported by a test). */
export function isMain(metaUrl: string): boolean {
  return process.argv[1] !== undefined && new URL(metaUrl).pathname.endsWith(process.argv[1].replace(/^.*scripts\//u, 'scripts/'));
}

/** Counts of the meeting events that show a seat or a turn was lost: drops, departures, turns ended by absence. */
export function seatLosses(events: { event: { type: string; connected?: boolean; reason?: string } }[]): { dropsShown: number; left: number; turnsLost: number } {
  let dropsShown = 0;
  let left = 0;
  let turnsLost = 0;
  for (const { event: e } of events) {
    if (e.type === 'connection' && e.connected === false) dropsShown++;
    if (e.type === 'left') left++;
    if (e.type === 'shareEnded' && (e.reason === 'gone' || e.reason === 'disconnected')) turnsLost++;
  }
  return { dropsShown, left, turnsLost };
}

/** Progress lines on stderr when DRILL_VERBOSE=1. */
export function note(msg: string): void {
  if (process.env.DRILL_VERBOSE) process.stderr.write(`[${new Date().toISOString().slice(11, 23)}] ${msg}\n`);
}

refuseDirectRun(import.meta.url);
