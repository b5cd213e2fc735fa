// Shared parts of the fault drills: a figures table, timing, a command pump, HTTP probes, and a
// command-line runner. Each drill starts its own redis-server(s) and server processes on
// loopback with free ports and no persistence (test/helpers), and is bounded in time.
import { TestClient } from '../../test/helpers/client.js';
import type { ServerProcess } from '../../test/helpers/process.js';

export type Figures = Record<string, number | string | boolean>;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Base environment of the server processes in a drill: generous rate limit (the drill is the only client). */
export const DRILL_ENV = { RUNDE_RATE_POINTS: '10000', RUNDE_CREATE_PER_HOUR: '10000' };

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

export function printFigures(name: string, figures: Figures): void {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  console.log(`\n${name}`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(width)}  ${String(v)}`);
}

/** Runs a drill from the command line: prints its figures, exits 1 on failure. `--seconds N` where the drill has a duration. */
export async function runFromCli(name: string, drill: (argSeconds: number | null) => Promise<Figures>): Promise<void> {
  const i = process.argv.indexOf('--seconds');
  const seconds = i > 0 ? Number(process.argv[i + 1]) : null;
  try {
    printFigures(name, await drill(seconds));
    process.exit(0);
  } catch (err) {
    console.error(`${name} FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

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
