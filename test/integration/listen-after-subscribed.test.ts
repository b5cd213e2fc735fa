// A process on Redis opens its port only once its subscriber holds its subscriptions (the
// adapter's and the outcome channel's): before that a join would be taken by a process that
// hears none of the others' deliveries for its meeting, and a load balancer that does not ask
// /healthz sends people the moment the port opens. It used to listen as soon as the subscriber's
// connection was ready, its SUBSCRIBEs unanswered, and /healthz said "up" meanwhile.
// Real redis-server behind a relay that holds Redis's replies on the subscriber's connection.
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

/** A relay to Redis that, once `hold` is on, holds every reply on a connection that has sent a SUBSCRIBE or PSUBSCRIBE. */
async function subscriberRelay(redisUrl: string): Promise<{ url: string; hold: boolean; heldBytes(): number; release(): void; close(): Promise<void> }> {
  const target = new URL(redisUrl);
  const sockets = new Set<Socket>();
  const held: (() => void)[] = [];
  let heldBytes = 0;
  const state = {
    hold: true,
    url: '',
    heldBytes: () => heldBytes,
    release() {
      state.hold = false;
      for (const send of held.splice(0)) send();
    },
    close: () => new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      relay.close(() => r());
    }),
  };
  const relay: Server = createServer((near) => {
    const far = connect(Number(target.port), target.hostname);
    sockets.add(near).add(far);
    let subscriber = false;
    near.on('data', (chunk: Buffer) => {
      // The command itself, not the connection's name ("runde-subscriber", set at its handshake).
      if (/\r\np?subscribe\r\n/iu.test(chunk.toString('latin1'))) subscriber = true;
      far.write(chunk);
    });
    far.on('data', (chunk: Buffer) => {
      if (subscriber && state.hold) {
        heldBytes += chunk.length;
        held.push(() => near.write(chunk));
      } else near.write(chunk);
    });
    const drop = (): void => {
      near.destroy();
      far.destroy();
    };
    near.on('error', drop).on('close', drop);
    far.on('error', drop).on('close', drop);
  });
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
  state.url = `redis://127.0.0.1:${(relay.address() as AddressInfo).port}`;
  return state;
}

describe('a process on Redis listens once its subscriptions are confirmed', () => {
  let redis: RedisHandle;
  let srv: RunningServer | undefined;

  beforeAll(async () => {
    redis = await startRedis();
  }, 60_000);

  afterAll(async () => {
    await srv?.close();
    await redis?.stop();
  });

  it('does not open its port while Redis has not answered the subscriber, and is healthy the moment it does', async () => {
    const relay = await subscriberRelay(redis.url);
    try {
      let started = false;
      const starting = startServer({ port: 0, host: '127.0.0.1', dropSettleMs: 0, redisUrl: relay.url }, {}).then((s) => {
        started = true;
        return s;
      });
      // The subscriber has sent its SUBSCRIBEs and Redis answered them: the answers are held.
      const t0 = Date.now();
      while (relay.heldBytes() === 0 && Date.now() - t0 < 15_000) await new Promise((r) => setTimeout(r, 20));
      expect(relay.heldBytes(), 'Redis answered the subscriber').toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 2_500));
      expect(started, 'listening while the subscriptions are unconfirmed').toBe(false);
      relay.release();
      srv = await starting;
      const res = await fetch(`${srv.url}/healthz`);
      const body = (await res.json()) as { redis: Record<string, string> };
      expect({ status: res.status, redis: body.redis }).toEqual({ status: 200, redis: { command: 'up', publisher: 'up', subscriber: 'up' } });
    } finally {
      relay.release();
      await srv?.close();
      srv = undefined;
      await relay.close();
    }
  }, 60_000);
});
