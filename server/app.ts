// Builds a complete server from a config: store, ids, meeting service, clock, express, socket.io
// (with the Redis adapter when REDIS_URL is set). Used by main.ts and by the tests (port 0).
import proxyaddr from 'proxy-addr';
import { HEARTBEAT } from '../shared/limits.js';
import { PracticeRooms } from './practice.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { createAdapter } from '@socket.io/redis-adapter';
import express from 'express';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { Broadcaster, type Io } from './broadcast.js';
import { Clock } from './clock.js';
import { loadConfig, usesRedis, type Config } from './config.js';
import { apiRouter, httpErrors, notFound } from './http.js';
import { Ids, randomSecret } from './ids.js';
import { interruptLostMeetings, interruptRolledBack, sendEveryoneOff } from './lifecycle.js';
import { lazyModule } from './lazy-module.js';
import { startGuardModel } from './guard-model.js';
import { useSpacedReading } from '../shared/guard/spaced.js';
import { keepGuardWarm } from './guard-warm.js';
import { forgetGuardMemory } from '../shared/guard/forget.js';
import { log, ref, throttledErrorLog } from './log.js';
import { Meetings } from './meetings.js';
import { GroupMeetings } from './groups/occurrences.js';
import { MemoryNextChairStore, RedisNextChairStore, type NextChairStore } from './groups/next-chair.js';
import { MemoryEndedOccurrences, RedisEndedOccurrences, type EndedOccurrences } from './groups/ended-occurrences.js';
import { GroupRegistry, type ReloadResult } from './groups/registry.js';
import { groupsRouter } from './groups/routes.js';
import { deliverNextChairKeys } from './groups/hand-on.js';
import { addressKey } from './address-key.js';
import { FLOOD_ADDRESS_FACTOR, FloodWatch } from './flood.js';
import { attachRealtime, ENDED_CLEANUP_MS, originAllowed } from './realtime.js';
import { UncertainMeetings } from './uncertain.js';
import type { MeetingState } from '../shared/meeting/state.js';
import { Liveness } from './liveness.js';
import { newProcessId } from './seat-holder.js';
import { serveClient } from './static.js';
import { MemoryStore } from './store/memory.js';
import { checkRedisPersistence, checkReplicaPersistence } from './store/persistence-check.js';
import { RedisStore } from './store/redis.js';
import { checkDatabase, redisErrorCode } from './store/redis-start.js';
import { closeRedis, connectRedis, handleRejections, type RedisRole } from './store/redis-connection.js';
import { keepSubscriptions } from './store/redis-subscriptions.js';
import { RedisWatch } from './store/redis-watch.js';
import { LostMeetings } from './store/lost-meetings.js';
import type { MeetingStore } from './store/store.js';
import { outcomeChannel, type OutcomeChannel } from './outcome-channel.js';

/** How often (ms) the share guard lets go of what it kept of meetings (shared/guard/forget.ts): 15 min. */
const GUARD_FORGET_MS = 15 * 60_000;

export interface RunningServer {
  url: string;
  port: number;
  config: Config;
  store: MeetingStore;
  /** Re-reads the weekly groups file (SIGHUP); a bad file keeps the groups loaded before. */
  reloadGroups(): ReloadResult;
  close(): Promise<void>;
}

/** How long a starting process waits for its Redis subscriptions to be confirmed before it listens anyway (ms). */
const SUBSCRIBED_WAIT_MS = 5_000;

/** Waits for `p`, at most `ms`; after that calls `late` once and resolves (p's failure is ignored: /healthz reports it). */
async function waitFor(p: Promise<void>, ms: number, late: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  const done = await Promise.race([p.then(() => 'done' as const, () => 'done' as const), timeout]);
  clearTimeout(timer);
  if (done === 'late') late();
}

/** How long a stopping process waits for a participant to resume elsewhere before marking the seat dropped. */
const MOVE_WAIT_MS = 4000;
// Loaded when REDIS_URL (or Sentinels) is set: a server on the memory store never loads it.
const redisAdapter = lazyModule<typeof import('@socket.io/redis-adapter')>('@socket.io/redis-adapter');
const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)).unref());

