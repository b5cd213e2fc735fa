// Reconnect storm only (Issue 10), for quick before/after checks of what a drop and a resume
// cost: `npx tsx scripts/bench/storm-only.ts [meetings] [kinds]` builds meetings of 6/12/30/50
// people on each server (default runde-memory,socketio-relay; runde-redis on a spawned
// redis-server), drops every connection at once
// as a network would, brings them all back at once and prints, per server: the time until 99 %
// were back (ms), the server's CPU-seconds from the drop to the last one back, and the bytes
// all clients received in that time (per connection). With STORM_PROFILE=dir, each server is
// CPU-profiled from the drop to the last one back (dir/<kind>.cpuprofile; see top-functions.ts).
// With STORM_SHARES=n, each meeting's speaker first posts n shares of 300 characters (the
// meeting has a history, as after an hour, or after the full bench's step load). With
// STORM_SETTLE_MS=n, Runde runs with RUNDE_DROP_SETTLE_MS=n (0: every drop is recorded at once,
// as before the settle time; the default settle outlasts this storm's 200 ms away).
import { rundeBenchEnv, startChild, startRedis, type TargetKind } from './servers.js';
import { buildMeeting, type BenchMeeting } from './targets.js';

const meetings = Number(process.argv[2] ?? 20);
const kinds = (process.argv[3] ?? 'runde-memory,socketio-relay').split(',') as TargetKind[];
const SIZES = [6, 12, 30, 50];
for (const kind of kinds) {
  const redis = kind === 'runde-redis' ? await startRedis() : null;
  const settle = process.env.STORM_SETTLE_MS;
  const env = kind.startsWith('runde') ? { ...rundeBenchEnv(redis?.url), ...(settle === undefined ? {} : { RUNDE_DROP_SETTLE_MS: settle }) } : {};
  const s = await startChild(kind, env);
  try {
    const built: BenchMeeting[] = [];
    for (let i = 0; i < meetings; i++) built.push(await buildMeeting(kind, [`http://127.0.0.1:${s.port}`], SIZES[i % SIZES.length]!, i, () => undefined));
    const members = built.flatMap((m) => m.members);
    const history = Number(process.env.STORM_SHARES ?? 0);
    for (let k = 0; k < history; k++) await Promise.all(built.map((m, i) => m.share(`share ${k} of meeting ${i} `.padEnd(300, 'x'))));
    await new Promise((r) => setTimeout(r, 1000));
    const bytes0 = members.reduce((a, m) => a + m.bytesIn, 0);
    const profile = process.env.STORM_PROFILE;
    if (profile) s.profileStart();
    // STORM_COMMANDSTATS=1: which Redis commands the storm cost (INFO commandstats, reset first).
    const stats = process.env.STORM_COMMANDSTATS && redis ? new (await import('ioredis')).Redis(redis.url) : null;
    await stats?.config('RESETSTAT');
    const cpu0 = s.cpuSeconds();
    members.forEach((m) => m.drop());
    await new Promise((r) => setTimeout(r, 200));
    const t0 = performance.now();
    const times: number[] = [];
    await Promise.all(members.map((m) => m.comeBack().then((ok) => void (ok && times.push(performance.now() - t0)), () => undefined)));
    await new Promise((r) => setTimeout(r, 300));
    const cpu = s.cpuSeconds() - cpu0;
    if (profile) await s.profileStop(`${profile}/${kind}.cpuprofile`);
    const bytes = members.reduce((a, m) => a + m.bytesIn, 0) - bytes0;
    times.sort((a, b) => a - b);
    const p99 = times[Math.ceil(members.length * 0.99) - 1];
    console.log(`${kind}: ${members.length} connections, 99 % back ${p99 === undefined ? 'never' : p99.toFixed(0) + ' ms'} (${times.length} back), server CPU ${cpu.toFixed(2)} s, ${(bytes / members.length / 1024).toFixed(1)} KB received per connection`);
    if (stats) {
      const lines = (await stats.info('commandstats')).split('\n').filter((l) => l.startsWith('cmdstat_'));
      for (const l of lines) console.log(`  ${l.replace(/,usec_per_call=.*$/, '').replace(/^cmdstat_/, '')}`);
      await stats.quit();
    }
    built.forEach((m) => m.close());
  } finally {
    await s.stop();
    redis?.stop();
  }
}
process.exit(0);
