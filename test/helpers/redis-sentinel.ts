// A throwaway Redis Sentinel group on loopback for failover drills: a primary, a replica and
// three Sentinels, each on a free port, no persistence (the Sentinels' own config file, which
// Sentinel must be able to rewrite, lives in a temporary directory removed on stop).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { trackChild } from './children.js';
import { startRedis, type RedisHandle } from './redis-server.js';

export const MASTER_NAME = 'runde';

export interface SentinelGroup {
  primary: RedisHandle;
  replica: RedisHandle;
  /** "127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3", as RUNDE_REDIS_SENTINELS takes it. */
  sentinels: string;
  /** Asks a Sentinel which port the current primary has. */
  primaryPort(): Promise<number>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function waitFor(pred: () => Promise<boolean>, what: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!(await pred().catch(() => false))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts the group and waits until the replica is in sync and every Sentinel knows both. */
/**
 * The no-disk replication settings of README "Redis Sentinel": the primary streams full syncs
 * over the socket, the replica loads them in memory (without them the replica writes the RDB it
 * receives to its disk, even with `--save '' --appendonly no`).
 */
export const PRIMARY_NO_DISK_ARGS = ['--repl-diskless-sync', 'yes', '--repl-diskless-sync-delay', '0'];
export const REPLICA_NO_DISK_ARGS = ['--repl-diskless-load', 'on-empty-db', '--repl-diskless-sync', 'yes', '--repl-diskless-sync-delay', '0'];

export async function startSentinelGroup(opts: { downAfterMs?: number; replicaArgs?: string[] } = {}): Promise<SentinelGroup> {
  const primary = await startRedis({ extraArgs: PRIMARY_NO_DISK_ARGS });
  const replica = await startRedis({ extraArgs: ['--replicaof', '127.0.0.1', String(primary.port), ...(opts.replicaArgs ?? REPLICA_NO_DISK_ARGS)] });
  const dir = mkdtempSync(join(tmpdir(), 'runde-sentinel-'));
  const children: ChildProcess[] = [];
  const ports: number[] = [];
  for (let i = 0; i < 3; i++) {
    const port = await freePort();
    const conf = join(dir, `sentinel-${i}.conf`);
    writeFileSync(
      conf,
      [
        `port ${port}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor ${MASTER_NAME} 127.0.0.1 ${primary.port} 2`,
        `sentinel down-after-milliseconds ${MASTER_NAME} ${opts.downAfterMs ?? 1000}`,
        `sentinel failover-timeout ${MASTER_NAME} 4000`,
        `sentinel parallel-syncs ${MASTER_NAME} 1`,
        '',
      ].join('\n'),
    );
    const child = spawn('redis-server', [conf, '--sentinel', '--loglevel', 'warning', '--logfile', ''], { stdio: 'ignore' });
    children.push(child);
    trackChild(child, i === 0 ? [dir] : []);
    ports.push(port);
  }
  const ask = async (port: number, ...args: string[]): Promise<unknown> => {
    const r = new Redis({ host: '127.0.0.1', port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await r.connect();
      return await r.call('SENTINEL', ...args);
    } finally {
      r.disconnect();
    }
  };
  const replicaClient = new Redis(replica.url, { lazyConnect: true });
  await replicaClient.connect();
  await waitFor(async () => /master_link_status:up/u.test(await replicaClient.info('replication')), 'the replica in sync', 20_000);
  replicaClient.disconnect();
  await waitFor(
    async () => (await Promise.all(ports.map((p) => ask(p, 'replicas', MASTER_NAME)))).every((r) => Array.isArray(r) && r.length === 1),
    'every Sentinel to know the replica',
    30_000,
  );
  await waitFor(
    async () => (await Promise.all(ports.map((p) => ask(p, 'sentinels', MASTER_NAME)))).every((r) => Array.isArray(r) && r.length === 2),
    'every Sentinel to know the others',
    30_000,
  );
  return {
    primary,
    replica,
    sentinels: ports.map((p) => `127.0.0.1:${p}`).join(','),
    async primaryPort() {
      const addr = (await ask(ports[0]!, 'get-master-addr-by-name', MASTER_NAME)) as [string, string];
      return Number(addr[1]);
    },
    async stop() {
      for (const c of children) c.kill('SIGKILL');
      await Promise.all([primary.stop(), replica.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
