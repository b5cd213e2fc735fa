// Meetings promise "what is said here stays here": nothing may reach a disk. A Redis with RDB
// snapshots or an append-only file writes every share to disk, so we refuse to start on one
// unless the operator explicitly accepts it. Replication writes to disk too unless told not to:
// a primary with `repl-diskless-sync no` writes the full-sync RDB to its disk, and a replica
// with `repl-diskless-load disabled` (the default) stores the RDB it receives on its disk before
// loading it — even with `--save '' --appendonly no`. So the primary's replication setting is
// checked, and with Sentinels every replica they know is checked as well.
import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { lazyModule } from '../lazy-module.js';

const ioredis = lazyModule<typeof import('ioredis')>('ioredis');

export interface PersistenceCheckOptions {
  /** RUNDE_ALLOW_PERSISTENT_REDIS=1: run anyway, warning on every start. */
  allowPersistent: boolean;
  warn: (msg: string) => void;
}

const FIX =
  'Turn persistence off (save "" and appendonly no in redis.conf, or CONFIG SET save "" and CONFIG SET appendonly no; ' +
  'on a primary also repl-diskless-sync yes, on a replica repl-diskless-load on-empty-db; README "Redis Sentinel"), ' +
  'or set RUNDE_ALLOW_PERSISTENT_REDIS=1 to accept that meeting content is written to disk.';

/** A reply error means the server refused CONFIG (disabled or renamed, as on most managed Redis). */
function isReplyError(e: unknown): boolean {
  return e instanceof Error && e.name === 'ReplyError';
}

async function configValue(redis: Redis, name: string): Promise<string | null> {
  const reply = (await redis.call('CONFIG', 'GET', name)) as unknown;
  if (!Array.isArray(reply)) return null;
  for (let i = 0; i + 1 < reply.length; i += 2) {
    if (String(reply[i]).toLowerCase() === name) return String(reply[i + 1]);
  }
  return null;
}

export async function checkRedisPersistence(redis: Redis, opts: PersistenceCheckOptions): Promise<void> {
  let save: string | null;
  let appendonly: string | null;
  try {
    save = await configValue(redis, 'save');
    appendonly = await configValue(redis, 'appendonly');
  } catch (e) {
    if (!isReplyError(e)) throw e;
    save = null;
    appendonly = null;
  }
  if (save === null || appendonly === null) {
    opts.warn(
      'Could not read the Redis persistence settings (CONFIG GET is not allowed on this server). ' +
        'Make sure RDB snapshots and AOF are off: meeting content must never be written to disk.',
    );
    return;
  }
  const found: string[] = [];
  if (save.trim() !== '') found.push(`RDB snapshots (save "${save}")`);
  if (appendonly.trim().toLowerCase() === 'yes') found.push('AOF (appendonly yes)');
  const disklessSync = await configValue(redis, 'repl-diskless-sync').catch(() => null);
  if (disklessSync?.trim().toLowerCase() === 'no') found.push('full syncs to replicas through a disk file (repl-diskless-sync no)');
  report(found, 'Redis persistence is on', opts);
}

/** Refuses (or with RUNDE_ALLOW_PERSISTENT_REDIS=1 warns about) what `found` lists. */
function report(found: string[], head: string, opts: PersistenceCheckOptions): void {
  if (found.length === 0) return;
  const what = `${head}: ${found.join(' and ')}. Meeting content would be written to disk.`;
  if (!opts.allowPersistent) throw new Error(`${what} ${FIX}`);
  opts.warn(`${what} Running anyway because RUNDE_ALLOW_PERSISTENT_REDIS=1 is set.`);
}

/** A Sentinel's `SENTINEL replicas` entry (flat [key, value, ...]) as host:port and flags. */
function replicaOf(entry: unknown): { host: string; port: number; flags: string } | null {
  if (!Array.isArray(entry)) return null;
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < entry.length; i += 2) m.set(String(entry[i]), String(entry[i + 1]));
  const port = Number(m.get('port'));
  return m.get('ip') && port ? { host: m.get('ip')!, port, flags: m.get('flags') ?? '' } : null;
}

/** A one-shot client (no retries) to `host:port` with REDIS_URL's user, password and TLS. */
function oneShot(config: Config, host: string, port: number): Redis {
  const u = config.redisUrl ? new URL(config.redisUrl) : null;
  const client = new (ioredis().Redis)({
    host,
    port,
    ...(u?.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u?.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u?.protocol === 'rediss:' ? { tls: {} } : {}),
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    commandTimeout: 2000,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  return client;
}

/**
 * With Sentinels: asks them for the replicas of the primary and checks each one's `save`,
 * `appendonly` and `repl-diskless-load` (disabled = the full sync goes through a file on its
 * disk). Refuses like checkRedisPersistence (or warns with RUNDE_ALLOW_PERSISTENT_REDIS=1); a
 * replica that cannot be asked is a warning. Without Sentinels it does nothing.
 */
export async function checkReplicaPersistence(config: Config, opts: PersistenceCheckOptions): Promise<void> {
  if (!config.redisSentinels) return;
  let entries: unknown = null;
  for (const s of config.redisSentinels) {
    const c = oneShot({ ...config, redisUrl: null }, s.host, s.port);
    try {
      await c.connect();
      entries = await c.call('SENTINEL', 'replicas', config.redisMasterName);
      break;
    } catch {
      // Ask the next Sentinel.
    } finally {
      c.disconnect();
    }
  }
  if (!Array.isArray(entries)) {
    opts.warn('Could not ask the Sentinels for the replicas: make sure each replica runs with save "", appendonly no and repl-diskless-load on-empty-db (README "Redis Sentinel").');
    return;
  }
  const found: string[] = [];
  for (const r of entries.map(replicaOf)) {
    if (!r || /s_down|o_down|disconnected/u.test(r.flags)) continue;
    const at = `${r.host}:${r.port}`;
    const c = oneShot(config, r.host, r.port);
    try {
      await c.connect();
      const [save, appendonly, load] = [await configValue(c, 'save'), await configValue(c, 'appendonly'), await configValue(c, 'repl-diskless-load')];
      if (save !== null && save.trim() !== '') found.push(`the replica ${at} takes RDB snapshots (save "${save}")`);
      if (appendonly?.trim().toLowerCase() === 'yes') found.push(`the replica ${at} writes an AOF (appendonly yes)`);
      if (load?.trim().toLowerCase() === 'disabled') found.push(`the replica ${at} stores each full sync in a file on its disk (repl-diskless-load disabled; set on-empty-db)`);
    } catch {
      opts.warn(`Could not read the settings of the replica ${at} (unreachable, or CONFIG not allowed): make sure it runs with save "", appendonly no and repl-diskless-load on-empty-db.`);
    } finally {
      c.disconnect();
    }
  }
  report(found, 'Redis replication writes to disk', opts);
}
