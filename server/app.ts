// Builds a complete server from a config: store, ids, meeting service, clock, express, socket.io
// (with the Redis adapter when REDIS_URL is set). Used by main.ts and by the tests (port 0).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-adapter';
import express from 'express';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { Broadcaster, type Io } from './broadcast.js';
import { Clock } from './clock.js';
import { loadConfig, type Config } from './config.js';
import { apiRouter, httpErrors, notFound } from './http.js';
import { Ids, randomSecret } from './ids.js';
import { log } from './log.js';
import { Meetings } from './meetings.js';
import { GroupMeetings } from './groups/occurrences.js';
import { MemoryNextChairStore, RedisNextChairStore, type NextChairStore } from './groups/next-chair.js';
import { GroupRegistry, type ReloadResult } from './groups/registry.js';
import { groupsRouter } from './groups/routes.js';
import { attachRealtime, originAllowed } from './realtime.js';
import { serveClient } from './static.js';
import { MemoryStore } from './store/memory.js';
import { checkRedisPersistence } from './store/persistence-check.js';
import { RedisStore } from './store/redis.js';
import type { MeetingStore } from './store/store.js';

export interface RunningServer {
  url: string;
  port: number;
  config: Config;
  store: MeetingStore;
  /** Re-reads the weekly groups file (SIGHUP); a bad file keeps the groups loaded before. */
  reloadGroups(): ReloadResult;
  close(): Promise<void>;
}

const SECRET_KEY = 'runde:server-secret';

/** All processes on one Redis must sign meeting ids alike: the first one's secret wins. */
async function sharedSecret(redis: Redis): Promise<string> {
  await redis.set(SECRET_KEY, randomSecret(), 'NX');
  const s = await redis.get(SECRET_KEY);
  if (!s) throw new Error('could not read the shared server secret from Redis');
  return s;
}

export async function startServer(overrides: Partial<Config> = {}, env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const config: Config = { ...loadConfig(env), ...overrides };
  const now: () => number = config.now ?? ((): number => Date.now());
  // A bad groups file stops the start here, with the entry and field in the message.
  const registry = new GroupRegistry(config.groupsFile);
  const storeOpts = { ttlMs: config.meetingTtlMs, logCap: config.logCap };

  const redisClients: Redis[] = [];
  let store: MeetingStore;
  let secret = config.secret;
  let adapter: ReturnType<typeof createAdapter> | undefined;
  let nextChair: NextChairStore;
  if (config.redisUrl) {
    const main = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
    // ioredis reconnects by itself; log that the connection failed, never what was in it.
    main.on('error', (err: Error) => log('redis_error', { error: err.name }));
    await main.connect();
    redisClients.push(main);
    await checkRedisPersistence(main, { allowPersistent: config.allowPersistentRedis, warn: (msg) => log('warning', { msg }) });
    store = new RedisStore(main, storeOpts);
    secret ??= await sharedSecret(main);
    const pub = main.duplicate();
    const sub = main.duplicate();
    for (const c of [pub, sub]) c.on('error', (err: Error) => log('redis_error', { error: err.name }));
    redisClients.push(pub, sub);
    // The plain pub/sub adapter: nothing is kept in Redis after delivery (see docs/architecture.md).
    adapter = createAdapter(pub, sub);
    nextChair = new RedisNextChairStore(main, now);
  } else {
    store = new MemoryStore(storeOpts);
    nextChair = new MemoryNextChairStore(now);
  }
  const ids = new Ids(secret ?? randomSecret());

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Client first: its security headers (CSP, frame and referrer policy) then cover /api too.
  serveClient(app, config.distDir ? { distDir: config.distDir } : {});
  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ok: true });
  });
  const groups = new GroupMeetings({ registry, store, ids, nextChair, config, now });
  app.use('/api', groupsRouter(registry, groups));
  app.use('/api', apiRouter({ config, store, ids, now, groups }));
  // Anything else is a typed 404; errors (bad paths, bodies, encodings) a typed 4xx, no trace.
  app.use(notFound);
  app.use(httpErrors);

  const http = createServer(app);
  const io: Io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: config.maxPayloadBytes,
    allowRequest: (req, cb) => cb(null, originAllowed(req, config.allowedOrigins)),
    // Quicker than the defaults: a dropped chair or speaker should not hold the room for long.
    pingInterval: 10_000,
    pingTimeout: 10_000,
    ...(adapter ? { adapter } : {}),
  });

  const meetings = new Meetings(store, now);
  const clock: Clock = new Clock(meetings, (out) => {
    broadcaster.publish(out, now());
    clock.schedule(out.state);
  }, now);
  const broadcaster = new Broadcaster(io, !!adapter, (out) => clock.schedule(out.state));
  const realtime = attachRealtime({ io, meetings, ids, clock, broadcaster, config, now });

  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const port = (http.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  log('listening', { port, store: config.redisUrl ? 'redis' : 'memory' });

  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    config,
    store,
    reloadGroups: () => registry.reload(),
    async close() {
      clock.stop();
      broadcaster.stop();
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      // Record the dropped seats before the store goes: other processes keep the meeting going.
      await realtime.drain();
      await store.close();
      await Promise.all(redisClients.map((c) => c.quit().catch(() => undefined)));
    },
  };
}
