// A process that stalls (SIGSTOP, a long GC pause, a starved VM) for longer than the liveness
// deadline (6 s) is judged dead by the other process, which records its seats' drops. Its
// people never lost their connection: when it continues, it must take their seats back, or they
// lose them when the grace period runs out, with no farewell (fresh tester, Issue 10: SIGSTOP for
// 8 s; also seen under plain machine load). Two real processes on one real redis-server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

const GRACE_MS = 4000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a process judged dead while it was only stalled', () => {
  let redis: RedisHandle;
  let stalled: ServerProcess;
  let other: ServerProcess;
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, RUNDE_GRACE_MS: String(GRACE_MS) };
    [stalled, other] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 200_000);
  afterAll(async () => {
    stalled?.signal('SIGCONT');
    await Promise.all([stalled?.stop(), other?.stop()]);
    await redis?.stop();
  });

  /** A meeting chaired on the other process, with one member seated on the one that will stall. */
  async function chairAndMember(): Promise<{ meetingId: string; chair: TestClient; member: TestClient }> {
    const { meetingId, chairKey } = await createMeeting(other.url);
    const chair = await TestClient.connect(other.url);
    expect((await chair.join(meetingId, 'Leder', { chairKey })).ok).toBe(true);
    const member = await TestClient.connect(stalled.url);
    expect((await member.join(meetingId, 'Stille')).ok).toBe(true);
    await chair.waitFor((c) => c.latest.participants.length === 2, 'both seated');
    return { meetingId, chair, member };
  }

  it('takes back the seats of its still-connected people: away for a moment, then back, and kept past the grace period', async () => {
    const { chair, member } = await chairAndMember();
    const seat = (c: TestClient) => c.latest.participants.find((p) => p.id === member.you);

    stalled.signal('SIGSTOP');
    // Judged dead: the other process records the stalled one's seat as dropped.
    await chair.waitFor((c) => seat(c)?.connected === false, 'the stalled process’s seat shown away', 20_000);
    await sleep(1500);
    stalled.signal('SIGCONT');
    // It continues, finds itself judged dead and takes the seat back: shown connected again.
    await chair.waitFor((c) => seat(c)?.connected === true, 'the seat taken back', 10_000);
    // Well past the grace period that started with the drop: still seated, still connected, no farewell.
    await sleep(GRACE_MS + 2000);
    expect(seat(chair)?.connected).toBe(true);
    expect(member.byes).toEqual([]);
    await stalled.logged((l) => l.includes('"event":"process_judged_dead"'), 'process_judged_dead');
    // And the member is still in the meeting for real: the next share round reaches them.
    await chair.ok('start');
    await member.waitFor((c) => c.latest.phase !== 'gathering', 'the meeting started, seen by the member', 10_000);
    chair.close();
    member.close();
  }, 120_000);

  it('a stall past the grace period: the seat is given up, and the socket that lost it is closed, so a resume hears SEAT_GIVEN_UP', async () => {
    const { meetingId, chair, member } = await chairAndMember();
    const you = member.you;

    stalled.signal('SIGSTOP');
    // Judged dead, then the grace period runs out: the seat is given up for the others.
    await chair.waitFor((c) => c.events.some((e) => e.event.type === 'left' && e.event.id === you), 'the seat given up', 40_000);
    stalled.signal('SIGCONT');
    // The process finds no seat to take back for its still-open socket: it closes it, rather
    // than leave a page that looks seated in a meeting that no longer counts it.
    await member.waitFor((c) => !c.socket.connected, 'the socket closed by the server', 15_000);
    expect(chair.latest.participants.some((p) => p.id === you)).toBe(false);
    // What the page does next: it resumes, and hears why in words it can show.
    const again = await TestClient.connect(stalled.url);
    const ack = await again.resume(meetingId, member.token, member.lastSeq());
    expect(ack.ok).toBe(false);
    expect(!ack.ok && ack.code).toBe('SEAT_GIVEN_UP');
    chair.close();
    again.close();
  }, 120_000);
});
