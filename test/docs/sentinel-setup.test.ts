// The README's Sentinel setup ("Redis Sentinel") must be complete and keep everything off disk:
// a primary and a replica each with save '', appendonly no, repl-diskless-sync yes and
// repl-diskless-load on-empty-db (roles swap on failover; without the load setting a Redis 7
// replica stores each full sync's RDB in a file), three Sentinels started with
// `redis-server <conf> --sentinel` (redis-sentinel may be absent), and the server pointed at
// them. The same settings are what the start check demands (test/store/replica-persistence.test.ts)
// and what the failover drill runs with (test/helpers/redis-sentinel.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRIMARY_NO_DISK_ARGS, REPLICA_NO_DISK_ARGS } from '../helpers/redis-sentinel.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function block(): string {
  const start = readme.indexOf('### Redis Sentinel');
  expect(start, 'a README section "Redis Sentinel"').toBeGreaterThanOrEqual(0);
  return /```sh\n([\s\S]*?)```/u.exec(readme.slice(start))?.[1] ?? '';
}

describe("the README's Sentinel setup", () => {
  it('starts a primary and a replica with every no-disk setting', () => {
    const servers = block().split('\n').filter((l) => /redis-server --port/u.test(l));
    expect(servers).toHaveLength(2);
    for (const l of servers) {
      expect(l).toContain("--save ''");
      expect(l).toContain('--appendonly no');
      expect(l).toContain('--repl-diskless-sync yes');
      expect(l).toContain('--repl-diskless-load on-empty-db');
    }
    expect(servers[1]).toMatch(/--replicaof 127\.0\.0\.1 \d+/u);
  });

  it('starts three Sentinels with redis-server --sentinel and points the server at them', () => {
    const b = block();
    expect(b).toMatch(/for p in (\d+ ){2}\d+; do/u);
    expect(b).toContain('redis-server sentinel-$p.conf --sentinel');
    expect(b).toMatch(/sentinel monitor runde 127\.0\.0\.1 \d+ 2/u);
    const ports = /for p in (\d+) (\d+) (\d+);/u.exec(b)!.slice(1);
    expect(b).toContain(`RUNDE_REDIS_SENTINELS=${ports.map((p) => `127.0.0.1:${p}`).join(',')} RUNDE_REDIS_MASTER_NAME=runde`);
  });

  it('the failover drill runs its servers the same way', () => {
    expect(PRIMARY_NO_DISK_ARGS.join(' ')).toContain('--repl-diskless-sync yes');
    expect(REPLICA_NO_DISK_ARGS.join(' ')).toContain('--repl-diskless-load on-empty-db');
  });
});
