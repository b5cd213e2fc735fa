// The attacker's probe of issue 12, each fault kept as a test: the sanitizer never makes a tag on
// any path (socket and HTTP), lengths hold after cleaning, every inbound event costs a rate point,
// a socket that stops reading is dropped, X-Forwarded-For from a client does not reset the
// creation limit, bad HTTP input gets a typed 4xx, and the sanitizer runs only for a command the
// meeting would take.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app.js';
import { sanitizerParses } from '../../server/sanitize.js';
import { TestClient } from '../helpers/client.js';
import { markupNodes, strings } from '../helpers/markup.js';
import { inRound } from '../helpers/meeting.js';
import { XSS } from '../helpers/xss-corpus.js';
import { serverLogs, startTestServer } from '../helpers/server.js';

describe('hostile input gets nowhere', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ rate: { points: 1000, windowMs: 10_000 }, createPerHour: 1000 });
  });
  afterAll(async () => server.close());

  it('no delivered share, topic, note or title parses as an element, on the socket and over HTTP', async () => {
    const { people, meetingId } = await inRound(server.url, ['Kilde', 'Bekk']);
    const [chair, other] = people as [TestClient, TestClient];
    let sent = 0;
    for (const x of XSS) {
      for (const text of [x, `Jeg ${x} er her`]) {
        const share = await chair.emit('share', { text });
        if (share.ok) sent++;
        else expect(share).toMatchObject({ code: 'INVALID_PAYLOAD' });
      }
    }
    await chair.ok('finishShare');
    // The chair never talks over a share: the other person passes, and the round is over.
    await other.waitFor((c) => c.latest.speaker?.id === c.you, 'second turn');
    await other.ok('pass');
    await chair.waitFor((c) => !c.latest.speaker, 'round over');
    let notes = 0;
    for (const x of XSS) {
      // A note is refused only when nothing is left once cleaned (an <svg> takes its text along).
      const note = await chair.emit('chairNote', { text: `${x} note` });
      if (note.ok) notes++;
      else expect(note).toMatchObject({ code: 'INVALID_PAYLOAD' });
      // A topic too: refused when nothing is left once cleaned, never taken for a clear.
      const topic = await chair.emit('setTopic', { text: `${x} topic` });
      expect({ x, code: topic.ok ? 'ok' : topic.code }).toMatchObject({ x, code: expect.stringMatching(/^(ok|ALREADY_DONE|INVALID_PAYLOAD)$/u) });
    }
    await other.waitFor((c) => c.shares().length === sent && c.events.filter((e) => e.event.type === 'note').length === notes, 'all delivered');
    const delivered = [...strings(other.events), ...strings(other.views)];
    const bad = delivered.filter((s) => markupNodes(s) > 0);
    expect(bad).toEqual([]);
    expect(sent).toBeGreaterThan(XSS.length);
    expect(notes).toBeGreaterThan(XSS.length / 2);

    // Titles over HTTP, read back by every HTTP path.
    let titles = 0;
    for (const x of XSS) {
      const res = await fetch(`${server.url}/api/meetings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: `${x} møte`, formatId: 'standard', language: 'nb', access: 'open', listed: true }),
      });
      // Refused only when too long or empty once cleaned.
      if (res.status === 400) {
        expect(await res.json()).toMatchObject({ code: 'INVALID_PAYLOAD' });
        continue;
      }
      expect(res.status).toBe(201);
      titles++;
      const { meetingId: id } = (await res.json()) as { meetingId: string };
      const one = await (await fetch(`${server.url}/api/meetings/${id}`)).json();
      expect(strings(one).filter((s) => markupNodes(s) > 0)).toEqual([]);
    }
    const dir = await (await fetch(`${server.url}/api/meetings`)).json();
    expect(strings(dir).filter((s) => markupNodes(s) > 0)).toEqual([]);
    expect(titles).toBeGreaterThan(XSS.length / 2);
    expect(meetingId).toBeTruthy();
    people.forEach((p) => p.close());
  });

  it('checks lengths after cleaning: markup with no words is refused, ordinary text keeps its words', async () => {
    const { people } = await inRound(server.url, ['Ord', 'Lytt']);
    const [speaker, other] = people as [TestClient, TestClient];
    for (const empty of ['<b></b>', '<img src=x onerror=alert(1)>', ' <i> </i> ']) {
      expect(await speaker.emit('share', { text: empty })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    }
    // 2000 characters as sent, but cleaning makes every "<b" longer ("< b"): too long as delivered.
    expect(await speaker.emit('share', { text: 'a<b '.repeat(500) })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    // The limit holds on the normalised text as sent too (docs/protocol.md, "Text and limits"):
    // 2001 units that would be 1994 delivered are refused.
    expect(await speaker.emit('share', { text: `<b>${'a'.repeat(1994)}</b>` })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    // And in the documented order ("Acknowledgements"): the schema's limits before the turn, the
    // cleaning's emptiness after it.
    expect(await other.emit('share', { text: 'a'.repeat(2001) })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    expect(await other.emit('share', { text: '   ' })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    expect(await other.emit('share', { text: '<b></b>' })).toMatchObject({ ok: false, code: 'NOT_YOUR_TURN' });
    await speaker.ok('share', { text: 'a<b '.repeat(400) });
    for (const text of ['if x<y and y>z', '<3', '<', 'a <b> c']) await speaker.ok('share', { text });
    await other.waitFor((c) => c.shares().length === 5, 'shares');
    expect(other.shares()).toEqual(['a< b '.repeat(400).trim(), 'if x< y and y>z', '<3', '<', 'a  c']);
    expect(other.shares()[0]!.length).toBeLessThanOrEqual(2000);
    const title = await fetch(`${server.url}/api/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: '<b></b>', formatId: 'standard', language: 'nb', access: 'open', listed: false }),
    });
    expect(title.status).toBe(400);
    expect(await title.json()).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    people.forEach((p) => p.close());
  });

  it('runs the sanitizer only for a command the meeting would take (seat and turn first)', async () => {
    const { people } = await inRound(server.url, ['Tur', 'Vent']);
    const [, waiting] = people as [TestClient, TestClient];
    const stranger = await TestClient.connect(server.url);
    const before = sanitizerParses();
    for (let i = 0; i < 20; i++) {
      expect(await waiting.emit('share', { text: `<b>${i}</b>` })).toMatchObject({ ok: false, code: 'NOT_YOUR_TURN' });
      expect(await waiting.emit('chairNote', { text: `<b>${i}</b>` })).toMatchObject({ ok: false, code: 'NOT_CHAIR' });
      expect(await stranger.emit('share', { text: `<b>${i}</b>` })).toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
    }
    expect(sanitizerParses()).toBe(before);
    [...people, stranger].forEach((p) => p.close());
  });
});

