// A speaker whose link goes silent (a phone losing its signal: nothing closed, nothing arrives) is
// noticed only when a ping goes unanswered, 10–20 s later. A fresh tester (2026-12-03) saw the
// share clock run on for 19 s after the link went, for everyone, while the speaker's own page
// said it was stopped, and the hold end that long after the page's own count. The drop now dates
// from the unanswered ping (server/drop-time.ts): the clock stops, and the hold runs, from then.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { HEARTBEAT } from '../../shared/limits.js';
import { TestClient } from '../helpers/client.js';
import { cutLine, type Line } from '../helpers/cut-line.js';
import { startTestServer } from '../helpers/server.js';
import { speakingOnLine } from '../helpers/speaking.js';

const SHARE_MS = 120_000;
const SPEAKER_GRACE_MS = 60_000;
/** Time between the stall and the server's moment of reading the clock, and the test's own steps. */
const SLACK_MS = 2_000;

describe('a speaker whose link goes silent', () => {
  let server: RunningServer;
  let line: Line;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    server = await startTestServer({ settings: { shareMs: SHARE_MS, speakerGraceMs: SPEAKER_GRACE_MS, graceMs: 120_000 } });
    line = await cutLine(server.url);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await line.close();
    await server.close();
  });

  it('loses no share time past the last ping it could answer, and its hold counts from then', { timeout: 60_000 }, async () => {
    const { chair, speaker } = await speakingOnLine(server.url, line.url, clients);
    // Just after a ping is answered (the answer given time to arrive) the link goes silent: the
    // server's next ping goes unanswered and the connection is closed HEARTBEAT.pingIntervalMs +
    // pingTimeoutMs after the answered one.
    const engine = speaker.socket.io.engine as unknown as { once(ev: 'ping', fn: () => void): void };
    await new Promise<void>((resolve) => engine.once('ping', resolve));
    await new Promise((r) => setTimeout(r, 300));
    line.stall();
    const stalledAt = Date.now();
    const deadline = chair.latest.speaker!.deadline;
    const leftAtStall = deadline - stalledAt;
    await chair.waitFor((c) => c.events.some((e) => e.event.type === 'turnHeld'), 'the turn held', 30_000);
    const held = chair.events.find((e) => e.event.type === 'turnHeld')!.event as { until: number };
    await chair.waitFor((c) => c.latest.speaker?.frozen === true, 'the clock stopped');
    const leftWhenStopped = chair.latest.speaker!.remainingMs;
    // Stopped at the unanswered ping (pingIntervalMs after the stall), not when the close was
    // noticed (pingTimeoutMs later still): the clock lost at most the interval.
    expect(leftAtStall - leftWhenStopped).toBeLessThanOrEqual(HEARTBEAT.pingIntervalMs + SLACK_MS);
    expect(leftAtStall - leftWhenStopped).toBeGreaterThanOrEqual(HEARTBEAT.pingIntervalMs - SLACK_MS);
    // The hold runs the speaker grace from the same moment.
    expect(held.until - stalledAt).toBeLessThanOrEqual(HEARTBEAT.pingIntervalMs + SPEAKER_GRACE_MS + SLACK_MS);
  });
});
