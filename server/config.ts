// Environment -> typed, validated configuration. Every limit the server enforces is named here
// with its default, so operators can see and tune them (docs: README "Configuration").
import { z } from 'zod';
import type { Settings } from '../shared/meeting/state.js';
import { DROP_SETTLE_MS_DEFAULT } from '../shared/limits.js';

const HELP_LINE = z.object({
  name: z.string(),
  phone: z.string().optional(),
  url: z.string().optional(),
  text: z.object({ nb: z.string(), en: z.string() }),
});
export type HelpLine = z.infer<typeof HELP_LINE>;

/**
 * Norwegian defaults: emergency, the mental-health and church help lines, the addiction line. Each
 * name is the service's Norwegian name, in both languages (a bilingual "Nødnummer / Emergency" read
 * as English in the bokmål help, a fresh tester, 2026-12-05); the text says what it is in each.
 */
export const DEFAULT_HELP_LINES: HelpLine[] = [
  { name: 'Nødnummer 113', phone: '113', text: { nb: 'Ved fare for liv: ring 113.', en: 'The emergency number. If a life is in danger: call 113.' } },
  { name: 'Legevakt', phone: '116 117', text: { nb: 'Legevakten, hele døgnet.', en: 'Out-of-hours medical service, day and night.' } },
  { name: 'Mental Helse Hjelpetelefonen', phone: '116 123', text: { nb: 'Noen å snakke med, hele døgnet.', en: 'Someone to talk to, day and night.' } },
  { name: 'Kirkens SOS', phone: '22 40 00 40', text: { nb: 'Krisetelefon og chat, hele døgnet.', en: 'Crisis line and chat, day and night.' } },
  { name: 'RUSinfo', phone: '915 08 588', text: { nb: 'Anonym veiledning om rus og avhengighet, også for deg som er pårørende.', en: 'Anonymous advice about alcohol, drugs and addiction, also for you as a relative or friend.' } },
];

