// Outcomes between processes (Issue 10): each process publishes on the outcome channel and hears
// every other process's messages, once each and in order, but never its own (dropped by the
// sender id in their first bytes, before anything is decoded). The wire text carries the state
// as the commit encoded it and reads back to the same outcome. Real parts: a spawned
// redis-server and ioredis connections.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWireOutcome, wireOutcome, type Accepted } from '../../server/broadcast.js';
import { outcomeChannel } from '../../server/outcome-channel.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

describe('the outcome channel', () => {
  let redis: RedisHandle;
  const clients: Redis[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => {
    clients.forEach((c) => c.disconnect());
    await redis?.stop();
  });

  const process = async (heard: string[]) => {
    const pub = new Redis(redis.url);
    const sub = new Redis(redis.url);
    clients.push(pub, sub);
    const ch = outcomeChannel(pub, sub, (json) => heard.push(json), (err) => {
      throw err;
    });
    await new Promise((r) => setTimeout(r, 100));
    return ch;
  };

  it('reaches every other process, in order, and never the sender', async () => {
    const heardA: string[] = [];
    const heardB: string[] = [];
    const a = await process(heardA);
    const b = await process(heardB);
    a.publish('[1]');
    a.publish('["zwei", "ø"]');
    b.publish('[3]');
    await new Promise((r) => setTimeout(r, 200));
    expect(heardB).toEqual(['[1]', '["zwei", "ø"]']);
    expect(heardA).toEqual(['[3]']);
  });

  it('the wire text reads back to the outcome, its state spliced in as its JSON', () => {
    const state = { id: 'm1', seq: 4, participants: [{ id: 'a', name: 'Ada "A"' }] } as unknown as Accepted['state'];
    const out = { ok: true, state, events: [], logged: [], views: ['a'] } as unknown as Accepted;
    const wire = wireOutcome(out, 1234);
    expect(wire).toContain(JSON.stringify(state));
    expect(readWireOutcome(wire)).toEqual({ out, now: 1234 });
    for (const bad of ['', '{}', '[1,2]', '[{},"x",{}]', '[null,1,{}]', 'not json']) expect(readWireOutcome(bad), bad).toBeNull();
  });
});
