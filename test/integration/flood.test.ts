// A client that floods is cut off (server/flood.ts). A fresh tester (2026-12-05) sent frames of
// 14 KB of nested JSON as fast as the link took them: the rate limit answered RATE_LIMITED to
// each for ever, and three such sockets held every other meeting's acknowledgements for up to
// half a second. Behind one trusted proxy (as an operator runs it), X-Forwarded-For names the
// address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app.js';
import { FLOOD_ADDRESS_FACTOR } from '../../server/flood.js';
import { TestClient } from '../helpers/client.js';
import { createMeeting } from '../helpers/server.js';

const POINTS = 5;
const WINDOW_MS = 3000;
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
/** Resolves true once `c`'s socket is disconnected, false if it is still connected after `ms`. */
const cutWithin = (c: TestClient, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    if (c.socket.disconnected) return resolve(true);
    const t = setTimeout(() => resolve(false), ms);
    c.socket.once('disconnect', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
/** Fires `n` events without waiting for their answers (a flood does not wait). */
const fire = (c: TestClient, n: number): void => {
  const raw = c.socket as unknown as { emit(name: string, payload: unknown): void };
  for (let i = 0; i < n; i++) raw.emit('nope', {});
};

describe('a client that floods', () => {
  let server: RunningServer;
  const clients: TestClient[] = [];
  const connect = async (address?: string): Promise<TestClient> => {
    const c = await TestClient.connect(server.url, address ? from(address) : {});
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', dropSettleMs: 0, rate: { points: POINTS, windowMs: WINDOW_MS } }, { RUNDE_TRUST_PROXY: '1' });
  }, 60_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await server.close();
  });

  it('a socket far past its own limit is disconnected; one a little past it is only answered RATE_LIMITED', async () => {
    const modest = await connect();
    const acks = await Promise.all(Array.from({ length: 2 * POINTS }, () => modest.emit('nope', {})));
    expect(acks.filter((a) => !a.ok && a.code === 'RATE_LIMITED')).toHaveLength(POINTS);
    expect(await cutWithin(modest, 300)).toBe(false);
    const flooding = await connect();
    fire(flooding, 4 * POINTS);
    expect(await cutWithin(flooding, 2000)).toBe(true);
    // The server carries on: a meeting is still made and joined.
    const { meetingId } = await createMeeting(server.url);
    const member = await connect();
    expect((await member.join(meetingId, 'Stille Fjord')).ok).toBe(true);
  });

  it("an address whose sockets together pass its budget is shut out for the window: its sockets cut, new ones refused; another address is not", async () => {
    const flooder = '198.51.100.7';
    // Each socket stays under twice its own limit: only the address's total is past its budget.
    const count = FLOOD_ADDRESS_FACTOR + 2;
    const sockets = await Promise.all(Array.from({ length: count }, () => connect(flooder)));
    for (const c of sockets) fire(c, 2 * POINTS - 1);
    const cut = await Promise.all(sockets.map((c) => cutWithin(c, 2000)));
    expect(cut.filter(Boolean).length).toBeGreaterThan(0);
    await expect(connect(flooder)).rejects.toThrow();
    // Another address connects and is answered as usual meanwhile.
    const other = await connect('203.0.113.4');
    const { meetingId } = await createMeeting(server.url);
    expect((await other.join(meetingId, 'Rolig Elv')).ok).toBe(true);
    // The window over, the address may connect again.
    await new Promise((r) => setTimeout(r, WINDOW_MS + 200));
    const back = await connect(flooder);
    expect((await back.join(meetingId, 'Lys Morgen')).ok).toBe(true);
  });

  // A fresh tester (2026-12-05): six addresses of one IPv6 /64 (one host's) flooded uncut.
  it('counts an IPv6 /64 as one address', async () => {
    const sockets = await Promise.all(Array.from({ length: FLOOD_ADDRESS_FACTOR + 2 }, (_, i) => connect(`2001:db8:6::${i + 1}`)));
    for (const c of sockets) fire(c, 2 * POINTS - 1);
    const cut = await Promise.all(sockets.map((c) => cutWithin(c, 2000)));
    expect(cut.filter(Boolean).length).toBeGreaterThan(0);
    await expect(connect('2001:db8:6::ab')).rejects.toThrow();
    // Another /64 is another client.
    expect((await connect('2001:db8:7::1')).socket.connected).toBe(true);
    await new Promise((r) => setTimeout(r, WINDOW_MS + 200));
  });

  // The same tester: connection after connection, each closed at once, was never counted.
  it('counts each new connection of an address against its budget', async () => {
    const address = '192.0.2.77';
    let refused = false;
    for (let i = 0; i < POINTS * FLOOD_ADDRESS_FACTOR + 5 && !refused; i++) {
      try {
        const c = await TestClient.connect(server.url, from(address));
        c.close();
      } catch {
        refused = true;
      }
    }
    expect(refused).toBe(true);
    // Another address is not held back.
    expect((await connect('192.0.2.78')).socket.connected).toBe(true);
  });
});
