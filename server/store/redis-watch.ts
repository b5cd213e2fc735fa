// Watches the shared Redis from each process: is it serving (for /healthz), and does it still hold
// our data? Runde's Redis never persists (by design), so a Redis that restarts comes back empty:
// every meeting on it is gone and the people in them must be told.
//
// How loss is noticed: every process keeps an "epoch" key alive (a random value with a TTL,
// refreshed on each check). If the key is missing or holds another value, the data this process
// knew is gone. Redis's own run_id is not used: a Sentinel failover changes it too, yet the
// promoted replica still holds every meeting (the epoch key was replicated with them).
//
// The same check re-asserts the shared secret that signs meeting ids, so processes that started
// before and after a restart keep signing alike (the first value written wins; all adopt it).
//
// And it keeps every process on one Redis signing alike: a fingerprint of the secret in use (an
// HMAC of a fixed label keyed by the secret, never the secret) is kept in FINGERPRINT_KEY. A
// process whose secret gives another fingerprint (one with RUNDE_SECRET beside one without, or two
// different RUNDE_SECRET values) refuses to start; each answered 404 for the other's meetings, so
// people moved by a rolling deploy got MEETING_NOT_FOUND. A running process that sees it change
// logs `secret_mismatch` and reports itself unhealthy (/healthz 503).
import { createHmac } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ConfigError } from '../config.js';
import { log } from '../log.js';
import { randomSecret, type Ids } from '../ids.js';

/** Hash-tagged so both keys sit in one slot: the check is one script, also on a cluster. */
export const EPOCH_KEY = 'runde:{server}:epoch';
export const SECRET_KEY = 'runde:{server}:secret';
export const FINGERPRINT_KEY = 'runde:{server}:signer';

/**
 * Lifetime of the fingerprint (ms), renewed by every check of every process: short, so that after
 * every process has stopped, a restart with another secret is taken (a deliberate change of
 * RUNDE_SECRET needs all processes stopped this long; docs/reliability.md).
 */
export const FINGERPRINT_TTL_MS = 30_000;

/** The fingerprint of a signing secret: 16 base64url characters of HMAC-SHA256(secret, label). */
export const secretFingerprint = (secret: string): string => createHmac('sha256', secret).update('runde: meeting-id signing secret fingerprint').digest('base64url').slice(0, 16);

// KEYS: fingerprint. ARGV: ours, ttlMs. Sets it if missing; renews it only when it is ours.
// Returns the fingerprint in Redis.
const FINGERPRINT = `
local v = redis.call('GET', KEYS[1])
if not v then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return ARGV[1]
end
if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return v
`;

// KEYS: epoch, secret. ARGV: a fresh epoch, our secret ('' when RUNDE_SECRET is configured and
// must not be stored), ttlMs. Returns { epoch, secret|false }. Writes only with a TTL.
const CHECK = `
local function kept(key, fresh, ttl)
  local v = redis.call('GET', key)
  if not v then
    redis.call('SET', key, fresh, 'PX', ttl)
    return fresh
  end
  redis.call('PEXPIRE', key, ttl)
  return v
end
local e = kept(KEYS[1], ARGV[1], ARGV[3])
local s = false
if ARGV[2] ~= '' then s = kept(KEYS[2], ARGV[2], ARGV[3]) end
return {e, s}
`;

/** Long enough that a link to a meeting that expired normally still says "ended". */
const SERVER_KEYS_TTL_MS = 7 * 24 * 3600_000;

type CheckCommand = {
  rundeServerCheck(k1: string, k2: string, epoch: string, secret: string, ttl: number): Promise<[string, string | null]>;
  rundeFingerprint(k1: string, fingerprint: string, ttl: number): Promise<string>;
};

export interface RedisWatchOptions {
  /** Check interval in ms (RUNDE_STORE_CHECK_MS). */
  everyMs: number;
  /** Whether the secret in `ids` was configured (RUNDE_SECRET): then it is never stored. */
  secretConfigured: boolean;
  /** Called once each time the data is found gone. */
  onLost: () => void;
  /** Called when a check fails (Redis unreachable); never with content. */
  onError: (err: unknown) => void;
}

export class RedisWatch {
  private epoch: string | null = null;
  private lastOk = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  /** True while the fingerprint in Redis is not ours: this process signs unlike the others. */
  private mismatch = false;

  constructor(
    private readonly redis: Redis,
    private readonly ids: Ids,
    private readonly opts: RedisWatchOptions,
  ) {
    redis.defineCommand('rundeServerCheck', { numberOfKeys: 2, lua: CHECK });
    redis.defineCommand('rundeFingerprint', { numberOfKeys: 1, lua: FINGERPRINT });
  }

  /**
   * First check, at start-up: learns the epoch and adopts the shared secret. Throws if Redis is
   * unreachable, and a ConfigError (RUNDE_SECRET, exit 2) if the processes already on this Redis
   * sign with another secret.
   */
  async start(): Promise<void> {
    await this.check();
    if (this.mismatch) {
      throw new ConfigError([
        `RUNDE_SECRET: expected the same value on every process on this Redis (or none on any), got ${this.opts.secretConfigured ? 'a value' : 'none'} while the processes already on it sign meeting ids with ${this.opts.secretConfigured ? 'another secret' : 'a RUNDE_SECRET'} (their meetings would be "not found" here): set the same RUNDE_SECRET on every process, or leave it unset on every one; to change it, stop them all first (the record ${FINGERPRINT_KEY} expires ${FINGERPRINT_TTL_MS / 1000} s after the last one stops)`,
      ]);
    }
    this.timer = setInterval(() => void this.checkNow(), this.opts.everyMs);
    this.timer.unref();
  }

  /**
   * Checks now, sharing a check already under way (checks never overlap: a slow Redis must not
   * pile them up). A meeting found missing under a seated socket asks this before answering: was
   * the data lost (then `onLost` has run), rather than the meeting ended? Never rejects.
   */
  checkNow(): Promise<void> {
    return (this.running ??= this.check()
      .catch((err: unknown) => this.opts.onError(err))
      .finally(() => (this.running = null)));
  }

  private async check(): Promise<void> {
    const [epoch, secret] = await (this.redis as Redis & CheckCommand).rundeServerCheck(
      EPOCH_KEY,
      SECRET_KEY,
      randomSecret(),
      this.opts.secretConfigured ? '' : this.ids.current,
      SERVER_KEYS_TTL_MS,
    );
    if (secret) this.ids.adopt(secret);
    const ours = secretFingerprint(this.ids.current);
    const inRedis = await (this.redis as Redis & CheckCommand).rundeFingerprint(FINGERPRINT_KEY, ours, Math.max(FINGERPRINT_TTL_MS, 5 * this.opts.everyMs));
    const mismatch = inRedis !== ours;
    // Logged once per change, only once running (at start the process refuses instead).
    if (mismatch !== this.mismatch && this.lastOk !== 0) {
      if (mismatch) log('secret_mismatch', {});
      else log('secret_match', {});
    }
    this.mismatch = mismatch;
    this.lastOk = Date.now();
    const known = this.epoch;
    this.epoch = epoch;
    if (known !== null && known !== epoch) this.opts.onLost();
  }

  /** True while another process on this Redis signs meeting ids with another secret (/healthz 503). */
  signsUnlike(): boolean {
    return this.mismatch;
  }

  /** Redis answered a check recently and the connection is up. */
  up(): boolean {
    return this.redis.status === 'ready' && Date.now() - this.lastOk < 2 * this.opts.everyMs + 1000;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
