// The door holds (issue 8), over real sockets: on the memory store, and on Redis with two server
// processes (the chair on one, everyone else on the other), so each process must take its own
// sockets out of the room. A removed person stays out and hears nothing more; someone at the door
// learns nothing of the meeting; the end reaches the door; the door says why one waits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { pause } from '../helpers/meeting.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

/** Every string anywhere in what a socket received (keys excluded). */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/** Nothing of the meeting: no seated person's name or id, no topic, no share, in anything received. */
function expectNothingOfTheMeeting(received: TestClient['received'], secrets: string[]): void {
  const all = strings(received.map((r) => r.payload));
  for (const s of secrets) expect(all.filter((x) => x.includes(s)), `"${s}" reached a socket at the door`).toEqual([]);
}

for (const setup of ['memory', 'redis, two processes'] as const) {
  describe(`the door on the ${setup} store`, () => {
    let redis: RedisHandle | undefined;
    let server: RunningServer | undefined;
    let procs: ServerProcess[] = [];
    /** The chair's process and everyone else's (the same one on the memory store). */
    let a = '';
    let b = '';
    beforeAll(async () => {
      if (setup === 'memory') {
        server = await startTestServer();
        a = b = server.url;
      } else {
        redis = await startRedis();
        // One after the other: on a loaded machine two cold starts at once can exceed the start timeout.
        procs.push(await spawnServer({ REDIS_URL: redis.url }));
        procs.push(await spawnServer({ REDIS_URL: redis.url }));
        a = procs[0]!.url;
        b = procs[1]!.url;
      }
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await Promise.all(procs.map((p) => p.stop()));
      await redis?.stop();
    });

    async function seated(opts: Parameters<typeof createMeeting>[1] = {}, names = ['Leder', 'Medlem', 'Bråkmaker']) {
      const { meetingId, chairKey } = await createMeeting(a, opts);
      const people: TestClient[] = [];
      for (const [i, name] of names.entries()) {
        const c = await TestClient.connect(i === 0 ? a : b);
        const ack = await c.join(meetingId, name, i === 0 ? { chairKey } : { joinCode: opts.joinCode ?? '' });
        expect(ack.ok && !('door' in ack)).toBe(true);
        people.push(c);
      }
      return { meetingId, chairKey, people };
    }

    it('a removed socket leaves the room before anything else of the command: no topic sent with the removal, no note 50 ms later', async () => {
      const { people } = await seated();
      const [chair, member, rude] = people as [TestClient, TestClient, TestClient];
      const seenBefore = rude.received.length;
      // Sent together: the removal and a topic change; then a note 50 ms later.
      const removal = chair.emit('remove', { target: rude.you });
      const topic = chair.emit('setTopic', { text: 'Tema etter fjerning' });
      expect(await removal).toMatchObject({ ok: true });
      expect(await topic).toMatchObject({ ok: true });
      await pause(50);
      await chair.ok('chairNote', { text: 'Notat etter fjerning' });
      await member.waitFor((c) => c.events.some((e) => e.event.type === 'note'), 'the member hears the note');
      await rude.waitFor((c) => c.byes.includes('removed') && !c.socket.connected, 'removed and disconnected');
      const after = rude.received.slice(seenBefore);
      expect(after.map((r) => r.name)).toEqual(['event', 'bye']);
      expect(rude.events.at(-1)?.event).toEqual({ type: 'removed', id: rude.you, to: rude.you });
      expectNothingOfTheMeeting(rude.received.slice(seenBefore), ['Tema etter fjerning', 'Notat etter fjerning']);
      expect(rude.events.some((e) => e.event.type === 'left')).toBe(false);
      [chair, member].forEach((c) => c.close());
    });

    it('a removed person who comes back with the same link (and the join code) waits at the door; the chair sees the door is watched and can turn it off', async () => {
      const { meetingId, people } = await seated({ access: 'closed', joinCode: 'fjord-42' });
      const [chair, member, rude] = people as [TestClient, TestClient, TestClient];
      await chair.ok('remove', { target: rude.you });
      await chair.waitFor((c) => c.latest.doorWatched, 'the chair sees the door is watched');
      await rude.waitFor((c) => !c.socket.connected, 'removed socket closed');
      const back = await TestClient.connect(b);
      const ack = await back.join(meetingId, 'Bråkmaker', { joinCode: 'fjord-42' });
      expect(ack.ok && 'door' in ack && ack.door.reason).toBe('held');
      await chair.waitFor((c) => c.latest.waiting.some((w) => w.id === back.you), 'the chair sees who waits');
      expect(chair.latest.participants.map((p) => p.name)).toEqual(['Leder', 'Medlem']);
      expect(await back.emit('share', { text: 'hei' })).toMatchObject({ ok: false, code: 'IN_WAITING_ROOM' });
      // The chair turns the watch off: the next newcomer walks in with the code again.
      expect(await member.emit('watchDoor', { on: false })).toMatchObject({ ok: false, code: 'NOT_CHAIR' });
      await chair.ok('watchDoor', { on: false });
      const next = await TestClient.connect(b);
      const n = await next.join(meetingId, 'Ny', { joinCode: 'fjord-42' });
      expect(n.ok && 'view' in n).toBe(true);
      [chair, member, back, next].forEach((c) => c.close());
    });

    it('someone at the door receives only the door view, only when their own status changes; denied, they keep nothing', async () => {
      const { meetingId, people } = await seated({ access: 'closed', joinCode: 'fjord-42' }, ['Leder', 'Medlem', 'Tredje']);
      const [chair, member, third] = people as [TestClient, TestClient, TestClient];
      const guest = await TestClient.connect(b);
      const g = await guest.join(meetingId, 'Gjest');
      expect(g.ok && 'door' in g && g.door).toEqual({ id: meetingId, title: 'Torsdagsmøtet', language: 'nb', formatId: 'standard', access: 'closed', waiting: true, locked: false, reason: 'closed', accepted: false, guidelinesText: null, greeted: false });
      await chair.waitFor((c) => c.latest.waiting.length === 1, 'the chair sees the guest');
      // A whole stretch of meeting: topic, round, shares, notes, lock, someone coming and going.
      await chair.ok('setTopic', { text: 'Håp og mot' });
      await chair.ok('chairNote', { text: 'Bare for dem inne' });
      await chair.ok('start');
      await chair.ok('advance');
      await chair.waitFor((c) => c.latest.speaker?.id === c.you, 'the chair speaks first');
      await chair.ok('share', { text: 'Jeg deler dette' });
      await chair.ok('finishShare');
      await member.waitFor((c) => c.latest.speaker?.id === c.you, 'the member speaks');
      await member.ok('share', { text: 'Min deling' });
      await member.ok('pass');
      await chair.ok('lock', { on: true });
      await chair.ok('lock', { on: false });
      // One seated person is sent back: they get a door view, and then nothing more either.
      await chair.ok('sendToWaiting', { target: third.you });
      await third.waitFor((c) => c.atDoor, 'sent back to the door');
      const thirdAtDoor = third.received.length;
      await chair.ok('chairNote', { text: 'Etter retur' });
      await member.waitFor((c) => c.events.some((e) => e.event.type === 'note' && e.event.text === 'Etter retur'), 'the member hears it');
      await pause(100);
      expect(guest.received.map((r) => r.name)).toEqual(['ack']);
      expect(third.received.slice(thirdAtDoor)).toEqual([]);
      expect(third.doors.at(-1)).toMatchObject({ waiting: true, reason: 'sentBack' });
      const secrets = ['Leder', 'Medlem', 'Håp og mot', 'Jeg deler dette', 'Min deling', 'Bare for dem inne', chair.you, member.you];
      expectNothingOfTheMeeting(guest.received, [...secrets, 'Tredje', third.you]);
      expectNothingOfTheMeeting(third.received.slice(thirdAtDoor), [...secrets, 'Etter retur']);
      // Denied: a farewell, nothing else, and the connection closes.
      await chair.ok('deny', { target: guest.you });
      await guest.waitFor((c) => c.byes.includes('denied') && !c.socket.connected, 'denied and disconnected');
      expect(guest.received.map((r) => r.name)).toEqual(['ack', 'bye']);
      [chair, member, third].forEach((c) => c.close());
    });

    it('people at the door are told the meeting ended and are disconnected: by the chair’s end, and by the last seated person leaving', async () => {
      for (const how of ['end', 'last one leaves'] as const) {
        const { meetingId, people } = await seated({ access: 'closed', joinCode: 'fjord-42' }, ['Leder']);
        const chair = people[0]!;
        const waiting = await TestClient.connect(b);
        await waiting.join(meetingId, 'Venter');
        await chair.waitFor((c) => c.latest.waiting.length === 1, 'the chair sees them');
        if (how === 'end') await chair.ok('end');
        else await chair.ok('leave');
        await waiting.waitFor((c) => c.byes.includes('ended') && !c.socket.connected, `told of the end (${how})`);
        expect(waiting.received.map((r) => r.name)).toEqual(['ack', 'bye']);
        chair.close();
      }
    });

    it('the chair, and whoever takes the chair over, can see the join code again; nobody else can', async () => {
      const { meetingId, chairKey } = await createMeeting(a, { access: 'closed', joinCode: 'fjord-42' });
      const chair = await TestClient.connect(a);
      await chair.join(meetingId, 'Leder', { chairKey });
      const member = await TestClient.connect(b);
      await member.join(meetingId, 'Medlem', { joinCode: 'fjord-42', volunteer: true });
      const guest = await TestClient.connect(b);
      await guest.join(meetingId, 'Gjest');
      const stranger = await TestClient.connect(b);
      expect(await chair.emit('joinCode', {})).toEqual({ ok: true, code: 'fjord-42' });
      expect(await member.emit('joinCode', {})).toMatchObject({ ok: false, code: 'NOT_CHAIR' });
      expect(await guest.emit('joinCode', {})).toMatchObject({ ok: false, code: 'IN_WAITING_ROOM' });
      expect(await stranger.emit('joinCode', {})).toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
      expect(await chair.emit('joinCode', { extra: 1 })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
      await chair.ok('handChair', { target: member.you });
      expect(await member.emit('joinCode', {})).toEqual({ ok: true, code: 'fjord-42' });
      expect(await chair.emit('joinCode', {})).toMatchObject({ ok: false, code: 'NOT_CHAIR' });
      // An open meeting has no code to show.
      const open = await seated({}, ['Vert']);
      expect(await open.people[0]!.emit('joinCode', {})).toEqual({ ok: true, code: null });
      [chair, member, guest, stranger, ...open.people].forEach((c) => c.close());
    });

    it('the door says why: a wrong join code did not match, a locked door is locked', async () => {
      const { meetingId, people } = await seated({ access: 'closed', joinCode: 'fjord-42' }, ['Leder']);
      const chair = people[0]!;
      const wrong = await TestClient.connect(b);
      const w = await wrong.join(meetingId, 'Feil', { joinCode: 'fjord-43' });
      expect(w.ok && 'door' in w && w.door.reason).toBe('wrongCode');
      const none = await TestClient.connect(b);
      const n = await none.join(meetingId, 'Uten');
      expect(n.ok && 'door' in n && n.door.reason).toBe('closed');
      await chair.ok('lock', { on: true });
      const locked = await TestClient.connect(b);
      const l = await locked.join(meetingId, 'Stengt', { joinCode: 'fjord-42' });
      expect(l.ok && 'door' in l && l.door).toMatchObject({ reason: 'locked', locked: true });
      // Resuming at the door (another tab) gives the door view back, never the meeting view.
      const again = await TestClient.connect(b);
      const r = await again.resume(meetingId, none.token, 0);
      expect(r.ok && 'door' in r && r.door.reason).toBe('closed');
      expect(again.views).toEqual([]);
      [chair, wrong, none, locked, again].forEach((c) => c.close());
    });
  });
}
