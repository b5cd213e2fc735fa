// The adapter's subscriber must come back with its subscriptions after any reconnect. ioredis
// re-subscribes from what the previous connection had confirmed, so a connection that drops
// again while re-subscribing (as in a Sentinel failover: reach the promoted replica, then a late
// +switch-master reconnects once more) used to leave a process "ready" but deaf to every other
// process, for good: its people stopped seeing the meeting move (found by the failover drill).
// Here the subscribers' connections are killed in quick bursts (CLIENT KILL TYPE pubsub) and
// each process must then hear the other again; what was committed while it could not hear
// reaches its people when it hears again (read from the store, in order), not left out.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The pub/sub connections Redis has now: how many channels and patterns each holds. */
async function subscribers(r: Redis): Promise<{ sub: number; psub: number }[]> {
  const list = (await r.call('CLIENT', 'LIST', 'TYPE', 'pubsub')) as string;
  return list
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ sub: Number(/ sub=(\d+)/u.exec(line)?.[1]), psub: Number(/ psub=(\d+)/u.exec(line)?.[1]) }));
}

describe('the adapter subscriber across quick repeated reconnects', () => {
  let redis: RedisHandle;
  let a: ServerProcess;
  let b: ServerProcess;
  let admin: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    admin = new Redis(redis.url);
  }, 120_000);
  afterAll(async () => {
    admin?.disconnect();
    await Promise.all([a?.crash(), b?.crash()]);
    await redis?.stop();
  });

  it('re-subscribes every time, so each process hears the other again', async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    expect((await chair.join(meetingId, 'Leder', { chairKey })).ok).toBe(true);
    const other = await TestClient.connect(b.url);
    expect((await other.join(meetingId, 'Bjørk')).ok).toBe(true);
    await other.waitFor((c) => c.latest.participants.length === 2, 'both seated');
    // Each call a mode other than the one before, so every setTurnMode is a change.
    let modes = 0;
    const nextMode = (): string => ['chairPicks', 'hands', 'circle'][modes++ % 3]!;
    const before = await subscribers(admin);
    expect(before).toHaveLength(2);

    for (let burst = 0; burst < 3; burst++) {
      // Kill the subscribers again and again while they reconnect and re-subscribe.
      const t0 = Date.now();
      let kills = 0;
      let missedSeq = 0;
      while (Date.now() - t0 < 800) {
        kills += Number(await admin.call('CLIENT', 'KILL', 'TYPE', 'pubsub'));
        await sleep(Math.random() * 5);
        if (!missedSeq && Date.now() - t0 > 400) {
          // Committed on A while B cannot hear it: B must still be shown it once B hears again.
          // Its seq from the chair's own event: the acknowledgement comes before the chair's
          // delivery, so the chair's latest view may still be the one before (seen under load).
          const seen = chair.events.length;
          await chair.ok('setTurnMode', { mode: nextMode() });
          await chair.waitFor((c) => c.events.slice(seen).some((e) => e.event.type === 'turnMode'), `the chair's own turn-mode event in burst ${burst}`, 10_000);
          missedSeq = chair.events.slice(seen).find((e) => e.event.type === 'turnMode')!.seq;
        }
      }
      expect(kills).toBeGreaterThan(2);
      // Both come back with every channel and pattern they had (polling: a loaded machine is slow).
      const deadline = Date.now() + 15_000;
      let now = await subscribers(admin);
      while (Date.now() < deadline && !(now.length === 2 && now.every((s, i) => s.sub >= before[i]!.sub && s.psub >= before[i]!.psub))) {
        await sleep(100);
        now = await subscribers(admin);
      }
      expect(now, `after burst ${burst}`).toEqual(before);
      // Its room event too, not only a later view: nothing published meanwhile is left out.
      await other.waitFor((c) => c.events.some((e) => e.seq === missedSeq && e.event.type === 'turnMode'), `the command made during burst ${burst} delivered on B`, 10_000);
      // The view that shows it may follow its event (views are sent after the events of a seq).
      await other.waitFor((c) => c.latest.seq >= missedSeq, `the view of burst ${burst}'s command on B`, 10_000);

      // And they are heard: a command on A reaches B's person, one on B reaches A's.
      const seqB = other.latest.seq;
      await chair.ok('setTurnMode', { mode: nextMode() });
      await other.waitFor((c) => c.latest.seq > seqB, `A's command seen on B after burst ${burst}`, 10_000);
      const seqA = chair.latest.seq;
      await other.ok('volunteer', { on: !other.latest.participants.find((p) => p.id === other.you)!.volunteer });
      await chair.waitFor((c) => c.latest.seq > seqA, `B's command seen on A after burst ${burst}`, 10_000);
    }
    chair.close();
    other.close();
  }, 180_000);
});
