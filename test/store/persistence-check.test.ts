// The persistence check against real redis-servers: one like ours (no persistence), one with an
// append-only file, one with RDB snapshots, and one that refuses CONFIG like a managed Redis.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRedisPersistence } from '../../server/store/persistence-check.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

describe('checkRedisPersistence', () => {
  const servers: RedisHandle[] = [];
  const clients: Redis[] = [];
  let plain: Redis;
  let aof: Redis;
  let rdb: Redis;
  let managed: Redis;

  beforeAll(async () => {
    const [p, a, r, m] = await Promise.all([
      startRedis(),
      startRedis({ persistence: 'aof' }),
      startRedis({ persistence: 'rdb' }),
      startRedis({ extraArgs: ['--rename-command', 'CONFIG', ''] }),
    ]);
    servers.push(p, a, r, m);
    [plain, aof, rdb, managed] = [p, a, r, m].map((s) => {
      const c = new Redis(s.url);
      clients.push(c);
      return c;
    }) as [Redis, Redis, Redis, Redis];
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
    await Promise.all(servers.map((s) => s.stop()));
  });

  const collect = () => {
    const warnings: string[] = [];
    return { warnings, warn: (m: string) => void warnings.push(m) };
  };

  it('passes silently on a redis-server without persistence', async () => {
    const w = collect();
    await checkRedisPersistence(plain, { allowPersistent: false, warn: w.warn });
    expect(w.warnings).toEqual([]);
  });

  it('refuses an append-only-file server and names the override', async () => {
    const w = collect();
    await expect(checkRedisPersistence(aof, { allowPersistent: false, warn: w.warn })).rejects.toThrow(
      /AOF \(appendonly yes\)[\s\S]*RUNDE_ALLOW_PERSISTENT_REDIS=1/,
    );
    expect(w.warnings).toEqual([]);
  });

  it('refuses an RDB-snapshot server and names the override', async () => {
    await expect(checkRedisPersistence(rdb, { allowPersistent: false, warn: () => {} })).rejects.toThrow(
      /RDB snapshots \(save "60 1"\)[\s\S]*RUNDE_ALLOW_PERSISTENT_REDIS=1/,
    );
  });

  it('only warns, on every start, when persistence is explicitly allowed', async () => {
    const w = collect();
    await checkRedisPersistence(aof, { allowPersistent: true, warn: w.warn });
    await checkRedisPersistence(rdb, { allowPersistent: true, warn: w.warn });
    expect(w.warnings).toHaveLength(2);
    expect(w.warnings[0]).toMatch(/AOF.*RUNDE_ALLOW_PERSISTENT_REDIS=1/);
    expect(w.warnings[1]).toMatch(/RDB snapshots.*RUNDE_ALLOW_PERSISTENT_REDIS=1/);
  });

  it('warns but does not refuse when CONFIG is disabled (managed Redis: unknown)', async () => {
    await expect(managed.call('CONFIG', 'GET', 'save')).rejects.toThrow(/unknown command/i);
    const w = collect();
    await checkRedisPersistence(managed, { allowPersistent: false, warn: w.warn });
    expect(w.warnings).toHaveLength(1);
    expect(w.warnings[0]).toMatch(/Could not read the Redis persistence settings/);
  });
});
