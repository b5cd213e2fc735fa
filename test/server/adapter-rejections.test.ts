// The socket.io Redis adapter publishes without handling the promise: with Redis gone, each
// publish used to be an unhandled rejection that took the process down (issue 9). Every path
// that makes the adapter talk to Redis is exercised here against a killed redis-server.
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { closeRedis, connectRedis, handleRejections } from '../../server/store/redis-connection.js';
import { isStoreUnavailable } from '../../server/store/unavailable.js';
import { startRedis } from '../helpers/redis-server.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('the Redis adapter with Redis gone', () => {
  it('publishes, server-side emits, remote disconnects and closes without an unhandled rejection', async () => {
    process.on('unhandledRejection', onUnhandled);
    const redis = await startRedis();
    const config = { ...loadConfig({}), redisUrl: redis.url };
    const errors: unknown[] = [];
    const [pub, sub] = await Promise.all([connectRedis(config, () => undefined), connectRedis(config, () => undefined)]);
    for (const c of [pub, sub]) handleRejections(c, (e) => errors.push(e));
    const http = createServer();
    const io = new Server(http, { adapter: createAdapter(pub, sub) });
    await redis.crash();
    await new Promise((r) => setTimeout(r, 100));

    io.serverSideEmit('outcome', {});
    io.to('m:x').emit('event', {});
    io.in('p:x').disconnectSockets(true);
    await io.in('p:x').fetchSockets().catch((e: unknown) => errors.push(e));
    await new Promise<void>((resolve) => void io.close(() => resolve()));
    await new Promise((r) => setTimeout(r, 300));
    await Promise.all([pub, sub].map(closeRedis));

    expect(unhandled).toEqual([]);
    // The failures were seen (and are of the "store unavailable" kind), not swallowed silently.
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((e) => e instanceof Error && /writeable|closed|timed out/u.test(e.message)).length).toBeGreaterThan(0);
  });

  it('fails a command at once while Redis is down (no offline queue): STORE_UNAVAILABLE, not a long wait', async () => {
    const redis = await startRedis();
    const client = await connectRedis({ ...loadConfig({}), redisUrl: redis.url }, () => undefined);
    await redis.crash();
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    const err = await client.get('runde:x').then(() => null, (e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(isStoreUnavailable(err)).toBe(true);
    await closeRedis(client);
  });

  it('fails a command in flight within the command timeout when Redis stops answering', async () => {
    const redis = await startRedis();
    const client = await connectRedis({ ...loadConfig({}), redisUrl: redis.url, redisCommandTimeoutMs: 300 }, () => undefined);
    process.kill(redis.pid, 'SIGSTOP');
    try {
      const t0 = Date.now();
      const err = await client.get('runde:x').then(() => null, (e: unknown) => e);
      expect(Date.now() - t0).toBeLessThan(1000);
      expect(isStoreUnavailable(err)).toBe(true);
    } finally {
      process.kill(redis.pid, 'SIGCONT');
      await closeRedis(client);
      await redis.stop();
    }
  });
});
