// The silent return across processes: a speaker whose link goes silent on her turn and who comes
// back on a new connection to *another* server process, before the old one's process counted the
// drop (with several processes a phone back on a new network reaches whichever the balancer
// picks). The process that runs the return asks the others after the old connection
// (server/silence-query.ts) and records the drop first, dated from the silence, as it does for a
// connection of its own (silent-return.test.ts). Before, the return counted as no drop at all:
// the share clock ran through the silence. Two real processes on a real Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEARTBEAT } from '../../shared/limits.js';
import { TestClient } from '../helpers/client.js';
import { cutLine, type Line } from '../helpers/cut-line.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { silentThenBack, speakingOnLine } from '../helpers/speaking.js';

/**
 * Short enough that a silence from the unanswered ping to a return before the heartbeat's close
 * outlasts it, long enough that a return just after the close still falls inside it: one pair of
 * processes serves both cases.
 */
const SETTLE_MS = 5_000;
/** Margin (ms) kept from each edge (the close, the settle's end). */
const EDGE_MS = 2_000;
const SLACK_MS = 2_500;

// The two cases run at once (each its own meeting and line): most of each is waiting on the
// heartbeat, ~30 s, and the suite's wall time on a 2-core VM is close to CI's limit.
describe.concurrent('a speaker back on another process before the drop was counted', () => {
  let redis: RedisHandle;
  let a: ServerProcess;
  let b: ServerProcess;
  const lines: Line[] = [];
  const clients: TestClient[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, RUNDE_SHARE_MS: '120000', RUNDE_SPEAKER_GRACE_MS: '60000', RUNDE_GRACE_MS: '120000', RUNDE_DROP_SETTLE_MS: String(SETTLE_MS) };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 60_000);
  afterAll(async () => {
    for (const c of clients) c.close();
    for (const l of lines) await l.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  /** Silent for `awayMs` on her turn on process a (through a line), back on process b. */
  async function silentThenOnB(awayMs: number): Promise<{ lostMs: number; chair: TestClient }> {
    const line = await cutLine(a.url);
    lines.push(line);
    const { meetingId, chair, speaker } = await speakingOnLine(b.url, line.url, clients);
    const { lostMs } = await silentThenBack({ meetingId, chair, speaker, line, awayMs, returnUrl: b.url, clients });
    return { lostMs, chair };
  }

  it('the old connection still open on the other process, its ping unanswered: the clock stops from the ping', { timeout: 90_000 }, async () => {
    // Silent past the settle time from the unanswered ping, back before the heartbeat's close.
    const away = HEARTBEAT.pingIntervalMs + SETTLE_MS + EDGE_MS;
    expect(away).toBeLessThan(HEARTBEAT.pingIntervalMs + HEARTBEAT.pingTimeoutMs - EDGE_MS);
    const { lostMs, chair } = await silentThenOnB(away);
    expect(chair.events.some((e) => e.event.type === 'turnHeld')).toBe(true);
    expect(lostMs).toBeLessThanOrEqual(HEARTBEAT.pingIntervalMs + SLACK_MS);
    expect(lostMs).toBeLessThan(away - SLACK_MS);
  });

  it('the old connection closed by the heartbeat on the other process, its drop still settling: the same', { timeout: 90_000 }, async () => {
    // Back after the heartbeat's close, inside its settle time.
    const away = HEARTBEAT.pingIntervalMs + HEARTBEAT.pingTimeoutMs + EDGE_MS;
    expect(away).toBeLessThan(HEARTBEAT.pingIntervalMs + HEARTBEAT.pingTimeoutMs + SETTLE_MS - EDGE_MS);
    const { lostMs, chair } = await silentThenOnB(away);
    expect(chair.events.some((e) => e.event.type === 'turnHeld')).toBe(true);
    expect(lostMs).toBeLessThanOrEqual(HEARTBEAT.pingIntervalMs + SLACK_MS);
    expect(lostMs).toBeLessThan(away - SLACK_MS);
  });
});
