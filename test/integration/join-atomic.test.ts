// A join is one atomic step from the person's view: the seat, its resume token and the socket
// holding it are written together, or not at all. The token used to be written after the seat
// was committed: when that write failed, the person was told the join failed, yet a seat nobody
// could ever resume sat in the meeting (counted as connected, in the round), and the retry made
// a second one. Here the store fails the token write for real (the meeting's tokens key made a
// string, so Redis answers WRONGTYPE inside the script): the failed join must leave nothing.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { meetingKeys } from '../../server/store/redis-keys.js';
import { stateFromFields } from '../../server/store/state-fields.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import { PROTOCOL_VERSION } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

describe('a join whose store write fails', () => {
  let redis: RedisHandle;
  let server: RunningServer;
  let admin: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    server = await startTestServer({ redisUrl: redis.url });
    admin = new Redis(redis.url);
  }, 60_000);
  afterAll(async () => {
    admin?.disconnect();
    await server?.close();
    await redis?.stop();
  });

  const stored = async (id: string): Promise<MeetingState> => stateFromFields(await admin.hgetall(meetingKeys(id).state))!;

  it('leaves no seat and no token; the retry makes exactly one seat', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url);
    const chair = await TestClient.connect(server.url);
    expect((await chair.join(meetingId, 'Leder', { chairKey })).ok).toBe(true);
    const k = meetingKeys(meetingId);
    const seqBefore = (await stored(meetingId)).seq;

    // The token write cannot succeed now.
    const ttl = await admin.pttl(k.tokens);
    await admin.set(k.tokens, 'not a hash', 'PX', ttl);
    const other = await TestClient.connect(server.url);
    const failed = await other.join(meetingId, 'Bjørk');
    expect(failed.ok).toBe(false);
    expect('token' in failed).toBe(false);
    const after = await stored(meetingId);
    expect(after.participants.map((p) => p.name)).toEqual(['Leder']);
    expect(after.seq).toBe(seqBefore);
    expect(await admin.get(k.tokens)).toBe('not a hash');
    // Nobody in the room heard of a join.
    expect(chair.latest.participants.map((p) => p.name)).toEqual(['Leder']);

    // The store works again: the same socket's retry seats Bjørk once, with a token that resumes.
    await admin.del(k.tokens);
    const ok = await other.join(meetingId, 'Bjørk');
    expect(ok.ok).toBe(true);
    const seated = await stored(meetingId);
    expect(seated.participants.map((p) => p.name).sort()).toEqual(['Bjørk', 'Leder']);
    const tokens = await admin.hgetall(k.tokens);
    // One token and one holder for the one new seat.
    expect(Object.values(tokens).filter((v) => v === (ok.ok ? ok.you : '')).length).toBe(1);
    expect(Object.keys(tokens).filter((f) => f.startsWith('holder:')).length).toBe(1);
    chair.close();
    other.close();
  });

  it('leaves no seat when the connection is lost between the commit and the answer', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url);
    const chair = await TestClient.connect(server.url);
    expect((await chair.join(meetingId, 'Leder', { chairKey })).ok).toBe(true);
    const other = await TestClient.connect(server.url);
    // The join goes out, the network goes before its answer can come back: the seat is made
    // in the store while the socket is gone, and nobody ever got its token.
    (other.socket as unknown as { emit(ev: string, p: unknown): void }).emit('join', { v: PROTOCOL_VERSION, meetingId, name: 'Bjørk', role: 'participant', volunteer: false, pledge: true });
    other.drop();
    // The room hears the join and then the leave; in the end only the chair is seated.
    await chair.waitFor((c) => c.events.some((e) => e.event.type === 'left'), 'the unreachable seat left again', 10_000);
    const after = await stored(meetingId);
    expect(after.participants.map((p) => p.name)).toEqual(['Leder']);
    chair.close();
  });
});