export async function startServer(overrides: Partial<Config> = {}, env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const config: Config = { ...loadConfig(env), ...overrides };
  const now: () => number = config.now ?? ((): number => Date.now());
  // A bad groups file stops the start here, with the entry and field in the message.
  const registry = new GroupRegistry(config.groupsFile);
  const storeOpts = { ttlMs: config.meetingTtlMs, logCap: config.logCap };
  const ids = new Ids(config.secret ?? randomSecret());

  const redisClients: Redis[] = [];
  let store: MeetingStore;
  let adapter: ReturnType<typeof createAdapter> | undefined;
  let outcomeLink: ((onMessage: (json: string) => void) => OutcomeChannel) | undefined;
  let nextChair: NextChairStore;
  let endedOccurrences: EndedOccurrences;
  let watch: RedisWatch | undefined;
  /** The meetings the store lost (Redis restarted empty); none with the memory store. */
  let lost: LostMeetings | undefined;
  /** Each Redis connection this process depends on, up or down (for /healthz); none with the memory store. */
  let redisHealth: (() => Record<RedisRole, 'up' | 'down'>) | undefined;
  /** Resolves once the subscriber holds every subscription asked for so far, or at `until` (epoch ms; see before listen). */
  let subscribed: (until: number) => Promise<void> = () => Promise.resolve();
  // ioredis reconnects by itself (every 50-500 ms while down): log that the connection failed,
  // never what was in it, and at most once every 5 s with a count.
  const redisError = throttledErrorLog('redis_error', 5000, redisErrorCode);
  // Set once the io server exists: the watch may find the data gone only after start-up.
  let onStoreLost = (): void => undefined;
  let onResubscribed = (): void => undefined;
  if (usesRedis(config)) {
    const main = await connectRedis(config, redisError, 'command');
    redisClients.push(main);
    await checkDatabase(main, config);
    const persistenceOpts = { allowPersistent: config.allowPersistentRedis, warn: (msg: string) => log('warning', { msg }) };
    await checkRedisPersistence(main, persistenceOpts);
    await checkReplicaPersistence(config, persistenceOpts);
    const redisStore = new RedisStore(main, storeOpts);
    store = redisStore;
    lost = new LostMeetings(main);
    watch = new RedisWatch(main, ids, {
      everyMs: config.storeCheckMs,
      secretConfigured: config.secret !== null,
      onLost: () => onStoreLost(),
      onError: redisError,
    });
    await watch.start();
    const [pub, sub] = await Promise.all([connectRedis(config, redisError, 'publisher'), connectRedis(config, redisError, 'subscriber')]);
    // Before handleRejections, so the adapter's calls are both kept and handled.
    const subscriptions = keepSubscriptions(sub, redisError, () => onResubscribed());
    // Redis answers a subscriber's commands in order, so a PING's reply comes after every
    // SUBSCRIBE sent before it has taken effect.
    // A PING that times out (the command timeout) is asked again until the caller stops waiting.
    let confirmed = false;
    subscribed = async (until) => {
      while (!confirmed && Date.now() < until) {
        await sub.ping().then(
          () => (confirmed = true),
          () => new Promise((r) => setTimeout(r, 100)),
        );
      }
    };
    const commandWatch = watch;
    const state = (up: boolean): 'up' | 'down' => (up ? 'up' : 'down');
    // Without the subscriber this process hears no other process's outcomes; without the
    // publisher the others hear nothing of its own: either is as bad for its people as no store.
    redisHealth = () => ({ command: state(commandWatch.up()), publisher: state(pub.status === 'ready'), subscriber: state(confirmed && subscriptions.live()) });
    for (const c of [pub, sub]) handleRejections(c, redisError);
    redisClients.push(pub, sub);
    // The plain pub/sub adapter: nothing is kept in Redis after delivery (see docs/architecture.md).
    adapter = redisAdapter().createAdapter(pub, sub);
    outcomeLink = (onMessage) => {
      const link = outcomeChannel(pub, sub, onMessage, redisError);
      // Each commit asks whether another process listens: alone on the Redis, nothing is published.
      if (link.channels) redisStore.outcomesOn(link.channels);
      return link;
    };
    nextChair = new RedisNextChairStore(main, now);
    endedOccurrences = new RedisEndedOccurrences(main, now);
  } else {
    store = new MemoryStore(storeOpts);
    nextChair = new MemoryNextChairStore(now);
    endedOccurrences = new MemoryEndedOccurrences(now);
  }
  let draining = false;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Client first: its security headers (CSP, frame and referrer policy) then cover /api too.
  serveClient(app, config.distDir ? { distDir: config.distDir } : {});
  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const redis = redisHealth?.();
    const storeUp = redis ? Object.values(redis).every((s) => s === 'up') : true;
    // Another process on this Redis signs meeting ids with another secret: its meetings are "not found" here.
    const unlike = watch?.signsUnlike() ?? false;
    const ok = storeUp && !draining && !unlike;
    // 503 tells a load balancer to send nobody new here: a Redis connection is down, we sign unlike the others, or we are stopping.
    res.status(ok ? 200 : 503).json({ ok, store: storeUp ? 'up' : 'down', draining, ...(redis ? { redis } : {}), ...(unlike ? { secret: 'differs' } : {}) });
  });
  const practice = new PracticeRooms();
  // `watch` reaches the clock made below: requests only come once the server listens.
  const groups = new GroupMeetings({ registry, store, ids, nextChair, ended: endedOccurrences, config, now, watch: (s) => clock.schedule(s) });
  app.use('/api', groupsRouter(registry, groups));
  app.use('/api', apiRouter({ config, store, ids, now, groups, practice, wasLost: (id) => wasLost(id) }));
  // Anything else is a typed 404; errors (bad paths, bodies, encodings) a typed 4xx, no trace.
  app.use(notFound);
  app.use(httpErrors);

  // The client's address as express reads it behind the configured proxies (req.ip), for the
  // per-address seat count (Config.seatsPerAddress) and the flood bound (flood.ts) alone. A
  // loopback or private address is not counted: it is a proxy not configured as trusted
  // (RUNDE_TRUST_PROXY), or a local network, and either way many people may share it.
  const trustFn = app.get('trust proxy fn') as Parameters<typeof proxyaddr>[1];
  const local = proxyaddr.compile(['loopback', 'linklocal', 'uniquelocal']);
  const addressOfRequest = (req: Parameters<typeof proxyaddr>[0]): string | null => {
    const addr = proxyaddr(req, trustFn);
    // One client: an IPv6 /64 counts as one address (address-key.ts).
    return local(addr, 0) ? null : addressKey(addr);
  };
  const flood = new FloodWatch(config.rate.points, config.rate.windowMs, FLOOD_ADDRESS_FACTOR, addressOfRequest, now);

  const http = createServer(app);
  const io: Io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: config.maxPayloadBytes,
    // A stopping process takes no new connections: they go to a sibling, or wait for the restart.
    // Nor does an address shut out for flooding, until its window ends (flood.ts).
    allowRequest: (req, cb) => cb(null, !draining && originAllowed(req, config.allowedOrigins) && flood.admits(req)),
    // Quicker than the defaults: a dropped chair or speaker should not hold the room for long.
    pingInterval: HEARTBEAT.pingIntervalMs,
    pingTimeout: HEARTBEAT.pingTimeoutMs,
    ...(adapter ? { adapter } : {}),
  });

  // A commit of unknown outcome (Redis timed out or went away mid-command; it may still carry it
  // out) leaves the meeting uncertain until it is read back from the store (uncertain.ts).
  const meetings = new Meetings(store, now, (s) => groups.ended(s), (id) => uncertain.mark(id));
  const processId = newProcessId();
  const clock: Clock = new Clock(meetings, (out) => {
    broadcaster.publish(out, now());
    clock.schedule(out.state);
  }, now);
  // What another process committed, or what a gap fill read from the store: our hot copy and
  // the meeting's clock follow it, so timers run on the real state.
  const follow = (state: MeetingState): void => {
    meetings.observe(state);
    clock.schedule(state);
  };
  const broadcaster = new Broadcaster(io, !!adapter, store, (out) => follow(out.state), follow);
  if (outcomeLink) broadcaster.link(outcomeLink((json) => broadcaster.receive(json)), (id) => meetings.current(id));
  const uncertain = new UncertainMeetings(store, (id, stored) => {
    if (stored) {
      follow(stored);
      // An `end` carried out unanswered: the refill says goodbye, then its keys go (as for a repeat).
      if (stored.phase === 'ended') setTimeout(() => void meetings.endedUnanswered(stored).catch(() => undefined), ENDED_CLEANUP_MS).unref();
    }
    // Every process delivers what the store holds beyond what it delivered (nobody published it).
    broadcaster.refill(id);
    log('commit_uncertain_settled', { meeting: ref(id), seq: stored?.seq ?? null });
  });
  // The store is back after a dropped connection: read the uncertain meetings at once.
  redisClients[0]?.on('ready', () => void uncertain.checkNow());
  // Seats on a process that dies outright are noticed by the others (liveness.ts; Redis only).
  const liveness = redisClients[0]
    ? new Liveness(redisClients[0], processId, { ttlMs: config.meetingTtlMs }, (m, p, c) => realtime.dropSeat(m, p, c), (m, p, c) => realtime.reclaimSeat(m, p, c))
    : undefined;
  // The share guard is made ready before the first command, not at start (a server without
  // meetings needs neither): its model, beside the rules, for the server's check only
  // (guard-model.ts), read once; its patterns compiled and kept so while this process has
  // meetings, not compiled inside a share (guard-warm.ts).
  const guardWarm = keepGuardWarm(undefined, () => meetings.knownIds().length > 0);
  // A meeting's names and last share leave the guard when it ends (meetings.ts dropEnded); one
  // left to expire leaves it within GUARD_FORGET_MS, long before its keys leave the store.
  const guardForget = setInterval(forgetGuardMemory, GUARD_FORGET_MS);
  guardForget.unref();
  let guardModel = false;
  const guardReady = (): void => {
    if (!guardModel) {
      startGuardModel();
      // Spaced-out letters read joined up (shared/guard/spaced.ts): the server's check only, as the model.
      useSpacedReading();
      guardModel = true;
    }
    guardWarm.wake();
  };
  const addressOf = (socket: { request: Parameters<typeof proxyaddr>[0] }): string | null => addressOfRequest(socket.request);
  const realtime = attachRealtime({ addressOf, flood, beforeCommand: guardReady, clustered: !!adapter, io, meetings, ids, clock, broadcaster, config, now, processId, readBack: (id, current) => uncertain.readNow(id, current), meetingVanished: () => meetingVanished(), wasLost: (id) => wasLost(id), ...(liveness ? { seats: liveness } : {}), occurrences: groups, afterAccepted: (out) => deliverNextChairKeys(out, groups, io, store) });

  onResubscribed = () => {
    log('pubsub_resubscribed', { meetings: broadcaster.order.resync() });
  };
  let interruptPending = false;
  onStoreLost = () => {
    log('store_lost', {});
    interruptPending = true;
    void tellInterrupted();
  };
  // Retried on every store check until the store could be asked which meetings are gone. One at
  // a time: a command that found its meeting missing waits for the one under way (`vanished`).
  let telling: Promise<void> | null = null;
  const tellInterrupted = (): Promise<void> =>
    (telling ??= (async () => {
      if (!interruptPending) return;
      const record = lost && { known: () => meetings.knownIds(), mark: (ids: readonly string[]) => lost!.mark(ids) };
      if (await interruptLostMeetings(io, store, record).catch(() => false)) interruptPending = false;
      else setTimeout(() => void tellInterrupted(), config.storeCheckMs).unref();
    })().finally(() => (telling = null)));
  /**
   * A seated socket's command found its meeting missing from the store. If the store lost it
   * (Redis restarted empty) and the periodic check has not noticed yet, check now, so the
   * meeting's people hear `bye('interrupted')` before that command's answer (it used to get
   * "This meeting has ended." first, up to a check period before the farewell).
   */
  const meetingVanished = async (): Promise<void> => {
    if (!watch) return;
    await watch.checkNow();
    await (telling ?? Promise.resolve());
  };

  /**
   * A meeting this server issued is missing from the store: did the store lose it (Redis
   * restarted empty), rather than the meeting end? Checks the store first, so a loss not yet
   * noticed by the periodic check is recorded before the answer.
   */
  const wasLost = async (id: string): Promise<boolean> => {
    if (!lost) return false;
    await meetingVanished();
    return lost.has(id);
  };

  // A store gone back in time (a replica promoted without the latest writes): checked with the
  // store check's period, for the meetings this process's people are in (lifecycle.ts).
  let rollbackCheck: NodeJS.Timeout | undefined;
  if (watch) {
    let checking = false;
    rollbackCheck = setInterval(() => {
      if (checking || draining) return;
      checking = true;
      void interruptRolledBack(io, store, broadcaster.order.deliveredSeqs())
        .catch(() => 0)
        .finally(() => (checking = false));
    }, config.storeCheckMs);
    rollbackCheck.unref();
  }

  await liveness?.start();
  // Nobody is let in before this process hears the others: the adapter's and the outcome
  // channel's subscriptions were sent above, unconfirmed. A join taken before would miss the
  // other processes' deliveries for its meeting, and a load balancer that does not ask /healthz
  // would send people here the moment the port opens.
  await waitFor(subscribed(Date.now() + SUBSCRIBED_WAIT_MS), SUBSCRIBED_WAIT_MS, () => log('warning', { msg: 'the Redis subscriber did not confirm its subscriptions in time; /healthz says so until it does' }));
  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const port = (http.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  practice.url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}`;
  log('listening', { port, store: usesRedis(config) ? (config.redisSentinels ? 'redis-sentinel' : 'redis') : 'memory' });

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    config,
    store,
    reloadGroups: () => registry.reload(),
    close: () => (closing ??= stop()),
  };

  /**
   * Graceful stop (SIGTERM): refuse new connections, tell this process's participants to move
   * (`bye('restarting')`), close only this process's sockets, record as dropped only the seats
   * that did not resume elsewhere, then let go of the store. Never throws: Redis may be down.
   *
   * The port stays open until this process's own connections are closed (by their clients, see
   * sendEveryoneOff): new socket.io connections are refused meanwhile (`allowRequest`: 403,
   * which a proxy passes to another process), but a long-polling session's next request still
   * reaches the process that knows it. Closing the port first sent those requests through the
   * proxy to a sibling, which answered HTTP 400 (session id unknown):
   * test/drills/nginx-switch.test.ts.
   */
  async function stop(): Promise<void> {
    draining = true;
    practice.stop();
    guardWarm.stop();
    clearInterval(guardForget);
    watch?.stop();
    clearInterval(rollbackCheck);
    clock.stop();
    uncertain.stop();
    realtime.deferDrops(adapter ? MOVE_WAIT_MS : 0);
    const sockets = await sendEveryoneOff(io).catch(() => 0);
    // At once: with the port open, a proxy keeps sending this process the requests of sessions
    // that its people opened meanwhile on a sibling (this one refuses new ones), which it does
    // not know (400 again). Measured: test/drills/nginx-switch.test.ts.
    http.close();
    broadcaster.stop();
    await Promise.race([realtime.drain(), pause(config.stopTimeoutMs - 1000)]);
    await liveness?.stop();
    await new Promise<void>((resolve) => void io.close(() => resolve()));
    await store.close().catch(() => undefined);
    await Promise.all(redisClients.map(closeRedis));
    log('stopped', { sockets });
  }
}