describe('every inbound event counts against the rate limit', () => {
  it('unknown events with an ack are limited like any other', async () => {
    const limited = await startTestServer({ rate: { points: 5, windowMs: 10_000 } });
    try {
      const c = await TestClient.connect(limited.url);
      const acks = await Promise.all(Array.from({ length: 8 }, (_, i) => c.emit(i % 2 ? 'nope' : '__proto__', {})));
      const codes = acks.map((a) => (a.ok ? 'ok' : a.code));
      expect(codes.filter((x) => x === 'INVALID_PAYLOAD')).toHaveLength(5);
      expect(codes.filter((x) => x === 'RATE_LIMITED')).toHaveLength(3);
      // And they use up the points of real commands too.
      expect(await c.emit('share', { text: 'x' })).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
      c.close();
    } finally {
      await limited.close();
    }
  });
});

describe('a socket that stops reading', () => {
  it('is dropped once its unsent data passes the cap; the others carry on', async () => {
    const capped = await startTestServer({ maxBufferBytes: 256 * 1024, rate: { points: 100_000, windowMs: 10_000 } });
    try {
      const { people, meetingId } = await inRound(capped.url, ['Prat', 'Lytt']);
      const [speaker, bystander] = people as [TestClient, TestClient];
      // Over long-polling, a client that stops asking for data leaves it all in the server's
      // write buffer (over WebSocket the kernel's buffers fill first; the same cap then applies).
      const stalled = await TestClient.connect(capped.url, { transports: ['polling'] });
      expect((await stalled.join(meetingId, 'Stopp')).ok).toBe(true);
      await new Promise<void>((resolve) => (stalled.socket.io.engine.transport as unknown as { pause(fn: () => void): void }).pause(resolve));
      people.push(stalled);
      const text = 'x'.repeat(1900);
      let sent = 0;
      const gone = (): boolean => bystander.latest.participants.some((p) => p.id === stalled.you && !p.connected);
      // Each share goes to every socket; the kernel's buffers fill first, then the server's.
      while (!gone() && sent < 20_000) {
        await Promise.all(Array.from({ length: 20 }, () => speaker.emit('share', { text })));
        sent += 20;
      }
      await bystander.waitFor(gone, 'stalled socket dropped');
      // Dropped by the cap, not by the heartbeat (which would also notice, 20 s later).
      await bystander.waitFor(() => serverLogs.some((l) => l.includes('"buffer_cap"')), 'dropped by the buffer cap');
      expect(speaker.socket.connected && bystander.socket.connected).toBe(true);
      const res = await fetch(`${capped.url}/healthz`);
      expect(res.status).toBe(200);
      people.forEach((p) => p.close());
    } finally {
      await capped.close();
    }
  }, 60_000);
});

