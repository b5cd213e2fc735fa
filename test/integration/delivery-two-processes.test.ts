// Issue 7 §1 and §3 across two server processes on one real Redis: one delivery order for a
// meeting whichever process committed, and one socket per seat whichever process holds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { expectEachEventOnce, expectEverySeq, expectInSeqOrder } from '../helpers/delivery.js';
import { pause } from '../helpers/meeting.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

describe('delivery and seats across two processes on one Redis', () => {
  let redis: RedisHandle;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, RUNDE_SHARE_MS: '120000', RUNDE_RATE_POINTS: '1000' };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 200_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('gives every listener all 25 share chunks from process A in strict seq order while hands go up and down on B', async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    await chair.join(meetingId, 'Leder', { chairKey, role: 'listener' });
    const speaker = await TestClient.connect(a.url);
    await speaker.join(meetingId, 'Taler');
    const raisers: TestClient[] = [];
    for (const name of ['Hånd', 'Arm']) {
      const c = await TestClient.connect(b.url);
      await c.join(meetingId, name);
      raisers.push(c);
    }
    const listeners: TestClient[] = [];
    for (const [i, name] of ['Lytter', 'Lytta', 'Lyttar', 'Lyttern'].entries()) {
      const c = await TestClient.connect(i % 2 === 0 ? b.url : a.url);
      await c.join(meetingId, name, { role: 'listener' });
      listeners.push(c);
    }
    await chair.ok('start');
    await chair.ok('setTurnMode', { mode: 'hands' });
    await chair.ok('advance');
    await speaker.ok('raiseHand');
    await speaker.waitFor((c) => c.latest.speaker?.id === c.you, 'speaker’s turn');

    const chunks = Array.from({ length: 25 }, (_, i) => `del ${i + 1}`);
    let sharing = true;
    const hands = raisers.map(async (r) => {
      while (sharing) {
        await r.emit('raiseHand', {});
        await r.emit('lowerHand', {});
      }
    });
    for (const text of chunks) await speaker.ok('share', { text });
    sharing = false;
    await Promise.all(hands);
    // One last command, so everyone's last view is the meeting's last seq.
    await chair.ok('setTopic', { text: 'slutt' });
    const everyone = [chair, speaker, ...raisers, ...listeners];
    const last = chair.latest.seq;
    for (const c of everyone) {
      await c.waitFor((x) => x.shares().length === chunks.length && x.latest.seq >= last, 'all chunks and the last view', 15_000);
    }
    for (const [i, c] of everyone.entries()) {
      expect(c.shares()).toEqual(chunks);
      expectInSeqOrder(c, `client ${i}`);
      expectEverySeq(c, `client ${i}`);
      expectEachEventOnce(c, `client ${i}`);
      // The last view each one got is the meeting's last state, not a stale hand queue.
      expect(c.views[c.views.length - 1]!.seq).toBe(last);
    }
    everyone.forEach((c) => c.close());
  }, 90_000);

  it('fills no gap and loses no acknowledgement while 29 people on both processes acknowledge each share at once', async () => {
    // Each process's own commit and the other's next one (a patch on it) come on two Redis
    // connections in no fixed order: the patch must wait for its base, not read the store.
    const seen = [a.output.length, b.output.length] as const;
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const all: TestClient[] = [chair];
    for (let i = 1; i < 30; i++) {
      const c = await TestClient.connect(i % 2 ? b.url : a.url);
      await c.join(meetingId, `Deltaker ${i}`);
      all.push(c);
    }
    await chair.ok('start');
    await chair.ok('advance');
    for (let turn = 0; turn < 8; turn++) {
      await chair.waitFor((x) => !!x.latest.speaker, 'a speaker');
      const sid = chair.latest.speaker!.id;
      const speaker = all.find((c) => c.you === sid)!;
      await speaker.ok('share', { text: `del ${turn}` });
      const acked = (): number => speaker.events.filter((e) => e.event.type === 'acknowledged').length;
      const before = acked();
      const acks = await Promise.all(all.filter((c) => c !== speaker).map((c) => c.emit('acknowledge', { kind: 'hear' })));
      const ok = acks.filter((x) => x.ok).length;
      await speaker.waitFor(() => acked() - before >= ok, `all ${ok} acknowledgements`);
      await speaker.ok('finishShare');
      await chair.waitFor((x) => x.latest.speaker?.id !== sid, 'the next speaker');
    }
    const gaps = [...a.output.slice(seen[0]), ...b.output.slice(seen[1])].filter((l) => l.includes('delivery_gap_filled'));
    expect(gaps).toEqual([]);
    for (const [i, c] of all.entries()) expectInSeqOrder(c, `client ${i}`);
    all.forEach((c) => c.close());
  }, 90_000);

  it('never leaves a seat resumed at once on another process marked disconnected (no hidden listener)', async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const back: TestClient[] = [];
    for (let trial = 0; trial < 10; trial++) {
      const guest = await TestClient.connect(a.url);
      expect((await guest.join(meetingId, `Gjest${trial}`)).ok).toBe(true);
      const next = await TestClient.connect(b.url);
      // Dropped and resumed at once on a new socket on the other process.
      guest.drop();
      const ack = await next.resume(meetingId, guest.token, guest.lastSeq());
      expect(ack.ok).toBe(true);
      back.push(next);
    }
    // The drops are noticed and handled within moments; then nothing may have marked them away.
    await pause(1500);
    await chair.ok('setTopic', { text: 'Tema' });
    for (const c of back) await c.waitFor((x) => x.events.some((e) => e.event.type === 'topic'), 'the live socket hears the room');
    const view = chair.latest;
    for (const c of back) expect(view.participants.find((p) => p.id === c.you)?.connected, `seat ${c.you} connected`).toBe(true);
    // And each can still be removed: it appears in the list it is heard in.
    expect(await chair.emit('remove', { target: back[0]!.you })).toMatchObject({ ok: true });
    await back[0]!.waitFor((x) => x.byes.includes('removed'), 'removed');
    [chair, ...back].forEach((c) => c.close());
  }, 90_000);

  it('keeps the seat when a replaced tab closes its socket after bye(replaced) (duplicated tab)', async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const tabs2: TestClient[] = [];
    for (let trial = 0; trial < 10; trial++) {
      const tab1 = await TestClient.connect(a.url);
      expect((await tab1.join(meetingId, `Fane${trial}`)).ok).toBe(true);
      // As the page does: told it was replaced, it closes its socket on purpose at once.
      tab1.socket.on('bye', (r) => {
        if (r === 'replaced') tab1.socket.disconnect();
      });
      const tab2 = await TestClient.connect(b.url);
      expect((await tab2.resume(meetingId, tab1.token, tab1.lastSeq())).ok).toBe(true);
      await tab1.waitFor((x) => x.byes.includes('replaced') && !x.socket.connected, 'tab 1 replaced');
      tabs2.push(tab2);
    }
    await pause(1500);
    await chair.ok('setTopic', { text: 'Fortsatt her' });
    for (const t of tabs2) await t.waitFor((x) => x.events.some((e) => e.event.type === 'topic'), 'tab 2 hears the room');
    for (const t of tabs2) {
      const p = chair.latest.participants.find((x) => x.id === t.you);
      expect(p?.connected, `seat ${t.you} kept and connected`).toBe(true);
    }
    [chair, ...tabs2].forEach((c) => c.close());
  }, 90_000);

  it('lets exactly one of several resumes of one token on both processes hold the seat', async () => {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    await chair.join(meetingId, 'Leder', { chairKey });
    const guest = await TestClient.connect(b.url);
    await guest.join(meetingId, 'Gjest');
    guest.drop();
    await chair.waitFor((x) => x.latest.participants.some((p) => p.id === guest.you && !p.connected), 'guest away');
    const tabs = await Promise.all(Array.from({ length: 6 }, (_, i) => TestClient.connect(i % 2 ? a.url : b.url)));
    // A replaced socket may be cut off before its acknowledgement arrives.
    await Promise.allSettled(tabs.map((t) => t.resume(meetingId, guest.token, 0)));
    const holding = (): TestClient[] => tabs.filter((t) => t.socket.connected && !t.byes.includes('replaced'));
    await chair.waitFor(() => holding().length <= 1, 'the others let go', 10_000);
    expect(holding()).toHaveLength(1);
    await chair.waitFor((x) => x.latest.participants.some((p) => p.id === guest.you && p.connected), 'seat connected');
    await chair.ok('setTopic', { text: 'Tema' });
    await holding()[0]!.waitFor((x) => x.events.some((e) => e.event.type === 'topic'), 'the holder hears the room');
    await pause(500);
    expect(chair.latest.participants.find((p) => p.id === guest.you)?.connected).toBe(true);
    [chair, ...tabs].forEach((c) => c.close());
  }, 90_000);
});
