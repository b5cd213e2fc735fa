// Opening Redis connections the way a share round needs them: fail fast instead of queueing.
//
// ioredis by default keeps commands in an offline queue while it reconnects and retries each
// one up to 20 times, so a request made during an outage answers after many seconds (or never).
// Here a command made while the connection is down fails at once, one in flight when it drops
// fails on the first reconnect attempt, and none waits longer than the command timeout: the
// participant gets STORE_UNAVAILABLE ("try again") within about a second.
//
// With Sentinels configured, ioredis asks them for the current primary on every (re)connect and
// listens for +switch-master (failoverDetector), so after a failover every client, including the
// adapter's publisher and subscriber (made with duplicate(), which keeps these options), follows.
import type { Redis, RedisOptions } from 'ioredis';
import { lazyModule } from '../lazy-module.js';

// Loaded by the first connection: a server on the memory store never loads ioredis.
const ioredis = lazyModule<typeof import('ioredis')>('ioredis');
import type { Config } from '../config.js';
import { waitReady } from './redis-start.js';

/** Reconnect quickly: restart detection and the "try again" window both depend on it. */
const MAX_RECONNECT_DELAY_MS = 500;

/** ioredis options for Runde's clients from the config (URL or Sentinels). */
export function redisOptions(config: Config): RedisOptions {
  const fromUrl = config.redisUrl ? urlOptions(config.redisUrl) : {};
  const base: RedisOptions = {
    ...fromUrl,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: config.redisCommandTimeoutMs,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(50 * times, MAX_RECONNECT_DELAY_MS),
  };
  if (!config.redisSentinels) return base;
  return {
    ...base,
    sentinels: config.redisSentinels,
    name: config.redisMasterName,
    failoverDetector: true,
    sentinelRetryStrategy: (times) => Math.min(50 * times, MAX_RECONNECT_DELAY_MS),
    sentinelCommandTimeout: 1000,
  };
}

/** Password, user, db and TLS from a redis:// or rediss:// URL (host and port too without Sentinels). */
function urlOptions(url: string): RedisOptions {
  const u = new URL(url);
  const o: RedisOptions = { host: u.hostname.replace(/^\[|\]$/gu, ''), port: u.port ? Number(u.port) : 6379 };
  if (u.username) o.username = decodeURIComponent(u.username);
  if (u.password) o.password = decodeURIComponent(u.password);
  const db = u.pathname.replace(/^\//u, '');
  if (db) o.db = Number(db);
  if (u.protocol === 'rediss:') o.tls = {};
  return o;
}

/** What each of a process's Redis connections is for: its name in `CLIENT LIST` and in /healthz. */
export type RedisRole = 'command' | 'publisher' | 'subscriber';

/**
 * A connected client. Rejects with a RedisStartError (one line naming the variable and the likely
 * cause) if Redis is not usable within RUNDE_REDIS_START_TIMEOUT_MS, or at once on a wrong password.
 * `role` names the connection (`CLIENT SETNAME runde-<role>`) so an operator can tell them apart.
 */
export async function connectRedis(config: Config, onError: (err: Error) => void, role?: RedisRole): Promise<Redis> {
  const client = new (ioredis().Redis)({ ...redisOptions(config), ...(role ? { connectionName: `runde-${role}` } : {}) });
  client.on('error', onError);
  await waitReady(client, config);
  return client;
}

/** Closes a client whether or not Redis is reachable: QUIT when connected, else just drop it. */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    const quit = client.quit().catch(() => undefined);
    // QUIT can hang on a half-open connection: give it a moment, then cut it.
    await Promise.race([quit, new Promise((r) => setTimeout(r, 500).unref())]);
  }
  client.disconnect();
}

/** The commands the socket.io Redis adapter calls without handling the promise they return. */
export const ADAPTER_FIRE_AND_FORGET = ['publish', 'psubscribe', 'subscribe', 'punsubscribe', 'unsubscribe'] as const;

/**
 * The socket.io Redis adapter calls `pubClient.publish(...)` (and, on close, `punsubscribe`/
 * `unsubscribe`) without handling the returned promise: with Redis gone that rejection is
 * unhandled and takes the process down. This makes every such call on `client` a handled
 * promise (reported to `onError`); a caller that awaits it still sees the rejection.
 */
export function handleRejections(client: Redis, onError: (err: unknown) => void): void {
  const target = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ADAPTER_FIRE_AND_FORGET) {
    const original = target[name]!.bind(client);
    target[name] = (...args: unknown[]) => {
      const result = original(...args);
      if (result instanceof Promise) result.catch(onError);
      return result;
    };
  }
}
