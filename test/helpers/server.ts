// Starts a real Runde server on port 0 for a test, on the memory store or a real redis-server.
import { startServer, type RunningServer } from '../../server/app.js';
import type { Config } from '../../server/config.js';
import { setLogSink } from '../../server/log.js';
import { TEST_REDIS_COMMAND_TIMEOUT_MS, untilHealthy } from './process.js';
import type { CreateMeetingPayload, CreateMeetingResult } from '../../shared/protocol.js';

/** Every log line the in-process servers wrote: tests read them to prove what is never logged. */
export const serverLogs: string[] = [];
const intoServerLogs = (line: string): void => {
  serverLogs.push(line);
};
setLogSink(intoServerLogs);

/**
 * A server in this process on port 0. A closed connection counts as a drop at once
 * (`dropSettleMs: 0`): the suites time drops against short grace periods; the settle time
 * (RUNDE_DROP_SETTLE_MS, 3 s in production) has its own tests (drop-settle.test.ts, and the
 * phone-blip case in the browser), and the spawned servers (test/helpers/process.ts) keep it.
 */
const LIFTED = { points: 1_000_000, windowMs: 1000 };

export async function startTestServer(overrides: Partial<Config> = {}): Promise<RunningServer> {
  // Suites post faster than anyone types (loops of shares from one seat), and seat many people
  // from one address (127.0.0.1): the per-seat post limit (Config.postRate) and the per-address
  // seat count (Config.seatsPerAddress) are lifted unless a test sets them; each has its own
  // test (post-limit.test.ts, seats-per-address.test.ts). The Redis command timeout is longer
  // unless set (TEST_REDIS_COMMAND_TIMEOUT_MS, helpers/process.ts).
  // Again at every start: the test files of a worker share one module graph (vitest.config.ts),
  // and a file that put a sink of its own in place and left it would hide this file's lines
  // (a rehearsal, 2026-12-06: anonymity.test read no log line at all).
  setLogSink(intoServerLogs);
  const srv = await startServer({ port: 0, host: '127.0.0.1', dropSettleMs: 0, postRate: LIFTED, seatsPerAddress: LIFTED, redisCommandTimeoutMs: TEST_REDIS_COMMAND_TIMEOUT_MS, ...overrides }, {});
  // On Redis the server listens once its connections are up and its subscriptions confirmed
  // (listen-after-subscribed.test); a load balancer still asks /healthz before sending anyone,
  // and so does a test (practice.test's join was refused once in a loaded run, cause unproven).
  if (overrides.redisUrl || overrides.redisSentinels) await untilHealthy([srv.url]);
  return srv;
}

export async function createMeeting(url: string, p: Partial<CreateMeetingPayload> = {}): Promise<CreateMeetingResult> {
  const res = await fetch(`${url}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Torsdagsmøtet', formatId: 'standard', language: 'nb', access: 'open', listed: false, ...p }),
  });
  const body = (await res.json()) as { ok: boolean; meetingId: string; chairKey: string; code?: string };
  if (!body.ok) throw new Error(`create failed: ${body.code}`);
  return { meetingId: body.meetingId, chairKey: body.chairKey };
}
