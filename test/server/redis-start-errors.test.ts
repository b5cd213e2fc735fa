// A start against a Redis it cannot use ends within RUNDE_REDIS_START_TIMEOUT_MS with one line
// naming the variable(s) and the likely cause, exit 1, no stack. A wrong Sentinel setting used to
// hang the process for ever (never listening; only `{"event":"redis_error","error":"Error"}`
// every 5 s); an unreachable REDIS_URL or a wrong password exited 1 with only "Connection is
// closed."; `REDIS_URL=…/99` started healthy writing to db 0. Real redis-server and Sentinel
// processes; the server is the real entry point, spawned.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closed, trackChild } from '../helpers/children.js';
import { freePort, startRedis, type RedisHandle } from '../helpers/redis-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WAIT_MS = 2000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function start(env: Record<string, string>): Promise<Run> {
  const t0 = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', RUNDE_REDIS_START_TIMEOUT_MS: String(WAIT_MS), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child, []);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // A server that hangs or starts is a failure: stop it rather than hang the test.
  const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
  return closed(child).then(({ code }) => {
    clearTimeout(timer);
    return { code, stdout, stderr, ms: Date.now() - t0 };
  });
}

/** One Sentinel monitoring `redis` under the name "runde". */
async function startSentinel(redis: RedisHandle): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'runde-sentinel-'));
  const conf = join(dir, 'sentinel.conf');
  writeFileSync(conf, [`port ${port}`, 'bind 127.0.0.1', `dir ${dir}`, `sentinel monitor runde 127.0.0.1 ${redis.port} 1`, ''].join('\n'));
  const child = spawn('redis-server', [conf, '--sentinel', '--loglevel', 'warning', '--logfile', ''], { cwd: dir, stdio: 'ignore' });
  trackChild(child, [dir]);
  for (let i = 0; i < 100; i++) {
    const c = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    c.on('error', () => undefined);
    try {
      await c.connect();
      const addr = (await c.call('SENTINEL', 'get-master-addr-by-name', 'runde')) as unknown;
      if (Array.isArray(addr)) return { port, child };
    } catch {
      // Not up yet.
    } finally {
      c.disconnect();
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the Sentinel did not start');
}

/** The one line on stderr, checked for shape: `runde: redis: <VARIABLE>: ...`, no stack. */
function oneLine(r: Run): string {
  expect(r.stdout).not.toContain('"event":"listening"');
  expect(r.stderr).not.toMatch(/^\s+at |Connection is closed/mu);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  return lines[0]!;
}

describe('a start against a Redis it cannot use', () => {
  let plain: RedisHandle;
  let locked: RedisHandle;
  let sentinel: { port: number; child: ChildProcess };

  beforeAll(async () => {
    [plain, locked] = await Promise.all([startRedis(), startRedis()]);
    const c = new Redis(locked.url);
    await c.call('CONFIG', 'SET', 'requirepass', 'right-password');
    c.disconnect();
    sentinel = await startSentinel(plain);
  }, 60_000);

  afterAll(async () => {
    sentinel?.child.kill('SIGKILL');
    await Promise.all([plain?.stop(), locked?.stop()]);
  });

  it('ends with exit 1 and one line naming the variable and the cause, within the start wait', { timeout: 120_000 }, async () => {
    const closed = await freePort();
    const cases: [Record<string, string>, RegExp][] = [
      [{ REDIS_URL: `redis://127.0.0.1:${closed}` }, new RegExp(`^runde: redis: REDIS_URL: cannot reach Redis at 127\\.0\\.0\\.1:${closed} within \\d+ ms \\(ECONNREFUSED\\)`, 'u')],
      [{ REDIS_URL: `redis://:wrong-password@127.0.0.1:${locked.port}` }, /^runde: redis: REDIS_URL: authentication failed \(WRONGPASS\)/u],
      [{ REDIS_URL: `redis://127.0.0.1:${locked.port}` }, /^runde: redis: REDIS_URL: authentication failed \(NOAUTH\): Redis requires a password/u],
      [{ RUNDE_REDIS_SENTINELS: `127.0.0.1:${closed}` }, new RegExp(`^runde: redis: RUNDE_REDIS_SENTINELS: cannot reach any Sentinel \\(127\\.0\\.0\\.1:${closed}\\)`, 'u')],
      [{ RUNDE_REDIS_SENTINELS: `127.0.0.1:${locked.port}` }, /^runde: redis: RUNDE_REDIS_SENTINELS: 127\.0\.0\.1:\d+ asks for a password: a Redis with requirepass listed instead of a Sentinel\?/u],
      [{ RUNDE_REDIS_SENTINELS: `127.0.0.1:${plain.port}` }, /^runde: redis: RUNDE_REDIS_SENTINELS: 127\.0\.0\.1:\d+ answered but is not a Sentinel/u],
      [{ RUNDE_REDIS_SENTINELS: `127.0.0.1:${sentinel.port}`, RUNDE_REDIS_MASTER_NAME: 'mymaster' }, /^runde: redis: RUNDE_REDIS_MASTER_NAME: no Sentinel knows master "mymaster" \(asked 127\.0\.0\.1:\d+\)/u],
      [{ REDIS_URL: `${plain.url}/99` }, /^runde: redis: REDIS_URL: database 99 cannot be selected on this Redis/u],
    ];
    const runs = await Promise.all(cases.map(([env]) => start(env)));
    for (const [i, r] of runs.entries()) {
      expect(r.code, `${JSON.stringify(cases[i]![0])}: ${r.stderr}`).toBe(1);
      expect(oneLine(r)).toMatch(cases[i]![1]);
      expect(r.stderr).not.toContain('wrong-password');
      // Bounded: the start wait plus the process's own start and the Sentinels' questions.
      expect(r.ms).toBeLessThan(30_000);
    }
    // Each redis_error line carries a code an operator can act on, never an address.
    const errors = runs.flatMap((r) => r.stdout.split('\n').filter((l) => l.includes('"event":"redis_error"')));
    expect(errors.length).toBeGreaterThan(0);
    for (const l of errors) {
      expect(l).toMatch(/"code":"[A-Z_]+"/u);
      expect(l).not.toMatch(/127\.0\.0\.1|\d+\.\d+\.\d+\.\d+/u);
    }
    expect(errors.join('\n')).toMatch(/"code":"(ECONNREFUSED|WRONGPASS|NOAUTH)"/u);
  });

  it('the same settings, right: the server starts through the Sentinel and with a database it has', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', RUNDE_REDIS_SENTINELS: `127.0.0.1:${sentinel.port}`, RUNDE_REDIS_MASTER_NAME: 'runde', REDIS_URL: 'redis://x/3' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    trackChild(child, []);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 40_000);
      child.stdout.on('data', () => {
        if (out.includes('"event":"listening"')) {
          clearTimeout(t);
          resolve();
        }
      });
    });
    child.kill('SIGKILL');
    const c = new Redis(`${plain.url}/3`);
    expect(await c.exists('runde:{server}:epoch')).toBe(1);
    c.disconnect();
  });
});
