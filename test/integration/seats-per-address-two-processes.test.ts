// The seats one address holds in a meeting are counted alike by every process on one Redis: a
// fresh tester (2026-12-05) joined 10 seats from one address through one process and 10 more
// through the other, each counting in its own memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';
import { addressApart, TEST_SECRET } from '../helpers/address-apart.js';

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

describe('seats per address across two processes on one Redis', () => {
  let redis: RedisHandle;
  let a: ServerProcess;
  let b: ServerProcess;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, RUNDE_TRUST_PROXY: '1', RUNDE_SEATS_PER_ADDRESS: '10', RUNDE_RATE_POINTS: '1000', RUNDE_SECRET: TEST_SECRET };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 200_000);
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('ten seats through process A, the eleventh and twelfth through B are refused; another address joins on B; one leaving on A lets one in on B', async () => {
    const { meetingId } = await createMeeting(a.url, { language: 'en' });
    const connect = async (url: string, address: string) => {
      const c = await TestClient.connect(url, from(address));
      clients.push(c);
      return c;
    };
    const onA = await Promise.all(Array.from({ length: 10 }, () => connect(a.url, '198.51.100.9')));
    expect((await Promise.all(onA.map((c, i) => c.join(meetingId, `Home ${String.fromCharCode(65 + i)}`)))).every((x) => x.ok)).toBe(true);
    const onB = await Promise.all(Array.from({ length: 2 }, () => connect(b.url, '198.51.100.9')));
    const refused = await Promise.all(onB.map((c, i) => c.join(meetingId, `Other ${String.fromCharCode(65 + i)}`)));
    expect(refused).toEqual([expect.objectContaining({ ok: false, code: 'ADDRESS_SEATS' }), expect.objectContaining({ ok: false, code: 'ADDRESS_SEATS' })]);
    expect(await (await connect(b.url, addressApart(meetingId, ['198.51.100.9']))).join(meetingId, 'Calm Lake')).toMatchObject({ ok: true });
    await onA[0]!.ok('leave');
    expect((await (await connect(b.url, '198.51.100.9')).join(meetingId, 'Late Owl')).ok).toBe(true);
  });
});
