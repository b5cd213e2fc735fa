// Environment -> typed, validated configuration. Every limit the server enforces is named here
// with its default, so operators can see and tune them (docs: README "Configuration").
import { z } from 'zod';
import type { Settings } from '../shared/meeting/state.js';

const HELP_LINE = z.object({
  name: z.string(),
  phone: z.string().optional(),
  url: z.string().optional(),
  text: z.object({ nb: z.string(), en: z.string() }),
});
export type HelpLine = z.infer<typeof HELP_LINE>;

/** Norwegian defaults: emergency, the mental-health and church help lines, the addiction line. */
export const DEFAULT_HELP_LINES: HelpLine[] = [
  { name: 'Nødnummer / Emergency 113', phone: '113', text: { nb: 'Ved fare for liv: ring 113.', en: 'If a life is in danger: call 113.' } },
  { name: 'Legevakt', phone: '116 117', text: { nb: 'Legevakten, hele døgnet.', en: 'Out-of-hours medical service, day and night.' } },
  { name: 'Mental Helse Hjelpetelefonen', phone: '116 123', text: { nb: 'Noen å snakke med, hele døgnet.', en: 'Someone to talk to, day and night.' } },
  { name: 'Kirkens SOS', phone: '22 40 00 40', text: { nb: 'Krisetelefon og chat, hele døgnet.', en: 'Crisis line and chat, day and night.' } },
  { name: 'RUSinfo', phone: '915 08 588', text: { nb: 'Anonym veiledning om rus, for deg og dine pårørende.', en: 'Anonymous advice about alcohol and drugs, for you and your family.' } },
];

const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

