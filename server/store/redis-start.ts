// Why a start against Redis failed, in one line an operator can act on. A wrong Sentinel setting
// used to hang the process for ever (never listening, only `redis_error` lines with "Error"), and
// a wrong password or an unreachable REDIS_URL exited with only "Connection is closed.". Here a
// start waits at most RUNDE_REDIS_START_TIMEOUT_MS for Redis, then names the variable(s) and the
// likely cause; server/main.ts prints the line and exits 1.
import type { Redis } from 'ioredis';
import { lazyModule } from '../lazy-module.js';
import type { Config } from '../config.js';

const ioredis = lazyModule<typeof import('ioredis')>('ioredis');

/** A start that cannot go on because of Redis: `message` is one line naming the variable(s). */
export class RedisStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedisStartError';
  }
}

/**
 * A short, address-free code for a Redis error, for logs and start lines: the socket's code
 * (ECONNREFUSED, ENOTFOUND, ETIMEDOUT...), Redis's reply prefix (NOAUTH, WRONGPASS, READONLY,
 * LOADING...), or a name for ioredis's own errors. Never the message (it holds addresses).
 */
export function redisErrorCode(err: unknown): string {
  if (!(err instanceof Error)) return 'unknown';
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/u.test(code)) return code;
  const m = err.message;
  const prefix = /^([A-Z][A-Z_]{2,30})\b/u.exec(m)?.[1];
  if (prefix && err.name === 'ReplyError') return prefix;
  if (/^All sentinels are unreachable/u.test(m)) return 'NO_PRIMARY_FROM_SENTINELS';
  if (/Connection is closed/u.test(m)) return 'CONNECTION_CLOSED';
  if (/timed? ?out/iu.test(m)) return 'ETIMEDOUT';
  if (prefix) return prefix;
  return err.name || 'Error';
}

const AUTH_CODES = new Set(['NOAUTH', 'WRONGPASS', 'NOPERM']);

/** True for an error no retry will cure (a wrong password): the start ends at once. */
export const isDefinitive = (err: unknown): boolean => AUTH_CODES.has(redisErrorCode(err));

const where = (h: { host: string; port: number }): string => (h.host.includes(':') ? `[${h.host}]:${h.port}` : `${h.host}:${h.port}`);

/** The address of REDIS_URL without user or password. */
function urlAddress(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 6379}`;
}

function authLine(code: string, variable: string): string {
  if (code === 'NOAUTH') return `${variable}: authentication failed (NOAUTH): Redis requires a password; give it in REDIS_URL as redis://:<password>@host:port (or redis://<user>:<password>@...)`;
  return `${variable}: authentication failed (${code}): the user or password in REDIS_URL is wrong for this Redis`;
}

/** The line for a plain REDIS_URL start that failed with `last` (null: no error seen, just no answer). */
function urlLine(config: Config, last: unknown, waitedMs: number): string {
  const code = last ? redisErrorCode(last) : 'no answer';
  if (AUTH_CODES.has(code)) return authLine(code, 'REDIS_URL');
  return `REDIS_URL: cannot reach Redis at ${urlAddress(config.redisUrl!)} within ${waitedMs} ms (${code}): check the host and port and that redis-server runs there (RUNDE_REDIS_START_TIMEOUT_MS sets the wait)`;
}

type SentinelAnswer = { at: string; kind: 'unreachable' | 'not-sentinel' | 'password' | 'unknown-master' | 'knows'; primary?: string };

/** Asks one Sentinel, once, for the primary's address; never retries. */
async function askSentinel(config: Config, s: { host: string; port: number }): Promise<SentinelAnswer> {
  const at = where(s);
  const client = new (ioredis().Redis)({ host: s.host, port: s.port, lazyConnect: true, enableReadyCheck: false, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 2000, commandTimeout: 2000, retryStrategy: () => null });
  // A Redis with requirepass refuses the connection's handshake (NOAUTH) and closes it: the
  // rejection then says only "Connection is closed.", the error event says why.
  let seen: unknown = null;
  client.on('error', (err: unknown) => (seen = err));
  try {
    await client.connect();
    const reply = (await client.call('SENTINEL', 'get-master-addr-by-name', config.redisMasterName)) as unknown;
    if (Array.isArray(reply) && reply.length >= 2) return { at, kind: 'knows', primary: `${String(reply[0])}:${String(reply[1])}` };
    return { at, kind: 'unknown-master' };
  } catch (err) {
    if (AUTH_CODES.has(redisErrorCode(err)) || AUTH_CODES.has(redisErrorCode(seen))) return { at, kind: 'password' };
    if (err instanceof Error && err.name === 'ReplyError') return { at, kind: 'not-sentinel' };
    return { at, kind: 'unreachable' };
  } finally {
    client.disconnect();
  }
}

