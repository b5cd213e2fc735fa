// One socket, one seat; one seat, one socket (Issue 7 §1 resume, §3). Real sockets on a real
// server with the memory store; the two-process cases are in one-seat-redis.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { PROTOCOL_VERSION } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { expectEachEventOnce, expectInSeqOrder } from '../helpers/delivery.js';
import { seat } from '../helpers/meeting.js';
import { startTestServer } from '../helpers/server.js';

const joinPayload = (meetingId: string, name: string) => ({ v: PROTOCOL_VERSION, meetingId, name, role: 'participant', volunteer: false, pledge: true });

describe('one socket, one seat (memory store)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ settings: { graceMs: 60_000 } });
  });
  afterAll(async () => server.close());

  it('decides a socket’s join once: of 40 joins sent at once, one seats it and 39 get ALREADY_JOINED', async () => {
    const { meetingId, people } = await seat(server.url, ['Vert']);
    const c = await TestClient.connect(server.url);
    const acks = await Promise.all(Array.from({ length: 40 }, (_, i) => c.emit('join', joinPayload(meetingId, `Gjest${i}`))));
    expect(acks.filter((a) => a.ok)).toHaveLength(1);
    expect(acks.filter((a) => !a.ok).map((a) => (a.ok ? '' : a.code))).toEqual(Array(39).fill('ALREADY_JOINED'));
    await people[0]!.waitFor((x) => x.latest.participants.length === 2, 'one guest seated');
    // Its drop leaves no seat "connected" behind.
    c.drop();
    await people[0]!.waitFor((x) => x.latest.participants.every((p) => p.name === 'Vert' || !p.connected), 'the one guest shown away');
    expect(people[0]!.latest.participants).toHaveLength(2);
    people[0]!.close();
  });

  it('decides it once for a join and a resume sent together', async () => {
    const { meetingId, people } = await seat(server.url, ['Vert', 'Gjest']);
    const [host, guest] = people as [TestClient, TestClient];
    guest.drop();
    await host.waitFor((x) => x.latest.participants.some((p) => p.id === guest.you && !p.connected), 'guest away');
    const c = await TestClient.connect(server.url);
    const [j, r] = await Promise.all([
      c.emit('join', joinPayload(meetingId, 'Ny')),
      c.emit('resume', { v: PROTOCOL_VERSION, meetingId, token: guest.token, lastSeq: 0 }),
    ]);
    expect([j.ok, r.ok].filter(Boolean)).toHaveLength(1);
    expect([j, r].find((a) => !a.ok)).toMatchObject({ code: 'ALREADY_JOINED' });
    // A failed join frees the socket for another try; a seated one stays seated.
    expect(await c.emit('join', joinPayload(meetingId, 'Igjen'))).toMatchObject({ ok: false, code: 'ALREADY_JOINED' });
    host.close();
    c.close();
  });

  it('lets exactly one of several resumes of one token at once hold the seat', async () => {
    const { meetingId, people } = await seat(server.url, ['Vert', 'Gjest']);
    const [host, guest] = people as [TestClient, TestClient];
    guest.drop();
    await host.waitFor((x) => x.latest.participants.some((p) => p.id === guest.you && !p.connected), 'guest away');
    const tabs = await Promise.all(Array.from({ length: 6 }, () => TestClient.connect(server.url)));
    // A replaced socket may be cut off before its acknowledgement arrives.
    await Promise.allSettled(tabs.map((t) => t.resume(meetingId, guest.token, 0)));
    const holding = (): TestClient[] => tabs.filter((t) => t.socket.connected && !t.byes.includes('replaced'));
    await host.waitFor(() => holding().length <= 1, 'the others let go');
    expect(holding()).toHaveLength(1);
    const [holder] = holding() as [TestClient];
    await host.waitFor((x) => x.latest.participants.some((p) => p.id === guest.you && p.connected), 'seat connected');
    await host.ok('setTopic', { text: 'Tema' });
    await holder.waitFor((x) => x.events.some((e) => e.event.type === 'topic'), 'the holder hears the room');
    expect(host.latest.participants.find((p) => p.id === guest.you)?.connected).toBe(true);
    host.close();
    holder.close();
  });

  it('gives each event after the resume point exactly once: live or in missed, never both', async () => {
    const { meetingId, people } = await seat(server.url, ['Vert', 'Lytter']);
    const [host, listener] = people as [TestClient, TestClient];
    await host.ok('setTopic', { text: 'før' });
    await listener.waitFor((x) => x.events.some((e) => e.event.type === 'topic'), 'topic');
    const seen = listener.lastSeq();
    listener.drop();
    await host.waitFor((x) => x.latest.participants.some((p) => p.id === listener.you && !p.connected), 'listener away');
    await host.ok('setTopic', { text: 'mens borte' });
    const back = await TestClient.connect(server.url);
    // Commands keep coming while the resume is decided.
    const busy = (async () => {
      for (let i = 0; i < 8; i++) await host.ok('chairNote', { text: `notat ${i}` });
    })();
    const ack = await back.resume(meetingId, listener.token, seen);
    expect(ack.ok).toBe(true);
    await busy;
    await back.waitFor((x) => [...x.replayed, ...x.events].filter((e) => e.event.type === 'note').length === 8, 'all notes');
    // Its own return is in the view it was answered with, not among the missed events: a replay
    // leaves connection events out (docs/protocol.md, `resume`).
    expect(back.replayed.filter((e) => e.event.type === 'connection')).toEqual([]);
    expect(back.views[0]!.participants.find((p) => p.id === listener.you)?.connected).toBe(true);
    expect([...back.replayed, ...back.events].every((e) => e.seq > seen)).toBe(true);
    expectEachEventOnce(back, 'resumed listener');
    expectInSeqOrder(back, 'resumed listener');
    host.close();
    back.close();
  });

  it('answers catchUp with the log after a seq, validates it, and limits its rate', async () => {
    const outsider = await TestClient.connect(server.url);
    expect(await outsider.emit('catchUp', { afterSeq: 0 })).toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
    const { people } = await seat(server.url, ['Vert', 'Lytter']);
    const [host, listener] = people as [TestClient, TestClient];
    for (const bad of [null, {}, { afterSeq: -1 }, { afterSeq: 1.5 }, { afterSeq: '3' }, { afterSeq: 1, x: 1 }]) {
      expect(await listener.emit('catchUp', bad)).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    }
    await host.ok('setTopic', { text: 'Tema' });
    await host.ok('chairNote', { text: 'Notat' });
    await listener.waitFor((x) => x.events.some((e) => e.event.type === 'note'), 'note');
    const topicSeq = listener.events.find((e) => e.event.type === 'topic')!.seq;
    const ack = (await listener.emit('catchUp', { afterSeq: topicSeq - 1 })) as { ok: true; missed: { seq: number; event: { type: string } }[]; view: { seq: number } };
    expect(ack.ok).toBe(true);
    expect(ack.missed.map((e) => e.event.type)).toEqual(['topic', 'note']);
    // The view is as new as the newest seq: the note's (a room event that changed no view, so
    // no live view came with it).
    expect(ack.view.seq).toBe(listener.lastSeq());
    // At the highest seq it is a fresh whole view and nothing else (docs/protocol.md, `catchUp`).
    const fresh = (await listener.emit('catchUp', { afterSeq: listener.lastSeq() })) as { ok: true; missed: unknown[]; view: { seq: number; topic: string | null } };
    expect(fresh.missed).toEqual([]);
    expect(fresh.view).toMatchObject({ seq: listener.lastSeq(), topic: 'Tema' });
    // Nothing from before the seat was taken, whatever is asked.
    const all = (await listener.emit('catchUp', { afterSeq: 0 })) as { ok: true; missed: { seq: number }[] };
    const joinedSeq = listener.replayed[0]?.seq ?? listener.views[0]!.seq;
    expect(all.missed.every((e) => e.seq >= joinedSeq)).toBe(true);
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const a = await listener.emit('catchUp', { afterSeq: 0 });
      codes.push(a.ok ? 'ok' : a.code);
    }
    expect(codes).toContain('RATE_LIMITED');
    [outsider, host, listener].forEach((c) => c.close());
  });
});
