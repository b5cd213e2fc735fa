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
import type { Redis } from 'ioredis';
import { randomSecret, type Ids } from '../ids.js';

/** Hash-tagged so both keys sit in one slot: the check is one script, also on a cluster. */
export const EPOCH_KEY = 'runde:{server}:epoch';
export const SECRET_KEY = 'runde:{server}:secret';

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

type CheckCommand = { rundeServerCheck(k1: string, k2: string, epoch: string, secret: string, ttl: number): Promise<[string, string | null]> };

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

  constructor(
    private readonly redis: Redis,
    private readonly ids: Ids,
    private readonly opts: RedisWatchOptions,
  ) {
    redis.defineCommand('rundeServerCheck', { numberOfKeys: 2, lua: CHECK });
  }

  /** First check, at start-up: learns the epoch and adopts the shared secret. Throws if Redis is unreachable. */
  async start(): Promise<void> {
    await this.check();
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
    this.lastOk = Date.now();
    if (secret) this.ids.adopt(secret);
    const known = this.epoch;
    this.epoch = epoch;
    if (known !== null && known !== epoch) this.opts.onLost();
  }

  /** Redis answered a check recently and the connection is up. */
  up(): boolean {
    return this.redis.status === 'ready' && Date.now() - this.lastOk < 2 * this.opts.everyMs + 1000;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