const ENV = z.object({
  PORT: int(8080),
  HOST: z.string().default('127.0.0.1'),
  REDIS_URL: z.string().url().optional(),
  /** Redis Sentinels as host:port, comma separated; with them REDIS_URL only gives the password/db. */
  RUNDE_REDIS_SENTINELS: z.string().optional(),
  RUNDE_REDIS_MASTER_NAME: z.string().min(1).default('mymaster'),
  /** A Redis command that has not answered by then fails with STORE_UNAVAILABLE. */
  RUNDE_REDIS_COMMAND_TIMEOUT_MS: int(1000, 50),
  /** How often each process checks that Redis still holds its data (restart-empty detection). */
  RUNDE_STORE_CHECK_MS: int(1000, 50),
  /** Longest a graceful stop (SIGTERM) waits for its participants to move before exiting. */
  RUNDE_STOP_TIMEOUT_MS: int(8000, 100),
  /** Log the process's memory (RSS and JS heap, MB) this often; 0 = never (the soak drill reads it). */
  RUNDE_MEMORY_LOG_MS: int(0, 0),
  RUNDE_ALLOW_PERSISTENT_REDIS: bool.default(false),
  /** Extra origins allowed to open a socket, comma separated. The page's own origin always is. */
  RUNDE_ALLOWED_ORIGINS: z.string().default(''),
  RUNDE_SECRET: z.string().min(16).optional(),
  RUNDE_MEETING_TTL_MS: int(4 * 3600_000, 1000),
  RUNDE_LOG_CAP: int(2000, 10),
  RUNDE_JOIN_TIMEOUT_MS: int(10_000, 100),
  RUNDE_MAX_PAYLOAD_BYTES: int(16 * 1024, 1024),
  RUNDE_RATE_POINTS: int(40, 1),
  RUNDE_RATE_WINDOW_MS: int(10_000, 100),
  RUNDE_CREATE_PER_HOUR: int(20, 1),
  RUNDE_GRACE_MS: int(60_000, 100),
  /** How long a dropped speaker keeps the turn (0: the turn moves on at once). */
  RUNDE_SPEAKER_GRACE_MS: int(20_000, 0),
  /** How long after the planned start (or creation) the chair is kept for the chair key's holder. */
  RUNDE_CHAIR_WAIT_MS: int(15 * 60_000, 0),
  RUNDE_SHARE_MS: z.coerce.number().int().min(1000).optional(),
  RUNDE_WARN_MS: z.coerce.number().int().min(0).optional(),
  /** Scales the script's planned segment lengths (drills, tests): 0 < scale <= 10. */
  RUNDE_SCRIPT_SCALE: z.coerce.number().positive().max(10).optional(),
  /**
   * Which proxies in front may set X-Forwarded-For: `0`/`false` none; a hop count (`1` = one
   * proxy, which appends the address it saw); or a comma-separated list of proxy addresses or
   * subnets (`127.0.0.1,10.0.0.0/8`, `loopback`). Never "trust everything": the left-most entry
   * is whatever the client wrote. `true` is read as one hop.
   */
  RUNDE_TRUST_PROXY: z.string().default('0'),
  /** A socket whose unsent data passes this many bytes is dropped (it has stopped reading). */
  RUNDE_MAX_BUFFER_BYTES: int(1024 * 1024, 16 * 1024),
  RUNDE_HELP_LINES: z.string().optional(),
  RUNDE_DIST_DIR: z.string().optional(),
  /** The operator's weekly groups (JSON or YAML); README "Weekly groups". */
  RUNDE_GROUPS_FILE: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  redisUrl: string | null;
  /** Sentinel addresses; when set, the primary is found through them (`redisMasterName`). */
  redisSentinels: { host: string; port: number }[] | null;
  redisMasterName: string;
  redisCommandTimeoutMs: number;
  storeCheckMs: number;
  stopTimeoutMs: number;
  /** How often (ms) the process logs its memory (RSS, heap); 0 = never. RUNDE_MEMORY_LOG_MS. */
  memoryLogMs: number;
  allowPersistentRedis: boolean;
  allowedOrigins: string[];
  secret: string | null;
  meetingTtlMs: number;
  logCap: number;
  joinTimeoutMs: number;
  maxPayloadBytes: number;
  rate: { points: number; windowMs: number };
  createPerHour: number;
  /** Overrides applied to every format's settings (grace periods, chair wait; share length for drills). */
  settings: Partial<Settings>;
  /** Express's `trust proxy`: false, a hop count, or proxy addresses/subnets. Never `true`. */
  trustProxy: false | number | string[];
  /** The cap on a socket's unsent data, bytes (UTF-16 units for text frames). */
  maxBufferBytes: number;
  helpLines: HelpLine[];
  distDir: string | null;
  /** Path of the weekly groups file, or null for none. Re-read on SIGHUP. */
  groupsFile: string | null;
  /** The server's clock (ms since the epoch); tests inject one to move time forward. Default Date.now. */
  now?: () => number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = ENV.parse(env);
  const settings: Partial<Settings> = { graceMs: e.RUNDE_GRACE_MS, speakerGraceMs: e.RUNDE_SPEAKER_GRACE_MS, chairWaitMs: e.RUNDE_CHAIR_WAIT_MS };
  if (e.RUNDE_SHARE_MS !== undefined) settings.shareMs = e.RUNDE_SHARE_MS;
  if (e.RUNDE_WARN_MS !== undefined) settings.warnMs = e.RUNDE_WARN_MS;
  if (e.RUNDE_SCRIPT_SCALE !== undefined) settings.scriptScale = e.RUNDE_SCRIPT_SCALE;
  return {
    port: e.PORT,
    host: e.HOST,
    redisUrl: e.REDIS_URL ?? null,
    redisSentinels: e.RUNDE_REDIS_SENTINELS ? parseHostPorts(e.RUNDE_REDIS_SENTINELS) : null,
    redisMasterName: e.RUNDE_REDIS_MASTER_NAME,
    redisCommandTimeoutMs: e.RUNDE_REDIS_COMMAND_TIMEOUT_MS,
    storeCheckMs: e.RUNDE_STORE_CHECK_MS,
    stopTimeoutMs: e.RUNDE_STOP_TIMEOUT_MS,
    memoryLogMs: e.RUNDE_MEMORY_LOG_MS,
    allowPersistentRedis: e.RUNDE_ALLOW_PERSISTENT_REDIS,
    allowedOrigins: e.RUNDE_ALLOWED_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    secret: e.RUNDE_SECRET ?? null,
    meetingTtlMs: e.RUNDE_MEETING_TTL_MS,
    logCap: e.RUNDE_LOG_CAP,
    joinTimeoutMs: e.RUNDE_JOIN_TIMEOUT_MS,
    maxPayloadBytes: e.RUNDE_MAX_PAYLOAD_BYTES,
    rate: { points: e.RUNDE_RATE_POINTS, windowMs: e.RUNDE_RATE_WINDOW_MS },
    createPerHour: e.RUNDE_CREATE_PER_HOUR,
    settings,
    trustProxy: parseTrustProxy(e.RUNDE_TRUST_PROXY),
    maxBufferBytes: e.RUNDE_MAX_BUFFER_BYTES,
    helpLines: e.RUNDE_HELP_LINES ? z.array(HELP_LINE).parse(JSON.parse(e.RUNDE_HELP_LINES)) : DEFAULT_HELP_LINES,
    distDir: e.RUNDE_DIST_DIR ?? null,
    groupsFile: e.RUNDE_GROUPS_FILE ?? null,
  };
}

/** RUNDE_TRUST_PROXY -> a value for express's `trust proxy` that never trusts the client's own entries. */
export function parseTrustProxy(raw: string): false | number | string[] {
  const v = raw.trim().toLowerCase();
  if (v === '' || v === '0' || v === 'false') return false;
  if (v === 'true') return 1;
  if (/^\d+$/u.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

/** "host:port,host:port" -> addresses; IPv6 hosts in brackets ("[::1]:26379"). Throws on a bad entry. */
export function parseHostPorts(list: string): { host: string; port: number }[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const m = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/u.exec(entry);
      const port = Number(m?.[2]);
      if (!m || port < 1 || port > 65535) throw new Error(`RUNDE_REDIS_SENTINELS: expected host:port, got "${entry}"`);
      return { host: m[1]!.replace(/^\[|\]$/gu, ''), port };
    });
}

/** True when the server keeps its state in Redis (a URL or Sentinels configured). */
export const usesRedis = (c: Config): boolean => !!c.redisUrl || !!c.redisSentinels;
