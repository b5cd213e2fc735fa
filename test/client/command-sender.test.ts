// The page's command sender (client/command-sender.ts), the code Connection.send runs, against a
// real server on a real redis-server frozen with SIGSTOP: its automatic retry after
// STORE_UNAVAILABLE, the person's own second press, and a resend after the connection dropped
// mid-command all carry the action's id, so the share is applied once.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { meetingKeys } from '../../server/store/redis-keys.js';
import { readLogEntries } from '../../server/store/redis-log.js';
import { CommandSender, newCommandId, type CommandTransport } from '../../client/command-sender.js';
import type { Ack } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { inRound } from '../helpers/meeting.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { startTestServer } from '../helpers/server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The sender's transport over whichever test socket holds the seat now. */
function transportOf(holder: { current: TestClient; seated: boolean; acks?: Ack<object>[] }): CommandTransport {
  return {
    ready: () => holder.seated && holder.current.socket.connected,
    emit: (event, payload, onAck) =>
      void holder.current.socket.emit(event as 'share', payload as never, ((a: Ack<object>) => {
        holder.acks?.push(a);
        onAck(a);
      }) as never),
    onLost: (fn) => {
      const s = holder.current.socket;
      s.once('disconnect', fn);
      return () => void s.off('disconnect', fn);
    },
  };
}