// Every schema below reads the raw string an operator wrote. An empty value is refused (it is
// almost always a template left unfilled, e.g. `REDIS_URL=`), except where empty means something
// (RUNDE_ALLOWED_ORIGINS, RUNDE_TRUST_PROXY). What each variable expects is said in EXPECTED.
const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const digits = z.string().regex(/^\s*\d+\s*$/u).transform(Number);
const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  digits.pipe(z.number().int().min(min).max(max)).optional().transform((v) => v ?? def);
const optionalInt = (min: number) => digits.pipe(z.number().int().min(min)).optional();
const nonEmpty = z.string().trim().min(1);
/** redis:// or rediss:// with a host: `new URL` alone takes "localhost:6379" (scheme "localhost:"). */
const redisUrl = z.string().refine((v) => /^rediss?:\/\/[^/?#]/u.test(v) && URL.canParse(v) && /^\/?(\d{1,9})?$/u.test(new URL(v).pathname));

const ENV = z.object({
  PORT: int(8080, 0, 65535),
  HOST: nonEmpty.default('127.0.0.1'),
  REDIS_URL: redisUrl.optional(),
  /** Redis Sentinels as host:port, comma separated; with them REDIS_URL only gives the password/db. */
  RUNDE_REDIS_SENTINELS: z.string().refine((v) => sentinelsOk(v)).optional(),
  RUNDE_REDIS_MASTER_NAME: nonEmpty.default('mymaster'),
  /** How long a start waits for Redis (or the Sentinels' primary) before saying why and exiting 1. */
  RUNDE_REDIS_START_TIMEOUT_MS: int(15_000, 100),
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
  RUNDE_POST_POINTS: int(8, 1),
  RUNDE_POST_WINDOW_MS: int(10_000, 100),
  RUNDE_SEATS_PER_ADDRESS: int(10, 1),
  RUNDE_SEATS_PER_ADDRESS_WINDOW_MS: int(600_000, 1000),
  RUNDE_CREATE_PER_HOUR: int(20, 1),
  /** Practice meetings one address may open per hour: a budget of its own, apart from real meetings'. */
  RUNDE_PRACTICE_PER_HOUR: int(20, 1),
  RUNDE_GRACE_MS: int(60_000, 100),
  /** How long a closed connection may take to come back before its seat is marked dropped (0: at once). */
  RUNDE_DROP_SETTLE_MS: int(DROP_SETTLE_MS_DEFAULT, 0, 60_000),
  /** How long a dropped speaker keeps the turn (0: the turn moves on at once). */
  RUNDE_SPEAKER_GRACE_MS: int(20_000, 0),
  /** How long after the planned start (or creation) the chair is kept for the chair key's holder. */
  RUNDE_CHAIR_WAIT_MS: int(15 * 60_000, 0),
  RUNDE_SHARE_MS: optionalInt(1000),
  RUNDE_WARN_MS: optionalInt(0),
  /** Scales the script's planned segment lengths (drills, tests): 0 < scale <= 10. */
  RUNDE_SCRIPT_SCALE: z.string().regex(/^\s*(\d+\.?\d*|\.\d+)\s*$/u).transform(Number).pipe(z.number().positive().max(10)).optional(),
  /**
   * Which proxies in front may set X-Forwarded-For: `0`/`false` none; a hop count (`1` = one
   * proxy, which appends the address it saw); or a comma-separated list of proxy addresses or
   * subnets (`127.0.0.1,10.0.0.0/8`, `loopback`). Never "trust everything": the left-most entry
   * is whatever the client wrote. `true` is read as one hop.
   */
  RUNDE_TRUST_PROXY: z.string().default('0'),
  /** A socket whose unsent data passes this many bytes is dropped (it has stopped reading). */
  RUNDE_MAX_BUFFER_BYTES: int(1024 * 1024, 16 * 1024),
  RUNDE_HELP_LINES: z.string().refine((v) => helpLinesOf(v) !== null).optional(),
  RUNDE_DIST_DIR: nonEmpty.optional(),
  /** The operator's weekly groups (JSON or YAML); README "Weekly groups". */
  RUNDE_GROUPS_FILE: nonEmpty.optional(),
});

type EnvName = keyof z.infer<typeof ENV>;
const n = (min: number, max?: number): string => `a whole number${max === undefined ? ` of at least ${min}` : ` from ${min} to ${max}`}`;

/** What each variable takes, for the one-line error an operator sees (README "Configuration"). */
const EXPECTED: Record<EnvName, string> = {
  PORT: `${n(0, 65535)} (0: any free port)`,
  HOST: 'an interface address to listen on, e.g. 127.0.0.1 or 0.0.0.0',
  REDIS_URL: 'a URL redis://[user:password@]host[:port][/db] or rediss://..., or leave it unset for the in-memory store',
  RUNDE_REDIS_SENTINELS: 'the Sentinels as host:port,host:port,... (IPv6 in brackets: [::1]:26379)',
  RUNDE_REDIS_MASTER_NAME: "the Sentinels' name for the primary (sentinel monitor <name> ...)",
  RUNDE_REDIS_START_TIMEOUT_MS: `${n(100)} (ms)`,
  RUNDE_REDIS_COMMAND_TIMEOUT_MS: `${n(50)} (ms)`,
  RUNDE_STORE_CHECK_MS: `${n(50)} (ms)`,
  RUNDE_STOP_TIMEOUT_MS: `${n(100)} (ms)`,
  RUNDE_MEMORY_LOG_MS: `${n(0)} (ms; 0 = never)`,
  RUNDE_ALLOW_PERSISTENT_REDIS: '0, 1, true or false',
  RUNDE_ALLOWED_ORIGINS: 'origins, comma separated (https://example.org)',
  RUNDE_SECRET: 'at least 16 characters (or leave it unset)',
  RUNDE_MEETING_TTL_MS: `${n(1000)} (ms)`,
  RUNDE_LOG_CAP: n(10),
  RUNDE_JOIN_TIMEOUT_MS: `${n(100)} (ms)`,
  RUNDE_MAX_PAYLOAD_BYTES: `${n(1024)} (bytes)`,
  RUNDE_RATE_POINTS: n(1),
  RUNDE_RATE_WINDOW_MS: `${n(100)} (ms)`,
  RUNDE_POST_POINTS: n(1),
  RUNDE_POST_WINDOW_MS: `${n(100)} (ms)`,
  RUNDE_SEATS_PER_ADDRESS: n(1),
  RUNDE_SEATS_PER_ADDRESS_WINDOW_MS: `${n(1000)} (ms)`,
  RUNDE_CREATE_PER_HOUR: n(1),
  RUNDE_PRACTICE_PER_HOUR: n(1),
  RUNDE_GRACE_MS: `${n(100)} (ms)`,
  RUNDE_SPEAKER_GRACE_MS: `${n(0)} (ms)`,
  RUNDE_DROP_SETTLE_MS: `${n(0, 60_000)} (ms; 0 = a drop counts at once)`,
  RUNDE_CHAIR_WAIT_MS: `${n(0)} (ms)`,
  RUNDE_SHARE_MS: `${n(1000)} (ms)`,
  RUNDE_WARN_MS: `${n(0)} (ms)`,
  RUNDE_SCRIPT_SCALE: 'a number above 0 and at most 10',
  RUNDE_TRUST_PROXY: '0, a hop count, or proxy addresses/subnets, comma separated',
  RUNDE_MAX_BUFFER_BYTES: `${n(16 * 1024)} (bytes)`,
  RUNDE_HELP_LINES: 'a JSON list of { "name", "phone"?, "url"?, "text": { "nb", "en" } }',
  RUNDE_DIST_DIR: 'a directory path',
  RUNDE_GROUPS_FILE: 'a file path (JSON or YAML)',
};

/** Values never echoed in an error: they may hold a password or the id-signing secret. */
const SECRET_VALUES: ReadonlySet<string> = new Set(['REDIS_URL', 'RUNDE_SECRET']);

/**
 * A configuration the server cannot start with. `problems` has one line per bad variable:
 * `NAME: expected <what it takes>, got <the value, or "an empty value">`. The server prints
 * them and exits with status 2 (server/main.ts), no stack.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

function describeValue(name: string, value: unknown): string {
  if (typeof value !== 'string') return 'nothing';
  if (value.trim() === '') return 'an empty value';
  if (SECRET_VALUES.has(name)) return `a value that is not that (${value.length} characters, not shown)`;
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/** Parses the environment; every bad variable becomes one line of a ConfigError. */
function parseEnv(env: NodeJS.ProcessEnv): z.infer<typeof ENV> {
  const r = ENV.safeParse(env);
  const names = r.success ? [] : [...new Set(r.error.issues.map((i) => String(i.path[0] ?? '')))];
  const problems = names.map((name) => `${name}: expected ${EXPECTED[name as EnvName] ?? 'a valid value'}, got ${describeValue(name, env[name])}`);
  problems.push(...combinationProblems(env));
  if (r.success && problems.length === 0) return r.data;
  throw new ConfigError(problems);
}

/**
 * Settings that are each valid but make no sense together, one line each. A master name without
 * Sentinels used to start silently on the in-memory store (the operator meant Sentinel).
 */
function combinationProblems(env: NodeJS.ProcessEnv): string[] {
  const set = (name: string): boolean => env[name] !== undefined && env[name].trim() !== '';
  if (set('RUNDE_REDIS_MASTER_NAME') && !set('RUNDE_REDIS_SENTINELS')) {
    return ['RUNDE_REDIS_MASTER_NAME: expected RUNDE_REDIS_SENTINELS set too (host:port,...), or leave it unset (without Sentinels it is not used: REDIS_URL alone, or the in-memory store, would be), got a name but no RUNDE_REDIS_SENTINELS'];
  }
  return [];
}

function sentinelsOk(v: string): boolean {
  try {
    return parseHostPorts(v).length > 0;
  } catch {
    return false;
  }
}

function helpLinesOf(v: string): HelpLine[] | null {
  try {
    const r = z.array(HELP_LINE).safeParse(JSON.parse(v));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export interface Config {
  port: number;
  host: string;
  redisUrl: string | null;
  /** Sentinel addresses; when set, the primary is found through them (`redisMasterName`). */
  redisSentinels: { host: string; port: number }[] | null;
  redisMasterName: string;
  /** Longest wait (ms) at start for a usable Redis before one clear line and exit 1 (RUNDE_REDIS_START_TIMEOUT_MS). */
  redisStartTimeoutMs: number;
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
  /**
   * How long (ms) a seat whose connection closed (not on purpose) may take to resume before the
   * drop is recorded (RUNDE_DROP_SETTLE_MS; 0: at once). A resume within it was never a drop:
   * no commit, and nobody sees the seat go and come back.
   */
  dropSettleMs: number;
  maxPayloadBytes: number;
  rate: { points: number; windowMs: number };
  /**
   * What one seat may post to the room (share, chairNote) or to the chair (report): at most
   * `points` such commands in a window of `windowMs` (RUNDE_POST_POINTS, RUNDE_POST_WINDOW_MS;
   * 8 in 10 s), past which RATE_LIMITED. Far above anyone typing on a phone; a speaker who
   * pastes a flood of parts is stopped (a fresh tester, 2026-12-04: 37 shares of up to 2,000
   * characters in a second, under the socket's own limit).
   */
  postRate: { points: number; windowMs: number };
  /**
   * Seats one address may hold in one meeting: at most `points` at once (seated or at the door; a
   * seat left or given up no longer counts), and at most `points × JOINS_PER_SEAT` (3) joins in a
   * window of `windowMs` (RUNDE_SEATS_PER_ADDRESS, RUNDE_SEATS_PER_ADDRESS_WINDOW_MS; 10, and 30 in
   * 10 minutes), past which a join is refused ADDRESS_SEATS. A household
   * on one network joins, and may close and reopen its tabs; one client cannot fill an open meeting
   * (a fresh tester, 2026-12-04: 49 seats in seconds from one address). The seats by the core from
   * an address group on each seat (server/address-group.ts: one byte of a keyed hash, alike on every
   * process), the joins in this process's memory under a keyed hash (realtime.ts); the
   * address itself is never stored or logged; a return to one's own
   * seat (resume, the chair key) is not a new seat, and a loopback or private address (an
   * untrusted proxy, a local network) is not counted (app.ts).
   */
  seatsPerAddress: { points: number; windowMs: number };
  /** Meetings (POST /api/meetings) one address may create per hour (RUNDE_CREATE_PER_HOUR). */
  createPerHour: number;
  /**
   * Practice meetings (POST /api/practice) one address may open per hour (RUNDE_PRACTICE_PER_HOUR).
   * Its own budget: a first-time chair who practised a few times can still create the real meeting.
   */
  practicePerHour: number;
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

/** The configuration from the environment. Throws ConfigError (one line per bad variable). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(env);
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
    redisStartTimeoutMs: e.RUNDE_REDIS_START_TIMEOUT_MS,
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
    dropSettleMs: e.RUNDE_DROP_SETTLE_MS,
    maxPayloadBytes: e.RUNDE_MAX_PAYLOAD_BYTES,
    rate: { points: e.RUNDE_RATE_POINTS, windowMs: e.RUNDE_RATE_WINDOW_MS },
    postRate: { points: e.RUNDE_POST_POINTS, windowMs: e.RUNDE_POST_WINDOW_MS },
    seatsPerAddress: { points: e.RUNDE_SEATS_PER_ADDRESS, windowMs: e.RUNDE_SEATS_PER_ADDRESS_WINDOW_MS },
    createPerHour: e.RUNDE_CREATE_PER_HOUR,
    practicePerHour: e.RUNDE_PRACTICE_PER_HOUR,
    settings,
    trustProxy: parseTrustProxy(e.RUNDE_TRUST_PROXY),
    maxBufferBytes: e.RUNDE_MAX_BUFFER_BYTES,
    helpLines: e.RUNDE_HELP_LINES !== undefined ? helpLinesOf(e.RUNDE_HELP_LINES)! : DEFAULT_HELP_LINES,
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
