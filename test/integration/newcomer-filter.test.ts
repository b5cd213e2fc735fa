// The newcomer tick never leaves the server for anyone but the chair and the greeter (Issue 15):
// over every event, view, door view and replay each other socket receives, through a whole
// meeting with a newcomer seated and another at the door, on the memory store and on Redis. The
// chair and the greeter do see it (so the test could fail).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingView } from '../../shared/meeting/view.js';
import { TestClient } from '../helpers/client.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

type Running = Awaited<ReturnType<typeof startTestServer>>;

let redis: RedisHandle;
const servers: Record<string, Running> = {};
const clients: TestClient[] = [];

beforeAll(async () => {
  redis = await startRedis();
  [servers.memory, servers.redis] = await Promise.all([startTestServer(), startTestServer({ redisUrl: redis.url })]);
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
  await redis?.stop();
});

/** Every socket's full intake: everything the server sent it (acks included), events, views, door views and replays, as one text. */
function recorder(c: TestClient): () => string {
  return () => JSON.stringify([c.received, c.events, c.views, c.doors, c.replayed]);
}

async function client(url: string): Promise<TestClient> {
  const c = await TestClient.connect(url);
  clients.push(c);
  return c;
}

describe.each(['memory', 'redis'])('the newcomer tick on the %s store', (store) => {
  it('reaches the chair and the greeter only: never another socket, in any event, view, door view or replay', { timeout: 60_000 }, async () => {
    const url = servers[store]!.url;
    const { meetingId, chairKey } = await createMeeting(url);
    const chair = await client(url);
    const greeter = await client(url);
    const coChair = await client(url);
    const member = await client(url);
    const chairSaw = recorder(chair);
    const greeterSaw = recorder(greeter);
    const others: { name: string; saw: () => string; c: TestClient }[] = [
      { name: 'co-chair', saw: recorder(coChair), c: coChair },
      { name: 'member', saw: recorder(member), c: member },
    ];
    expect((await chair.join(meetingId, 'Rolig Elv', { chairKey })).ok).toBe(true);
    expect((await greeter.join(meetingId, 'Varm Hand')).ok).toBe(true);
    expect((await coChair.join(meetingId, 'Trygg Havn', { volunteer: true })).ok).toBe(true);
    expect((await member.join(meetingId, 'Lys Morgen')).ok).toBe(true);
    await chair.ok('setGreeter', { target: greeter.you });
    // Asked, not appointed: the greeter says yes.
    await greeter.ok('answerGreeter', { yes: true });
    await chair.ok('setCoChair', { target: coChair.you });

    // A newcomer walks in, and ticks the box; so does their own socket see nothing of it.
    const fresh = await client(url);
    const freshSaw = recorder(fresh);
    others.push({ name: 'the newcomer', saw: freshSaw, c: fresh });
    expect((await fresh.emit('join', { v: 1, meetingId, name: 'Ny Stjerne', role: 'participant', volunteer: false, pledge: true, firstTime: true })).ok).toBe(true);
    await chair.waitFor((c) => c.latest.participants.some((p) => p.name === 'Ny Stjerne'), 'the newcomer seated');

    // The door is locked: the next newcomer waits there, and is let in after the guidelines.
    await chair.ok('lock', { on: true });
    const door = await client(url);
    others.push({ name: 'at the door', saw: recorder(door), c: door });
    const ack = await door.emit('join', { v: 1, meetingId, name: 'Stille Dugg', role: 'participant', volunteer: false, pledge: true, firstTime: true });
    expect(ack.ok).toBe(true);
    await chair.waitFor((c) => c.latest.waiting.some((w) => w.name === 'Stille Dugg' && w.firstTime === true), 'the chair sees the newcomer at the door');
    await coChair.waitFor((c) => c.latest.waiting.some((w) => w.name === 'Stille Dugg'), 'the co-chair sees the door');
    expect(coChair.latest.waiting.find((w) => w.name === 'Stille Dugg')?.firstTime).toBeNull();
    await greeter.ok('greet', { where: 'waiting' });
    await door.ok('acceptGuidelines');
    await chair.waitFor((c) => c.latest.waiting.some((w) => w.name === 'Stille Dugg' && w.accepted), 'accepted');
    const doorId = chair.latest.waiting.find((w) => w.name === 'Stille Dugg')!.id;
    await chair.ok('admit', { target: doorId });
    await member.waitFor((c) => c.latest.participants.some((p) => p.name === 'Stille Dugg'), 'admitted');

    // A meeting goes on around them: the round, a share, the greeting, a drop and a resume.
    await chair.ok('start');
    await greeter.ok('greet', { where: 'room' });
    await chair.ok('advance');
    await chair.waitFor((c) => c.latest.speaker?.id === c.you, 'the chair speaks');
    await chair.ok('share', { text: 'Jeg har hatt en rolig uke.' });
    await chair.ok('finishShare');
    // The member drops and resumes on a new socket: the replay carries nothing of it either.
    const lastSeq = member.lastSeq();
    member.drop();
    const again = await client(url);
    others.push({ name: 'member resumed', saw: recorder(again), c: again });
    expect((await again.resume(meetingId, member.token, Math.max(0, lastSeq - 5))).ok).toBe(true);
    await again.waitFor((c) => c.latest.phase === 'round', 'the round');

    // The chair and the greeter saw both newcomers; the mark is in their views.
    const flagged = (v: MeetingView) => v.participants.filter((p) => p.firstTime).map((p) => p.name).sort();
    await greeter.waitFor((c) => flagged(c.latest).length === 2, 'the greeter sees both');
    expect(flagged(chair.latest)).toEqual(['Ny Stjerne', 'Stille Dugg']);
    expect(chairSaw()).toContain('"type":"newcomer"');
    expect(greeterSaw()).toContain('"type":"newcomer"');
    // Nobody else: no `newcomer` event, every firstTime null, nowhere a true or false for it.
    for (const o of others) {
      const all = o.saw();
      expect(all, o.name).not.toContain('newcomer');
      expect(all, o.name).not.toMatch(/"firstTime":(true|false)/);
      for (const v of o.c.views) for (const p of v.participants) expect(p.firstTime, `${o.name} sees ${p.name}`).toBeNull();
    }
  });
});