describe('the page’s command sender: retries carry the same id', () => {
  let redis: RedisHandle;
  let admin: Redis;
  let server: RunningServer;
  beforeAll(async () => {
    redis = await startRedis();
    admin = new Redis(redis.url);
    server = await startTestServer({ redisUrl: redis.url, redisCommandTimeoutMs: 1000, rate: { points: 10_000, windowMs: 10_000 } });
  }, 60_000);
  afterAll(async () => {
    if (redis) process.kill(redis.pid, 'SIGCONT');
    await server?.close();
    await admin?.quit();
    await redis?.stop();
  });

  const shares = async (meetingId: string, text: string): Promise<number> =>
    (await readLogEntries(admin, meetingKeys(meetingId).log, -1)).filter((l) => l.event.type === 'share' && l.event.text === text).length;

  it('makes command ids of the protocol’s alphabet, fresh each time', () => {
    const ids = new Set(Array.from({ length: 1000 }, newCommandId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('retries by itself after STORE_UNAVAILABLE with the same id: one share, heard once', { timeout: 30_000 }, async () => {
    const { meetingId, people } = await inRound(server.url, ['Ask', 'Bjørk', 'Hegg']);
    const [speaker, ...others] = people as [TestClient, ...TestClient[]];
    const acks: Ack<object>[] = [];
    const sender = new CommandSender(transportOf({ current: speaker, seated: true, acks }), { ackTimeoutMs: 5000, retryForMs: 8000, retryDelayMs: 500, uncertainKept: 16 });
    process.kill(redis.pid, 'SIGSTOP');
    // Redis resumes once the first answer (STORE_UNAVAILABLE) is in: the sender's retry, 500 ms
    // later, meets the commit that Redis ran on resuming.
    const watch = setInterval(() => acks.length > 0 && process.kill(redis.pid, 'SIGCONT'), 20);
    let ack;
    try {
      ack = await sender.send('share', { text: 'Bare én gang.' });
    } finally {
      clearInterval(watch);
      process.kill(redis.pid, 'SIGCONT');
    }
    expect(acks[0]).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
    expect(ack).toEqual({ ok: true, repeat: true });
    expect(await shares(meetingId, 'Bare én gang.')).toBe(1);
    for (const c of others) await c.waitFor((x) => x.shares().includes('Bare én gang.'), 'the share', 10_000);
    await sleep(300);
    for (const c of people) expect(c.shares()).toEqual(['Bare én gang.']);
    people.forEach((p) => p.close());
  });

  it('the person’s own second press after a final STORE_UNAVAILABLE reuses the id; a new action gets a new one', { timeout: 30_000 }, async () => {
    const { meetingId, people } = await inRound(server.url, ['Eik', 'Osp', 'Rogn']);
    const [speaker] = people as [TestClient];
    const sender = new CommandSender(transportOf({ current: speaker, seated: true }), { ackTimeoutMs: 5000, retryForMs: 0, retryDelayMs: 500, uncertainKept: 16 });
    process.kill(redis.pid, 'SIGSTOP');
    let first;
    try {
      first = await sender.send('share', { text: 'Trykket to ganger.' });
    } finally {
      process.kill(redis.pid, 'SIGCONT');
    }
    expect(first).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
    await admin.ping();
    expect(await sender.send('share', { text: 'Trykket to ganger.' })).toEqual({ ok: true, repeat: true });
    expect(await shares(meetingId, 'Trykket to ganger.')).toBe(1);
    // Answered for sure now: the same text again is a new action, applied.
    expect(await sender.send('share', { text: 'Trykket to ganger.' })).toEqual({ ok: true });
    expect(await shares(meetingId, 'Trykket to ganger.')).toBe(2);
    people.forEach((p) => p.close());
  });

  it('resends with the same id after the connection dropped mid-command and the seat was resumed', { timeout: 30_000 }, async () => {
    const { meetingId, people } = await inRound(server.url, ['Lind', 'Selje', 'Gran']);
    const [speaker, listener] = people as [TestClient, TestClient];
    const holder = { current: speaker, seated: true };
    const sender = new CommandSender(transportOf(holder), { ackTimeoutMs: 5000, retryForMs: 10_000, retryDelayMs: 300, uncertainKept: 16 });
    process.kill(redis.pid, 'SIGSTOP');
    const sent = sender.send('share', { text: 'Midt i et brudd.' });
    await sleep(300);
    holder.seated = false;
    speaker.drop();
    process.kill(redis.pid, 'SIGCONT');
    await sleep(1500);
    const back = await TestClient.connect(server.url);
    expect((await back.resume(meetingId, speaker.token, speaker.lastSeq())).ok).toBe(true);
    holder.current = back;
    holder.seated = true;
    const ack = await sent;
    expect(ack.ok).toBe(true);
    expect(await shares(meetingId, 'Midt i et brudd.')).toBe(1);
    await listener.waitFor((c) => c.shares().includes('Midt i et brudd.'), 'the share', 10_000);
    await sleep(300);
    expect(listener.shares()).toEqual(['Midt i et brudd.']);
    back.close();
    people.forEach((p) => p.close());
  });

  it('keeps the id while the answer is uncertain, drops it on a definite one, and reuses it for a second press only for a while', async () => {
    // A scripted connection (no server): the answers it gives, and the ids it was sent.
    const script: string[] = [];
    const seen: string[] = [];
    const sender = new CommandSender(
      {
        ready: () => true,
        emit: (_e, payload, onAck) => {
          seen.push((payload as { commandId: string }).commandId);
          const code = script.shift() ?? 'OK';
          setTimeout(() => onAck(code === 'OK' ? { ok: true } : { ok: false, code: code as 'STORE_UNAVAILABLE', message: '' }), 1);
        },
        onLost: () => () => undefined,
      },
      // Windows wide enough for a loaded machine (it failed once beside two Chromium suites at 100 / 300 ms).
      { ackTimeoutMs: 1000, retryForMs: 600, retryDelayMs: 20, uncertainKept: 16, reuseForMs: 1500 },
    );
    script.push('STORE_UNAVAILABLE', 'STORE_UNAVAILABLE', 'OK');
    expect(await sender.send('raiseHand', {})).toEqual({ ok: true });
    expect(new Set(seen).size).toBe(1);
    expect(seen).toHaveLength(3);
    // Answered for sure: the same press again is a new action.
    seen.length = 0;
    expect(await sender.send('raiseHand', {})).toEqual({ ok: true });
    expect(seen).toHaveLength(1);
    const second = seen[0];
    // A definite refusal is not retried.
    seen.length = 0;
    script.push('NOT_YOUR_TURN');
    expect(await sender.send('pass', {})).toMatchObject({ ok: false, code: 'NOT_YOUR_TURN' });
    expect(seen).toHaveLength(1);
    // Uncertain to the end: the second press soon after reuses the id, one much later does not.
    seen.length = 0;
    script.push(...Array(100).fill('STORE_UNAVAILABLE'));
    expect(await sender.send('share', { text: 'x' })).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
    script.length = 0;
    expect(await sender.send('share', { text: 'x' })).toEqual({ ok: true });
    expect(new Set(seen).size).toBe(1);
    script.push(...Array(100).fill('STORE_UNAVAILABLE'));
    expect(await sender.send('share', { text: 'y' })).toMatchObject({ ok: false });
    script.length = 0;
    const before = seen.at(-1);
    await sleep(1700);
    expect(await sender.send('share', { text: 'y' })).toEqual({ ok: true });
    expect(seen.at(-1)).not.toBe(before);
    expect(seen).not.toContain(second);
  });

  it('refuses at once, sending nothing, when offline at the start', async () => {
    let emitted = 0;
    const sender = new CommandSender({ ready: () => false, emit: () => void emitted++, onLost: () => () => undefined });
    expect(await sender.send('pass', {})).toMatchObject({ ok: false, code: 'BUSY' });
    expect(emitted).toBe(0);
  });
});
