// A command answered STORE_UNAVAILABLE may still be applied: Redis frozen (SIGSTOP) past the
// command timeout keeps the commit in its socket and runs it when it resumes (SIGCONT). The
// documented retry then applied it twice (fresh operator trial: a share doubled). With a command
// id the retry is recognised — by the commit script itself, or, when the core would now refuse
// it, by the lookup after the refusal — answered `{ ok: true, repeat: true }`, and what the
// first commit changed reaches every process's listeners once. Two real processes, one real
// redis-server (no persistence, a free port).
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingKeys } from '../../server/store/redis-keys.js';
import { readLogEntries } from '../../server/store/redis-log.js';
import type { LoggedEvent } from '../../shared/meeting/view.js';
import { TestClient } from '../helpers/client.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a retried command is applied once (Redis frozen past the command timeout)', () => {
  let redis: RedisHandle;
  let admin: Redis;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    redis = await startRedis();
    admin = new Redis(redis.url);
    const env = { REDIS_URL: redis.url, RUNDE_REDIS_COMMAND_TIMEOUT_MS: '1000', RUNDE_RATE_POINTS: '10000' };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  }, 300_000);
  afterAll(async () => {
    if (redis) process.kill(redis.pid, 'SIGCONT');
    await Promise.all([a?.stop(), b?.stop()]);
    await admin?.quit();
    await redis?.stop();
  });

  /** Sends `name` while Redis is frozen; resumes it and waits until the queued work has run. */
  async function whileFrozen(c: TestClient, name: string, payload: object): Promise<unknown> {
    process.kill(redis.pid, 'SIGSTOP');
    let ack: unknown;
    try {
      ack = await c.emit(name, payload);
    } finally {
      process.kill(redis.pid, 'SIGCONT');
    }
    // Our own PING queues behind whatever the servers sent meanwhile: once it answers, that ran.
    await admin.ping();
    await sleep(200);
    return ack;
  }

  /** A meeting on both processes: chair and speaker on A, listeners on A and B; Bravo's turn. */
  async function round(): Promise<{ meetingId: string; chair: TestClient; speaker: TestClient; listeners: TestClient[]; all: TestClient[] }> {
    const { meetingId, chairKey } = await createMeeting(a.url);
    const chair = await TestClient.connect(a.url);
    expect((await chair.join(meetingId, 'Alfa', { chairKey })).ok).toBe(true);
    const speaker = await TestClient.connect(a.url);
    expect((await speaker.join(meetingId, 'Bravo')).ok).toBe(true);
    const listeners = [await TestClient.connect(b.url), await TestClient.connect(a.url), await TestClient.connect(b.url)];
    for (const [i, l] of listeners.entries()) expect((await l.join(meetingId, ['Charlie', 'Delta', 'Echo'][i]!)).ok).toBe(true);
    await chair.ok('start');
    await chair.ok('advance');
    await chair.waitFor((c) => c.latest.speaker?.id === c.you, 'the chair’s turn', 10_000);
    await chair.ok('finishShare');
    await speaker.waitFor((c) => c.latest.speaker?.id === c.you, 'Bravo’s turn', 10_000);
    const all = [chair, speaker, ...listeners];
    for (const c of all) await c.waitFor((x) => x.latest.speaker?.id === speaker.you, 'everyone sees Bravo’s turn', 10_000);
    return { meetingId, chair, speaker, listeners, all };
  }

  const storedLog = async (meetingId: string): Promise<LoggedEvent[]> => readLogEntries(admin, meetingKeys(meetingId).log, -1);
  const storedShares = async (meetingId: string, text: string): Promise<number> => (await storedLog(meetingId)).filter((l) => l.event.type === 'share' && l.event.text === text).length;
  const heard = (c: TestClient, text: string): number => c.events.filter((e) => e.event.type === 'share' && e.event.text === text).length;

  it('without a command id the fault is real: the share answered STORE_UNAVAILABLE was applied, and its retry doubles it', { timeout: 60_000 }, async () => {
    const m = await round();
    const text = 'Dette sa jeg bare én gang.';
    const first = (await whileFrozen(m.speaker, 'share', { text })) as { ok: boolean; code?: string };
    expect(first).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
    // "Nothing changed" was not true: the commit ran when Redis resumed.
    expect(await storedShares(m.meetingId, text)).toBe(1);
    await m.speaker.ok('share', { text });
    expect(await storedShares(m.meetingId, text)).toBe(2);
    for (const c of m.all) c.close();
  });

  it('a share retried with its command id after STORE_UNAVAILABLE is applied once, and every listener on both processes gets it once', { timeout: 60_000 }, async () => {
    const m = await round();
    const text = 'Takk for at jeg fikk dele.';
    const commandId = 'share-retry-0001';
    const first = (await whileFrozen(m.speaker, 'share', { text, commandId })) as { ok: boolean; code?: string };
    expect(first).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
    expect(await storedShares(m.meetingId, text)).toBe(1);
    const again = await m.speaker.emit('share', { text, commandId });
    expect(again).toEqual({ ok: true, repeat: true });
    expect(await storedShares(m.meetingId, text)).toBe(1);
    // The first commit was never published (its answer timed out): the repeat delivers it.
    for (const c of m.all) await c.waitFor((x) => heard(x, text) === 1, `${c.you} hears the share`, 10_000);
    await sleep(500);
    for (const c of m.all) expect(heard(c, text), c.you).toBe(1);
    // The meeting goes on: a new action with a new id is applied.
    await m.speaker.ok('share', { text: 'Og så litt til.', commandId: 'share-retry-0002' });
    for (const c of m.all) await c.waitFor((x) => heard(x, 'Og så litt til.') === 1, 'the next share', 10_000);
    expect(await storedShares(m.meetingId, text)).toBe(1);
    for (const c of m.all) c.close();
  });

  it('a chair’s skip retried with its command id skips one speaker, not the next one too (a refused repeat is a repeat)', { timeout: 60_000 }, async () => {
    const m = await round();
    const turnsBefore = (await storedLog(m.meetingId)).filter((l) => l.event.type === 'turn').length;
    const first = (await whileFrozen(m.chair, 'skip', { commandId: 'skip-retry-0001' })) as { ok: boolean; code?: string };
    expect(first).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
    const afterFreeze = await storedLog(m.meetingId);
    // The skip was applied after all: Bravo's turn ended and the next person's began.
    expect(afterFreeze.filter((l) => l.event.type === 'turn').length).toBe(turnsBefore + 1);
    const next = afterFreeze.filter((l) => l.event.type === 'turn').at(-1)!.event as { id: string };
    expect(next.id).not.toBe(m.speaker.you);
    const again = await m.chair.emit('skip', { commandId: 'skip-retry-0001' });
    expect(again).toEqual({ ok: true, repeat: true });
    const after = await storedLog(m.meetingId);
    expect(after.filter((l) => l.event.type === 'turn').length).toBe(turnsBefore + 1);
    for (const c of m.all) await c.waitFor((x) => x.latest.speaker?.id === next.id, `${c.you} sees the next speaker`, 10_000);
    for (const c of m.all) c.close();
  });

  it('a pass retried with its command id answers ok (repeat), not "not your turn"', { timeout: 60_000 }, async () => {
    const m = await round();
    const first = (await whileFrozen(m.speaker, 'pass', { commandId: 'pass-retry-0001' })) as { ok: boolean; code?: string };
    expect(first).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
    // Applied after all: the turn moved on; a retry without the id would now be refused.
    const again = await m.speaker.emit('pass', { commandId: 'pass-retry-0001' });
    expect(again).toEqual({ ok: true, repeat: true });
    const passes = (await storedLog(m.meetingId)).filter((l) => l.event.type === 'shareEnded' && (l.event as { id?: string }).id === m.speaker.you);
    expect(passes).toHaveLength(1);
    for (const c of m.all) await c.waitFor((x) => x.latest.speaker?.id !== m.speaker.you, `${c.you} sees the turn move on`, 10_000);
    for (const c of m.all) c.close();
  });

  it('a chair’s end retried with its command id: ok (repeat), everyone on both processes told once, every key deleted', { timeout: 60_000 }, async () => {
    const m = await round();
    const first = (await whileFrozen(m.chair, 'end', { commandId: 'end-retry-00001' })) as { ok: boolean; code?: string };
    expect(first).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
    expect(await admin.hget(meetingKeys(m.meetingId).state, 'phase')).toBe('"ended"');
    expect(await m.chair.emit('end', { commandId: 'end-retry-00001' })).toEqual({ ok: true, repeat: true });
    for (const c of m.all) await c.waitFor((x) => x.byes.includes('ended'), `${c.you} told the meeting ended`, 10_000);
    for (const c of m.all) expect(c.byes.filter((r) => r === 'ended')).toHaveLength(1);
    // The deletion that follows an answered end ran for this one too: nothing of it is left.
    const gone = async (): Promise<boolean> => (await admin.keys(`*${m.meetingId}*`)).length === 0;
    const until = Date.now() + 10_000;
    while (!(await gone()) && Date.now() < until) await sleep(100);
    expect(await admin.keys(`*${m.meetingId}*`)).toEqual([]);
    for (const c of m.all) c.close();
  });

  it('a join whose commit timed out (Redis held the write and carried it out later) leaves no seat behind; the retried join seats the person once', { timeout: 60_000 }, async () => {
    const m = await round();
    const listener = m.listeners[0]!;
    const named = (type: string, name: string) => listener.events.filter((e) => e.event.type === type && (e.event as { name?: string }).name === name);
    // Writes held, reads answered (CLIENT PAUSE WRITE): the join reads the meeting, its commit
    // waits in Redis past the command timeout and is carried out when the pause ends. Unless the
    // server's own periodic write (the store check every 1 s, the liveness beat every 1.5 s) was
    // held first on the same connection: the join's reads then wait behind it, the join times out
    // before its commit is sent, and nothing is carried out (a CI run met it). Then the join is
    // tried again under a new name, until one commit was held and carried out.
    let late: TestClient | null = null;
    let name = '';
    for (const candidate of ['Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett']) {
      await admin.call('CLIENT', 'PAUSE', '2500', 'WRITE');
      late?.close();
      late = await TestClient.connect(b.url);
      expect(await late.join(m.meetingId, candidate)).toMatchObject({ ok: false, code: 'STORE_UNAVAILABLE' });
      // The pause is over and whatever was held has run.
      await sleep(2600);
      await admin.ping();
      if ((await storedLog(m.meetingId)).some((l) => l.event.type === 'joined' && (l.event as { name?: string }).name === candidate)) {
        name = candidate;
        break;
      }
      // Never sent: no seat was made.
      expect((await admin.hget(meetingKeys(m.meetingId).state, 'participants')) ?? '').not.toContain(candidate);
    }
    expect(name, 'one of five joins had its commit held and carried out').not.toBe('');
    // The seat the write made once Redis carried it out is left again: nobody was given its token.
    await listener.waitFor(() => named('joined', name).length === 1, 'the held join carried out', 15_000);
    await listener.waitFor(() => named('left', name).length === 1, 'its seat left again', 15_000);
    // The view that drops the seat may come a moment after the 'left' event (views only where changed).
    await listener.waitFor((c) => !c.latest.participants.some((p) => p.name === name), 'no seat in the view', 5_000);
    // The person's own retry: one seat.
    expect((await late!.join(m.meetingId, name)).ok).toBe(true);
    await listener.waitFor((c) => c.latest.participants.some((p) => p.name === name), 'the retried join', 10_000);
    await sleep(1500);
    expect(listener.latest.participants.filter((p) => p.name === name)).toHaveLength(1);
    for (const c of [...m.all, late!]) c.close();
  });

  it('checks the command id like every field', { timeout: 30_000 }, async () => {
    const m = await round();
    for (const bad of ['', 'short', 'x'.repeat(65), 'has space1', 42, null, 'ok<b>tag</b>']) {
      expect(await m.speaker.emit('share', { text: 'Hei', commandId: bad }), String(bad)).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    }
    expect(await storedShares(m.meetingId, 'Hei')).toBe(0);
    for (const c of m.all) c.close();
  });
});
