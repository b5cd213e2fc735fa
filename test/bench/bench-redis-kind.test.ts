// A bench figure under the name runde-redis is the Redis store's. storm-only.ts and frames.ts
// started their Runde child with no REDIS_URL, so "runde-redis" ran on the memory store and
// printed its figures under the Redis name (found 2026-12-01: the reconnect storm "on Redis" at
// ~1,000 connections had never touched Redis). startChild now refuses that, and the scripts that
// take runde-redis start a redis-server of their own.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { rundeBenchEnv, startChild } from '../../scripts/bench/servers.js';

const run = promisify(execFile);

describe('the bench runs runde-redis on Redis', () => {
  it('refuses a runde-redis child without a Redis url', async () => {
    await expect(startChild('runde-redis', rundeBenchEnv())).rejects.toThrow(/runde-redis needs a Redis/);
  });

  it('runs the storm script on a spawned redis-server', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/storm-only.ts', '1', 'runde-redis'], { timeout: 120_000 });
    expect(stdout).toMatch(/^runde-redis: 6 connections, 99 % back \d+ ms \(6 back\)/m);
  }, 150_000);
});
