// Every drill's command line (scripts/drills/common.ts runFromCli): `--help` prints the usage
// (options, defaults, what it proves) and exits 0 without starting anything; an unknown option
// or a bad value is an error with the usage, exit 2. Checked by running each drill file found in
// scripts/drills/ (any that calls runFromCli), as an operator would. Also the figures' formatting:
// a number not known yet reads 'n/a', never NaN (the soak's first sample printed NaN).
import { spawn } from 'node:child_process';
import { closed } from '../helpers/children.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DRILL_FILES, formatFigures, parseDrillArgs, type DrillCli } from '../../scripts/drills/common.js';
import { formatSample } from '../../scripts/drills/soak.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DRILLS = readdirSync(`${ROOT}scripts/drills`)
  .filter((f) => f.endsWith('.ts') && /\brunFromCli\(/u.test(readFileSync(`${ROOT}scripts/drills/${f}`, 'utf8')) && f !== 'common.ts')
  .sort();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a drill script as `tsx` would, with `args`; kills it after 60 s (a drill that started would run far longer). */
function run(file: string, args: string[]): Promise<Run> {
  const t0 = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/drills/${file}`, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return closed(child).then(({ code }) => {
    clearTimeout(timer);
    return { code, stdout, stderr, ms: Date.now() - t0 };
  });
}

describe('every drill answers --help and refuses unknown options', () => {
  it('finds the seven drills', () => {
    expect(DRILLS).toEqual(['flaky-clients.ts', 'graceful-stop.ts', 'process-kill.ts', 'redis-failover.ts', 'redis-freeze.ts', 'redis-restart.ts', 'soak.ts']);
  });

  it('--help: usage with options, defaults and what it proves on stdout, exit 0, nothing started', { timeout: 180_000 }, async () => {
    const runs = await Promise.all(DRILLS.map((f) => run(f, ['--help'])));
    for (const [i, r] of runs.entries()) {
      const file = DRILLS[i]!;
      expect(r.code, `${file}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toContain(`Usage: node --import tsx scripts/drills/${file}`);
      expect(r.stdout).toContain('What it proves:');
      expect(r.stdout).toMatch(/--seconds\s+.+\(default \d+\)/u);
      expect(r.stdout).toContain('--help');
      // Nothing ran: no figures, no progress, no error.
      expect(r.stdout).not.toMatch(/FAILED|soak: \d+ meetings/u);
      expect(r.stderr).toBe('');
    }
  });

  it('an unknown option: the error and the usage on stderr, exit 2', { timeout: 180_000 }, async () => {
    const runs = await Promise.all(DRILLS.map((f) => run(f, ['--bogus'])));
    for (const [i, r] of runs.entries()) {
      const file = DRILLS[i]!;
      expect(r.code, `${file}: ${r.stdout}${r.stderr}`).toBe(2);
      expect(r.stderr).toContain("Unknown option '--bogus'");
      expect(r.stderr).toContain(`Usage: node --import tsx scripts/drills/${file}`);
      expect(r.stdout).toBe('');
    }
  });

  it('a value that is not a number, or a stray argument: exit 2 (the parsing all drills share)', { timeout: 120_000 }, async () => {
    const [bad, stray] = await Promise.all([run('soak.ts', ['--seconds', 'soon']), run('process-kill.ts', ['stray'])]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--seconds: expected a number, got "soon"');
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain("Unexpected argument 'stray'");
  });
});

// Every file in the folder is a drill or a library; run directly, a library must not exit 0
// silently (cluster.ts, common.ts and meeting-driver.ts used to print nothing and exit 0).
const ALL = readdirSync(`${ROOT}scripts/drills`).filter((f) => f.endsWith('.ts')).sort();
const LIBRARIES = ALL.filter((f) => !DRILLS.includes(f));

describe('every file in scripts/drills is a drill or says it is a library', () => {
  it('the libraries list the drills there are', () => {
    expect(LIBRARIES).toEqual(['cluster.ts', 'common.ts', 'meeting-driver.ts']);
    expect(DRILL_FILES).toEqual(DRILLS);
  });

  it('a library run directly (also with --help): one line on stderr naming the drills, exit 2', { timeout: 180_000 }, async () => {
    const runs = await Promise.all(LIBRARIES.flatMap((f) => [run(f, []), run(f, ['--help'])]));
    for (const [i, r] of runs.entries()) {
      const file = LIBRARIES[Math.floor(i / 2)]!;
      expect(r.code, `${file}: ${r.stdout}${r.stderr}`).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`scripts/drills/${file} is a library`);
      for (const drill of DRILLS) expect(lines[0]).toContain(drill);
    }
  });
});

describe('drill options', () => {
  const cli: DrillCli = { name: 'x', script: 'scripts/drills/x.ts', proves: 'x', options: { seconds: { default: 5, description: 's' }, 'max-growth': { default: 0.1, description: 'g' } } };

  it('takes defaults, numbers and --help', () => {
    expect(parseDrillArgs(cli, [])).toEqual({ help: false, values: { seconds: 5, 'max-growth': 0.1 } });
    expect(parseDrillArgs(cli, ['--seconds', '7', '--max-growth=0.25'])).toEqual({ help: false, values: { seconds: 7, 'max-growth': 0.25 } });
    expect(parseDrillArgs(cli, ['--seconds', '7', '-h'])).toEqual({ help: true });
    expect(() => parseDrillArgs(cli, ['--seconds'])).toThrow(/argument missing/u);
    expect(() => parseDrillArgs(cli, ['--seconds', ''])).toThrow(/expected a number/u);
  });
});

describe('figures never print NaN', () => {
  it("a soak sample before a process's first memory line reads n/a", () => {
    const line = formatSample({ at: 3000, rssMb: [NaN, 140.2], heapMb: [NaN, 30.1], keys: 12, redisMb: 1.7, noTtl: 0 }, { shares: 0, drops: 0, tryAgain: 0, errors: 0 });
    expect(line).not.toMatch(/NaN|Infinity/u);
    expect(line).toContain('rss MB n/a / 140.2');
    expect(line).toContain('heap MB n/a / 30.1');
  });

  it('a figure not known yet (NaN, the max of nothing) reads n/a', () => {
    const text = formatFigures('Drill', { a: NaN, b: Math.max(), c: 3, d: 'x' });
    expect(text).not.toMatch(/NaN|Infinity/u);
    expect(text).toMatch(/a {2}n\/a/u);
    expect(text).toMatch(/b {2}n\/a/u);
  });
});
