// A process alone on its Redis publishes nothing (Issue 10: CPU per delivery). Each commit script
// asks Redis whether any other process is subscribed to the outcome channel (its subscribers
// minus this process's own, which also holds its private channel); when none is, the outcome is
// not published: no PUBLISH written, and no echo of it read back by its own subscriber. As soon
// as another process listens, every outcome is published again. Real parts: a spawned
// redis-server, ioredis connections, the Redis store, Meetings and the Broadcaster.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FORMATS } from '../../shared/meeting/formats.js';
import { createMeeting } from '../../shared/meeting/state.js';
import { Broadcaster, type Accepted, type Io } from '../../server/broadcast.js';
import { Meetings } from '../../server/meetings.js';
import { OUTCOME_CHANNEL, outcomeChannel, type OutcomeChannel } from '../../server/outcome-channel.js';
import { RedisStore } from '../../server/store/redis.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

const join = (id: string, name: string) => () => ({ type: 'join' as const, id, name, role: 'participant' as const, volunteer: false, pledge: true, chairKey: false, joinCode: false });

// Enough of socket.io for a delivery to sockets this process does not hold (none).
const noSockets = { local: { to: () => ({ emit: () => true }), in: () => ({ disconnectSockets: () => undefined }) }, sockets: { adapter: { rooms: new Map() }, sockets: new Map() }, on: () => undefined } as unknown as Io;

describe('publishing only when another process listens', () => {
  let redis: RedisHandle;
  const clients: Redis[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => {
    clients.forEach((c) => c.disconnect());
    await redis?.stop();
  });

  const connect = (): Redis => {
    const c = new Redis(redis.url);
    clients.push(c);
    return c;
  };
  /** A process's outcome channel (its own pub and sub), hearing into `heard`. */
  const listen = async (heard: string[]): Promise<{ channel: OutcomeChannel; sub: Redis }> => {
    const subscribers = async (): Promise<number> => Number(((await clients[0]!.pubsub('NUMSUB', OUTCOME_CHANNEL)) as [string, number])[1]);
    const before = await subscribers();
    const sub = connect();
    const channel = outcomeChannel(connect(), sub, (json) => heard.push(json), (err) => {
      throw err;
    });
    // Until Redis counts the new subscriber (a fixed 100 ms was too short in a loaded CI run).
    for (let i = 0; i < 500 && (await subscribers()) <= before; i++) await new Promise((r) => setTimeout(r, 10));
    return { channel, sub };
  };
  const settle = () => new Promise((r) => setTimeout(r, 150));

  it('alone: nothing is published; with a second process: every outcome reaches it; alone again: nothing', async () => {
    const store = new RedisStore(connect(), { ttlMs: 60_000, logCap: 100 });
    const mine: string[] = [];
    const { channel } = await listen(mine);
    store.outcomesOn(channel.channels!);
    const published: string[] = [];
    const counting: OutcomeChannel = { publish: (json) => (published.push(json), channel.publish(json)) };
    const meetings = new Meetings(store);
    const b = new Broadcaster(noSockets, true, store);
    b.link(counting, (id) => meetings.current(id));
    const state = createMeeting({ id: 'unheard1', title: 'Alone', language: 'nb', formatId: FORMATS[0]!.id, access: 'open', listed: false, settings: DEFAULT_SETTINGS, turnMode: 'circle', startsAt: null }, Date.now());
    expect(await store.create(state, { chairKeyHash: 'x', joinCodeHash: null, joinCode: null })).toBe(true);
    const run = async (make: () => ReturnType<ReturnType<typeof join>> | { type: 'setRole'; by: string; role: 'listener' | 'participant' }): Promise<void> => {
      const out = await meetings.run('unheard1', make);
      expect(out.ok).toBe(true);
      b.publish(out as Accepted, Date.now());
    };
    try {
      await run(join('pa', 'Anna'));
      await run(() => ({ type: 'setRole', by: 'pa', role: 'listener' }));
      await settle();
      expect(published).toEqual([]);

      // Another process subscribes: from the next commit on, it hears them all.
      const theirs: string[] = [];
      const other = await listen(theirs);
      await run(() => ({ type: 'setRole', by: 'pa', role: 'participant' }));
      await run(join('pb', 'Bo'));
      await settle();
      expect(published).toHaveLength(2);
      expect(theirs).toEqual(published);
      expect(mine).toEqual([]);

      // Our own subscriber gone (reconnecting): the other process still counts, and still hears.
      const ownSub = clients[1]!; // connect() order: the store, then our sub, then our pub
      await ownSub.unsubscribe();
      await run(() => ({ type: 'setRole', by: 'pb', role: 'listener' }));
      await settle();
      expect(theirs).toHaveLength(3);

      // The other process goes: alone again, nothing more is published.
      await other.sub.unsubscribe();
      await run(() => ({ type: 'setRole', by: 'pb', role: 'participant' }));
      await settle();
      expect(published).toHaveLength(3);
    } finally {
      b.stop();
      await store.close();
    }
  });

  it('a store not told its channels publishes every outcome (no question asked)', async () => {
    const store = new RedisStore(connect(), { ttlMs: 60_000, logCap: 100 });
    const published: string[] = [];
    const meetings = new Meetings(store);
    const b = new Broadcaster(noSockets, true, store);
    b.link({ publish: (json) => void published.push(json) }, (id) => meetings.current(id));
    const state = createMeeting({ id: 'unheard2', title: 'Untold', language: 'nb', formatId: FORMATS[0]!.id, access: 'open', listed: false, settings: DEFAULT_SETTINGS, turnMode: 'circle', startsAt: null }, Date.now());
    expect(await store.create(state, { chairKeyHash: 'x', joinCodeHash: null, joinCode: null })).toBe(true);
    try {
      const out = await meetings.run('unheard2', join('pa', 'Anna'));
      expect(out.ok).toBe(true);
      b.publish(out as Accepted, Date.now());
      expect(published).toHaveLength(1);
    } finally {
      b.stop();
      await store.close();
    }
  });
});