describe('HTTP edge', () => {
  let server: RunningServer;
  beforeAll(async () => {
    // As an operator would configure it: RUNDE_TRUST_PROXY=1 behind one proxy.
    server = await startServer({ port: 0, host: '127.0.0.1', createPerHour: 3 }, { RUNDE_TRUST_PROXY: '1' });
  });
  afterAll(async () => server.close());

  it('a client cannot reset the creation limit with its own X-Forwarded-For (one trusted hop)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      // The proxy appends the address it saw (always the same client); the client writes the rest.
      const res = await fetch(`${server.url}/api/meetings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.${i}.${i}, 203.0.113.7` },
        body: JSON.stringify({ title: 'Møte', formatId: 'standard', language: 'nb', access: 'open', listed: false }),
      });
      codes.push(res.status);
    }
    expect(codes).toEqual([201, 201, 201, 429, 429, 429]);
    // A different client behind the same proxy has its own budget.
    const other = await fetch(`${server.url}/api/meetings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.8' },
      body: JSON.stringify({ title: 'Møte', formatId: 'standard', language: 'nb', access: 'open', listed: false }),
    });
    expect(other.status).toBe(201);
  });

  /** A raw request, so nothing normalises the path or headers on the way. */
  const raw = (method: string, path: string, headers: Record<string, string>, body: string | Buffer = ''): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const req = request(server.url + path, { method, headers }, (res) => {
        let b = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (b += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: b }));
      });
      req.on('error', reject);
      req.end(body);
    });

  it('bad HTTP input gets a typed 4xx and no stack trace', async () => {
    const json = JSON.stringify({ title: 'Møte', formatId: 'standard', language: 'nb', access: 'open', listed: false });
    const cases: [string, string, Record<string, string>, string, number][] = [
      ['POST', '/api/meetings', { 'content-type': 'application/json; charset=latin1' }, json, 415],
      // Any charset but UTF-8 is 415, also one the parser could decode (fresh tester D6).
      ['POST', '/api/meetings', { 'content-type': 'application/json; charset=utf-16' }, json, 415],
      ['POST', '/api/meetings', { 'content-type': 'application/json; charset=UTF-16LE' }, json, 415],
      ['POST', '/api/meetings', { 'content-type': 'application/json; charset="utf-32"' }, json, 415],
      ['POST', '/api/meetings', { 'content-type': 'application/json', 'content-encoding': 'x-unknown' }, json, 415],
      ['POST', '/api/meetings', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, json, 400],
      ['POST', '/api/meetings', { 'content-type': 'application/json' }, '{"title":', 400],
      ['POST', '/api/meetings', { 'content-type': 'application/json' }, JSON.stringify({ title: 'x'.repeat(5000) }), 413],
      ['GET', '/assets/..%2f..%2fpackage.json', {}, '', 403],
      ['GET', '/assets/..%2fserver%2fapp.ts', {}, '', 403],
      ['GET', '/assets/..%5c..%5cpackage.json', {}, '', 403],
      ['GET', '/nope', {}, '', 404],
      ['GET', '/assets/nope.js', {}, '', 404],
    ];
    for (const [method, path, headers, body, status] of cases) {
      const res = await raw(method, path, headers, body);
      expect({ path, headers, status: res.status }).toEqual({ path, headers, status });
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, code: status === 404 ? 'NOT_FOUND' : 'INVALID_PAYLOAD' });
      expect(res.body).not.toMatch(/at |Error|node_modules|\/work\//u);
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('UTF-8 is accepted, declared or not; bytes that are not UTF-8 are refused, never stored as U+FFFD (fresh tester D6)', async () => {
    const body = (title: Buffer): Buffer =>
      Buffer.concat([Buffer.from('{"title":"'), title, Buffer.from('","formatId":"standard","language":"nb","access":"open","listed":false}')]);
    for (const bad of [Buffer.from([0xff, 0xfe]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0x4d, 0xf8, 0x74, 0x65])]) {
      const res = await raw('POST', '/api/meetings', { 'content-type': 'application/json' }, body(bad));
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    }
    const good = ['application/json', 'application/json; charset=utf-8', 'application/json; charset=UTF-8', 'application/json;charset="utf-8"'];
    for (const [i, ct] of good.entries()) {
      // One (proxied) address each: this server allows three creations an hour per address.
      const res = await raw('POST', '/api/meetings', { 'content-type': ct, 'x-forwarded-for': `198.51.100.${i + 1}` }, body(Buffer.from('Møte på Røros')));
      expect({ ct, status: res.status }).toEqual({ ct, status: 201 });
    }
  });
});