/** The line for a start through Sentinels that failed: asks each Sentinel what it knows. */
async function sentinelLine(config: Config, last: unknown, waitedMs: number): Promise<string> {
  const answers = await Promise.all(config.redisSentinels!.map((s) => askSentinel(config, s)));
  const of = (kind: SentinelAnswer['kind']): string[] => answers.filter((a) => a.kind === kind).map((a) => a.at);
  const knows = answers.find((a) => a.kind === 'knows');
  if (!knows) {
    if (of('unreachable').length === answers.length) {
      return `RUNDE_REDIS_SENTINELS: cannot reach any Sentinel (${of('unreachable').join(', ')}) within ${waitedMs} ms: check the addresses and that the Sentinels run (RUNDE_REDIS_START_TIMEOUT_MS sets the wait)`;
    }
    if (of('not-sentinel').length > 0) {
      return `RUNDE_REDIS_SENTINELS: ${of('not-sentinel').join(', ')} answered but ${of('not-sentinel').length > 1 ? 'are not Sentinels' : 'is not a Sentinel'} (a plain Redis?): list the Sentinels' own ports (26379 by default), not the Redis primary's`;
    }
    if (of('password').length > 0) {
      return `RUNDE_REDIS_SENTINELS: ${of('password').join(', ')} asks for a password: a Redis with requirepass listed instead of a Sentinel? List the Sentinels' own ports (26379 by default); Runde does not send a password to Sentinels`;
    }
    return `RUNDE_REDIS_MASTER_NAME: no Sentinel knows master "${config.redisMasterName}" (asked ${of('unknown-master').join(', ')}): use the name of their "sentinel monitor <name> ..." line`;
  }
  const code = last ? redisErrorCode(last) : 'no answer';
  if (AUTH_CODES.has(code)) return authLine(code, 'REDIS_URL');
  return `RUNDE_REDIS_SENTINELS: the Sentinels name ${knows.primary} as primary "${config.redisMasterName}" but it did not answer within ${waitedMs} ms (${code}): check that it runs and is reachable from here`;
}

/**
 * Connects `client` (made with lazyConnect) and waits until it is ready, at most
 * `config.redisStartTimeoutMs` ms (ioredis keeps reconnecting meanwhile: Redis may be starting
 * too). A wrong password ends the wait at once. Throws RedisStartError with one line saying why.
 */
export async function waitReady(client: Redis, config: Config): Promise<void> {
  let last: unknown = null;
  let fail: (err: unknown) => void = () => undefined;
  const failed = new Promise<'failed'>((resolve) => (fail = () => resolve('failed')));
  const onError = (err: unknown): void => {
    last = err;
    if (isDefinitive(err)) fail(err);
  };
  client.on('error', onError);
  const ready = new Promise<'ready'>((resolve) => client.once('ready', () => resolve('ready')));
  client.connect().catch(onError);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), config.redisStartTimeoutMs)));
  const t0 = Date.now();
  const outcome = await Promise.race([ready, failed, timeout]);
  clearTimeout(timer);
  client.off('error', onError);
  if (outcome === 'ready') return;
  client.disconnect();
  const waited = Date.now() - t0;
  throw new RedisStartError(config.redisSentinels ? await sentinelLine(config, last, waited) : urlLine(config, last, waited));
}

/**
 * Selects the database REDIS_URL names and refuses one Redis does not have: ioredis only logs a
 * failed SELECT and goes on in database 0 (`/99` used to start healthy, writing to db 0).
 */
export async function checkDatabase(client: Redis, config: Config): Promise<void> {
  const db = config.redisUrl ? new URL(config.redisUrl).pathname.replace(/^\//u, '') : '';
  if (db === '') return;
  try {
    await client.select(Number(db));
  } catch (err) {
    const code = redisErrorCode(err);
    throw new RedisStartError(
      `REDIS_URL: database ${db} cannot be selected on this Redis (${code}${/out of range/iu.test(err instanceof Error ? err.message : '') ? ': out of range' : ''}): use a database it has (0 to its "databases" setting minus 1, 0-15 by default), or leave the /db part out`,
    );
  }
}
