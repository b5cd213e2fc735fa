// A bad setting stops the server with one clear line per variable — its name, what it expects,
// what it got — and exit status 2, no stack and no validation dump (an empty `REDIS_URL=` used to
// print zod's raw issue list). Checked on loadConfig and on the real entry point, spawned with
// bad values.
import { spawn } from 'node:child_process';
import { closed } from '../helpers/children.js';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // A server that did start is a failure: stop it rather than hang.
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return closed(child).then(({ code }) => {
    clearTimeout(timer);
    return { code, stdout, stderr };
  });
}

describe('configuration errors', () => {
  it('name the variable and what it expects, one line each', () => {
    expect(problems({ REDIS_URL: '' })).toEqual([
      'REDIS_URL: expected a URL redis://[user:password@]host[:port][/db] or rediss://..., or leave it unset for the in-memory store, got an empty value',
    ]);
    expect(problems({ REDIS_URL: 'localhost:6379' })[0]).toMatch(/^REDIS_URL: expected a URL redis:\/\//u);
    expect(problems({ PORT: '80a', RUNDE_RATE_POINTS: '' })).toEqual([
      'PORT: expected a whole number from 0 to 65535 (0: any free port), got "80a"',
      'RUNDE_RATE_POINTS: expected a whole number of at least 1, got an empty value',
    ]);
    expect(problems({ PORT: '70000' })[0]).toMatch(/^PORT: expected a whole number from 0 to 65535/u);
    expect(problems({ RUNDE_GRACE_MS: '5' })[0]).toBe('RUNDE_GRACE_MS: expected a whole number of at least 100 (ms), got "5"');
    expect(problems({ RUNDE_REDIS_SENTINELS: 'sentinel-a' })[0]).toMatch(/^RUNDE_REDIS_SENTINELS: expected the Sentinels as host:port/u);
    expect(problems({ RUNDE_HELP_LINES: '{' })[0]).toMatch(/^RUNDE_HELP_LINES: expected a JSON list/u);
    expect(problems({ RUNDE_HELP_LINES: '[{"name":"x"}]' })[0]).toMatch(/^RUNDE_HELP_LINES: expected a JSON list/u);
    expect(problems({ RUNDE_ALLOW_PERSISTENT_REDIS: 'yes' })[0]).toBe('RUNDE_ALLOW_PERSISTENT_REDIS: expected 0, 1, true or false, got "yes"');
    expect(problems({ RUNDE_SCRIPT_SCALE: '0' })[0]).toMatch(/^RUNDE_SCRIPT_SCALE: expected a number above 0/u);
  });

  it('settings that make no sense together, or a database that is not a number, are refused', () => {
    // A master name without Sentinels used to start silently on the in-memory store.
    expect(problems({ RUNDE_REDIS_MASTER_NAME: 'runde' })).toEqual([
      'RUNDE_REDIS_MASTER_NAME: expected RUNDE_REDIS_SENTINELS set too (host:port,...), or leave it unset (without Sentinels it is not used: REDIS_URL alone, or the in-memory store, would be), got a name but no RUNDE_REDIS_SENTINELS',
    ]);
    expect(problems({ RUNDE_REDIS_MASTER_NAME: 'runde', REDIS_URL: 'redis://127.0.0.1:6380' })[0]).toMatch(/^RUNDE_REDIS_MASTER_NAME: expected RUNDE_REDIS_SENTINELS set too/u);
    expect(problems({ RUNDE_REDIS_MASTER_NAME: 'runde', RUNDE_REDIS_SENTINELS: '127.0.0.1:26379' })).toEqual([]);
    // Together with another bad variable: one line each.
    expect(problems({ RUNDE_REDIS_MASTER_NAME: 'runde', PORT: 'x' })).toHaveLength(2);
    expect(problems({ REDIS_URL: 'redis://127.0.0.1:6380/db1' })[0]).toMatch(/^REDIS_URL: expected a URL/u);
    expect(problems({ REDIS_URL: 'redis://127.0.0.1:6380/1/2' })[0]).toMatch(/^REDIS_URL: expected a URL/u);
    expect(problems({ REDIS_URL: 'redis://127.0.0.1:6380/15', RUNDE_REDIS_START_TIMEOUT_MS: '5000' })).toEqual([]);
    expect(problems({ RUNDE_REDIS_START_TIMEOUT_MS: '5' })[0]).toMatch(/^RUNDE_REDIS_START_TIMEOUT_MS: expected a whole number of at least 100/u);
  });

  it('never echo a secret or a Redis URL (it may hold a password)', () => {
    const [secret] = problems({ RUNDE_SECRET: 'hunter2' });
    expect(secret).toBe('RUNDE_SECRET: expected at least 16 characters (or leave it unset), got a value that is not that (7 characters, not shown)');
    expect(problems({ REDIS_URL: 'redis//:pw-x@host' })[0]).not.toContain('pw-x');
  });

  it('good values still load, empty where empty means something', () => {
    const c = loadConfig({ PORT: '8081', REDIS_URL: 'redis://127.0.0.1:6380/2', RUNDE_ALLOWED_ORIGINS: '', RUNDE_TRUST_PROXY: '', RUNDE_SCRIPT_SCALE: '0.005', RUNDE_SHARE_MS: '2000' });
    expect(c).toMatchObject({ port: 8081, redisUrl: 'redis://127.0.0.1:6380/2', allowedOrigins: [], trustProxy: false, settings: { scriptScale: 0.005, shareMs: 2000 } });
    expect(loadConfig({}).port).toBe(8080);
  });

  it('the server started with bad values exits 2 with one line per variable, no stack, no dump', { timeout: 120_000 }, async () => {
    const cases: [Record<string, string>, string[]][] = [
      [{ REDIS_URL: '' }, ['REDIS_URL']],
      [{ PORT: 'eighty', RUNDE_SECRET: 'short' }, ['PORT', 'RUNDE_SECRET']],
      [{ RUNDE_REDIS_SENTINELS: 'nohost', RUNDE_HELP_LINES: '{' }, ['RUNDE_REDIS_SENTINELS', 'RUNDE_HELP_LINES']],
      [{ RUNDE_REDIS_MASTER_NAME: 'runde' }, ['RUNDE_REDIS_MASTER_NAME']],
    ];
    const runs = await Promise.all(cases.map(([env]) => start(env)));
    for (const [i, r] of runs.entries()) {
      const names = cases[i]![1];
      expect(r.code, r.stderr).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(names.length);
      for (const [j, name] of names.entries()) expect(lines[j]).toMatch(new RegExp(`^runde: configuration: ${name}: expected .+, got .+$`, 'u'));
      expect(r.stderr).not.toMatch(/^\s+at |"code"|ZodError|\[\s*\{/mu);
      expect(r.stderr).not.toContain('short');
      expect(r.stdout).not.toContain('"event":"listening"');
    }
  });
});
