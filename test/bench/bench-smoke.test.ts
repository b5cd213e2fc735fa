// The fan-out benchmark's smoke run: every phase of scripts/bench/main.ts completes against all
// four servers (Runde on memory and on a spawned Redis, the socket.io relay, the raw ws relay)
// and prints its tables. No figure is asserted: performance is judged from the printed tables
// of a full run (docs/performance.md), never by a timed test.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('fan-out benchmark smoke', () => {
  it('runs every phase against every server and prints the ratio table', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/main.ts', '--smoke'], { timeout: 240_000, maxBuffer: 4 << 20 });
    for (const heading of ['Memory', 'Product load', 'Step load', 'Reconnect storm', 'Two Runde processes', 'Ratios against the socket.io relay']) {
      expect(stdout).toContain(heading);
    }
    // Every server delivered the product load in full: the load client and the targets work.
    const delivered = stdout.split('\n').find((l) => l.startsWith('| delivered (%)'));
    expect(delivered?.split('|').slice(2, 6).map((c) => c.trim())).toEqual(['100.00', '100.00', '100.00', '100.00']);
    expect(stdout).toMatch(/bench: done in \d+ s/);
  }, 300_000);

  it('runs the paired CPU phase: each server against the relay loaded beside it', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/main.ts', '--smoke', '--cpu', '--paired'], { timeout: 240_000, maxBuffer: 4 << 20 });
    // One line per pairing and round (3 servers beside the relay, 1 round in the smoke run).
    expect(stdout.match(/× the relay beside it/g)).toHaveLength(3);
    const row = stdout.split('\n').find((l) => l.startsWith('| ratio to the relay loaded beside it'));
    const cells = row?.split('|').slice(2, 6).map((c) => c.trim()) ?? [];
    expect(cells).toHaveLength(4);
    // The relay against itself is 1 by definition; the others are figures (never a dash for "none").
    expect(cells[2]).toBe('1.00');
    for (const c of cells) expect(c).toMatch(/^\d+\.\d\d$/);
    expect(stdout).toMatch(/bench: done in \d+ s/);
  }, 300_000);
});
