// Replication must not write meetings to disk either. On Redis 7 a replica started with
// `--save '' --appendonly no` still stores each full sync's RDB in a file on its disk ("receiving
// streamed RDB from master with EOF to disk") unless repl-diskless-load is on-empty-db or swapdb;
// the primary needs repl-diskless-sync yes. The server's start check used to look only at the
// primary's save/appendonly. Real redis-server processes: a primary, a replica and three
// Sentinels; the server spawned through them.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { MASTER_NAME, startSentinelGroup, type SentinelGroup } from '../helpers/redis-sentinel.js';

describe('the start check covers replication', () => {
  let group: SentinelGroup;
  const procs: ServerProcess[] = [];

  beforeAll(async () => {
    // The replica as the old README and drill ran it: no persistence, but the default disk load.
    group = await startSentinelGroup({ replicaArgs: [] });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.crash()));
    await group?.stop();
  });

  const env = (): Record<string, string> => ({ RUNDE_REDIS_SENTINELS: group.sentinels, RUNDE_REDIS_MASTER_NAME: MASTER_NAME });
  const launch = async (extra: Record<string, string> = {}): Promise<ServerProcess | string> => {
    try {
      const p = await spawnServer({ ...env(), ...extra });
      procs.push(p);
      return p;
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  };
  const setOn = async (port: number, name: string, value: string): Promise<void> => {
    const c = new Redis({ host: '127.0.0.1', port });
    await c.call('CONFIG', 'SET', name, value);
    c.disconnect();
  };

  it('a replica that loads full syncs through its disk is refused, naming it and the setting', { timeout: 120_000 }, async () => {
    const r = await launch();
    expect(typeof r, 'the server started').toBe('string');
    expect(r as string).toMatch(/^server exited with 1:/u);
    expect(r as string).toContain(`the replica 127.0.0.1:${group.replica.port} stores each full sync in a file on its disk (repl-diskless-load disabled; set on-empty-db)`);
    // RUNDE_ALLOW_PERSISTENT_REDIS=1: runs, with the warning.
    const allowed = await launch({ RUNDE_ALLOW_PERSISTENT_REDIS: '1' });
    if (typeof allowed === 'string') throw new Error(allowed);
    expect(allowed.output.join('\n')).toMatch(/"event":"warning".*repl-diskless-load disabled/u);
  });

  it("a primary that writes full syncs to its disk is refused; with both set right the server starts", { timeout: 120_000 }, async () => {
    await setOn(group.replica.port, 'repl-diskless-load', 'on-empty-db');
    await setOn(group.primary.port, 'repl-diskless-sync', 'no');
    const r = await launch();
    expect(typeof r, 'the server started').toBe('string');
    expect(r as string).toContain('full syncs to replicas through a disk file (repl-diskless-sync no)');
    await setOn(group.primary.port, 'repl-diskless-sync', 'yes');
    const ok = await launch();
    if (typeof ok === 'string') throw new Error(ok);
    expect(ok.output.join('\n')).not.toContain('"event":"warning"');
  });
});
