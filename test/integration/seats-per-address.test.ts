// Seats per address in one meeting (Config.seatsPerAddress, RUNDE_SEATS_PER_ADDRESS): a fresh
// tester (2026-12-04) opened 60 connections from one address to an open meeting and took 49 seats
// within seconds, until MEETING_FULL shut real members out. Behind one trusted proxy (as an
// operator runs it), the proxy's X-Forwarded-For names the address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { errorMessage } from '../../shared/errors.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';
import { addressApart, TEST_SECRET } from '../helpers/address-apart.js';

const DEFAULT = loadConfig({}).seatsPerAddress;
const WINDOW_MS = 5000;
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

describe('new seats per address in a meeting', () => {
  let server: RunningServer;
  const clients: TestClient[] = [];
  const connect = async (address: string): Promise<TestClient> => {
    const c = await TestClient.connect(server.url, from(address));
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    // The product's own count, in a window short enough to wait out.
    server = await startServer({ port: 0, host: '127.0.0.1', dropSettleMs: 0, seatsPerAddress: { points: DEFAULT.points, windowMs: WINDOW_MS } }, { RUNDE_TRUST_PROXY: '1', RUNDE_SECRET: TEST_SECRET });
  }, 60_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await server.close();
  });

  // A fresh tester (2026-12-05): twelve seats from twelve addresses of one IPv6 /64 (one host's).
  it('counts an IPv6 /64 as one address', async () => {
    const { meetingId } = await createMeeting(server.url, { language: 'en' });
    const sockets = await Promise.all(Array.from({ length: 12 }, (_, i) => connect(`2001:db8:9::${i + 1}`)));
    const acks = await Promise.all(sockets.map((c, i) => c.join(meetingId, `Guest ${String.fromCharCode(65 + i)}`)));
    expect(acks.filter((a) => a.ok)).toHaveLength(DEFAULT.points);
    expect(acks.filter((a) => !a.ok && a.code === 'ADDRESS_SEATS')).toHaveLength(2);
    const other = await connect(addressApart(meetingId, ['2001:db8:9::1'], Array.from({ length: 200 }, (_, i) => `2001:db8:a:${i.toString(16)}::1`)));
    expect(await other.join(meetingId, 'Calm Lake')).toMatchObject({ ok: true });
  });

  it('is 10 in 10 minutes by default', () => {
    expect(DEFAULT).toEqual({ points: 10, windowMs: 600_000 });
  });

  it('one address takes its 10 seats, the next are refused ADDRESS_SEATS in the meeting\'s language and seats nobody; another address, the chair key and another meeting are not held back; the seats still held, the window over changes nothing', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url, { language: 'nb' });
    const sockets = await Promise.all(Array.from({ length: 12 }, () => connect('198.51.100.9')));
    const flood = await Promise.all(sockets.map((c, i) => c.join(meetingId, `Gjest ${String.fromCharCode(65 + i)}`)));
    expect(flood.filter((a) => a.ok)).toHaveLength(DEFAULT.points);
    const refused = flood.filter((a) => !a.ok);
    expect(refused).toHaveLength(12 - DEFAULT.points);
    for (const a of refused) expect(a).toMatchObject({ ok: false, code: 'ADDRESS_SEATS', message: errorMessage('ADDRESS_SEATS', 'nb') });
    // Another address, and the chair with the chair key from the flooded one, are seated.
    const other = await connect(addressApart(meetingId, ['198.51.100.9']));
    expect(await other.join(meetingId, 'Stille Fjord')).toMatchObject({ ok: true });
    const chair = await connect('198.51.100.9');
    expect(await chair.join(meetingId, 'Rolig Elv', { chairKey })).toMatchObject({ ok: true });
    await chair.waitFor((c) => c.latest.participants.length === DEFAULT.points + 2, 'the seats');
    expect(chair.latest.participants).toHaveLength(DEFAULT.points + 2);
    // A refusal that was not a new seat gives its count back: a name already taken.
    const second = await createMeeting(server.url, { language: 'en' });
    const taken = await connect('192.0.2.1');
    expect(await taken.join(second.meetingId, 'Grey Owl')).toMatchObject({ ok: true });
    for (let i = 0; i < 6; i++) {
      const again = await connect('192.0.2.50');
      expect(await again.join(second.meetingId, 'Grey Owl')).toMatchObject({ ok: false, code: 'NAME_TAKEN' });
    }
    const fresh = await connect('192.0.2.50');
    expect(await fresh.join(second.meetingId, 'Calm Lake')).toMatchObject({ ok: true });
    // The same address in another meeting has its own count.
    const elsewhere = await connect('198.51.100.9');
    expect(await elsewhere.join(second.meetingId, 'Red Fox')).toMatchObject({ ok: true });
    // What is counted is the seats held: the window over, the ten still held keep it refused.
    await new Promise((r) => setTimeout(r, WINDOW_MS + 100));
    const later = await connect('198.51.100.9');
    expect(await later.join(meetingId, 'Sen Gjest')).toMatchObject({ ok: false, code: 'ADDRESS_SEATS' });
  });

  // A second fresh tester (2026-12-04): a household behind one address, each closing a tab and
  // opening it again once, had used up the count: every join counted, not the seats held.
  it('a seat left, or given up, no longer counts: a household that closes and reopens its tabs joins again', async () => {
    const { meetingId } = await createMeeting(server.url, { language: 'en' });
    const home = await Promise.all(Array.from({ length: DEFAULT.points }, () => connect('198.51.100.20')));
    expect((await Promise.all(home.map((c, i) => c.join(meetingId, `Home ${String.fromCharCode(65 + i)}`)))).every((a) => a.ok)).toBe(true);
    // Three leave (the page's "Leave"); one more closes its tab (the socket closed on purpose);
    // and one tab's connection is cut with no goodbye, as a closed tab or a lost phone link is
    // (a fresh tester, 2026-12-05: that seat held its place in the count for the whole grace).
    for (const c of home.slice(0, 3)) await c.ok('leave');
    home[3]!.close();
    home[4]!.drop();
    await home[5]!.waitFor((c) => c.latest.participants.length === DEFAULT.points - 4, 'the four gone');
    await home[5]!.waitFor((c) => c.latest.participants.some((p) => p.name === 'Home E' && !p.connected), 'Home E offline');
    const reopened = await Promise.all(Array.from({ length: 6 }, () => connect('198.51.100.20')));
    const back = await Promise.all(reopened.map((c, i) => c.join(meetingId, `Back ${String.fromCharCode(65 + i)}`)));
    expect(back.filter((a) => a.ok)).toHaveLength(5);
    expect(back.filter((a) => !a.ok)).toEqual([expect.objectContaining({ code: 'ADDRESS_SEATS' })]);
  });

  it('joins are bounded too, against churn: three times the seats per window, however many are left again', async () => {
    const { meetingId } = await createMeeting(server.url, { language: 'en' });
    const results: boolean[] = [];
    for (let i = 0; i < 3 * DEFAULT.points + 2; i++) {
      const c = await connect('198.51.100.30');
      const a = await c.join(meetingId, `Churn ${i}`);
      results.push(a.ok);
      if (a.ok) await c.ok('leave');
    }
    expect(results.filter(Boolean)).toHaveLength(3 * DEFAULT.points);
    expect(results.slice(3 * DEFAULT.points)).toEqual([false, false]);
    // The window over, it joins again.
    await new Promise((r) => setTimeout(r, WINDOW_MS + 100));
    expect((await (await connect('198.51.100.30')).join(meetingId, 'Churn later')).ok).toBe(true);
  });

  it('a loopback or private address is not counted: a proxy not set as trusted, or a local network, where many share one address', async () => {
    const { meetingId } = await createMeeting(server.url, { language: 'en' });
    // Through the trusted proxy, from a private network; and straight from loopback (no header).
    const lan = await Promise.all(Array.from({ length: 7 }, () => connect('10.1.2.3')));
    expect((await Promise.all(lan.map((c, i) => c.join(meetingId, `Lan ${String.fromCharCode(65 + i)}`)))).every((a) => a.ok)).toBe(true);
    const untrusted = await startServer({ port: 0, host: '127.0.0.1', dropSettleMs: 0 }, {});
    try {
      const m = await createMeeting(untrusted.url);
      const local = await Promise.all(Array.from({ length: 7 }, () => TestClient.connect(untrusted.url, from('198.51.100.77'))));
      clients.push(...local);
      expect((await Promise.all(local.map((c, i) => c.join(m.meetingId, `Lokal ${String.fromCharCode(65 + i)}`)))).every((a) => a.ok)).toBe(true);
    } finally {
      await untrusted.close();
    }
  });
});
