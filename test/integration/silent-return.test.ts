// A speaker whose link goes silent and who comes back before the server has counted the drop (a
// fresh tester, 2026-12-03, on a phone: 13–20 s without a link on her own turn; her page said the
// clock was stopped and the turn held, while the server let the clock run, ended her turn on time
// and owed her nothing, since her return on a new connection beat the heartbeat's notice). The
// return now records the drop first, dated from the silence (server/realtime.ts recordSilence):
// the clock stops from then and the return resumes it. Two ways the return beats the notice: the
// old connection still open with its ping unanswered, and the old connection closed by the
// heartbeat but its drop still settling. Real sockets, a relay that stalls the line.
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { HEARTBEAT } from '../../shared/limits.js';
import { TestClient } from '../helpers/client.js';
import { cutLine, type Line } from '../helpers/cut-line.js';
import { startTestServer } from '../helpers/server.js';
import { silentThenBack, speakingOnLine } from '../helpers/speaking.js';

const SHARE_MS = 120_000;
/** The product's default settle time (RUNDE_DROP_SETTLE_MS). */
const SETTLE_MS = 3_000;
/** Long enough that a return after the heartbeat's close still falls inside it. */
const LONG_SETTLE_MS = 8_000;
const SLACK_MS = 2_500;

// The two cases run at once, each on its own server and line: most of each is waiting on the
// heartbeat.
describe.concurrent('a speaker back before the server counted the silent link as a drop', () => {
  const stages: { server: RunningServer; line: Line }[] = [];
  const clients: TestClient[] = [];
  /** A server with this settle time, and a line in front of it, for the test that calls it. */
  async function stage(dropSettleMs: number): Promise<{ server: RunningServer; line: Line }> {
    const server = await startTestServer({ dropSettleMs, settings: { shareMs: SHARE_MS, speakerGraceMs: 60_000, graceMs: 120_000 } });
    const line = await cutLine(server.url);
    stages.push({ server, line });
    return { server, line };
  }
  afterAll(async () => {
    for (const c of clients) c.close();
    for (const st of stages) {
      await st.line.close();
      await st.server.close();
    }
  });

  /** Silent for `awayMs` on its own turn (a meeting in its round, the speaker on the line), back on a new connection to the same server. */
  async function silentFor({ server, line }: { server: RunningServer; line: Line }, awayMs: number): Promise<{ lostMs: number; chair: TestClient }> {
    const { meetingId, chair, speaker } = await speakingOnLine(server.url, line.url, clients);
    const { lostMs } = await silentThenBack({ meetingId, chair, speaker, line, awayMs, returnUrl: server.url, clients });
    return { lostMs, chair };
  }

  it('the old connection still open, its ping unanswered: the clock stops from the ping, and the turn goes on', { timeout: 90_000 }, async ({ expect }) => {
    // Past the unanswered ping (pingIntervalMs) and before the heartbeat closes the connection.
    const st = await stage(SETTLE_MS);
    const away = HEARTBEAT.pingIntervalMs + 6_000;
    expect(away).toBeLessThan(HEARTBEAT.pingIntervalMs + HEARTBEAT.pingTimeoutMs - 2_000);
    const { lostMs, chair } = await silentFor(st, away);
    // The room was told: the turn was held, then resumed.
    expect(chair.events.some((e) => e.event.type === 'turnHeld')).toBe(true);
    // Lost only the time up to the unanswered ping, not the whole silence.
    expect(lostMs).toBeLessThanOrEqual(HEARTBEAT.pingIntervalMs + SLACK_MS);
    expect(lostMs).toBeLessThan(away - SLACK_MS);
  });

  it('the old connection closed by the heartbeat, its drop still settling: the same', { timeout: 90_000 }, async ({ expect }) => {
    // Past the heartbeat's close (pingIntervalMs + pingTimeoutMs) and inside the settle time.
    const st = await stage(LONG_SETTLE_MS);
    const away = HEARTBEAT.pingIntervalMs + HEARTBEAT.pingTimeoutMs + 3_000;
    expect(away).toBeLessThan(HEARTBEAT.pingIntervalMs + HEARTBEAT.pingTimeoutMs + LONG_SETTLE_MS - 2_000);
    const { lostMs, chair } = await silentFor(st, away);
    expect(chair.events.some((e) => e.event.type === 'turnHeld')).toBe(true);
    expect(lostMs).toBeLessThanOrEqual(HEARTBEAT.pingIntervalMs + SLACK_MS);
    expect(lostMs).toBeLessThan(away - SLACK_MS);
  });
});
