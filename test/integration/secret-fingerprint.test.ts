// Every process on one Redis must sign meeting ids alike, or refuse to start. One started
// without RUNDE_SECRET (the generated secret shared in Redis) beside one with RUNDE_SECRET, or
// two with different values, each answered 404 "Meeting not found" for the other's meetings —
// people moved by a SIGTERM got MEETING_NOT_FOUND — and nothing said so. Now the second refuses
// with one RUNDE_SECRET line, exit 2; a running process that sees the fingerprint change logs
// `secret_mismatch` and /healthz answers 503. Real redis-server, spawned server processes.
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

const SECRET_X = 'x-secret-0123456789abcdef';
const SECRET_Y = 'y-secret-0123456789abcdef';
const KEY = 'runde:{server}:signer';

describe('processes on one Redis sign alike or refuse to start', () => {
  const redises: RedisHandle[] = [];
  const procs: ServerProcess[] = [];

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.crash()));
    await Promise.all(redises.map((r) => r.stop()));
  });

  /** Starts a process; resolves with it, or with its output when it exits instead. */
  async function launch(env: Record<string, string>): Promise<ServerProcess | string> {
    try {
      const p = await spawnServer({ RUNDE_STORE_CHECK_MS: '200', ...env });
      procs.push(p);
      return p;
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }

  /** The refusal: exit 2 and exactly one line, naming RUNDE_SECRET and what to do, never a secret. */
  function expectRefused(r: ServerProcess | string): void {
    expect(typeof r, 'the process started').toBe('string');
    const text = r as string;
    expect(text).toMatch(/^server exited with 2:/u);
    const lines = text.replace(/^server exited with 2: /u, '').split('\n').filter((l) => l.startsWith('runde:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^runde: configuration: RUNDE_SECRET: expected the same value on every process on this Redis \(or none on any\), got .+ set the same RUNDE_SECRET on every process, or leave it unset on every one/u);
    expect(text).not.toMatch(/^\s+at /mu);
    expect(text).not.toContain(SECRET_X);
    expect(text).not.toContain(SECRET_Y);
  }

  it('one without RUNDE_SECRET and one with it, in either order: the second refuses', { timeout: 180_000 }, async () => {
    const [a, b] = await Promise.all([startRedis(), startRedis()]);
    redises.push(a, b);
    expect(typeof (await launch({ REDIS_URL: a.url }))).toBe('object');
    expectRefused(await launch({ REDIS_URL: a.url, RUNDE_SECRET: SECRET_X }));
    expect(typeof (await launch({ REDIS_URL: b.url, RUNDE_SECRET: SECRET_X }))).toBe('object');
    expectRefused(await launch({ REDIS_URL: b.url }));
  });

  it('two different RUNDE_SECRET values: the second refuses; the same value starts', { timeout: 180_000 }, async () => {
    const r = await startRedis();
    redises.push(r);
    expect(typeof (await launch({ REDIS_URL: r.url, RUNDE_SECRET: SECRET_X }))).toBe('object');
    expectRefused(await launch({ REDIS_URL: r.url, RUNDE_SECRET: SECRET_Y }));
    expect(typeof (await launch({ REDIS_URL: r.url, RUNDE_SECRET: SECRET_X }))).toBe('object');
    // What Redis holds is a short-lived fingerprint, never the secret.
    const c = new Redis(r.url);
    try {
      const fp = await c.get(KEY);
      expect(fp).toMatch(/^[A-Za-z0-9_-]{16}$/u);
      const ttl = await c.pttl(KEY);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(30_000);
      for (const key of await c.keys('*')) {
        const type = await c.type(key);
        const value =
          type === 'string' ? await c.get(key)
          : type === 'hash' ? JSON.stringify(await c.hgetall(key))
          : type === 'list' ? JSON.stringify(await c.lrange(key, 0, -1))
          : type === 'stream' ? JSON.stringify(await c.xrange(key, '-', '+'))
          : type === 'zset' ? JSON.stringify(await c.zrange(key, '0', '-1', 'WITHSCORES'))
          : type === 'set' ? JSON.stringify(await c.smembers(key))
          : `unexpected type ${type}`;
        expect(value ?? '').not.toContain(SECRET_X);
      }
    } finally {
      c.disconnect();
    }
  });

  it('a running process that sees the fingerprint change logs it and reports unhealthy, then healthy again', { timeout: 120_000 }, async () => {
    const r = await startRedis();
    redises.push(r);
    const p = await launch({ REDIS_URL: r.url, RUNDE_SECRET: SECRET_X });
    if (typeof p === 'string') throw new Error(p);
    const health = async (): Promise<{ status: number; body: Record<string, unknown> }> => {
      const res = await fetch(`${p.url}/healthz`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect((await health()).status).toBe(200);
    const c = new Redis(r.url);
    try {
      // Another signer took the record (e.g. it expired while this process could not reach Redis).
      await c.set(KEY, 'another-signer00', 'PX', 30_000);
      await p.logged((l) => l.includes('"event":"secret_mismatch"'), 'secret_mismatch', 10_000);
      expect(p.output.filter((l) => l.includes('"event":"secret_mismatch"'))).toHaveLength(1);
      expect(await health()).toMatchObject({ status: 503, body: { ok: false, secret: 'differs' } });
      await c.del(KEY);
      await p.logged((l) => l.includes('"event":"secret_match"'), 'secret_match', 20_000);
      expect((await health()).status).toBe(200);
    } finally {
      c.disconnect();
    }
  });
});
