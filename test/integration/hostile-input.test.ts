// Bad input of every kind gets a typed error and changes nothing; the server stays up; the edge
// refuses foreign origins and oversize frames, closing only the offending connection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { RunningServer } from '../../server/app.js';
import { PROTOCOL_VERSION } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { inRound, pause, seat } from '../helpers/meeting.js';
import { createMeeting, startTestServer } from '../helpers/server.js';
import { errorMessage } from '../../shared/errors.js';
import { sanitizeText } from '../../server/sanitize.js';

describe('hostile and malformed input', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ joinTimeoutMs: 2000 });
    // The sanitizer loads its parser on the first text with markup (server/sanitize.ts): tens of
    // milliseconds now (seconds when it was jsdom), but not inside an acknowledgement's clock.
    sanitizeText('<b>warm</b>');
  }, 60_000);
  afterAll(async () => server.close());

  const healthy = async (): Promise<void> => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
  };

  it('answers unknown, numeric and prototype event names with INVALID_PAYLOAD', async () => {
    const c = await TestClient.connect(server.url);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', 'nope', 'share\u0000']) {
      expect(await c.emit(name, {})).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    }
    expect(await (c.socket as unknown as import('socket.io-client').Socket).timeout(2000).emitWithAck(42 as unknown as string, {})).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    c.close();
    await healthy();
  });

  it('rejects malformed join payloads with a typed error', async () => {
    const { meetingId, people } = await seat(server.url, ['Vert']);
    const c = await TestClient.connect(server.url);
    const base = { v: PROTOCOL_VERSION, meetingId, name: 'Gjest', role: 'participant', volunteer: false, pledge: true };
    const cases: [unknown, string][] = [
      [null, 'INVALID_PAYLOAD'],
      ['join', 'INVALID_PAYLOAD'],
      [[base], 'INVALID_PAYLOAD'],
      [{ ...base, pledge: false }, 'INVALID_PAYLOAD'],
      [{ ...base, name: '' }, 'INVALID_PAYLOAD'],
      [{ ...base, name: 'x'.repeat(33) }, 'INVALID_PAYLOAD'],
      [{ ...base, name: '<script>' }, 'NAME_CHARACTERS'],
      [{ ...base, role: 'admin' }, 'INVALID_PAYLOAD'],
      [{ ...base, extra: 1 }, 'INVALID_PAYLOAD'],
      [JSON.parse(JSON.stringify(base).replace('{', '{"__proto__":{"isAdmin":true},')), 'INVALID_PAYLOAD'],
      [{ ...base, v: 999 }, 'PROTOCOL_MISMATCH'],
      [{ ...base, meetingId: 'x'.repeat(26) }, 'MEETING_NOT_FOUND'],
      [{ ...base, meetingId: '../../etc/passwd' }, 'INVALID_PAYLOAD'],
      [{ ...base, name: 'vert' }, 'NAME_TAKEN'],
      // A bidi override is stripped on ingest, not refused: the name arrives clean.
      [{ ...base, name: 'Gjest\u202Etseg' }, 'ok'],
      [{ ...base, name: 'Igjen' }, 'ALREADY_JOINED'],
    ];
    for (const [payload, code] of cases) {
      const ack = await c.emit('join', payload);
      expect({ payload, code: ack.ok ? 'ok' : ack.code }).toEqual({ payload, code });
    }
    // Two arguments before the ack are not the protocol either.
    expect(await c.emit('join', base, 'extra')).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    await people[0]!.waitFor((x) => x.latest.participants.length === 2, 'one guest seated');
    expect(people[0]!.latest.participants.map((p) => p.name)).toEqual(['Vert', 'Gjesttseg']);
    [...people, c].forEach((p) => p.close());
    await healthy();
  });

  it('rejects malformed commands, and commands before joining, without changing the meeting', async () => {
    const { people } = await inRound(server.url, ['Tale', 'Ord']);
    const [speaker] = people as [TestClient, TestClient];
    const before = speaker.latest.seq;
    for (const bad of [undefined, null, 7, 'tekst', [], { text: 5 }, { text: '' }, { text: 'x'.repeat(2001) }, { text: 'ok', reply: 'id' }, { text: '\u0000\u202e' }]) {
      const ack = await speaker.emit('share', bad);
      expect(ack).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    }
    for (const bad of [{ target: 5 }, { target: '' }, { target: 'a b' }, {}, { target: 'x'.repeat(65) }]) {
      expect(await speaker.emit('remove', bad)).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    }
    const stranger = await TestClient.connect(server.url);
    expect(await stranger.emit('share', { text: 'hei' })).toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
    expect(await stranger.emit('start', {})).toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
    await pause(50);
    expect(speaker.latest.seq).toBe(before);
    expect(speaker.shares()).toEqual([]);
    [...people, stranger].forEach((p) => p.close());
    await healthy();
  });

  it('strips markup and invisible controls from shared text', async () => {
    const { people } = await inRound(server.url, ['Kilde', 'Bekk']);
    const [speaker, other] = people as [TestClient, TestClient];
    await speaker.ok('share', { text: 'Jeg <img src=x onerror=alert(1)>har det \u202Ebra\u202C <3' });
    await other.waitFor((c) => c.shares().length === 1, 'share');
    expect(other.shares()[0]).toBe('Jeg har det bra <3');
    people.forEach((p) => p.close());
  });

  it('limits the rate of events per socket', async () => {
    const limited = await startTestServer({ rate: { points: 5, windowMs: 10_000 } });
    try {
      const c = await TestClient.connect(limited.url);
      const acks = await Promise.all(Array.from({ length: 8 }, () => c.emit('share', { text: 'x' })));
      const codes = acks.map((a) => (a.ok ? 'ok' : a.code));
      expect(codes.filter((x) => x === 'RATE_LIMITED')).toHaveLength(3);
      c.close();
    } finally {
      await limited.close();
    }
  });

  it('answers `leave` over the rate limit: the way out is never refused (a fresh tester, 2026-12-03)', async () => {
    const limited = await startTestServer({ rate: { points: 5, windowMs: 10_000 } });
    try {
      const { people } = await seat(limited.url, ['Stille Fjord', 'Grå Måke']);
      const [chair, member] = people as [TestClient, TestClient];
      const acks = await Promise.all(Array.from({ length: 6 }, () => member.emit('raiseHand', {})));
      expect(acks.some((a) => !a.ok && a.code === 'RATE_LIMITED')).toBe(true);
      expect(await member.emit('share', { text: 'x' })).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
      expect(await member.emit('leave', {})).toMatchObject({ ok: true });
      await chair.waitFor((c) => !c.latest.participants.some((p) => p.id === member.you), 'the member gone from the chair\'s view');
      // Still over the limit: a second `leave` is answered (not in a meeting any more), not refused for the rate.
      expect(await member.emit('leave', {})).toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
      people.forEach((p) => p.close());
    } finally {
      await limited.close();
    }
  });

  it("answers every refusal of a seated socket in the meeting's language, whichever step refused (a fresh tester, 2026-12-03)", async () => {
    const limited = await startTestServer({ rate: { points: 8, windowMs: 10_000 } });
    try {
      for (const language of ['nb', 'en'] as const) {
        const { meetingId, chairKey } = await createMeeting(limited.url, { language });
        const c = await TestClient.connect(limited.url);
        // Before joining, the server knows no meeting for the socket: English.
        expect(await c.emit('share', { text: 'x', replyTo: 'y' })).toMatchObject({ code: 'INVALID_PAYLOAD', message: errorMessage('INVALID_PAYLOAD', 'en') });
        expect((await c.join(meetingId, 'Stille Fjord', { chairKey })).ok).toBe(true);
        // The payload's shape, an unknown event, an extra argument, the rate: each in the meeting's language.
        expect(await c.emit('share', { text: 'x', replyTo: 'y' })).toMatchObject({ code: 'INVALID_PAYLOAD', message: errorMessage('INVALID_PAYLOAD', language) });
        expect(await c.emit('share', { text: '   ' })).toMatchObject({ code: 'INVALID_PAYLOAD', message: errorMessage('INVALID_PAYLOAD', language) });
        expect(await c.emit('noSuchEvent', {})).toMatchObject({ code: 'INVALID_PAYLOAD', message: errorMessage('INVALID_PAYLOAD', language) });
        expect(await c.emit('pass', {}, 'extra')).toMatchObject({ code: 'INVALID_PAYLOAD', message: errorMessage('INVALID_PAYLOAD', language) });
        const acks = await Promise.all(Array.from({ length: 8 }, () => c.emit('raiseHand', {})));
        expect(acks.find((a) => !a.ok && a.code === 'RATE_LIMITED')).toMatchObject({ message: errorMessage('RATE_LIMITED', language) });
        c.close();
      }
    } finally {
      await limited.close();
    }
  });

  it('refuses a WebSocket from a foreign origin', async () => {
    const socket = io(server.url, { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { Origin: 'https://evil.example' } });
    const outcome = await new Promise<string>((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', () => resolve('refused'));
    });
    socket.close();
    expect(outcome).toBe('refused');
    const own = await TestClient.connect(server.url, { headers: { Origin: server.url } });
    expect(own.socket.connected).toBe(true);
    own.close();
  });

  it('closes only the connection that sends a 17 KB frame', async () => {
    const { people } = await inRound(server.url, ['Stor', 'Liten']);
    const [big, bystander] = people as [TestClient, TestClient];
    const closed = new Promise<string>((resolve) => big.socket.once('disconnect', (reason) => resolve(reason)));
    big.socket.emit('share' as 'leave', { text: 'x'.repeat(17 * 1024) } as never, () => undefined);
    expect(await closed).toBeTruthy();
    await bystander.waitFor((c) => c.latest.participants.some((p) => p.id === big.you && !p.connected), 'sender shown disconnected');
    expect(bystander.socket.connected).toBe(true);
    expect(bystander.shares()).toEqual([]);
    await healthy();
    bystander.close();
  });

  it('drops a socket that has not joined a meeting in time', async () => {
    const c = await TestClient.connect(server.url);
    await c.waitFor((x) => !x.socket.connected, 'idle socket dropped', 8000);
    expect(c.byes).toEqual(['idle']);
  });
});
