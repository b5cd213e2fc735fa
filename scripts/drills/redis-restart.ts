// Drill: Redis is killed (SIGKILL) with commands flowing, stays down a while, and comes back
// empty (no persistence, by design). Proves: every server process stays up; during the outage
// every command and join is answered STORE_UNAVAILABLE within about a second and /healthz says
// 503 "down"; after the restart every participant is told in words (bye 'interrupted') within
// 5 s; all processes, including one started after the restart, sign meeting ids alike; a new
// meeting can start at once.
//
//   node --import tsx scripts/drills/redis-restart.ts --help   (options, defaults)
import { TestClient } from '../../test/helpers/client.js';
import { spawnServer, type ServerProcess } from '../../test/helpers/process.js';
import { startRedis } from '../../test/helpers/redis-server.js';
import { createMeeting } from '../../test/helpers/server.js';
import { DRILL_ENV, alive, countBy, healthz, isMain, percentile, pump, runFromCli, sleep, until, type DrillCli, type Figures } from './common.js';

export interface RedisRestartOptions {
  /** How long Redis stays down (ms). */
  outageMs: number;
}

export async function redisRestartDrill(o: RedisRestartOptions = { outageMs: 3000 }): Promise<Figures> {
  let redis = await startRedis();
  const env = { ...DRILL_ENV, REDIS_URL: redis.url };
  const procs: ServerProcess[] = await Promise.all([spawnServer(env), spawnServer(env)]);
  const [a, b] = procs as [ServerProcess, ServerProcess];
  const clients: TestClient[] = [];
  try {
    const { meetingId, chairKey } = await createMeeting(a.url);
    for (const [i, name] of ['Leder', 'Bjørk', 'Selje', 'Rogn'].entries()) {
      const c = await TestClient.connect(i % 2 === 0 ? a.url : b.url);
      const ack = await c.join(meetingId, name, i === 0 ? { chairKey } : {});
      if (!ack.ok) throw new Error(`join ${name}: ${ack.code}`);
      clients.push(c);
    }
    const toldAt = new Map<TestClient, number>();
    for (const c of clients) c.socket.on('bye', (r) => r === 'interrupted' && toldAt.set(c, Date.now()));
    const flow = pump(clients, 5);
    await sleep(1000);

    // ---- the outage ----
    const killedAt = Date.now();
    await redis.crash();
    const healthDownMs = await until(async () => (await Promise.all([healthz(a.url), healthz(b.url)])).every((h) => h.status === 503 && h.store === 'down'), '/healthz 503 on both', 5000);
    // A newcomer during the outage: the join is answered at once, not after a long wait.
    const newcomer = await TestClient.connect(b.url);
    const j0 = Date.now();
    const joinAck = await newcomer.join(meetingId, 'Hegg');
    const joinAckMs = Date.now() - j0;
    newcomer.close();
    if (joinAck.ok || joinAck.code !== 'STORE_UNAVAILABLE') throw new Error(`join during the outage: ${joinAck.ok ? 'ok' : joinAck.code}`);
    const createStatus = await fetch(`${a.url}/api/meetings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Nytt', formatId: 'standard', language: 'nb', access: 'open', listed: false }) }).then((r) => r.status);
    await sleep(Math.max(0, o.outageMs - (Date.now() - killedAt)));

    // ---- back, empty ----
    const restartedAt = Date.now();
    redis = await startRedis({ port: redis.port });
    // A new meeting at once.
    let fresh: { meetingId: string; chairKey: string } | null = null;
    while (!fresh && Date.now() - restartedAt < 10_000) fresh = await createMeeting(a.url).catch(() => null);
    if (!fresh) throw new Error('no meeting could be created after the restart');
    const newMeetingMs = Date.now() - restartedAt;
    await until(() => clients.every((c) => toldAt.has(c)), 'every participant told "interrupted"', 10_000);
    const toldMs = Math.max(...clients.map((c) => toldAt.get(c)! - restartedAt));
    if (toldMs > 5000) throw new Error(`participants were told only after ${toldMs} ms`);
    const acks = await flow.stop();
    const outage = acks.filter((x) => x.at >= killedAt && x.at < restartedAt);
    const codes = countBy(outage.map((x) => x.code));
    const bad = Object.keys(codes).filter((c) => c !== 'STORE_UNAVAILABLE' && c !== 'OK');
    if (bad.length) throw new Error(`answers during the outage other than STORE_UNAVAILABLE: ${JSON.stringify(codes)}`);
    const outageAckMax = Math.max(0, ...outage.map((x) => x.ms));
    if (outageAckMax > 1500) throw new Error(`an answer during the outage took ${outageAckMax} ms`);

    // Its link works on every process, also on one started after the restart.
    const late = await spawnServer(env);
    procs.push(late);
    const seats = [];
    for (const [i, p] of [late, b, a].entries()) {
      const c = await TestClient.connect(p.url);
      clients.push(c);
      const ack = await c.join(fresh.meetingId, `Ny ${'ABC'[i]}`, i === 0 ? { chairKey: fresh.chairKey } : {});
      seats.push(ack.ok ? 'ok' : ack.code);
    }
    if (seats.some((s) => s !== 'ok')) throw new Error(`joining the new meeting on a, b and the late process: ${seats.join(', ')}`);
    const fromLate = await createMeeting(late.url);
    const known = await Promise.all([a, b].map((p) => fetch(`${p.url}/api/meetings/${fromLate.meetingId}`).then((r) => r.status)));
    if (known.some((s) => s !== 200)) throw new Error(`a meeting made by the late process is unknown elsewhere: ${known.join(', ')}`);
    const oldLink = await fetch(`${late.url}/api/meetings/${meetingId}`).then((r) => r.status);

    const up = procs.every(alive);
    if (!up) throw new Error('a server process died');
    return {
      'server processes up throughout': `${procs.filter(alive).length}/${procs.length}`,
      'commands during the outage': outage.length,
      'their answers': JSON.stringify(codes),
      'answer time during the outage, p50 / max (ms)': `${percentile(outage.map((x) => x.ms), 50)} / ${outageAckMax}`,
      'join during the outage: answer (ms)': `${joinAck.ok ? 'ok' : joinAck.code} in ${joinAckMs}`,
      'create meeting during the outage: HTTP status': createStatus,
      '/healthz 503 "down" after (ms)': healthDownMs,
      'every participant told "interrupted" after the restart (ms)': toldMs,
      'new meeting created after the restart (ms)': newMeetingMs,
      'new meeting joined on both processes and the late one': seats.join(', '),
      'old link on the late process (HTTP status)': oldLink,
    };
  } finally {
    clients.forEach((c) => c.close());
    await Promise.all(procs.map((p) => p.crash()));
    await redis.stop();
  }
}

export const CLI: DrillCli = {
  name: 'Drill: Redis killed and restarted empty',
  script: 'scripts/drills/redis-restart.ts',
  proves:
    'Redis is killed with commands flowing and comes back empty: every process stays up; during the outage every command and join is answered STORE_UNAVAILABLE within about a second and /healthz says 503; after the restart every participant is told "interrupted" within 5 s; all processes, also one started after the restart, sign meeting ids alike; a new meeting starts at once.',
  options: { seconds: { default: 3, description: 'how long Redis stays down, s' } },
};

if (isMain(import.meta.url)) {
  await runFromCli(CLI, (o) => redisRestartDrill({ outageMs: o.seconds! * 1000 }));
}
