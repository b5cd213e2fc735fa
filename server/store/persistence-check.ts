// Meetings promise "what is said here stays here": nothing may reach a disk. A Redis with RDB
// snapshots or an append-only file writes every share to disk, so we refuse to start on one
// unless the operator explicitly accepts it.
import type { Redis } from 'ioredis';

export interface PersistenceCheckOptions {
  /** RUNDE_ALLOW_PERSISTENT_REDIS=1: run anyway, warning on every start. */
  allowPersistent: boolean;
  warn: (msg: string) => void;
}

const FIX =
  'Turn persistence off (save "" and appendonly no in redis.conf, or CONFIG SET save "" and CONFIG SET appendonly no), ' +
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
  if (found.length === 0) return;
  const what = `Redis persistence is on: ${found.join(' and ')}. Meeting content would be written to disk.`;
  if (!opts.allowPersistent) throw new Error(`${what} ${FIX}`);
  opts.warn(`${what} Running anyway because RUNDE_ALLOW_PERSISTENT_REDIS=1 is set.`);
}
