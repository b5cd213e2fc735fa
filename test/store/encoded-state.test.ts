// A committed state is JSON-encoded once (Issue 10): the Redis store remembers the string it
// wrote and the broadcaster sends that same string to the other processes (encoded-state.ts).
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FORMATS } from '../../shared/meeting/formats.js';
import { createMeeting } from '../../shared/meeting/state.js';
import { Meetings } from '../../server/meetings.js';
import { RedisStore } from '../../server/store/redis.js';
import { encodedState } from '../../server/store/encoded-state.js';
import { meetingKeys } from '../../server/store/redis-keys.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

describe('a committed state is encoded once', () => {
  let redis: RedisHandle;
  let store: RedisStore;
  beforeAll(async () => {
    redis = await startRedis();
    store = new RedisStore(redis.url, { ttlMs: 60_000, logCap: 100 });
  });
  afterAll(async () => {
    await store.close();
    await redis.stop();
  });

  it('the string the commit wrote is the one published, and parses back to the state', async () => {
    const state = createMeeting({ id: 'enc1', title: 'Once', language: 'nb', formatId: FORMATS[0]!.id, access: 'open', listed: false, settings: DEFAULT_SETTINGS, turnMode: 'circle', startsAt: null }, Date.now());
    expect(await store.create(state, { chairKeyHash: 'x', joinCodeHash: null, joinCode: null })).toBe(true);
    const out = await new Meetings(store).run('enc1', () => ({ type: 'join', id: 'pa', name: 'Anna', role: 'participant', volunteer: false, pledge: true, chairKey: false, joinCode: false }));
    if (!out.ok) throw new Error(out.code);
    // Made at commit: publishing it encodes nothing again.
    const stringify = JSON.stringify;
    let encodings = 0;
    JSON.stringify = ((...args: Parameters<typeof stringify>) => {
      encodings++;
      return stringify(...args);
    }) as typeof stringify;
    let sent: string;
    try {
      sent = encodedState(out.state);
    } finally {
      JSON.stringify = stringify;
    }
    expect(encodings).toBe(0);
    expect(JSON.parse(sent)).toEqual(out.state);
    const raw = new Redis(redis.url);
    const stored = await raw.hget(meetingKeys('enc1').state, 'json');
    await raw.quit();
    expect(stored).toBe(sent);
  });
});
